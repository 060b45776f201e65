"""The stances stage: positions of actors on issues, each with the sentence that shows it.

Rule-based over the parse (``frames``), with a lexicon of stance words (``lexicon``) and
target normalisation (``targets``); ``build`` decides who holds each position.
"""

from __future__ import annotations

from whosaid.stances.build import find_stances

__all__ = ["find_stances"]

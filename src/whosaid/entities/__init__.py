"""The entities stage: named entities merged within an article, and speaker resolution.

Public API used by later stages:
- ``find_entities(article)`` fills ``article.entities``;
- ``resolve_speaker(article, span, ...)`` maps a speaker mention to an entity id.
"""

from __future__ import annotations

from whosaid.entities.build import find_entities
from whosaid.entities.resolve import resolve_speaker

__all__ = ["find_entities", "resolve_speaker"]

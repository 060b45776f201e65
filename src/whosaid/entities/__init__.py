"""The entities stage: named entities merged within an article, and speaker resolution.

Public API used by later stages:
- ``find_entities(article)`` fills ``article.entities``;
- ``resolve_speaker(article, span, ...)`` maps a speaker mention to an entity id;
- ``get_context(article)`` the per-article look-up tables (mention at an offset, parses);
- ``org_key``, ``fold``, ``strip_possessive``: the name normalisation behind entity keys,
  for stages that must compare names the same way.
"""

from __future__ import annotations

from whosaid.entities.build import find_entities
from whosaid.entities.context import get_context
from whosaid.entities.merge import org_key
from whosaid.entities.normalize import fold, strip_possessive
from whosaid.entities.resolve import resolve_speaker

__all__ = ["find_entities", "fold", "get_context", "org_key", "resolve_speaker", "strip_possessive"]

"""The entities stage (placeholder: fills nothing yet).

Public API used by later stages:
- ``find_entities(article)`` fills ``article.entities``;
- ``resolve_speaker(article, span, ...)`` maps a speaker mention to an entity id.
"""

from __future__ import annotations

from whosaid.model import Article, Span, TextField


def find_entities(article: Article) -> None:
    return None


def resolve_speaker(
    article: Article,
    span: Span,
    *,
    field: TextField = "text",
    previous: str | None = None,
) -> str | None:
    """Return the id of the entity in ``article.entities`` that the mention at ``span``
    (offsets into ``getattr(article, field)``) refers to, or None.

    Handles names and aliases, pronouns (agreement, recency; ``previous`` is the id of
    the previous statement's speaker), descriptions ("the Ukrainian leader"),
    organisations and capitals/buildings for governments ("Moscow", "the White House").
    May add an entity to ``article.entities`` when the mention names one not yet listed.
    """
    return None

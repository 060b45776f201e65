"""The entities stage (placeholder: fills nothing yet)."""

from __future__ import annotations

from whosaid.model import Article


def find_entities(article: Article) -> None:
    return None

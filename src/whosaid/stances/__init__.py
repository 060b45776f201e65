"""The stances stage (placeholder: fills nothing yet)."""

from __future__ import annotations

from whosaid.model import Article


def find_stances(article: Article) -> None:
    return None

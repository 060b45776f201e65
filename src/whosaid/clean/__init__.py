"""The clean stage: raw item → Article with clean body text and metadata.

Placeholder until the cleaning work lands: it keeps every line.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from whosaid.model import Article, ItemError, RawItem


def clean_batch(
    items: list[RawItem],
    *,
    reference_date: dt.date | None = None,
    default_published: str | None = None,
) -> list[Article | ItemError]:
    out: list[Article | ItemError] = []
    for item in items:
        text = item.text or ""
        out.append(
            Article(
                id=item.id or hashlib.sha256(text.encode()).hexdigest()[:16],
                text=text,
                url=item.url,
                title=item.title,
                published=item.published or default_published,
                published_source="input" if (item.published or default_published) else None,
                source_name=item.name,
            )
        )
    return out

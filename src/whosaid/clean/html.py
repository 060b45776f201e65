"""Main text and metadata of an HTML page, by trafilatura; the date by htmldate.

trafilatura finds the article body and page metadata (title, sitename,
canonical URL, description) and delegates the date to ``htmldate.find_date``;
we pass htmldate's options (original publication date, no date after the
reference day) through ``date_extraction_params`` so the page is parsed once.
That first pass skips htmldate's extensive search: its free-text guesses
include "© 2024" read as 2024-01-01, which is worse than the date the article
text itself implies. :func:`extensive_date` runs it as the last resort.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass
class Extracted:
    text: str  # one paragraph per line
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    sitename: str | None = None
    url: str | None = None
    hostname: str | None = None
    description: str | None = None


def extract_html(html: str, *, url: str | None, reference: dt.date) -> Extracted | None:
    """Body and metadata of ``html``, or None when no article text is found."""
    import trafilatura

    # trafilatura and htmldate log at WARNING for every odd page; batches of
    # scraped pages make that noise, and a missing body is reported as an ItemError.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,  # reader comments are not the article
            include_tables=True,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%d",
                "max_date": reference.isoformat(),
            },
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken markup
        log.debug("trafilatura failed: %s", exc)
        return None
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        return None
    return Extracted(
        text=text,
        title=_s(getattr(doc, "title", None)),
        date=_s(getattr(doc, "date", None)),
        sitename=_s(getattr(doc, "sitename", None)),
        url=_s(getattr(doc, "url", None)),
        hostname=_s(getattr(doc, "hostname", None)),
        description=_s(getattr(doc, "description", None)),
    )


def _s(v: object) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def extensive_date(html: str, *, url: str | None, reference: dt.date) -> str | None:
    """htmldate's extensive search (URL, free text, copyright) when metadata had no date.

    A bare year comes back as January 1 (from "© 2024" or a year in the URL);
    that is not a publication date, so it is dropped.
    """
    import htmldate

    try:
        d = htmldate.find_date(
            html, url=url, extensive_search=True, original_date=True,
            outputformat="%Y-%m-%d", max_date=reference.isoformat(),
        )
    except Exception as exc:  # htmldate raises on odd markup and odd dates alike
        log.debug("htmldate failed: %s", exc)
        return None
    if not isinstance(d, str) or d.endswith("-01-01"):
        return None
    return d

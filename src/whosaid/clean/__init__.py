"""The clean stage: raw item → Article with clean body text and metadata.

Per item: HTML goes through trafilatura/htmldate (:mod:`.html`); text and
extracted text alike are split into paragraph units (:mod:`.units`), page noise
is removed (:mod:`.noise`), the headline, standfirst, closing credit and wire
dateline are taken out of the body (:mod:`.structure`), the publication date is
inferred when missing (:mod:`.published`) and the language detected
(:mod:`.language`).

Cleaning only removes whole lines and trims line ends: every character of a
kept line is unchanged, so offsets into ``Article.text`` stay meaningful. Each
removed line is reported as a :class:`~whosaid.model.Removal` with its reason:

- known noise: ``ui-string`` ("close", "Learn more", "Read more: …"), ``cookie-notice``,
  ``newsletter-prompt``, ``image-credit`` ("Photo: …/Getty Images"), ``page-metadata``
  ("5 min read", "By Jane Doe"), ``date-stamp`` ("December 22, 2024"), ``no-letters``;
- line features: ``ui-like``, ``navigation`` ("Home | World"), ``link``, ``repeated-line``,
  ``duplicate-paragraph``; across the batch: ``repeated-across-batch``;
- structure: ``headline`` / ``repeated-headline`` (→ ``title``), ``above-headline``,
  ``below-headline`` / ``top-furniture`` (bylines, buttons before the first prose paragraph),
  ``standfirst`` (→ ``standfirst``), ``credit`` (→ ``credit``), ``after-credit``,
  ``bottom-furniture`` (tags, buttons after the last prose paragraph), ``dateline`` (→ ``dateline``).

Lines a field records but that begin or end a kept paragraph (a dateline
opening the lead, "(Reporting by …)" closing the last paragraph) stay in the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar
from urllib.parse import urlsplit

from whosaid.clean.html import Extracted, extensive_date, extract_html
from whosaid.clean.language import detect_language, language_warning
from whosaid.clean.noise import BatchBoilerplate, known_noise, line_counts, scored_noise
from whosaid.clean.published import date_stamp, infer_published
from whosaid.clean.structure import (
    CAPS_PLACE_LINE,
    CREDIT_LINE,
    bottom_furniture,
    find_credit,
    find_dateline,
    find_standfirst,
    find_title,
    top_furniture,
)
from whosaid.clean.units import Unit, split_units
from whosaid.model import Article, ItemError, PublishedSource, RawItem, Removal

__all__ = ["clean_batch"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# A paragraph this long that occurs twice is a scraper's duplicate, not a refrain.
_DUPLICATE_MIN_WORDS = 12
# The page's date stamp counts only among the first lines.
_TOP_LINES = 8


@dataclass
class _Prepared:
    item: RawItem
    units: list[Unit]
    extracted: Extracted | None = None
    removed: dict[int, str] = field(default_factory=dict)


def clean_batch(
    items: list[RawItem],
    *,
    reference_date: dt.date | None = None,
    default_published: str | None = None,
) -> list[Article | ItemError]:
    """Clean a batch; one result per item, in order. Lines recurring across the
    batch's documents count as boilerplate, so clean related pages together."""
    ref = reference_date or dt.date.today()
    prepared: list[_Prepared | ItemError] = [_guard(item, partial(_prepare, item, ref)) for item in items]
    ok = [p for p in prepared if isinstance(p, _Prepared)]
    boiler = BatchBoilerplate([[u for u in p.units if u.index not in p.removed] for p in ok])
    out: list[Article | ItemError] = []
    for item, p in zip(items, prepared, strict=True):
        if isinstance(p, ItemError):
            out.append(p)
        else:
            out.append(_guard(item, partial(_finish, p, boiler, ref, default_published)))
    return out


def _guard(item: RawItem, fn: Callable[[], _T]) -> _T | ItemError:
    # One odd item must never sink the batch; the reason names the failure.
    try:
        return fn()
    except Exception as exc:
        log.exception("cleaning failed for %s", item.name)
        return ItemError(item.name, f"cleaning failed: {type(exc).__name__}: {exc}")


def _prepare(item: RawItem, ref: dt.date) -> _Prepared | ItemError:
    if item.text is not None:
        if not item.text.strip():
            return ItemError(item.name, "empty text")
        units = split_units(item.text)
        p = _Prepared(item, units)
    elif item.html is not None:
        ex = extract_html(item.html, url=item.url, reference=ref)
        if ex is None:
            return ItemError(item.name, "no article text found in HTML")
        p = _Prepared(item, split_units(ex.text, join_wrapped=False), ex)
    else:
        return ItemError(item.name, "item has neither text nor html")
    for u in p.units:
        reason = known_noise(u)
        if reason:
            p.removed[u.index] = reason
    return p


def _finish(
    p: _Prepared, boiler: BatchBoilerplate, ref: dt.date, default_published: str | None
) -> Article | ItemError:
    item, ex, removed = p.item, p.extracted, p.removed
    kept = [u for u in p.units if u.index not in removed]

    title, copies = find_title(kept, item.title or (ex.title if ex else None))
    for i in copies:
        removed[i] = "repeated-headline"
    if copies and not (item.title or (ex and ex.title)):
        removed[copies[0]] = "headline"  # the headline itself, moved to ``title``
    if copies:
        # Short lines above the headline are page furniture (section, kicker, menu).
        for u in kept:
            if u.index < copies[0] and u.index not in removed and not u.terminal and u.words <= 8:
                removed[u.index] = "above-headline"

    # Repetition inside a page is evidence of scraping noise only in scraped text:
    # trafilatura already drops repeated page furniture, and what it keeps
    # twice (an interview's refrain, a meal plan's "Meal 1") is content.
    counts = line_counts(kept) if ex is None else Counter[str]()
    seen: set[str] = set()
    n = len(p.units)
    first_body = next((u.index for u in kept if u.index not in removed), None)
    for u in kept:
        if u.index in removed:
            continue
        # A closing credit ("— AFP") or a dateline line ("BAAR, SWITZERLAND") looks
        # like noise; each gets its own field below.
        if CREDIT_LINE.match(u.text) or (u.index == first_body and CAPS_PLACE_LINE.match(u.text)):
            continue
        reason = boiler.reason(u) or scored_noise(u, n, counts[u.norm])
        if reason is None and ex is None and u.norm in seen and u.words >= _DUPLICATE_MIN_WORDS:
            reason = "duplicate-paragraph"
        if reason:
            removed[u.index] = reason
        seen.add(u.norm)

    body = [u for u in p.units if u.index not in removed]
    # Bylines, buttons, tags around the body: in scraped text only; trafilatura
    # has already cut them from HTML, and short lines it keeps (a race calendar,
    # a list) are content.
    for i in top_furniture(body) if ex is None else ():
        removed[i] = "below-headline" if title else "top-furniture"
    body = [u for u in body if u.index not in removed]
    standfirst = None
    if title and body:
        sf = find_standfirst(body, _gaps_after(body, removed), ex.description if ex else None)
        if sf is not None:
            removed[sf] = "standfirst"
            standfirst = body.pop(0).text

    credit_idx, after_credit, credit = find_credit(body)
    for i in credit_idx:
        removed[i] = "credit"
    for i in after_credit:
        removed[i] = "after-credit"
    body = [u for u in body if u.index not in removed]
    for i in bottom_furniture(body) if ex is None else ():
        removed[i] = "bottom-furniture"
    body = [u for u in body if u.index not in removed]

    dateline = None
    if body:
        dateline, whole = find_dateline(body[0])
        if dateline and whole:
            removed[body[0].index] = "dateline"
            body = body[1:]

    text = "\n\n".join(u.text for u in body)
    if not text:
        what = "no article text found in HTML" if ex else "no article text left after cleaning"
        return ItemError(item.name, f"{what} ({len(removed)} lines removed as noise)" if removed else what)

    stamp = next((date_stamp(p.units[i].text) for i in sorted(removed)
                  if i < _TOP_LINES and removed[i] == "date-stamp"), None)
    published, source = _published(item, ex, default_published, ref, title, standfirst, text, dateline, stamp)
    language = detect_language(text)
    warnings = list(item.warnings)
    w = language_warning(language)
    if w:
        warnings.append(w)
    url = item.url or (ex.url if ex else None)
    return Article(
        id=item.id or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
        text=text,
        url=url,
        title=title,
        standfirst=standfirst,
        credit=credit,
        dateline=dateline,
        outlet=item.outlet or (ex.sitename if ex else None) or _host(url) or (ex.hostname if ex else None),
        published=published,
        published_source=source,
        language=language,
        removed=[Removal(p.units[i].text, removed[i]) for i in sorted(removed)],
        warnings=warnings,
        source_name=item.name,
    )


def _gaps_after(body: list[Unit], removed: dict[int, str]) -> set[int]:
    """Body units followed by removed noise before the next body unit."""
    gaps = set()
    for a, b in zip(body, body[1:], strict=False):
        if any(removed.get(i) not in (None, "repeated-headline", "headline") for i in range(a.index + 1, b.index)):
            gaps.add(a.index)
    return gaps


def _published(
    item: RawItem, ex: Extracted | None, default: str | None, ref: dt.date,
    title: str | None, standfirst: str | None, text: str, dateline: str | None, stamp: dt.date | None,
) -> tuple[str | None, PublishedSource | None]:
    if item.published:
        return item.published, "input"
    if default:
        return default, "input"
    if ex and ex.date:
        return ex.date, "html"
    # A date stamp line at the top of scraped text ("December 22, 2024") is the
    # page's own date, as direct as HTML metadata; the text only implies one.
    if stamp and stamp <= ref:
        return stamp.isoformat(), "inferred"
    context = "\n".join(s for s in (title, standfirst, text) if s)
    d = infer_published(context, ref, dateline)
    if d:
        return d.isoformat(), "inferred"
    if ex and item.html:
        found = extensive_date(item.html, url=item.url, reference=ref)
        if found:
            return found, "html"
    return None, None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host

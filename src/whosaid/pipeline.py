"""Runs the stages in order: ingest → clean → nlp → entities → statements → times → stances.

This module is the only one that knows the order; each stage only reads what
earlier stages wrote on the shared :class:`~whosaid.model.Article`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator

from whosaid import clean, entities, nlp, stances, statements, times
from whosaid.model import Article, CueSet, ItemError, RawItem

log = logging.getLogger(__name__)


def analyze(
    text: str | None = None,
    *,
    html: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    reference_date: dt.date | None = None,
    cues: CueSet = "all",
) -> Article:
    """Analyse one article given as plain text or HTML and return it fully annotated.

    >>> art = analyze(open("examples/kyiv-nato-wire.txt").read())  # doctest: +SKIP
    >>> art.title, art.published
    ('Zelensky says kyiv’s NATO membership ‘feasible’', '2024-12-22')
    """
    if (text is None) == (html is None):
        raise ValueError("give exactly one of text= or html=")
    item = RawItem(
        name=id or url or "<text>", text=text, html=html, id=id, url=url, title=title,
        published=published, outlet=outlet,
    )
    (result,) = analyze_items([item], reference_date=reference_date, cues=cues)
    if isinstance(result, ItemError):
        raise ValueError(str(result))
    return result


def analyze_items(
    items: Iterable[RawItem | ItemError],
    *,
    reference_date: dt.date | None = None,
    default_published: str | None = None,
    batch_size: int = 32,
    cues: CueSet = "all",
) -> Iterator[Article | ItemError]:
    """Analyse a stream of items in batches; a failing item becomes an ``ItemError``.

    Results come back in input order. Errors from reading pass straight through.
    ``cues="lexicon"`` finds statements under listed cues only, without the learned
    model's open class (see :func:`whosaid.statements.find_statements`).
    """
    batch: list[RawItem | ItemError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, reference_date, default_published, cues)
            batch = []
    if batch:
        yield from _run_batch(batch, reference_date, default_published, cues)


def _run_batch(
    batch: list[RawItem | ItemError], reference_date: dt.date | None, default_published: str | None,
    cues: CueSet = "all",
) -> Iterator[Article | ItemError]:
    results: list[Article | ItemError] = []
    raw = [i for i in batch if isinstance(i, RawItem)]
    cleaned = clean.clean_batch(raw, reference_date=reference_date, default_published=default_published)
    by_name = iter(cleaned)
    for item in batch:
        results.append(item if isinstance(item, ItemError) else next(by_name))

    for i, r in enumerate(results):
        if isinstance(r, Article) and len(r.text) > nlp.MAX_CHARS:
            results[i] = ItemError(
                r.source_name or r.id,
                f"article text is {len(r.text):,} characters after cleaning; longer than the "
                f"{nlp.MAX_CHARS:,}-character limit for one article",
            )
    articles = [r for r in results if isinstance(r, Article)]
    try:
        nlp.parse(articles)
    except Exception:  # find the article that broke the batch; the others go on
        for i, r in enumerate(results):
            if isinstance(r, Article):
                try:
                    nlp.parse([r])
                except Exception as exc:
                    log.exception("parsing failed for %s", r.source_name)
                    results[i] = ItemError(r.source_name or r.id,
                                           f"parsing failed: {type(exc).__name__}: {exc}")
    for i, r in enumerate(results):
        if isinstance(r, Article):
            results[i] = _annotate(r, cues)
    for r in results:
        if isinstance(r, Article):
            r.doc = None  # free the parse; callers that want it call nlp.parse again
    return iter(results)


def _annotate(article: Article, cues: CueSet = "all") -> Article | ItemError:
    try:
        entities.find_entities(article)
        statements.find_statements(article, cues=cues)
        times.find_times(article)
        stances.find_stances(article)
    except Exception as exc:  # one bad article must not sink the batch
        log.exception("annotation failed for %s", article.source_name)
        return ItemError(article.source_name or article.id, f"annotation failed: {type(exc).__name__}: {exc}")
    return article

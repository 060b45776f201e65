"""The times stage: find time expressions and normalise them to TIMEX3 values.

Values are relative to ``article.published`` (the anchor). Without an anchor, relative
expressions are left out and month/day/weekday ones get underspecified values
("XXXX-12-22"). Statements get the date they were made when the text says it.

Modules: ``absolute`` (dates spelled out), ``relative`` (dates relative to the anchor or
to the last date mentioned), ``spans`` (durations, sets, clock times, PRESENT/PAST/
FUTURE_REF) hold the rules; ``extract`` finds and resolves candidates (rules plus spaCy
DATE/TIME entities); ``tense`` reads the governing verb's tense off the parse ("said on
Monday" vs "will meet on Monday"); ``attach`` dates statements; ``values`` does the
TIMEX3 calendar arithmetic. No dateparser: measured on TimeBank/MEANTIME it loses to
these rules and costs tens of ms per article (bench/results/timex.md).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from whosaid.model import Article, TimeExpr
from whosaid.times import values as V
from whosaid.times.absolute import half_of_year
from whosaid.times.attach import attach_dates
from whosaid.times.extract import Candidate, entity_candidates, rule_candidates, select
from whosaid.times.grammar import Ctx
from whosaid.times.tense import tense_at

__all__ = ["find_times", "find_time_exprs"]


def _anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_time_exprs(text: str, doc: Any, published: str | None) -> list[TimeExpr]:
    """Time expressions in ``text`` (``doc`` its spaCy parse, or None), ids T1, T2, ..."""
    anchor = _anchor(published)

    @cache
    def tense(start: int, end: int) -> str | None:
        return tense_at(doc, start, end)

    def ctx_for(c: Candidate, refs: list[str] | None = None) -> Ctx:
        return Ctx(anchor=anchor, tense=lambda: tense(c.start, c.end), refs=refs if refs is not None else [])

    cands = rule_candidates(text)
    cands += entity_candidates(text, doc, cands)
    chosen = [(c, r) for c, r in select(cands, ctx_for) if not _in_name(c, text, doc)]
    out: list[TimeExpr] = []
    refs: list[str] = []
    for c, _provisional in chosen:
        # second pass in text order: "a year earlier" needs what was said before it
        res = c.rule.handler(c.match, ctx_for(c, refs))
        if res is None or _adjective_set(c, doc):
            continue
        typ, value = res
        value = half_of_year(text[c.start : c.end], value)
        out.append(TimeExpr(f"T{len(out) + 1}", text[c.start : c.end], (c.start, c.end), typ, value))  # type: ignore[arg-type]
        if c.rule.sets_ref and typ in ("DATE", "TIME") and V.parse(value) is not None:
            refs.append(value)
    return out


# Entities whose names hold time words that are no time: "USA Today", "The Tonight
# Show", "the Six-Day War", "Super Tuesday", "Entertainment Weekly".
_NAME_LABELS = frozenset(["ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT"])


def _in_name(c: Candidate, text: str, doc: Any) -> bool:
    """A time word with no digits inside a longer name. Years and dates stay: "the 2020
    budget", "Trump's July 25 call" (the parser's entity edges there are often wrong)."""
    if doc is None or any(ch.isdigit() for ch in text[c.start : c.end]):
        return False
    for e in doc.ents:
        if e.label_ in _NAME_LABELS and e.start_char <= c.start and c.end <= e.end_char:
            return any(t.is_alpha and t.text[0].isupper() and not c.start <= t.idx < c.end for t in e)
    return False


def _adjective_set(c: Candidate, doc: Any) -> bool:
    """ "its quarterly dividend", "average daily volume": a modifier, not a recurrence."""
    if c.rule.name != "set_every" or not c.match.group("adv") or doc is None:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ == "amod"


def find_times(article: Article) -> None:
    article.times = find_time_exprs(article.text, article.doc, article.published)
    attach_dates(article)

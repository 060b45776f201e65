"""Rules for dates relative to the anchor: "yesterday", "on Sunday", "last week", "two days ago"."""

from __future__ import annotations

import datetime as dt
import re

from whosaid.times import values as V
from whosaid.times.absolute import EDGE, MOD
from whosaid.times.grammar import Ctx, Result, Rule, both, capitalised, rule
from whosaid.times.lexicon import (
    NUMBER,
    PART_OF_DAY,
    PARTS_OF_DAY,
    QMOD,
    UNIT,
    UNIT_ADJ,
    VAGUE_NUM,
    WEEKDAY,
    WEEKDAYS,
    number_value,
)

# "Black Monday", "Good Friday": named days, not the nearest Monday or Friday
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Good|Holy|Easter|Bloody|Shrove|Palm|Ash)\s+$")

_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _with_part(d: dt.date, part: str | None) -> Result:
    if part:
        code = PARTS_OF_DAY.get(re.sub(r"\s+", " ", part.lower()))
        if code:
            return "TIME", V.day(d) + code
    return "DATE", V.day(d)


def _after_acronym(m: re.Match[str], text: str) -> bool:
    """ "USA TODAY", "USA Today": a capitalised day word after an acronym names a paper
    (the entity recogniser misses the all-caps spelling)."""
    return m.group("w")[:1].isupper() and re.search(r"\b[A-Z]{2,5}\s+$", text[max(0, m.start() - 8) : m.start()]) is not None


@rule(
    "day_word",
    rf"(?:(?:early|late|earlier|later)\s+|(?P<pre>mid[\s-]?afternoon|{PART_OF_DAY})\s+)?"
    rf"(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART_OF_DAY}))?",
    accept=lambda m, text: not _after_acronym(m, text),
)
def day_word(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.anchor is None:
        return None
    w = m.group("w").lower()
    d = ctx.anchor + dt.timedelta(days=_DAY_WORDS[w])
    part = m.group("part") or m.group("pre") or ("night" if w == "tonight" else None)
    return _with_part(d, part)


@rule(
    "part_of_day",
    rf"(?:(?:later|earlier)\s+|(?:early|late)\s+in\s+)?(?P<rel>this|last|that|the)\s+(?P<part>{PART_OF_DAY})",
)
def part_of_day(m: re.Match[str], ctx: Ctx) -> Result:
    if ctx.anchor is None:
        return None
    rel, part = m.group("rel").lower(), m.group("part").lower()
    if rel == "that":
        return None
    if rel == "the":  # "in the morning": of the day last talked about
        return _with_part(ctx.last_ref_date("D") or ctx.anchor, part)
    d = ctx.anchor - dt.timedelta(days=1) if rel == "last" else ctx.anchor
    if rel == "last" and part != "night":
        return None  # "last evening" is rare and ambiguous
    return _with_part(d, part)


@rule(
    "weekday",
    rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|early|late|earlier|later|the\s+previous|the\s+following|the\s+next)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART_OF_DAY}))?",
    accept=both(capitalised("wd"), lambda m, text: not _NAMED_DAY.search(text, 0, m.start())),
)
def weekday(m: re.Match[str], ctx: Ctx) -> Result:
    wd = WEEKDAYS[m.group("wd").lower()]
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{wd}"
    rel = (m.group("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    if rel in ("the previous", "the following", "the next"):
        ref = ctx.last_ref("D")
        got = V.parse(ref) if ref else None
        base = got[1] if got else ctx.anchor
        return _with_part(V.weekday_near(base, wd, "before" if rel == "the previous" else "after"), m.group("part"))
    direction = {
        "last": "before", "next": "after", "this past": "past", "past": "past",
        "this coming": "future", "coming": "future",
    }.get(rel) or ctx.direction()
    d = V.weekday_near(ctx.anchor, wd, direction or "past")
    return _with_part(d, m.group("part"))


@rule(
    "weekday_set",
    rf"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})|(?P<wds>{WEEKDAY})s)(?:\s+(?P<part>{PART_OF_DAY})s?)?",
)
def weekday_set(m: re.Match[str], ctx: Ctx) -> Result:
    word = m.group("wd") or m.group("wds")
    if not word[:1].isupper():
        return None
    part = PARTS_OF_DAY.get((m.group("part") or "").lower(), "")
    return "SET", f"XXXX-WXX-{WEEKDAYS[word.lower()]}{part}"


_REL_UNITS = r"(?:week|weekend|month|year|quarter|decade|century|(?:fiscal|financial)\s+year)"


@rule(
    "relative_unit",
    rf"{EDGE}?{MOD}?(?P<the>the\s+)?(?P<rel>last|this|next|current|coming|previous|following|same|past|latest)\s+"
    rf"(?P<unit>{_REL_UNITS})",
)
def relative_unit(m: re.Match[str], ctx: Ctx) -> Result:
    rel = m.group("rel").lower()
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    if unit in ("fiscal year", "financial year"):
        unit = "year"
        if rel == "latest":
            rel = "last"
    elif rel == "latest":
        return None
    if unit == "quarter" and rel in ("past", "coming"):
        rel = {"past": "last", "coming": "next"}[rel]  # "the last quarter" is the one reported
    edge = re.match(EDGE, m.group(0), re.I) is not None
    if edge and unit == "decade" and rel in ("last", "this", "next", "current") and ctx.anchor is not None:
        # "the end of the next decade": a point in the 2030s, not ten years of time
        return "DATE", str(ctx.anchor.year // 10 + {"last": -1, "next": 1}.get(rel, 0))
    if m.group("the") and rel in ("past", "last", "next", "coming") and unit != "quarter" and not edge:
        # "the past decade", "the next year": a stretch of time ending/starting now
        return "DURATION", V.duration(1, unit)
    if rel in ("past", "coming") or unit in ("decade", "century"):
        return None
    if rel in ("previous", "following", "same"):
        ref = ctx.last_ref()
        got = V.parse(ref) if ref else None
        base = got[1] if got else ctx.anchor
        step = {"previous": -1, "following": 1, "same": 0}[rel]
    else:
        base = ctx.anchor
        step = {"last": -1, "next": 1}.get(rel, 0)
        if base is not None and unit == "week" and base.isoweekday() == 7:
            # A Sunday paper's "last week" is the working week just ended (ISO weeks
            # end on Sunday), and its "this week" the one starting tomorrow.
            base = base + dt.timedelta(days=1)
    if base is None:
        return None
    if unit == "weekend":
        d = V.weekday_near(base, 6, "before" if step < 0 else ("after" if step > 0 else "future"))
        return "DATE", V.week(d) + "-WE"
    code = {"week": "W", "month": "M", "year": "Y", "quarter": "Q"}[unit]
    return "DATE", V.format_as(code, base + V.delta(step, code))


@rule(
    "the_quarter",
    r"(?:the\s+)?(?P<which>(?:latest|last|most\s+recent|recent|current|same|comparable|corresponding|year[\s-]ago|year[\s-]earlier|prior[\s-]year|previous|fiscal|full)\s+)?"
    r"(?P<unit>quarter|period)(?P<post>\s+(?:a\s+year\s+(?:earlier|ago)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|last|prior)\s+year))?",
    sets_ref=False,
)
def the_quarter(m: re.Match[str], ctx: Ctx) -> Result:
    which = re.sub(r"[\s-]+", " ", (m.group("which") or "").lower().strip())
    back_a_year = bool(m.group("post")) or which in ("year ago", "year earlier", "prior year")
    if m.group("unit").lower() == "period" and not (back_a_year or which in ("latest", "same", "comparable", "corresponding", "current")):
        return None
    if not m.group(0).lower().startswith("the") and not which:
        return None
    if which in ("fiscal", "full", "recent", "previous", "last") and not back_a_year:
        return None
    ref = ctx.last_ref("Q")
    if ref is None:
        if ctx.anchor is None:
            return None
        q = V.quarter_of(ctx.anchor)
        d = ctx.anchor if which == "current" else ctx.anchor - V.delta(1, "Q")
        ref = V.quarter(d.year, V.quarter_of(d)) if q else None
    if ref is None:
        return None
    if back_a_year:
        return "DATE", V.shift(ref, -1, "Y") or ref
    return "DATE", ref


@rule(
    "year_ago_adj",
    r"(?P<w>year[\s-]ago|year[\s-]earlier)(?=\s+(?:level|levels|figure|figures|results|quarter|period|profit|net|loss|sales|earnings|month)?)",
    sets_ref=False,
)
def year_ago_adj(m: re.Match[str], ctx: Ctx) -> Result:
    ref = ctx.last_ref("QM") or (V.quarter(ctx.anchor.year, V.quarter_of(ctx.anchor)) if ctx.anchor else None)
    return ("DATE", V.shift(ref, -1, "Y") or ref) if ref else None


@rule(
    "ago",
    rf"(?:{QMOD}\s+)?(?:(?P<n>{NUMBER})|(?P<vague>{VAGUE_NUM}))\s+{UNIT_ADJ}?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)(?!\s+(?:than|that|the|a|an|his|her|their|its)\b)",
    sets_ref=False,
)
def ago(m: re.Match[str], ctx: Ctx) -> Result:
    unit = m.group("unit").lower().rstrip("s")
    if unit.startswith("centur"):
        unit = "century"
    direction = m.group("dir").lower()
    if m.group("vague"):
        # "several years ago" is some time back; "a few days later" stays a duration
        return ("DATE", "PAST_REF") if direction in ("ago", "back") else None
    n = number_value(m.group("n"))
    if n is None or n != int(n):
        return None
    n_i = int(n)
    # "two weeks ago" names a day (TimeBank and MEANTIME both write the date)
    code = {"day": "D", "night": "D", "week": "D", "month": "M", "quarter": "Q", "year": "Y",
            "decade": "Y", "century": "Y"}.get(unit)
    if code is None:
        return None  # "three hours ago": the hour is unknown
    if unit == "week":
        n_i *= 7
    if unit == "decade":
        n_i *= 10
    if unit == "century":
        n_i *= 100
    sign = -1 if direction in ("ago", "earlier", "back") else 1
    if direction in ("earlier", "later"):
        # relative to the time last talked about; its granularity wins if finer
        ref = ctx.last_ref()
        if ref:
            return "DATE", V.shift(ref, sign * n_i, code) or ref
    if ctx.anchor is None:
        return None
    if code == "Y" and unit == "year":
        qref = ctx.last_ref("Q")
        if qref and n_i == 1 and ctx.refs and ctx.refs[-1] == qref:
            return "DATE", V.shift(qref, -1, "Y") or qref
    d = ctx.anchor + V.delta(sign * n_i, code)
    return "DATE", V.format_as(code, d)


@rule(
    "the_unit",
    rf"(?:{EDGE}|(?P<inside>(?:early|earlier|late|later)\s+in\s+))?(?P<det>the|that|the\s+same|the\s+full|the\s+entire|the\s+whole)\s+"
    r"(?:(?P<fiscal>fiscal|financial|calendar)[\s-]+)?(?P<unit>day|week|weekend|month|year|quarter)(?P<after>(?=\s+(?:ended|ending)\b))?"
    r"(?P<back>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?"
    r"(?!\s+(?:before|after|of|when|that|he|she|they|it|we|I|following|earlier|ago|later|[-–]|(?!ended\b)\w+ed\b))",
)
def the_unit(m: re.Match[str], ctx: Ctx) -> Result:
    """ "the weekend", "the day", "for the year", "by the end of the month", "that quarter"."""
    unit, det = m.group("unit").lower(), " ".join(m.group("det").lower().split())
    whole = " ".join(m.group(0).lower().split())
    edge = whole != f"{det} {unit}" and not m.group("fiscal")
    if m.group("after") is not None and unit != "quarter":
        return "DURATION", V.duration(1, unit)  # "the year ended Sept. 30": a fiscal year
    if unit == "quarter" and det == "the" and not edge:
        return None  # the_quarter knows the financial sense
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "weekend": "W"}[unit]
    if det in ("that", "the same") or (unit == "day" and det == "the"):
        ref = ctx.last_ref("DWMQY"[: "DWMQY".index(code) + 1]) if code != "Q" else ctx.last_ref("DQ")
        got = V.parse(ref) if ref else None
        if got:
            back = V.delta(-1, "Y") if m.group("back") else V.delta(0, "Y")
            return "DATE", V.format_as(code, got[1] + back)
        if det == "that":
            return None
    if ctx.anchor is None:
        return None
    if unit == "weekend":
        d = V.weekday_near(ctx.anchor, 6, "before" if ctx.direction() == "past" else "future")
        return "DATE", V.week(d) + "-WE"
    if unit == "week" and det == "the" and not edge:
        return None  # "a bad week for Asia", "the week before": too loose alone
    return "DATE", V.format_as(code, ctx.anchor)


@rule("year_end", r"(?:the\s+)?year(?:[\s-]end|['’]s\s+end)")
def year_end(m: re.Match[str], ctx: Ctx) -> Result:
    return ("DATE", f"{ctx.anchor.year:04d}") if ctx.anchor else None


RULES: list[Rule] = [
    day_word, part_of_day, weekday, weekday_set, relative_unit, the_quarter, year_ago_adj, ago,
    the_unit, year_end,
]

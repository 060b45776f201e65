"""Rules for dates the text spells out: "Dec. 22, 2024", "22 December", "2022", "the 1990s", Q3."""

from __future__ import annotations

import datetime as dt
import re

from whosaid.times import values as V
from whosaid.times.grammar import Ctx, Result, Rule, both, capitalised, rule
from whosaid.times.lexicon import (
    DAYNUM,
    MONTH,
    MONTHS,
    NUMWORD,
    ORDINALS,
    SEASONS,
    WEEKDAY,
    YEAR4,
    spoken_year,
)

# "the end of", "early", "mid-": TimeML keeps these inside the expression; the value stays.
EDGE = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|first\s+half"
    r"|second\s+half|last\s+half|latter\s+half|first\s+part|latter\s+part)\s+of\s+)"
)
_HALF = re.compile(r"(?:the\s+)?(?:very\s+)?(first|second|last|latter)\s+half\s+of\s", re.I)
MOD = r"(?:(?:early|late|mid|earlier|later|around|sometime|some\s+time|the\s+middle\s+of)[\s-]+)"
SPOKEN_YEAR = rf"(?:(?:nineteen|eighteen)[\s-]+{NUMWORD}(?:[\s-]+{NUMWORD})?|two\s+thousand(?:\s+and)?(?:[\s-]+{NUMWORD})?)"
REL_YEAR = r"(?:this|last|next|that|the\s+previous|the\s+following)\s+year"


def half_of_year(text: str, value: str) -> str:
    """ "the first half of 2019" is 2019-H1, "the second half of next year" 2020-H2: TIMEX3
    writes a half-year as one; other edges ("the end of 2019") keep the year's value."""
    m = _HALF.match(text)
    if m is None or not re.fullmatch(r"\d{4}", value):
        return value
    return f"{value}-H{1 if m.group(1).lower() == 'first' else 2}"


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _daynum(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _rel_year(phrase: str, ctx: Ctx) -> int | None:
    """The year "this year", "last year" ... names; None without an anchor."""
    p = phrase.lower().split()
    if p[0] == "that" or p[-2] in ("previous", "following"):
        ref = ctx.last_ref_date() or ctx.anchor
        if ref is None:
            return None
        return ref.year + {"previous": -1, "following": 1}.get(p[-2], 0)
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + {"last": -1, "next": 1}.get(p[0], 0)


def _year_of(m: re.Match[str], ctx: Ctx) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.groupdict().get("syear"):
        return spoken_year(m.group("syear"))
    if m.groupdict().get("ryear"):
        return _rel_year(m.group("ryear"), ctx)
    return None


@rule(
    "month_day",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+|(?P<wdp>{WEEKDAY})\s*\(\s*|(?:this\s+coming\s+)(?P<wdc>{WEEKDAY}),?\s+)?"
    rf"(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})(?!\d|:)(?:(?:,\s*|\s+)(?:of\s+)?(?P<year>{YEAR4})(?!\d))?(?(wdp)\s*\))",
    accept=both(capitalised("mon"), capitalised("wd")),
)
def month_day(m: re.Match[str], ctx: Ctx) -> Result:
    return _ymd(_month(m.group("mon")), _daynum(m.group("day")), m, ctx)


@rule(
    "day_month",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4})(?!\d))?",
    accept=both(capitalised("mon"), capitalised("wd")),
)
def day_month(m: re.Match[str], ctx: Ctx) -> Result:
    return _ymd(_month(m.group("mon")), _daynum(m.group("day")), m, ctx)


def _ymd(mon: int, d: int, m: re.Match[str], ctx: Ctx) -> Result:
    year = _year_of(m, ctx)
    if year is not None:
        try:
            return "DATE", V.day(dt.date(year, mon, d))
        except ValueError:
            return None
    if not 1 <= d <= 31:
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{mon:02d}-{d:02d}"
    got = V.day_near(ctx.anchor, mon, d, ctx.direction(default=None))
    return ("DATE", V.day(got)) if got else None


@rule("iso_date", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<hh>\d{2}):(?P<mm>\d{2}))?")
def iso_date(m: re.Match[str], ctx: Ctx) -> Result:
    try:
        d = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if m.group("hh"):
        return "TIME", f"{V.day(d)}T{m.group('hh')}:{m.group('mm')}"
    return "DATE", V.day(d)


@rule("us_numeric", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)")
def us_numeric(m: re.Match[str], ctx: Ctx) -> Result:
    """ "12/22/2024" (US order) or "22/12/2024" (day first, when the first part cannot be a month)."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    mon, d = (b, a) if a > 12 else (a, b)
    if y < 100:  # "7/8/07": the century nearest the anchor
        base = ctx.anchor.year if ctx.anchor else 2000
        y += base - base % 100
        if y > base + 20:
            y -= 100
    try:
        return "DATE", V.day(dt.date(y, mon, d))
    except ValueError:
        return None


@rule(
    "month_year",
    rf"{EDGE}?{MOD}?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR4})(?!\d)|(?P<ryear>{REL_YEAR})|(?P<syear>{SPOKEN_YEAR}))",
    accept=capitalised("mon"),
)
def month_year(m: re.Match[str], ctx: Ctx) -> Result:
    year = _year_of(m, ctx)
    if year is None:
        return ("DATE", f"XXXX-{_month(m.group('mon')):02d}") if ctx.anchor is None else None
    return "DATE", V.month(year, _month(m.group("mon")))


@rule(
    "month",
    rf"(?:{EDGE}|{MOD}|(?P<rel>last|this|next|this\s+past|this\s+coming|each|every)\s+)?(?P<mon>{MONTH})",
    accept=capitalised("mon"),
)
def month_alone(m: re.Match[str], ctx: Ctx) -> Result:
    word = m.group("mon")
    if word.endswith(".") or word.lower() in ("mar", "jun", "jul", "sep"):
        return None  # a bare abbreviation ("Mar") is more often a name than a month
    mon = _month(word)
    rel = (m.group("rel") or "").lower().split()
    if rel and rel[0] in ("each", "every"):
        return "SET", f"XXXX-{mon:02d}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{mon:02d}"
    direction = {"last": "before", "next": "after", "this past": "past"}.get(
        " ".join(rel), ctx.direction(default=None)
    )
    if direction == "before":
        year = ctx.anchor.year if mon < ctx.anchor.month else ctx.anchor.year - 1
    elif direction == "after":
        year = ctx.anchor.year if mon > ctx.anchor.month else ctx.anchor.year + 1
    else:
        year = V.month_near(ctx.anchor, mon, direction)
    return "DATE", V.month(year, mon)


_YEAR_PREV = {
    "in", "since", "by", "until", "from", "through", "during", "before", "after", "of", "for",
    "fiscal", "early", "late", "mid", "spring", "summer", "fall", "autumn", "winter", "then",
    "to", "and", "or", "about", "around", "circa", "at", "throughout", "between", "on",
    # events named by their year: "Conference 2010", "Expo 2020"
    "conference", "summit", "games", "cup", "olympics", "election", "elections", "expo",
    "festival", "championship", "championships", "awards", "census", "budget", "class",
    *MONTHS,
}


def _not_quantity(m: re.Match[str], text: str) -> bool:
    """A bare 4-digit number is a year unless money, a count or a measure sits next to it."""
    after = text[m.end() : m.end() + 12].lower()
    before = text[max(0, m.start() - 20) : m.start()]
    if re.match(r"[.,]\d", after) or re.search(r"\d[.,]$", before):
        return False  # 2082.1 points, $4.1556
    prev = re.search(r"([A-Z][a-z]+)\s+$", before)
    if prev and m.group(0)[:1].isdigit() and prev.group(1).lower() not in _YEAR_PREV:
        return False  # "Orion 1980", "Russell 2000": names, unless a month or preposition
    # "GTX 1660", "RTX 2060": model numbers after an acronym, unless a plausible year
    # ("WWDC 2005", "CES 2020")
    if re.search(r"\b[A-Z]{2,}\s+$", before) and m.group(0)[:1].isdigit() \
            and not 1950 <= int(m.group("year")) <= 2040:
        return False
    if re.match(r"\s*(?:%|percent|per\s*cent|[a-z]*(?:people|troops|tons|km|miles|points|shares|units|votes|dollars|euros|metres|meters|feet|barrels|members|jobs|pixels|px|mah|rpm|mph)\b)", after):
        return False
    return not re.search(r"[$£€#]\s*$|No\.\s*$", before)


@rule(
    "year",
    rf"{EDGE}?{MOD}?(?P<pre>(?:fiscal|calendar|the\s+year|fy|the)\s*)?(?P<year>{YEAR4})(?P<post>\s+(?:period|fiscal\s+year))?",
    accept=_not_quantity,
)
def year(m: re.Match[str], ctx: Ctx) -> Result:
    return "DATE", m.group("year")


@rule("spoken_year", rf"(?:the\s+year\s+)?(?P<syear>{SPOKEN_YEAR})")
def spoken(m: re.Match[str], ctx: Ctx) -> Result:
    y = spoken_year(m.group("syear"))
    if y is None or not 1800 <= y <= 2100:
        return None
    return "DATE", str(y)


@rule("apostrophe_year", r"(?P<ap>['’])(?P<yy>\d\d)(?!['’]?s)")
def apostrophe_year(m: re.Match[str], ctx: Ctx) -> Result:
    yy = int(m.group("yy"))
    century = (ctx.anchor.year // 100) if ctx.anchor else 20
    year = century * 100 + yy
    if ctx.anchor and year > ctx.anchor.year + 10:
        year -= 100
    return "DATE", str(year)


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}


@rule(
    "decade",
    rf"(?:the\s+)?{MOD}?(?:(?P<full>1[5-9]\d0|20\d0)['’]?s|['’](?P<short>\d0)['’]?s|(?<=the )(?P<short2>[2-9]0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
)
def decade(m: re.Match[str], ctx: Ctx) -> Result:
    if m.group("full"):
        return "DATE", m.group("full")[:3]
    century = 19 if ctx.anchor is None or ctx.anchor.year < 2030 else 20
    short = m.group("short") or m.group("short2")
    digit = int(short[0]) if short else _DECADE_WORDS[m.group("word").lower()]
    if not m.group(0).lower().startswith("the") and m.group("word"):
        return None  # "in his sixties" is an age
    if ctx.anchor and century * 10 + digit > ctx.anchor.year // 10:
        century -= 1
    return "DATE", f"{century}{digit}"


@rule(
    "century",
    r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century",
)
def century(m: re.Match[str], ctx: Ctx) -> Result:
    n = int(m.group("n"))
    return ("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


QUARTER_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"


@rule(
    "quarter",
    rf"(?:the\s+)?(?:(?:(?P<year>{YEAR4})|(?P<ryear>this\s+year|last\s+year|next\s+year)['’]s)\s+)?"
    rf"(?:the\s+(?P<yq>{YEAR4})\s+quarter|"
    rf"(?:(?:fiscal|calendar|current|flat|latest)[\s-]+)?(?P<ord>{QUARTER_ORD})[\s-]+(?:fiscal\s+|calendar\s+)?quarter"
    rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year2>{YEAR4})|(?P<ryear2>{REL_YEAR})))?)|Q(?P<qn>[1-4])\s+(?P<year3>{YEAR4})",
)
def quarter(m: re.Match[str], ctx: Ctx) -> Result:
    if m.group("yq"):  # "the 1988 quarter": the quarter last talked about, in that year
        ref = ctx.last_ref_date("Q")
        if ref is None:
            return "DATE", m.group("yq")
        return "DATE", V.quarter(int(m.group("yq")), V.quarter_of(ref))
    q = int(m.group("qn")) if m.group("qn") else ORDINALS[m.group("ord").lower()]
    y: int | None = None
    for g in ("year", "year2", "year3"):
        if m.group(g):
            y = int(m.group(g))
    for g in ("ryear", "ryear2"):
        if m.group(g):
            y = _rel_year(m.group(g), ctx)
    if y is None:
        if ctx.anchor is None:
            return "DATE", f"XXXX-Q{q}"
        y = ctx.anchor.year
        # results for "the fourth quarter" reported in January are last year's
        if ctx.direction(default="past") == "past" and q > V.quarter_of(ctx.anchor):
            y -= 1
    return "DATE", V.quarter(y, q)


SEASON_RX = r"(?:spring|summer|fall|autumn|winter)"


@rule(
    "season",
    rf"{EDGE}?(?:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s1>{SEASON_RX})(?:\s+of)?,?\s+(?:(?P<year>{YEAR4})|(?P<syear>{SPOKEN_YEAR})|(?P<ryear>{REL_YEAR}))"
    rf"|(?P<rel>this\s+past|this|last|next|this\s+coming|past)\s+(?P<s2>{SEASON_RX})|the\s+(?:(?:early|late)\s+)?(?P<s3>{SEASON_RX}))",
)
def season(m: re.Match[str], ctx: Ctx) -> Result:
    word = (m.group("s1") or m.group("s2") or m.group("s3")).lower()
    code = SEASONS[word]
    if m.group("s1"):
        y = _year_of(m, ctx)
        return ("DATE", f"{y:04d}-{code}") if y is not None else None
    if ctx.anchor is None:
        return None
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    month, year = ctx.anchor.month, ctx.anchor.year
    rel = " ".join((m.group("rel") or "the").lower().split())
    if rel in ("last", "this past", "past"):
        # the latest one already over ("last summer" said in July is 2023's)
        if month < start + 3:
            year -= 1
    elif rel in ("next", "this coming"):
        if month >= start:
            year += 1
    elif rel == "the":
        # "over the summer": the latest one begun, in a past-tense sentence; else the next
        if ctx.direction() == "past":
            year -= month < start
        elif month > start + 2:
            year += 1
    return "DATE", f"{year:04d}-{code}"


RULES: list[Rule] = [
    month_day, day_month, iso_date, us_numeric, month_year, month_alone, year, spoken,
    apostrophe_year, decade, century, quarter, season,
]

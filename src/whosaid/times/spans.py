"""Rules for durations, sets, clock times and the vague references (now, recently, soon)."""

from __future__ import annotations

import datetime as dt
import re

from whosaid.times import values as V
from whosaid.times.absolute import MONTH, _daynum, _month
from whosaid.times.grammar import Ctx, Result, Rule, rule
from whosaid.times.lexicon import (
    DAYNUM,
    NUMBER,
    QMOD,
    TENS,
    UNIT,
    UNIT_ADJ,
    VAGUE_NUM,
    WEEKDAY,
    WEEKDAYS,
    number_value,
)


def _not_age_or_rate(m: re.Match[str], text: str) -> bool:
    """ "52 years old" is an age, "$55 a night" a price and "a quarter of" a fraction."""
    after = text[m.end() : m.end() + 6].lower()
    if re.match(r"\s*(?:-\s*)?old\b", after):
        return False
    words = m.group(0).lower().split()
    if words[0] in ("a", "an") or (len(words) > 1 and words[-2] in ("a", "an")):
        if words[-1] in ("second", "quarter") and not re.match(r"\s*(?:ago|earlier|later)", after):
            return False  # "a second group", "a quarter of its dealers"
        prev = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30) : m.start()])
        pw = prev.group(1).lower() if prev else ""
        if re.search(r"[\d$%]", pw) or (pw.endswith("s") and len(pw) > 3 and pw not in _S_WORDS):
            return False
    return True


_S_WORDS = {"this", "was", "has", "his", "its", "is", "as", "less", "across", "process", "takes", "lasts", "spends", "needs", "thus", "plus", "years", "months", "days", "weeks"}


@rule(
    "duration",
    rf"(?P<det>(?:{QMOD}\s+)?(?:the\s+|each\s+of\s+the\s+)?(?:(?:first|last|past|next|previous|coming|following|final|latest|initial|remaining|other)\s+)?)"
    rf"(?:(?:between\s+)?(?P<lo>{NUMBER})\s*(?:to|or|and|-|–)\s*)?"
    rf"(?:(?P<n>{NUMBER})|(?P<vague>{VAGUE_NUM}))\s+{UNIT_ADJ}?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so|\s+or\s+(?:two|more))?",
    accept=_not_age_or_rate,
)
def duration(m: re.Match[str], ctx: Ctx) -> Result:
    unit = m.group("unit").lower()
    if m.group("vague"):
        return "DURATION", V.duration(None, unit)
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group("n")):
        return None  # "the 1988 quarter" is a year
    n = number_value(m.group("n"))
    lo = m.group("lo")
    if lo and m.string[m.end("lo"):m.start("n")] == "-" and lo.lower() in TENS:
        # "twenty-two months" is one number the range pattern split at its hyphen
        n, lo = number_value(f"{lo}-{m.group('n')}"), None
    if lo:
        n = number_value(lo)  # "two to three weeks": TimeML keeps the lower bound
    if n is None:
        return None
    if m.group("half"):
        n += 0.5
    words = m.group("n").lower().split()
    det = m.group("det").lower()
    if words[0] in ("a", "an") and len(words) == 1 and not det.strip() and unit.endswith("s"):
        return None  # "a days" is not English; the match is off
    if n > 1000 and unit.startswith("year"):
        return None
    return "DURATION", V.duration(n, unit)


@rule(
    "duration_adj",
    rf"(?P<n>{NUMBER}|several|multi)-(?P<unit>second|minute|hour|day|week|month|quarter|year|decade)(?:-long)?(?!-old)",
)
def duration_adj(m: re.Match[str], ctx: Ctx) -> Result:
    word = m.group("n").lower()
    n = None if word in ("several", "multi") else number_value(word)
    if n is None and word not in ("several", "multi"):
        return None
    return "DURATION", V.duration(n, m.group("unit"))


@rule(
    "vague_units",
    r"recent\s+(?P<runit>days|weeks|months|quarters|years)"
    r"|(?:(?:the|coming|future)\s+)?(?P<unit>minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
    r"(?=\s+(?:of|to|and|or|ago|later|before|after|earlier)\b|[,.;])",
)
def vague_units(m: re.Match[str], ctx: Ctx) -> Result:
    low = m.group(0).lower()
    if m.group("runit"):
        # TimeBank writes "recent years"/"recent days" as PAST_REF but "recent months",
        # "recent weeks" as vague durations
        unit = m.group("runit").lower()
        if unit in ("years", "days"):
            return "DATE", "PAST_REF"
        return "DURATION", V.duration(None, "month" if unit == "quarters" else unit)
    if low.startswith(("coming", "future")):
        return "DATE", "FUTURE_REF"
    return "DURATION", V.duration(None, m.group("unit"))


@rule(
    "vague_period",
    r"(?:(?<=for )|(?<=over )|(?<=in )|(?<=after ))(?:a\s+(?:(?:long|short|little)\s+)?while|(?:quite\s+)?some\s+time"
    r"|a\s+(?:(?:very|fairly|relatively)\s+)?(?:long|short|lengthy|brief)\s+(?:time|period(?:\s+of\s+time)?)|the\s+years)",
)
def vague_period(m: re.Match[str], ctx: Ctx) -> Result:
    """ "for a while", "for some time", "over the years": a duration of unknown length."""
    return "DURATION", "PXY" if m.group(0).lower().endswith("years") else "PXX"


def _title_word(m: re.Match[str], text: str) -> bool:
    """ "the Daily Caller", "Weekly Standard": a capitalised word mid-sentence is a name."""
    if not m.group(0)[:1].isupper():
        return False
    before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“‘'("


_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
    "annually": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W",
}


@rule(
    "set_every",
    r"(?:(?P<every>every|each|per)\s+(?P<other>other\s+)?(?P<unit>day|night|week|weekend|month|year|quarter|morning|evening|afternoon|hour|summer|winter)"
    r"|(?P<adv>daily|nightly|weekly|monthly|yearly|annually|hourly|quarterly|biweekly)"
    r"|(?P<times>once|twice|(?:three|four|five|several|\d+)\s+times)\s+a\s+(?P<unit2>day|week|month|year))",
    accept=lambda m, text: not _title_word(m, text),
)
def set_every(m: re.Match[str], ctx: Ctx) -> Result:
    if m.group("adv"):
        return "SET", _SETS[m.group("adv").lower()]
    unit = (m.group("unit") or m.group("unit2")).lower()
    parts = {"morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "afternoon": "XXXX-XX-XXTAF",
             "summer": "XXXX-SU", "winter": "XXXX-WI"}
    if unit in parts:
        return "SET", parts[unit]
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE"
    n = 2 if m.group("other") else 1
    return "SET", V.duration(n, "day" if unit == "night" else unit)


_TZ = r"(?:\s*\(?(?:UTC|GMT|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|ET|local\s+time)\)?)"
_DAYSPEC = rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow)|(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})))"


@rule(
    "clock",
    r"(?:(?:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?=" + _TZ + r"|\s*(?:hours|hrs|h)\b)"
    r"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=" + _TZ + r")"
    r"|(?P<word>noon|midnight|midday))"
    + _TZ + r"?(?:\s*(?:hours|hrs)\b)?" + _DAYSPEC + "?",
)
def clock(m: re.Match[str], ctx: Ctx) -> Result:
    word = (m.group("word") or "").lower()
    if word:
        hh, mm = (24 if word == "midnight" else 12), 0
    elif m.group("ampm"):
        hh, mm = int(m.group("h")) % 12, int(m.group("m") or 0)
        if m.group("ampm").lower().startswith("p"):
            hh += 12
    elif m.group("h24") is not None:
        hh, mm = int(m.group("h24")), int(m.group("m24"))
    else:
        hh, mm = int(m.group("hh")), int(m.group("mm"))
    tz = re.search(r"\b(UTC|GMT)\b", m.group(0))
    suffix = "Z" if tz else ""
    d = _day_of(m, ctx)
    date_part = V.day(d) if d else "XXXX-XX-XX"
    return "TIME", f"{date_part}T{hh:02d}:{mm:02d}{suffix}"


def _day_of(m: re.Match[str], ctx: Ctx) -> dt.date | None:
    if ctx.anchor is None:
        return None
    if m.group("wd"):
        if not m.group("wd")[:1].isupper():
            return None
        return V.weekday_near(ctx.anchor, WEEKDAYS[m.group("wd").lower()], ctx.direction() or "past")
    if m.group("dw"):
        return ctx.anchor + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("dw").lower()])
    if m.group("mon"):
        return V.day_near(ctx.anchor, _month(m.group("mon")), _daynum(m.group("day")), ctx.direction(None))
    return ctx.anchor


_REFS = {
    "PRESENT_REF": (
        r"now|right\s+now|just\s+now|currently|presently|at\s+present|nowadays|these\s+days"
        r"|(?:for\s+)?the\s+time\s+being|the\s+present(?!\s+(?:tense|case|system|day))|this\s+(?:crucial\s+)?moment"
    ),
    "PAST_REF": (
        r"recently|(?:more|most)\s+recently|lately|(?:the|its|their)\s+past(?!\s+(?:week|month|year|decade|\d))"
        r"|recent\s+(?:history|past|times|decades)"
        r"|(?:several|a\s+few|many|some)\s+years\s+ago|years\s+ago|long\s+ago|not\s+long\s+ago"
    ),
    "FUTURE_REF": (
        r"(?<!as )(?:very\s+)?soon(?!\s+(?:as|after|before|-to)\b|-)|(?:the\s+)?(?:near|distant|foreseeable|immediate)\s+future|the\s+future"
        r"|the\s+(?:near|long|short|medium)\s+term|(?:the\s+)?(?:coming|future)\s+(?:days|weeks|months|quarters|years|decades)"
        r"|(?:the\s+)?(?:days|weeks|months|years)\s+ahead|some\s+day|someday|one\s+of\s+these\s+days"
    ),
}


def _ref_rule(value: str, body: str) -> Rule:
    @rule("ref_" + value.lower(), rf"(?P<ref>{body})")
    def ref(m: re.Match[str], ctx: Ctx) -> Result:
        low = m.group(0).lower()
        if low == "now" and (_conjunction_now(m) or m.string[m.end() : m.end() + 1] == "-"):
            return None  # "the now-cancelled deal"
        return "DATE", value

    return ref


def _conjunction_now(m: re.Match[str]) -> bool:
    """ "now that ..." is still the present; only "now" as a noun of comparison is not a time."""
    return m.string[m.end() : m.end() + 5].lower().startswith(" on,")


@rule(
    "one_day",
    r"(?P<w>one\s+day|some\s+day)(?!\s+(?:later|earlier|after|before|ago|of|in|per|\d))",
)
def one_day(m: re.Match[str], ctx: Ctx) -> Result:
    """ "will one day join": an indefinite future; "for one day" stays a duration (other rule)."""
    before = m.string[max(0, m.start() - 40) : m.start()].lower()
    if re.search(r"\b(?:for|within|in|a|of|just|only)\s*$", before):
        return None
    if ctx.tense() in ("future", "present") or re.search(r"\b(?:will|would|could|might|may|joining|to)\s*$", before):
        return "DATE", "FUTURE_REF"
    return None


RULES: list[Rule] = [
    duration, duration_adj, vague_units, vague_period, set_every, clock, one_day,
    *(_ref_rule(v, body) for v, body in _REFS.items()),
]

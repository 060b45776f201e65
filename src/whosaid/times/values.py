"""TIMEX3 value strings: formatting, reading back, and calendar arithmetic on them."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from whosaid.times.lexicon import UNIT_CODES

Direction = str  # "past" (on or before the anchor), "future" (on or after), "before", "after"


def day(d: dt.date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


_PATTERNS = [
    ("D", re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    ("W", re.compile(r"(\d{4})-W(\d{2})")),
    ("Q", re.compile(r"(\d{4})-Q([1-4])")),
    ("M", re.compile(r"(\d{4})-(\d{2})")),
    ("Y", re.compile(r"(\d{4})")),
]


def parse(value: str) -> tuple[str, dt.date] | None:
    """(granularity, first day) of a calendar value; None for REFs, durations, XXXX forms."""
    for gran, rx in _PATTERNS:
        m = rx.fullmatch(value[:10] if gran == "D" else value)
        if not m:
            continue
        y = int(m.group(1))
        try:
            if gran == "D":
                return gran, dt.date(y, int(m.group(2)), int(m.group(3)))
            if gran == "W":
                return gran, dt.date.fromisocalendar(y, int(m.group(2)), 1)
            if gran == "Q":
                return gran, dt.date(y, 3 * int(m.group(2)) - 2, 1)
            if gran == "M":
                return gran, dt.date(y, int(m.group(2)), 1)
            return gran, dt.date(y, 1, 1)
        except ValueError:
            return None
    return None


def format_as(gran: str, d: dt.date) -> str:
    if gran == "D":
        return day(d)
    if gran == "W":
        return week(d)
    if gran == "Q":
        return quarter(d.year, quarter_of(d))
    if gran == "M":
        return month(d.year, d.month)
    return f"{d.year:04d}"


def delta(n: int, unit: str) -> relativedelta:
    """A calendar step of ``n`` units; unit is a TIMEX3 letter Y, Q, M, W, D."""
    if unit == "Y":
        return relativedelta(years=n)
    if unit in ("Q", "M"):
        return relativedelta(months=3 * n if unit == "Q" else n)
    if unit == "W":
        return relativedelta(weeks=n)
    if unit == "D":
        return relativedelta(days=n)
    raise KeyError(unit)


def shift(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by n units, kept at its own granularity ("1989-Q3", -1, "Y" → "1988-Q3")."""
    got = parse(value)
    if got is None:
        return None
    gran, d = got
    return format_as(gran, d + delta(n, unit))


def weekday_near(anchor: dt.date, wd: int, direction: Direction) -> dt.date:
    """The day named ``wd`` (1 = Monday) nearest the anchor in the given direction."""
    diff = wd - anchor.isoweekday()
    if direction == "past":
        return anchor + dt.timedelta(days=diff if diff <= 0 else diff - 7)
    if direction == "before":
        return anchor + dt.timedelta(days=diff if diff < 0 else diff - 7)
    if direction == "after":
        return anchor + dt.timedelta(days=diff if diff > 0 else diff + 7)
    return anchor + dt.timedelta(days=diff if diff >= 0 else diff + 7)


def month_near(anchor: dt.date, m: int, direction: Direction | None) -> int:
    """The year of month ``m`` nearest the anchor: the past, the future, or the same year."""
    if direction in ("past", "before"):
        return anchor.year if m <= anchor.month else anchor.year - 1
    if direction in ("future", "after"):
        return anchor.year if m >= anchor.month else anchor.year + 1
    return anchor.year


def day_near(anchor: dt.date, m: int, d: int, direction: Direction | None) -> dt.date | None:
    """A month-day without a year: the past/future occurrence, or the closest one."""
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(y, m, d))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction in ("past", "before"):
        past = [c for c in candidates if c <= anchor]
        # a date a few days ahead in a past-tense sentence is still this year's (a deadline)
        if past and (anchor - max(past)).days < 300:
            return max(past)
    elif direction in ("future", "after"):
        fut = [c for c in candidates if c >= anchor]
        if fut and (min(fut) - anchor).days < 300:
            return min(fut)
    return min(candidates, key=lambda c: abs((c - anchor).days))


def duration(n: float | None, unit_word: str) -> str:
    """P3Y, PT3H, P2Y6M, PXD ... for ``n`` units (None = vague)."""
    unit_word = unit_word.lower().rstrip("s")
    if unit_word.startswith("centur"):
        unit_word = "century"
    if unit_word.startswith("millenni"):
        unit_word = "millennium"
    letter, mult, timed = UNIT_CODES.get(unit_word, ("X", 1, False))
    t = "T" if timed else ""
    if letter == "WE":
        return "P" + ("X" if n is None else _num(n)) + "WE"
    if n is None:
        return f"P{t}X{letter}"
    n = n * mult
    if n != int(n):
        whole, frac = int(n), n - int(n)
        if timed:
            k, sub = {"H": (60, "M"), "M": (60, "S")}.get(letter, (0, ""))
            return f"PT{whole}{letter}{round(frac * k)}{sub}" if k else f"PT{n:g}{letter}"
        k, sub = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H")}.get(letter, (0, ""))
        if not k:
            return f"P{n:g}{letter}"
        return f"P{whole}{letter}{'T' if sub == 'H' else ''}{round(frac * k)}{sub}"
    return f"P{t}{int(n)}{letter}"


def _num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"

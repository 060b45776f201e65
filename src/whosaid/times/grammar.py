"""The shape of a time rule: one compiled pattern plus the function that gives its value.

A rule finds its expressions in raw text (``finditer``) and normalises them from the
match groups; the same rules normalise a spaCy DATE/TIME entity by ``fullmatch``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

TimeType = str  # "DATE" | "TIME" | "DURATION" | "SET"
Result = tuple[TimeType, str] | None


@dataclass
class Ctx:
    """What a rule may know beyond its own match: the anchor, the tense, earlier values."""

    anchor: dt.date | None
    tense: Callable[[], str | None] = lambda: None  # "past" | "future" | "present" | None
    refs: list[str] = field(default_factory=list)  # calendar values already found, in order

    def direction(self, default: str | None = "past") -> str | None:
        """Which way a bare "Monday" points: news reports the past unless the verb says not."""
        t = self.tense()
        if t == "future":
            return "future"
        if t == "past":
            return "past"
        return default

    def last_ref(self, grans: str = "DWMQY") -> str | None:
        """The latest calendar value already mentioned, at one of the given granularities."""
        from whosaid.times.values import parse

        for v in reversed(self.refs):
            got = parse(v)
            if got and got[0] in grans:
                return v
        return None

    def last_ref_date(self, grans: str = "DWMQY") -> dt.date | None:
        """The first day of the latest calendar value mentioned (see ``last_ref``)."""
        from whosaid.times.values import parse

        ref = self.last_ref(grans)
        got = parse(ref) if ref else None
        return got[1] if got else None


Handler = Callable[[re.Match[str], Ctx], Result]
Accept = Callable[[re.Match[str], str], bool]


def _always(m: re.Match[str], text: str) -> bool:
    return True


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # A cheap check on the match in its text (capitalisation, neighbours), before normalising.
    accept: Accept = _always
    # False when the value is computed from an earlier mention ("a year earlier"): such a
    # value must not become the reference for the next one.
    sets_ref: bool = True


def rule(
    name: str, body: str, accept: Accept = _always, sets_ref: bool = True
) -> Callable[[Handler], Rule]:
    """Decorator: ``@rule("weekday", WEEKDAY_PATTERN)`` over a handler makes a Rule."""
    # Word boundaries that also refuse hyphen-joins ("pre-2024") and digits glued on.
    pattern = re.compile(rf"(?<![\w\-/$£€]){_one_paragraph(body)}(?![\w]|-\d)", re.IGNORECASE)

    def wrap(fn: Handler) -> Rule:
        return Rule(name, pattern, fn, accept, sets_ref)

    return wrap


_SPACE = r"(?:[ \t\u00a0]|\r?\n(?![ \t]*\r?\n))"


def _one_paragraph(body: str) -> str:
    """Let whitespace in a pattern cross a line break but never a blank line.

    "Friday\n\nSeptember 18, 2008" is a dateline after a headline, not one date.
    Inside a character class ``\\s`` becomes spaces only.
    """
    out, i, in_class = [], 0, False
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            pair = body[i : i + 2]
            if pair == r"\s":
                out.append(" \t\u00a0" if in_class else _SPACE)
            else:
                out.append(pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def capitalised(group: str) -> Accept:
    """Month and weekday names must be capitalised as written ("may", "march" are verbs)."""

    def check(m: re.Match[str], text: str) -> bool:
        g = m.group(group)
        return g is None or g[:1].isupper()

    return check


def both(*checks: Accept) -> Accept:
    def check(m: re.Match[str], text: str) -> bool:
        return all(c(m, text) for c in checks)

    return check

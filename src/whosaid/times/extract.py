"""Find time expressions: every rule's matches, plus spaCy DATE/TIME entities no rule saw.

Overlapping candidates are resolved longest first; a candidate whose rule cannot give
it a value (a capitalised "May" that turns out to be no date) yields to the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from whosaid.times import absolute, relative, spans
from whosaid.times.grammar import Ctx, Result, Rule
from whosaid.times.lexicon import MONTHS, WEEKDAYS

# Order matters only between equally long matches: the earlier rule wins.
RULES: list[Rule] = [
    *absolute.RULES[:5],  # explicit calendar dates before anything that could eat a piece
    spans.one_day,
    *relative.RULES,
    *absolute.RULES[5:],
    *(r for r in spans.RULES if r is not spans.one_day),
]

# TimeML leaves prepositions and conjunctions out of the expression; spaCy sometimes keeps them.
_LEAD = re.compile(
    r"^(?:(?:in|on|at|since|until|till|by|from|during|for|between|through|throughout|of|to|and|or|"
    r"before|after|as\s+of|within|over|as\s+early\s+as|as\s+late\s+as)\s+)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"(?:['’]s|[\s,.;:!?)\"”’]+)$")


@dataclass
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


# Speed: running ~30 patterns over a whole article costs several ms, because Python's
# regex engine tries every rule at every position. Instead one cheap word scan finds
# trigger words, and each rule runs only in small windows around its own triggers.
_DIGITS = re.compile(r"\d+")
_QUARTER_CODE = re.compile(r"\bQ[1-4]\b")


def _trigger_words() -> dict[str, set[str]]:
    cats: dict[str, set[str]] = {}

    def add(cat: str, *words: str) -> None:
        for w in words:
            cats.setdefault(w, set()).add(cat)

    add("MONTH", *MONTHS, "sept")
    for w in WEEKDAYS:
        add("WEEKDAY", w, w + "s")
    for u in ("second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter",
              "year", "decade", "period", "millennium"):
        add("UNIT", u, u + "s")
    add("UNIT", "century", "centuries", "millennia", "yearly", "intraday")
    add("SEASON", "spring", "summer", "fall", "autumn", "winter")
    add("DAYWORD", "today", "tonight", "yesterday", "tomorrow")
    add("PART", "morning", "afternoon", "evening", "night", "overnight")
    add("SPOKEN", "nineteen", "eighteen", "thousand")
    add("DECADE", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
        "eighties", "nineties")
    add("SET", "every", "each", "per", "daily", "nightly", "weekly", "monthly", "yearly",
        "annually", "hourly", "quarterly", "biweekly", "once", "twice", "times")
    add("NOON", "noon", "midnight", "midday")
    add("VAGUE", "while", "time", "period", "years")
    add("REF", "now", "currently", "presently", "present", "nowadays", "these", "time",
        "moment", "recent", "recently", "lately", "previously", "formerly", "past", "ago",
        "soon", "shortly", "future", "term", "coming", "ahead", "someday", "history")
    return cats


_CATEGORIES = _trigger_words()
# Which trigger categories each rule's search starts from, and how far before/after a
# trigger its matches can reach (prefixes like "the very beginning of", "more than
# twenty four"; suffixes like ", 2024" or "Wednesday" after a clock time).
TRIGGERS: dict[str, tuple[set[str], int, int]] = {
    "month_day": ({"MONTH"}, 45, 25), "day_month": ({"MONTH"}, 30, 15),
    "month_year": ({"MONTH"}, 45, 40), "month": ({"MONTH"}, 45, 3),
    "iso_date": ({"DIGIT"}, 2, 20), "us_numeric": ({"DIGIT"}, 2, 12), "year": ({"DIGIT"}, 50, 22),
    "apostrophe_year": ({"DIGIT"}, 2, 4), "century": ({"UNIT"}, 16, 2),
    "decade": ({"DIGIT", "DECADE"}, 16, 5), "spoken_year": ({"SPOKEN"}, 30, 30),
    "quarter": ({"UNIT", "Q"}, 45, 35), "season": ({"SEASON"}, 45, 40),
    "day_word": ({"DAYWORD"}, 20, 12), "part_of_day": ({"PART"}, 20, 2),
    "weekday": ({"WEEKDAY"}, 20, 12), "weekday_set": ({"WEEKDAY"}, 8, 12),
    "relative_unit": ({"UNIT"}, 55, 2), "the_unit": ({"UNIT"}, 45, 35),
    "the_quarter": ({"UNIT"}, 40, 35), "year_ago_adj": ({"UNIT"}, 2, 25),
    "ago": ({"UNIT"}, 45, 20), "duration": ({"UNIT"}, 50, 25), "duration_adj": ({"UNIT"}, 30, 8),
    "vague_units": ({"UNIT"}, 12, 10), "vague_period": ({"VAGUE"}, 45, 20), "year_end": ({"UNIT"}, 6, 8),
    "set_every": ({"SET"}, 25, 15), "clock": ({"DIGIT", "NOON"}, 25, 40), "one_day": ({"UNIT"}, 10, 2),
    "ref_present_ref": ({"REF"}, 20, 15), "ref_past_ref": ({"REF"}, 20, 15),
    "ref_future_ref": ({"REF"}, 25, 15),
}


def _windows(
    text: str, positions: list[tuple[int, int]], before: int, after: int
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    n = len(text)
    for s, e in positions:
        ws, we = max(0, s - before), min(n, e + after)
        # never cut a word at the right edge: the lookahead would see a false end
        while we < n and not text[we].isspace():
            we += 1
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger word positions by category; ``str.find`` per word beats a regex alternation."""
    low = text.lower()
    by_cat: dict[str, list[tuple[int, int]]] = {}
    for word, cats in _CATEGORIES.items():
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                for c in cats:
                    by_cat.setdefault(c, []).append((i, j))
            i = low.find(word, j)
    by_cat["DIGIT"] = [m.span() for m in _DIGITS.finditer(text)]
    by_cat["Q"] = [m.span() for m in _QUARTER_CODE.finditer(text)]
    return by_cat


def rule_candidates(text: str) -> list[Candidate]:
    by_cat = _triggers(text)
    out = []
    for r in RULES:
        cats, before, after = TRIGGERS[r.name]
        positions = sorted(p for c in cats for p in by_cat.get(c, ()))
        seen: set[tuple[int, int]] = set()
        for ws, we in _windows(text, positions, before, after):
            for m in r.pattern.finditer(text, ws, we):
                if m.end() > m.start() and m.span() not in seen and r.accept(m, text):
                    seen.add(m.span())
                    out.append(Candidate(m.start(), m.end(), r, m))
    return out


def entity_candidates(text: str, doc: Any, taken: list[Candidate]) -> list[Candidate]:
    """spaCy DATE/TIME entities (trimmed to TimeML extent) that some rule normalises whole."""
    if doc is None:
        return []
    out = []
    known = {(c.start, c.end) for c in taken}
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        lead = _LEAD.match(text, s, e)
        if lead:
            s = lead.end()
        while e > s and (t := _TRAIL.search(text[s:e])):
            e = s + t.start()
        if e <= s or (s, e) in known:
            continue
        for r in RULES:
            m = r.pattern.fullmatch(text, s, e)
            if m and r.accept(m, text):
                out.append(Candidate(s, e, r, m))
                break
    return out


def select(cands: list[Candidate], ctx_for: Callable[[Candidate], Ctx]) -> list[tuple[Candidate, Result]]:
    """Longest first, no overlaps; each kept candidate must normalise to something."""
    order = sorted(
        range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start), i)
    )
    taken: list[tuple[Candidate, Result]] = []
    spans_taken: list[tuple[int, int]] = []
    for i in order:
        c = cands[i]
        if any(c.start < e and s < c.end for s, e in spans_taken):
            continue
        try:
            res = c.rule.handler(c.match, ctx_for(c))
        except (ValueError, OverflowError):
            # Date arithmetic out of the calendar ("2022 years ago" from 1999): the words
            # name no date we can write, which is not a reason to fail the article.
            res = None
        if res is None:
            continue
        taken.append((c, res))
        spans_taken.append((c.start, c.end))
    taken.sort(key=lambda cr: cr[0].start)
    return taken

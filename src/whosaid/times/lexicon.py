"""Words of time: regex fragments and the tables that turn matched words into numbers.

Fragments are plain strings (no groups) so rules can name their own groups around them.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# TIMEX3 parts of the day.
PARTS_OF_DAY = {
    "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
    "overnight": "TNI", "mid-afternoon": "TAF", "mid afternoon": "TAF",
}

UNITS_SMALL = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}
# Vague quantities: TIMEX3 writes the number as X ("several years" → PXY).
VAGUE = ("several", "a few", "few", "many", "some", "dozens of")

# unit word (singular) → (TIMEX3 letter, multiplier, needs the T time marker)
UNIT_CODES = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "weekend": ("WE", 1, False),
    "month": ("M", 1, False), "quarter": ("Q", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False), "millennium": ("Y", 1000, False),
}


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """An alternation, longest first so the regex engine prefers full words."""
    ws = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")"


MONTH = (
    "(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
)
WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
SEASON = "(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = "(?:morning|afternoon|evening|night)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)"
_SMALL_WORDS = [w for w in UNITS_SMALL if w not in ("a", "an", "single")]
NUMWORD = _alt(_SMALL_WORDS + list(TENS) + ["hundred", "thousand"])
# "twenty four", "twenty-four", "a hundred", "2 1/2", "1.5", "three and a half"
NUMBER = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|{NUMWORD}(?:[\s-]+(?:and\s+)?{NUMWORD})*"
    rf"|an?(?:\s+(?:hundred|thousand|dozen))?|single|(?:a\s+)?couple(?:\s+of)?)(?:\s+and\s+a\s+half)?"
)
VAGUE_NUM = _alt(VAGUE)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|century|centuries|millenni(?:um|a))"
)
# Adjectives TimeML keeps inside a duration: "six straight days", "20 more years".
UNIT_ADJ = (
    r"(?:(?:more|full|straight|consecutive|trading|business|working|calendar|additional"
    r"|successive|long|whole|entire|extra)\s+)"
)
# Quantity modifiers TimeML keeps inside the expression: "nearly forty years".
QMOD = (
    r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than"
    r"|fewer\s+than|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|just\s+over"
    r"|just\s+under|well\s+over|only|barely|close\s+to|as\s+many\s+as|as\s+long\s+as)"
)


def number_value(text: str) -> float | None:
    """The number written in ``text`` ("twenty four", "2 1/2", "a", "1,000"); None if vague."""
    t = text.lower().strip()
    half = 0.0
    if t.endswith("and a half"):
        half, t = 0.5, t[: -len("and a half")].strip()
    if t.endswith(" 1/2"):
        half, t = 0.5, t[:-4].strip()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        return float(t.replace(",", "")) + half
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    t = re.sub(r"^an?\s+(?=couple|hundred|thousand|dozen)", "", t)
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t):
        if w in ("and", "of"):
            continue
        if w in UNITS_SMALL:
            current += UNITS_SMALL[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current + half


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" → 1996, "two thousand" → 2000 (broadcast transcripts)."""
    t = re.sub(r"^the\s+year\s+", "", text.lower().strip())
    m = re.fullmatch(r"(nineteen|eighteen|twenty)[\s-]+(.+)", t)
    if m:
        rest = number_value(m.group(2))
        if rest is not None and 0 < rest < 100:
            return UNITS_SMALL.get(m.group(1), 20) * 100 + int(rest)
    n = number_value(t)
    if n is not None and 1000 <= n <= 2100 and n == int(n):
        return int(n)
    return None

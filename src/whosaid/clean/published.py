"""Publication date inferred from the text when the input gives none.

News copy dates events by weekday: "said on Sunday (December 22)". A weekday
with a month and day fixes the year: the most recent year, not after the
reference date, in which that day falls on that weekday. A wire dateline with a
full date ("WASHINGTON, Dec. 22, 2024 (AFP) –") is taken as it stands.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# The longest month spelling must win ("Sept" before "Sep"), and a day must not
# run into more digits ("December 225").
_END = r"(?![\w])"
_PATTERNS = [
    # Sunday (December 22) / Sunday (22 December) / Sunday (December 22, 2024)
    re.compile(rf"\b{_WD}\s*\(\s*{_MON}\s+{_DAY}{_YEAR}\s*\)"),
    re.compile(rf"\b{_WD}\s*\(\s*{_DAY}\s+{_MON}{_YEAR}\s*\)"),
    # Sunday, December 22 / Sunday Dec. 22 / Sunday, December 22, 2024
    re.compile(rf"\b{_WD},?\s+{_MON}\s+{_DAY}{_END}{_YEAR}"),
    # Sunday, 22 December / Sunday the 22nd of December
    re.compile(rf"\b{_WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}{_END}{_YEAR}"),
]
_DATELINE_DATE = re.compile(rf"\b{_MON}\s+{_DAY},\s+(?P<year>(?:19|20)\d\d)\b")
_TIME = r"(?:\s*(?:[,|•·-]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
_WD_OPT = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# A page's date stamp alone on its line: "December 22, 2024", "Sun 22 Dec 2024 14.05 GMT", "2024-12-22".
DATE_STAMP = re.compile(
    rf"^{_WD_OPT}(?:{_MON}\s+{_DAY},?\s+(?P<year>(?:19|20)\d\d)"
    rf"|{_DAY.replace('day', 'day2')}\s+{_MON.replace('mon', 'mon2')},?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))"
    rf"{_TIME}$",
    re.IGNORECASE,
)

# The weekday cycle repeats every 28 years within a century.
_SEARCH_YEARS = 28


def infer_published(text: str, reference: dt.date, dateline: str | None = None) -> dt.date | None:
    """The publication date the text implies, or None when it does not fix one."""
    if dateline:
        m = _DATELINE_DATE.search(dateline)
        if m:
            d = _date(int(m["year"]), m["mon"], int(m["day"]))
            if d and d <= reference:
                return d
    best: tuple[int, dt.date] | None = None
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            d = _resolve(m, reference)
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break  # the first usable match of each form is enough
    return best[1] if best else None


def date_stamp(line: str) -> dt.date | None:
    """The date of a date-stamp line, or None when the line is not one."""
    m = DATE_STAMP.match(line.strip())
    if not m:
        return None
    if m["iso"]:
        try:
            return dt.date.fromisoformat(m["iso"])
        except ValueError:
            return None
    if m["year"]:
        return _date(int(m["year"]), m["mon"], int(m["day"]))
    return _date(int(m["year2"]), m["mon2"], int(m["day2"]))


def _resolve(m: re.Match[str], reference: dt.date) -> dt.date | None:
    weekday = _WEEKDAYS.index(m["wd"].lower())
    day = int(m["day"])
    if m["year"]:
        d = _date(int(m["year"]), m["mon"], day)
        return d if d and d.weekday() == weekday and d <= reference else None
    for year in range(reference.year, reference.year - _SEARCH_YEARS - 1, -1):
        d = _date(year, m["mon"], day)
        if d and d <= reference and d.weekday() == weekday:
            return d
    return None


def _date(year: int, month_name: str, day: int) -> dt.date | None:
    try:
        return dt.date(year, _MONTHS[month_name[:3].lower()], day)
    except (ValueError, KeyError):
        return None

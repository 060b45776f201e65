"""TIMEX3 value arithmetic and number words, without a parse."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whosaid.times import find_time_exprs
from whosaid.times import values as V
from whosaid.times.extract import RULES, TRIGGERS, rule_candidates
from whosaid.times.lexicon import number_value, spoken_year

SUNDAY = dt.date(2024, 12, 22)


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [
        (3, "years", "P3Y"), (2, "day", "P2D"), (1, "week", "P1W"), (3, "hours", "PT3H"),
        (30, "minutes", "PT30M"), (None, "years", "PXY"), (None, "minutes", "PTXM"),
        (2.5, "years", "P2Y6M"), (1.5, "minutes", "PT1M30S"), (2, "decades", "P20Y"),
        (1, "century", "P100Y"), (2, "quarters", "P2Q"),
    ],
)
def test_duration_values(n, unit, value):
    assert V.duration(n, unit) == value


def test_weekday_near_each_direction():
    assert V.weekday_near(SUNDAY, 2, "past") == dt.date(2024, 12, 17)
    assert V.weekday_near(SUNDAY, 7, "past") == SUNDAY
    assert V.weekday_near(SUNDAY, 7, "before") == dt.date(2024, 12, 15)
    assert V.weekday_near(SUNDAY, 1, "future") == dt.date(2024, 12, 23)
    assert V.weekday_near(SUNDAY, 7, "after") == dt.date(2024, 12, 29)


def test_shift_keeps_granularity():
    assert V.shift("1989-Q3", -1, "Y") == "1988-Q3"
    assert V.shift("2024-12-22", -2, "D") == "2024-12-20"
    assert V.shift("2024-W01", -1, "W") == "2023-W52"
    assert V.shift("PAST_REF", -1, "Y") is None


def test_day_near_picks_the_closest_year():
    assert V.day_near(dt.date(2025, 1, 3), 12, 30, None) == dt.date(2024, 12, 30)
    assert V.day_near(dt.date(2024, 12, 22), 1, 5, "future") == dt.date(2025, 1, 5)


@pytest.mark.parametrize(
    ("words", "n"),
    [("twenty four", 24), ("twenty-four", 24), ("a", 1), ("a couple of", 2), ("2 1/2", 2.5),
     ("three and a half", 3.5), ("a hundred", 100), ("1,000", 1000), ("several", None)],
)
def test_number_words(words, n):
    assert number_value(words) == n


def test_spoken_years():
    assert spoken_year("nineteen ninety-six") == 1996
    assert spoken_year("the year two thousand") == 2000


def test_every_rule_has_triggers():
    assert {r.name for r in RULES} <= set(TRIGGERS)


def test_candidates_found_in_windows_equal_a_whole_text_scan():
    """The trigger windows are a speed-up only: they must find what a full scan finds."""
    text = ("Over the past three years, and more than twenty four hours after 5 p.m. EST Nov. 9, "
            "the third quarter of 2023 ended; on Sunday (December 22) in the 1990s, Q3 2024.")
    full = {
        (m.start(), m.end(), r.name)
        for r in RULES for m in r.pattern.finditer(text) if r.accept(m, text)
    }
    windowed = {(c.start, c.end, c.rule.name) for c in rule_candidates(text)}
    assert windowed == full


_PIECES = [
    "Monday", "on", "Sunday", "(", "December", "22", ")", "last", "week", "2022", "the", "1990s",
    "two", "days", "ago", "Feb", "29", "31", ",", "3", "p.m.", "every", "year", "Q3", "2/30/2024",
    "2024-13-45", "fiscal", "the 0th century", "nineteen", "ninety-six", "a", "couple", "of",
    "\n\n", "'80s", "now", "soon", "-", "mid", "quarter", "third", "half", "and", "May", "may",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([None, "2024-02-29", "2024-12-22", "1999-12-31"]))
@settings(max_examples=300, deadline=None)
def test_any_mix_of_time_words_gives_valid_non_overlapping_spans(pieces, published):
    text = " ".join(pieces)
    found = find_time_exprs(text, None, published)
    last_end = -1
    for t in found:
        assert text[t.span[0]:t.span[1]] == t.text
        assert t.span[0] >= last_end
        last_end = t.span[1]
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value


def test_arithmetic_out_of_the_calendar_is_no_value_not_a_crash():
    # found by the property test above: a number read as a count of years
    from whosaid.model import Article
    from whosaid.nlp import parse
    from whosaid.times import find_times

    art = Article(id="t", text="It happened 2022 years ago.", published="1999-12-31")
    parse([art])
    find_times(art)
    assert all(t.value is None or not t.value.startswith("-") for t in art.times)

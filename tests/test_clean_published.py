"""Publication date inferred from weekday + day in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from whosaid.clean.published import infer_published

REF = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyy said on Sunday (December 22) that membership was achievable.",
        "Zelenskyy said on Sunday (22 December) that membership was achievable.",
        "Zelenskyy said on Sunday, December 22, that membership was achievable.",
        "Zelenskyy said Sunday Dec. 22 that membership was achievable.",
        "Zelenskyy said on Sunday, 22 December, that membership was achievable.",
        "Zelenskyy said on Sunday the 22nd of December that membership was achievable.",
    ],
)
def test_weekday_fixes_the_year(text):
    # December 22 fell on a Sunday in 2024 (and 2019, 2013); 2024 is the latest not after REF.
    assert infer_published(text, REF) == dt.date(2024, 12, 22)


def test_year_is_not_after_the_reference_date():
    # Sunday, December 22 → 2024 seen from 2026; from mid-2024 it must be 2019.
    assert infer_published("on Sunday (December 22)", dt.date(2024, 6, 1)) == dt.date(2019, 12, 22)
    # the reference day itself counts
    assert infer_published("on Sunday (December 22)", dt.date(2024, 12, 22)) == dt.date(2024, 12, 22)


def test_leap_day():
    assert infer_published("on Thursday (February 29)", REF) == dt.date(2024, 2, 29)


def test_explicit_year_is_used_when_the_weekday_agrees():
    assert infer_published("on Sunday, December 22, 2024, officials said", REF) == dt.date(2024, 12, 22)
    assert infer_published("on Monday, December 22, 2024, officials said", REF) is None


def test_first_dated_mention_wins():
    text = "He spoke on Sunday (December 22). Talks resume on Friday (January 10)."
    assert infer_published(text, REF) == dt.date(2024, 12, 22)


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyy said on Sunday that membership was achievable.",  # no day
        "The summit on December 22 was postponed.",  # no weekday
        "On Sunday (December 32) nothing happened.",  # no such day
        "",
    ],
)
def test_no_inference_without_weekday_and_day(text):
    assert infer_published(text, REF) is None


def test_dateline_with_full_date():
    assert infer_published("Ukraine said its air defences held.", REF,
                           dateline="KYIV, Dec. 22, 2024 (Reuters) -") == dt.date(2024, 12, 22)
    # a dateline without a year does not fix one
    assert infer_published("Ukraine said its air defences held.", REF, dateline="KYIV, Dec 22 (Reuters) -") is None

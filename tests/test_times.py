"""Time expressions and their TIMEX3 values, one family per test, on realistic sentences.

Most tests anchor on Sunday 2024-12-22, the sample story's publication date.
"""

from __future__ import annotations

import pytest

from whosaid import nlp
from whosaid.model import Article
from whosaid.times import find_times

SUNDAY = "2024-12-22"


def run(text: str, published: str | None = SUNDAY) -> Article:
    art = Article(id="t", text=text, published=published)
    nlp.parse([art])
    find_times(art)
    return art


def values(text: str, published: str | None = SUNDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in run(text, published).times}


def test_weekday_with_date_in_brackets():
    got = values("Ukrainian President Volodymyr Zelenskyy said on Sunday (December 22) that "
                 "membership was achievable.")
    assert got == {"Sunday (December 22)": ("DATE", "2024-12-22")}


def test_spans_are_offsets_into_the_text():
    art = run("The talks collapsed in 2022, officials said on Friday.")
    for t in art.times:
        assert art.text[t.span[0]:t.span[1]] == t.text
    assert [t.id for t in art.times] == ["T1", "T2"]


def test_weekday_alone_points_back_in_past_tense_and_forward_in_future():
    got = values("The minister resigned on Tuesday. The leaders will meet on Monday in Brussels.")
    assert got["Tuesday"] == ("DATE", "2024-12-17")
    assert got["Monday"] == ("DATE", "2024-12-23")


def test_weekday_on_the_anchor_day_is_that_day():
    assert values("Zelensky said on Sunday that talks were possible.")["Sunday"] == ("DATE", SUNDAY)


def test_last_week_on_a_sunday_is_the_week_just_ended():
    got = values("Last week, Zelensky urged European nations to provide security guarantees.")
    assert got == {"Last week": ("DATE", "2024-W51")}


def test_week_words_midweek():
    got = values("Prices rose last week and will rise again next week, the bank said this week.",
                 published="2024-12-18")
    assert got["last week"] == ("DATE", "2024-W50")
    assert got["next week"] == ("DATE", "2024-W52")
    assert got["this week"] == ("DATE", "2024-W51")


def test_year_after_preposition_excludes_the_preposition():
    art = run("Moscow launched its full-scale invasion in 2022.")
    assert [(t.text, t.value) for t in art.times] == [("2022", "2022")]


def test_month_and_year_relative_words():
    got = values("Inflation fell earlier this month after rising last month. This year was hard "
                 "and next year will be harder.")
    assert got["earlier this month"] == ("DATE", "2024-12")
    assert got["last month"] == ("DATE", "2024-11")
    assert got["This year"] == ("DATE", "2024")
    assert got["next year"] == ("DATE", "2025")


def test_ago():
    got = values("The ceasefire was agreed two days ago and broken three months ago.")
    assert got["two days ago"] == ("DATE", "2024-12-20")
    assert got["three months ago"] == ("DATE", "2024-09")


def test_day_words():
    got = values("The envoy arrived yesterday, meets the president today, speaks tonight "
                 "and leaves tomorrow.")
    assert got["yesterday"] == ("DATE", "2024-12-21")
    assert got["today"] == ("DATE", "2024-12-22")
    assert got["tonight"] == ("TIME", "2024-12-22TNI")
    assert got["tomorrow"] == ("DATE", "2024-12-23")


def test_durations():
    got = values("The war has lasted nearly three years; the two-year deal expires after 48 hours "
                 "of talks over the past decade.")
    assert got["nearly three years"] == ("DURATION", "P3Y")
    assert got["two-year"] == ("DURATION", "P2Y")
    assert got["48 hours"] == ("DURATION", "PT48H")
    assert got["the past decade"] == ("DURATION", "P10Y")


def test_hyphenated_number_words_are_one_number_not_a_range():
    # "Twenty-two months" once read as the range "twenty - two months" (lower bound P20M)
    got = values("Construction took twenty-two months, and repairs two to three weeks.")
    assert got["twenty-two months"] == ("DURATION", "P22M")
    assert got["two to three weeks"] == ("DURATION", "P2W")  # a range keeps its lower bound


def test_half_years_are_h1_and_h2():
    got = values("Sales fell in the first half of 2024 and should recover in the second half of next year, "
                 "as they did in the last half of 1989; the plan runs to the end of 2025.")
    assert got["the first half of 2024"] == ("DATE", "2024-H1")
    assert got["the second half of next year"] == ("DATE", "2025-H2")
    assert got["the last half of 1989"] == ("DATE", "1989-H2")
    assert got["the end of 2025"] == ("DATE", "2025")  # other edges keep the year


def test_an_edge_of_a_relative_decade_is_a_date_not_ten_years():
    got = values("Emissions must halve by the end of the next decade, after rising over the past decade.")
    assert got["the end of the next decade"] == ("DATE", "203")  # anchored in 2024: the 2030s
    assert got["the past decade"] == ("DURATION", "P10Y")


def test_vague_and_fractional_durations():
    got = values("Talks may take several weeks, perhaps two and a half years.")
    assert got["several weeks"] == ("DURATION", "PXW")
    assert got["two and a half years"] == ("DURATION", "P2Y6M")


def test_absolute_dates_in_many_spellings():
    got = values("The accord was signed Dec. 22, 2024, ratified on 22 December 2024, published "
                 "as 2024-12-22 and amended in December 2023.")
    assert got["Dec. 22, 2024"] == ("DATE", "2024-12-22")
    assert got["22 December 2024"] == ("DATE", "2024-12-22")
    assert got["2024-12-22"] == ("DATE", "2024-12-22")
    assert got["December 2023"] == ("DATE", "2023-12")


def test_decades_and_centuries():
    got = values("Relations have been tense since the 1990s, the worst since the 20th century.")
    assert got["the 1990s"] == ("DATE", "199")
    assert got["the 20th century"] == ("DATE", "19")


def test_quarters():
    got = values("Exports fell in the third quarter and the fourth quarter of 2023.")
    assert got["the third quarter"] == ("DATE", "2024-Q3")
    assert got["the fourth quarter of 2023"] == ("DATE", "2023-Q4")


def test_present_past_and_future_references():
    got = values("Kyiv is now ready and currently talking to allies, who recently pledged aid. "
                 "A decision is expected in the coming weeks or soon after the new year.")
    assert got["now"] == ("DATE", "PRESENT_REF")
    assert got["currently"] == ("DATE", "PRESENT_REF")
    assert got["recently"] == ("DATE", "PAST_REF")
    assert got["the coming weeks"] == ("DATE", "FUTURE_REF")
    assert "soon" not in got  # "soon after" is no time of its own


def test_as_soon_as_is_not_a_time():
    assert "soon" not in values("Troops will leave as soon as the threats end.")


def test_clock_times_and_parts_of_day():
    got = values("The vote opens at 3 p.m. and results are due at 18:00 GMT. Fighting resumed "
                 "Sunday morning.")
    assert got["3 p.m."] == ("TIME", "2024-12-22T15:00")
    assert got["18:00 GMT"] == ("TIME", "2024-12-22T18:00Z")
    assert got["Sunday morning"] == ("TIME", "2024-12-22TMO")


def test_sets():
    got = values("Ministers meet every week and every Monday, and the ministry reports figures "
                 "daily.")
    assert got["every week"] == ("SET", "P1W")
    assert got["every Monday"] == ("SET", "XXXX-WXX-1")
    assert got["daily"] == ("SET", "P1D")


def test_adjective_daily_is_no_set():
    """TimeBank leaves "its quarterly dividend" untagged: a modifier, not a recurrence."""
    assert "quarterly" not in values("The company cut its quarterly dividend.")


def test_one_day_in_the_future_is_future_ref_and_otherwise_a_duration():
    found = sorted((t.text, t.type, t.value) for t in run(
        "Ukraine will one day join the alliance. The strike lasted one day.").times)
    assert found == [("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D")]


def test_without_anchor_relative_words_are_skipped_and_dates_underspecified():
    got = values("He said on December 22 that talks failed last week, on Monday.", published=None)
    assert got["December 22"] == ("DATE", "XXXX-12-22")
    assert got["Monday"] == ("DATE", "XXXX-WXX-1")
    assert "last week" not in got


def test_month_alone_takes_the_nearest_or_the_tense():
    got = values("The treaty was signed in March and talks will resume in January.")
    assert got["March"] == ("DATE", "2024-03")
    assert got["January"] == ("DATE", "2025-01")


@pytest.mark.parametrize(
    "text",
    [
        "The index closed at 2082.1 points.",
        "The fund paid $2024 per share.",
        "The Russell 2000 index fell.",
        "He may march on the capital.",
        "Stocks fell on Black Monday.",
        "Mr. Smith, 52 years old, will succeed him.",
        "More than a quarter of its dealers will close.",
        "The hotel charges $55 a night.",
        # time words inside names, model numbers, measures (seen on scraped pages)
        "Richardson, via USA Today, said that Rudolph can't see.",
        "Experts told USA TODAY that an inmate can die.",
        "The NFL Today team said it.",
        "Israel seized the territory in the Six-Day War.",
        "This is a great price for a GTX 1660 Ti equipped laptop.",
        "It is very similar to the RTX 2060 in raw performance.",
        "The display has 1080 pixels by 1920 pixels.",
    ],
)
def test_numbers_names_and_verbs_that_are_no_times(text):
    assert values(text) == {}


def test_event_years_after_an_acronym_and_day_words_opening_a_sentence_stay():
    assert values("Apple opened WWDC 2005 with a keynote.")["2005"] == ("DATE", "2005")
    assert values("Today, the firm said it would grow.")["Today"] == ("DATE", "2024-12-22")


def test_a_dateline_after_a_headline_is_not_joined_to_it():
    got = values("Markets rally on Friday\n\nSeptember 18, 2008\n\nStocks rose.",
                 published="2008-09-18")
    assert got["September 18, 2008"] == ("DATE", "2008-09-18")
    assert "Friday" in got


def test_a_year_earlier_follows_the_quarter_talked_about():
    got = values("Third-quarter net income rose 5% to $20 million from $19 million a year "
                 "earlier.", published="1989-10-27")
    assert got["Third-quarter"] == ("DATE", "1989-Q3")
    assert got["a year earlier"] == ("DATE", "1988-Q3")


def test_the_weekend_and_the_day():
    got = values("Officials met over the weekend. Shares ended the day higher.",
                 published="2024-12-23")
    assert got["the weekend"] == ("DATE", "2024-W51-WE")
    assert got["the day"] == ("DATE", "2024-12-23")


def test_seasons():
    got = values("Troops withdrew last summer and will return in the spring of 2025.")
    assert got["last summer"] == ("DATE", "2024-SU")
    assert got["the spring of 2025"] == ("DATE", "2025-SP")


def test_capitalised_daily_mid_sentence_is_a_name():
    assert values("He told the Daily Caller that he would run.") == {}


def test_part_of_day_after_the_refers_to_the_day_talked_about():
    got = values("Shares fell on Friday. Dealers placed buy orders in the morning.",
                 published="1989-10-30")
    assert got["Friday"] == ("DATE", "1989-10-27")
    assert got["the morning"] == ("TIME", "1989-10-27TMO")


def test_the_last_quarter_is_the_previous_quarter():
    got = values("Profits fell during the last quarter, which ended December 30, 2006.",
                 published="2007-01-18")
    assert got["the last quarter"] == ("DATE", "2006-Q4")
    assert got["December 30, 2006"] == ("DATE", "2006-12-30")


def test_seasons_relative_to_the_anchor():
    assert values("Rivals cut prices over the summer.", published="1989-10-26")["the summer"] == (
        "DATE", "1989-SU")
    assert values("Snow closed the roads last winter.", published="2024-03-10")["last winter"] == (
        "DATE", "2023-WI")


def test_numeric_dates_us_and_day_first():
    got = values("The decree of 12/20/2024 replaced the one of 21/11/2024.")
    assert got["12/20/2024"] == ("DATE", "2024-12-20")
    assert got["21/11/2024"] == ("DATE", "2024-11-21")


def test_vague_periods():
    got = values("Troops will stay for a while; the region has been tense for some time and "
                 "over the years.")
    assert got["a while"] == ("DURATION", "PXX")
    assert got["some time"] == ("DURATION", "PXX")
    assert got["the years"] == ("DURATION", "PXY")


def test_a_present_tense_event_verb_schedules_the_day_after_it():
    # news writes what is scheduled in the present simple
    assert values("The two leaders meet Monday in Paris.")["Monday"] == ("DATE", "2024-12-23")
    assert values("The retailer reports earnings Wednesday.")["Wednesday"] == ("DATE", "2024-12-25")


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("The senator says Monday was a turning point.", "Monday", "2024-12-16"),
        ("The index, which fell 1.4% on Friday, is lower.", "Friday", "2024-12-20"),
        ("The move follows Tuesday's declaration by the ministry.", "Tuesday", "2024-12-17"),
        ("His appearance follows the testimony Tuesday of four officials.", "Tuesday", "2024-12-17"),
    ],
)
def test_present_tense_that_reports_or_looks_back_keeps_the_past(text, day, value):
    assert values(text)[day] == ("DATE", value)

"""Headline, standfirst, closing credit and wire dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from whosaid.clean import clean_batch
from whosaid.model import Article, RawItem

REF = dt.date(2026, 11, 28)
P2 = "The company, which faces ballooning losses, confirmed on Monday that it had been contacted by the office."
P3 = "“We received an inquiry and are cooperating in the matter,” said a company spokesman."


def clean(text: str, **kw) -> Article:
    (a,) = clean_batch([RawItem("t", text=text, **kw)], reference_date=REF)
    assert isinstance(a, Article), a
    return a


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        ("WASHINGTON (AFP) – President Joe Biden said on Tuesday he would veto the bill.", "WASHINGTON (AFP) –"),
        ("KYIV, Dec 22 (Reuters) - Ukraine said on Sunday its air defences shot down 40 drones.", "KYIV, Dec 22 (Reuters) -"),
        ("NEW YORK (AP) — Stocks rose on Wall Street after the Fed's decision.", "NEW YORK (AP) —"),
        ("Kyiv, Ukraine (CNN) — Ukraine’s president said talks were possible.", "Kyiv, Ukraine (CNN) —"),
        ("(Reuters) — The New York State Attorney General is investigating WeWork.", "(Reuters) —"),
    ],
)
def test_dateline_is_recorded_and_the_line_kept(first, dateline):
    a = clean("\n\n".join([first, P2, P3]))
    assert a.dateline == dateline
    assert a.text.startswith(first)  # characters inside kept lines are never rewritten


@pytest.mark.parametrize(
    "first",
    [
        "US President Joe Biden said on Tuesday he would veto the bill.",
        "NATO leaders met in Brussels on Tuesday to discuss the alliance’s future.",
        "EU foreign ministers - meeting in Luxembourg - agreed new sanctions.",
    ],
)
def test_capitals_at_the_start_are_not_always_a_dateline(first):
    assert clean("\n\n".join([first, P2, P3])).dateline is None


def test_dateline_on_its_own_line_is_removed():
    a = clean("\n\n".join(["KYIV, Dec 22 (Reuters) -", P2, P3]))
    assert a.dateline == "KYIV, Dec 22 (Reuters) -"
    assert a.text.startswith(P2)
    assert [(r.text, r.reason) for r in a.removed] == [("KYIV, Dec 22 (Reuters) -", "dateline")]


@pytest.mark.parametrize(
    "credit",
    [
        "With the contribution of agencies",
        "(Reporting by Pavel Polityuk; Editing by Mark Heinrich)",
        "Additional reporting by Jane Doe in London",
        "— AFP",
        "The Associated Press contributed to this report.",
        "Contributing: Kristine Phillips",
    ],
)
def test_closing_credit_line_becomes_credit(credit):
    a = clean("\n\n".join([P2, P3, credit]))
    assert a.credit == credit
    assert credit not in a.text
    assert [r.reason for r in a.removed] == ["credit"]


def test_credit_at_end_of_last_paragraph_is_recorded_but_left():
    last = P3 + " (Reporting by Pavel Polityuk; Editing by Mark Heinrich)"
    a = clean("\n\n".join([P2, last]))
    assert a.credit == "(Reporting by Pavel Polityuk; Editing by Mark Heinrich)"
    assert a.text.endswith(last)


def test_body_sentence_mentioning_reporting_is_not_a_credit():
    last = "Reporting by the local newspaper first revealed the scheme, officials said."
    a = clean("\n\n".join([P2, P3, last]))
    assert a.credit is None and a.text.endswith(last)


def test_given_title_removes_its_copy_at_the_top():
    title = "New York State Attorney General investigating WeWork"
    a = clean("\n\n".join([title, P2, P3]), title=title)
    assert a.title == title
    assert a.text.startswith(P2)
    assert [(r.text, r.reason) for r in a.removed] == [(title, "repeated-headline")]


def test_given_title_matches_despite_quote_style():
    a = clean("\n\n".join(["Zelensky says Kyiv's NATO membership 'feasible'", P2, P3]),
              title="Zelensky says Kyiv’s NATO membership ‘feasible’")
    assert a.text.startswith(P2)


def test_headline_like_first_line_becomes_title():
    a = clean("\n\n".join(["WeWork faces New York inquiry", P2, P3]))
    assert a.title == "WeWork faces New York inquiry"
    assert [r.reason for r in a.removed] == ["headline"]


def test_sentence_first_line_is_not_a_title():
    a = clean("\n\n".join([P2, P3]))
    assert a.title is None and a.text.startswith(P2)


def test_lead_paragraph_is_not_taken_for_a_standfirst():
    """An ordinary story: the first paragraph after the headline is the lead, not a dek."""
    lead = "The New York State Attorney General is investigating WeWork, according to two people familiar with the matter."
    a = clean("\n\n".join(["WeWork faces New York inquiry", lead, P2, P3]))
    assert a.standfirst is None
    assert a.text.startswith(lead)


def test_standfirst_before_a_datelined_lead():
    dek = "The workspace provider has gone from Wall Street darling to pariah in a matter of weeks."
    lead = "NEW YORK (Reuters) - The New York State Attorney General is investigating WeWork, two people said."
    a = clean("\n\n".join(["WeWork faces New York inquiry", dek, lead, P2, P3]))
    # two signals would be needed; a dateline after it alone is one, and its words are not in the body
    assert a.standfirst is None
    dek2 = "New York's attorney general is investigating WeWork, the company confirmed on Monday."
    a = clean("\n\n".join(["WeWork faces New York inquiry", dek2, lead, P2, P3]))
    assert a.standfirst == dek2
    assert a.dateline == "NEW YORK (Reuters) -"
    assert a.text.startswith(lead)


def test_capitals_place_line_is_a_dateline():
    a = clean("\n\n".join(["BAAR, SWITZERLAND", P2, P3]))
    assert a.dateline == "BAAR, SWITZERLAND"
    assert a.text.startswith(P2)
    assert [r.reason for r in a.removed] == ["dateline"]


def test_dateline_with_year_dates_the_article():
    a = clean("\n\n".join(["KYIV, Dec. 22, 2024 (Reuters) - Ukraine said its air defences held.", P2, P3]))
    assert a.dateline == "KYIV, Dec. 22, 2024 (Reuters) -"
    assert (a.published, a.published_source) == ("2024-12-22", "inferred")


def test_section_label_above_a_repeated_headline():
    """Scraped page: a section label and kicker above the headline, headline printed twice."""
    head = "WeWork faces New York inquiry"
    a = clean("\n\n".join(["Business", "EXCLUSIVE", head, head, P2, P3]))
    assert a.title == head
    assert a.text.startswith(P2)
    assert [(r.text, r.reason) for r in a.removed] == [
        ("Business", "above-headline"), ("EXCLUSIVE", "above-headline"),
        (head, "headline"), (head, "repeated-headline"),
    ]


def test_date_stamp_under_the_headline_dates_the_article():
    a = clean("\n\n".join(["WeWork faces New York inquiry", "November 18, 2019 | 2:05 p.m. EST", P2, P3]))
    assert (a.published, a.published_source) == ("2019-11-18", "inferred")
    assert "2019" not in a.text
    assert ("November 18, 2019 | 2:05 p.m. EST", "date-stamp") in [(r.text, r.reason) for r in a.removed]


def test_date_stamp_beats_weekday_in_text():
    """The page's own stamp is direct; "on Monday (November 18)" would give 2024 seen from 2026."""
    lead = "The company confirmed on Monday (November 18) that it had been contacted by the office."
    a = clean("\n\n".join(["WeWork faces New York inquiry", "November 19, 2019", lead, P3]))
    assert (a.published, a.published_source) == ("2019-11-19", "inferred")


@pytest.mark.parametrize("label", ["World", "Ukraine war", "EXCLUSIVE"])
def test_headline_below_a_section_label(label):
    head = "Ukraine says it downed 40 Russian drones overnight"
    a = clean("\n".join([label, head, P2, P3]))
    assert a.title == head
    assert a.text.startswith(P2)
    assert (label, "above-headline") in [(r.text, r.reason) for r in a.removed]


def test_short_headline_alone_is_still_a_title():
    a = clean("\n\n".join(["Markets rally", P2, P3]))
    assert a.title == "Markets rally"

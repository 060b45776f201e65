"""Quote-mark pairing on messy marks (no parse needed)."""

from __future__ import annotations

from whosaid.statements.quotes import find_quotes


def texts(s: str) -> list[str]:
    return [q.text(s) for q in find_quotes(s)]


def test_curly_straight_and_guillemets():
    s = 'She said “we are ready” and he said "so are we" and «nobody» else spoke.'
    assert texts(s) == ["we are ready", "so are we", "nobody"]


def test_mismatched_curly_open_guillemet_close():
    # The scraper's stray » closes a “ quote; the » itself is not content.
    s = "“The deal is possible only if we push for it at every level. »\n\nNext paragraph."
    (q,) = find_quotes(s)
    assert q.text(s) == "The deal is possible only if we push for it at every level."
    assert q.closed


def test_odd_count_closes_at_paragraph_end():
    s = "He wrote “the budget will pass this week\n\nThe vote is set for Friday."
    (q,) = find_quotes(s)
    assert q.text(s) == "the budget will pass this week"
    assert not q.closed


def test_multi_paragraph_quote_reopened_not_closed():
    s = (
        "“We have done everything asked of us,” the mayor said. “The money is spent.\n\n"
        "“What we need now is patience from the council.”\n\nShe left."
    )
    qs = find_quotes(s)
    assert [q.text(s) for q in qs] == [
        "We have done everything asked of us,",
        "The money is spent. What we need now is patience from the council.",
    ]
    assert len(qs[1].spans) == 2  # one span per paragraph


def test_apostrophes_are_not_quotes():
    s = "Kyiv’s allies don’t agree, and the ’90s are over; it's the 'final' round."
    assert texts(s) == ["final"]


def test_single_quotes_in_headline():
    s = "Minister says budget deal ‘close’"
    assert texts(s) == ["close"]


def test_second_opener_before_closer_ends_first_quote():
    s = "“First part without a close “Second part closed.”"
    assert texts(s) == ["First part without a close", "Second part closed."]


def test_two_apostrophes_as_double_marks():
    # Newspaper archives write ''…'' for “…”; inner 'released' stays inside the quote.
    s = "He said, ''Workers would be 'released' into the market,'' and left. It's Bob's."
    assert texts(s) == ["Workers would be 'released' into the market,"]

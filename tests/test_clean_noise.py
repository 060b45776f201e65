"""Noise lines: known interface strings, unseen noise by line features, batch boilerplate."""

from __future__ import annotations

import datetime as dt

import pytest

from whosaid.clean import clean_batch
from whosaid.model import Article, RawItem

REF = dt.date(2026, 11, 28)
LEAD = (
    "Ukrainian President Volodymyr Zelenskyy said on Sunday that membership in NATO was "
    "achievable for Ukraine, but stressed that Kyiv must work hard to persuade its allies."
)
BODY = [
    "Speaking to Ukrainian diplomats in Kyiv, Zelensky reiterated his country’s desire to join "
    "the Western military alliance.",
    "Moscow has long opposed NATO expansion and has cited Ukraine’s potential membership as a key "
    "justification for its full-scale invasion in 2022.",
    "Zelensky stressed that Ukraine’s allies must recognize what his country can bring to NATO.",
    "This fundamental disagreement continues to complicate truce negotiations.",
]


def clean_one(lines: list[str]) -> Article:
    (a,) = clean_batch([RawItem("t", text="\n\n".join(lines))], reference_date=REF)
    assert isinstance(a, Article), a
    return a


def reasons(a: Article) -> dict[str, str]:
    return {r.text: r.reason for r in a.removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("close", "ui-string"),
        ("Learn more", "ui-string"),
        ("Advertisement", "ui-string"),
        ("ADVERTISEMENT", "ui-string"),
        ("Share this article", "ui-string"),
        ("Print", "ui-string"),  # last word of a multi-line list in the source
        ("Promoted", "ui-string"),
        ("Read more: Ukraine war latest as Russia launches drone attack", "ui-string"),
        ("RELATED: Five things to know about the NATO summit", "ui-string"),
        ("We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.", "cookie-notice"),
        ("Sign up for our newsletter", "newsletter-prompt"),
        ("Get our morning newsletter delivered to your inbox every weekday.", "newsletter-prompt"),
        ("Click here to subscribe to our YouTube channel.", "ui-string"),
        ("Follow us on Facebook and Twitter", "ui-string"),
        ("Photo: Sergei Supinsky/AFP", "image-credit"),
        ("Ukrainian President Volodymyr Zelenskyy in Kyiv. Anna Moneymaker/Getty Images", "image-credit"),
        ("(AP Photo/Efrem Lukatsky)", "image-credit"),
        ("© 2024 Example Media Group. All rights reserved.", "ui-string"),
        ("5 min read", "page-metadata"),
        ("By Jane Doe and John Roe, Reuters", "page-metadata"),
        ("Updated 3 hours ago", "page-metadata"),
        ("* * *", "no-letters"),
    ],
)
def test_known_noise_is_removed_with_its_reason(line, reason):
    a = clean_one([LEAD, BODY[0], line, *BODY[1:]])
    assert line not in a.text
    assert reasons(a)[line] == reason


@pytest.mark.parametrize(
    "line",
    [
        "Download the full report as a PDF",  # strong UI verb, no punctuation
        "Tap to expand the gallery",
        "Watch the full interview",  # weak verb, but at the bottom
        "Home | World | Europe | Ukraine",  # navigation trail
        "www.example-news.com/ukraine",
    ],
)
def test_unseen_noise_is_caught_by_line_features(line):
    a = clean_one([LEAD, *BODY, line])
    assert line not in a.text.split("\n"), a.removed
    assert reasons(a)[line] in {"ui-string", "navigation", "link", "ui-like"}


@pytest.mark.parametrize(
    "line",
    [
        "An “achievable” goal?",  # subheading ending in a question mark
        "Ukraine’s dependence on NATO for peace",  # short subheading, no punctuation, mid-body
        "5. Try yoga",  # numbered list item that starts with a verb
        "| Player | Plays | % |",  # table row from trafilatura
        "Share prices fell sharply on Monday after the announcement.",
        "Bakers sold 2,000 cookies at the fair, and organisers said they would accept donations.",
        "What happens next",
    ],
)
def test_real_short_paragraphs_are_kept(line):
    a = clean_one([LEAD, BODY[0], BODY[1], line, BODY[2], BODY[3]])
    assert line in a.text.split("\n\n"), a.removed


def test_repeated_short_line_in_scraped_text_is_noise():
    a = clean_one([LEAD, BODY[0], "Most shared today", BODY[1], BODY[2], "Most shared today", BODY[3]])
    assert "Most shared" not in a.text
    assert [r.reason for r in a.removed] == ["repeated-line", "repeated-line"]


def test_duplicated_paragraph_in_scraped_text_keeps_first_copy():
    a = clean_one([LEAD, BODY[0], BODY[1], BODY[1], BODY[2]])
    assert a.text.count(BODY[1]) == 1
    assert reasons(a)[BODY[1]] == "duplicate-paragraph"


def _story(i: int, extra: list[str]) -> str:
    body = [
        f"The city council of town number {i} voted on Tuesday to close the old bridge for repairs.",
        f"Engineers said the repairs to bridge {i} would take about {i + 2} months to finish.",
        f"Residents of town {i} will use a temporary crossing downstream, the mayor said.",
    ]
    return "\n\n".join([body[0], *extra, body[1], body[2]])


def test_line_in_many_documents_of_a_batch_is_boilerplate():
    promo = "Get the best of our journalism every morning"
    docs = [_story(i, [promo]) for i in range(4)]
    out = clean_batch([RawItem(f"d{i}", text=t) for i, t in enumerate(docs)], reference_date=REF)
    for a in out:
        assert isinstance(a, Article)
        assert promo not in a.text
        assert reasons(a)[promo] == "repeated-across-batch"


def test_copies_of_one_story_do_not_make_their_lines_boilerplate():
    """A syndicated story three times in a crawl: its subheading is content, not boilerplate."""
    sub = "Ukraine’s dependence on NATO for peace"
    story = "\n\n".join([LEAD, BODY[0], BODY[1], sub, BODY[2], BODY[3]])
    items = [RawItem(f"copy{i}", text=story) for i in range(3)]
    items.append(RawItem("other", text=_story(9, [])))
    for a in clean_batch(items, reference_date=REF):
        assert isinstance(a, Article)
        assert sub in a.text or a.source_name == "other"


def test_same_quote_in_three_stories_is_not_boilerplate():
    quote = "“We all understand that inviting Ukraine to NATO can only be a political decision,” Zelensky said."
    docs = [_story(i, [quote]) for i in range(3)]
    for a in clean_batch([RawItem(f"d{i}", text=t) for i, t in enumerate(docs)], reference_date=REF):
        assert isinstance(a, Article)
        assert quote in a.text


def test_japanese_sentences_are_not_short_noise():
    """No spaces in Japanese: a sentence is one \\w+ run, and 。 ends it."""
    lines = [
        "ウクライナのゼレンスキー大統領は日曜日、北大西洋条約機構への加盟は実現可能だと述べた。",
        "これが非常に困ったもの。",
        "大統領は同盟国を説得するために努力しなければならないと強調した。",
        "再起動して完了",
        "ロシアは長年にわたりNATOの拡大に反対してきた。",
    ]
    (a,) = clean_batch([RawItem("ja", text="\n\n".join(lines))], reference_date=REF)
    assert isinstance(a, Article)
    assert a.text.split("\n\n") == lines
    assert a.language == "ja"

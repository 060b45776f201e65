"""The clean stage end to end: the bundled wire story through analyze() and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLE
from whosaid.clean import clean_batch
from whosaid.model import Article, ItemError, RawItem

WHOSAID = str(Path(sys.executable).with_name("whosaid"))
TITLE = "Zelensky says kyiv’s NATO membership ‘feasible’"
STANDFIRST_START = "Zelensky reiterated his country’s desire to join NATO. The Western alliance"
REF = dt.date(2026, 11, 28)


def _check_sample(obj: dict) -> None:
    assert obj["title"] == TITLE
    assert obj["text"].count(TITLE) == 0  # the headline is the title, once
    lines = obj["text"].split("\n")
    assert "close" not in lines and "Learn more" not in lines
    assert obj["credit"] == "With the contribution of agencies"
    assert "With the contribution of agencies" not in obj["text"]
    assert obj["standfirst"].startswith(STANDFIRST_START)
    assert STANDFIRST_START not in obj["text"]
    assert obj["published"] == "2024-12-22"
    assert obj["published_source"] == "inferred"
    assert obj["language"] == "en"
    assert obj["text"].startswith("Ukrainian President Volodymyr Zelenskyy said on Sunday (December 22)")
    # subheadings are real paragraphs and stay
    assert "\n\nAn “achievable” goal?\n\n" in obj["text"]
    assert "\n\nUkraine’s dependence on NATO for peace\n\n" in obj["text"]
    assert obj["text"].endswith("This fundamental disagreement continues to complicate truce negotiations.")
    reasons = {(r["text"], r["reason"]) for r in obj["removed"]}
    assert ("close", "ui-string") in reasons and ("Learn more", "ui-string") in reasons
    assert (TITLE, "repeated-headline") in reasons


def test_sample_through_analyze(sample_article):
    _check_sample(sample_article.to_dict())
    assert sample_article.warnings == []


def test_sample_through_cli():
    r = subprocess.run(
        [WHOSAID, "analyze", str(SAMPLE), "--format", "jsonl", "--reference-date", "2026-11-28"],
        capture_output=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr.decode()
    (line,) = r.stdout.decode().splitlines()
    _check_sample(json.loads(line))


def test_kept_lines_are_verbatim_and_in_order(sample_text):
    """Cleaning removes whole lines only: every body line is an input line, unchanged."""
    (a,) = clean_batch([RawItem("s", text=sample_text)], reference_date=REF)
    assert isinstance(a, Article)
    src = sample_text.splitlines()
    pos = 0
    for line in a.text.split("\n"):
        if line:
            pos = src.index(line, pos) + 1


def test_one_result_per_item_in_order_with_errors():
    items = [
        RawItem("a", text="A council spokesman said the bridge would reopen on Friday, December 20."),
        RawItem("empty", text="   \n\n "),
        RawItem("noise", text="close\nLearn more\nAdvertisement\n"),
        RawItem("none"),
        RawItem("b", text="Officials said the vote was postponed until next month.", id="given-id"),
    ]
    out = clean_batch(items, reference_date=REF)
    assert [type(r) for r in out] == [Article, ItemError, ItemError, ItemError, Article]
    assert out[1].reason == "empty text"
    assert out[2].reason.startswith("no article text left after cleaning")
    assert out[4].id == "given-id"
    # without an id, the id is the content hash of the cleaned text
    import hashlib

    assert out[0].id == hashlib.sha256(out[0].text.encode()).hexdigest()[:16]


def test_published_precedence():
    text = "The minister said on Sunday (December 22) that talks would go on.\n\nMore talks follow."
    given, default = clean_batch(
        [RawItem("a", text=text, published="2024-12-23"), RawItem("b", text=text)],
        reference_date=REF, default_published="2024-12-24",
    )
    (inferred,) = clean_batch([RawItem("c", text=text)], reference_date=REF)
    assert (given.published, given.published_source) == ("2024-12-23", "input")
    assert (default.published, default.published_source) == ("2024-12-24", "input")
    assert (inferred.published, inferred.published_source) == ("2024-12-22", "inferred")


def test_french_text_is_flagged_but_processed():
    text = (
        "Le président ukrainien a déclaré dimanche que l'adhésion à l'OTAN était réalisable, "
        "mais il a souligné que Kiev devait convaincre ses alliés.\n\n"
        "Moscou s'oppose depuis longtemps à l'élargissement de l'Alliance atlantique."
    )
    (a,) = clean_batch([RawItem("fr", text=text)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.language == "fr"
    assert "language is 'fr', not English: statements and entities may be poor" in a.warnings


def test_item_warnings_are_kept():
    (a,) = clean_batch([RawItem("w", text="Officials said the vote was postponed.", warnings=["decoded as cp1252"])])
    assert isinstance(a, Article) and a.warnings[0] == "decoded as cp1252"


def test_outlet_from_item_or_url_host():
    t = "Officials said the vote was postponed until next month."
    a, b = clean_batch([
        RawItem("a", text=t, url="https://www.example-news.com/world/1", outlet="Example News"),
        RawItem("b", text=t, url="https://www.example-news.com/world/1"),
    ])
    assert a.outlet == "Example News" and b.outlet == "example-news.com"
    assert b.url == "https://www.example-news.com/world/1"


def test_hard_wrapped_paragraph_stays_whole():
    """A line cut mid-sentence is not judged alone: "share." here is not the UI string "Share"."""
    wrapped = (
        "The company said on Tuesday that it planned to sell its entire\n"
        "share.\n"
        "Analysts said the sale would raise about 2 billion dollars for the group."
    )
    text = wrapped + "\n\nThe board is expected to approve the plan at its meeting next week."
    (a,) = clean_batch([RawItem("w", text=text)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.removed == []
    assert a.text.startswith("The company said on Tuesday that it planned to sell its entire\nshare.\n")


def test_crlf_bom_and_zero_width_are_trimmed_at_line_ends():
    text = "\ufeffclose\r\n\r\n\u200bThe minister resigned on Friday, officials said.  \r\n\r\nLearn more\r\n"
    (a,) = clean_batch([RawItem("c", text=text)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.text == "The minister resigned on Friday, officials said."
    assert [r.reason for r in a.removed] == ["ui-string", "ui-string"]


WIRE_PAGE = """Skip to main content
World
Ukraine says it downed 40 Russian drones overnight
By Pavel Polityuk
December 22, 2024 9:14 AM GMT
KYIV, Dec 22 (Reuters) - Ukraine's air force said on Sunday its air defences had shot down 40 of 72 drones launched by Russia overnight.
The remaining drones were "lost" due to electronic warfare countermeasures, the air force said in a statement.
Get a quick look at the days breaking legal news and analysis from The Afternoon Docket newsletter. Sign up here.
(Reporting by Pavel Polityuk; Editing by Mark Heinrich)
Our Standards: The Thomson Reuters Trust Principles.
"""

NEWSPAPER_PAGE = """Ukraine
This article is more than 1 year old
Zelenskyy says Nato membership is 'achievable'

Ukrainian president tells diplomats Kyiv must work hard to persuade allies

Shaun Walker in Kyiv
Sun 22 Dec 2024 14.05 GMT

Share

Volodymyr Zelenskyy has said Nato membership for Ukraine is achievable, but warned that Kyiv must work to persuade its allies.

"The alliance for Ukraine is feasible," he said.

Explore more on these topics
Ukraine
Nato
Share
Reuse this content
"""


def test_scraped_wire_page_one_paragraph_per_line():
    (a,) = clean_batch([RawItem("wire", text=WIRE_PAGE)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.title == "Ukraine says it downed 40 Russian drones overnight"
    assert a.dateline == "KYIV, Dec 22 (Reuters) -"
    assert a.credit == "(Reporting by Pavel Polityuk; Editing by Mark Heinrich)"
    assert (a.published, a.published_source) == ("2024-12-22", "inferred")
    assert a.text.split("\n\n") == WIRE_PAGE.splitlines()[5:7]
    reasons = {r.text[:20]: r.reason for r in a.removed}
    assert reasons["World"] == "above-headline"
    assert reasons["By Pavel Polityuk"] == "page-metadata"
    assert reasons["Our Standards: The T"] == "after-credit"


def test_scraped_newspaper_page_with_deck_byline_and_tags():
    (a,) = clean_batch([RawItem("paper", text=NEWSPAPER_PAGE)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.title == "Zelenskyy says Nato membership is 'achievable'"
    # a deck without a full stop, set off from the body by byline and date stamp
    assert a.standfirst == "Ukrainian president tells diplomats Kyiv must work hard to persuade allies"
    assert a.text.split("\n\n") == [
        "Volodymyr Zelenskyy has said Nato membership for Ukraine is achievable, but warned that "
        "Kyiv must work to persuade its allies.",
        '"The alliance for Ukraine is feasible," he said.',
    ]
    assert (a.published, a.published_source) == ("2024-12-22", "inferred")
    reasons = {r.text: r.reason for r in a.removed}
    assert reasons["Shaun Walker in Kyiv"] == "below-headline"
    assert reasons["Nato"] == "bottom-furniture"


def test_language_of_a_headline_alone_is_not_guessed():
    from whosaid.clean.language import detect_language

    # langdetect calls this Norwegian; too little text to tell
    assert detect_language("Zelensky says kyiv NATO membership feasible") is None
    assert detect_language("Officials said on Tuesday that the vote, planned for next month, was postponed.") == "en"

"""HTML pages: trafilatura body and metadata, htmldate date, then the same cleaning."""

from __future__ import annotations

import datetime as dt
import gzip
import json

from conftest import shared_path
from whosaid.clean import clean_batch
from whosaid.model import Article, ItemError, RawItem

REF = dt.date(2026, 11, 28)

PARAS = [
    "KYIV, Dec 22 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Sunday that NATO "
    "membership was achievable for Ukraine, but that Kyiv must work hard to persuade its allies.",
    "Speaking to Ukrainian diplomats, Zelenskiy said that inviting Ukraine to join the alliance "
    "could only be a political decision taken by all members together.",
    "Moscow has long opposed NATO expansion and has cited Ukraine’s potential membership as a key "
    "justification for its full-scale invasion in 2022.",
    "Zelenskiy said European nations should provide security guarantees to Ukraine after the end "
    "of the war, while NATO membership remained the ultimate form of protection.",
]


def page(*, title: str = "Zelenskiy says NATO membership achievable", extra: str = "",
         date_meta: bool = True) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in PARAS)
    date = '<meta property="article:published_time" content="2024-12-22T14:05:00Z">' if date_meta else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | World News Daily</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="World News Daily">
<meta property="og:url" content="https://www.worldnewsdaily.example/world/zelenskiy-nato">
{date}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
<main><article>
<h1>{title}</h1>
{body}
{extra}
<p>Reporting by Pavel Polityuk; Editing by Mark Heinrich</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Markets fall</a></li></ul></aside>
<footer><p>© 2024 World News Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def test_html_article_body_and_metadata():
    (a,) = clean_batch([RawItem("page.html", html=page())], reference_date=REF)
    assert isinstance(a, Article), a
    assert a.title == "Zelenskiy says NATO membership achievable"
    assert a.outlet == "World News Daily"
    assert a.url == "https://www.worldnewsdaily.example/world/zelenskiy-nato"
    assert (a.published, a.published_source) == ("2024-12-22", "html")
    assert a.text.split("\n\n") == PARAS  # paragraphs separated by a blank line, headline gone
    assert a.dateline == "KYIV, Dec 22 (Reuters) -"
    assert a.credit == "Reporting by Pavel Polityuk; Editing by Mark Heinrich"
    assert "Most read" not in a.text and "All rights reserved" not in a.text
    assert a.language == "en"


def test_noise_inside_the_article_markup_is_removed():
    extra = "<p>Advertisement</p><p>Read more: Russia launches drone attack on Kyiv</p>"
    (a,) = clean_batch([RawItem("page.html", html=page(extra=extra))], reference_date=REF)
    assert isinstance(a, Article)
    assert "Advertisement" not in a.text and "Read more" not in a.text
    assert {r.reason for r in a.removed} >= {"ui-string"}


def test_input_date_beats_html_date_and_item_title_beats_page_title():
    item = RawItem("page.html", html=page(), published="2024-12-23", title="Zelenskiy: NATO feasible")
    (a,) = clean_batch([item], reference_date=REF)
    assert isinstance(a, Article)
    assert (a.published, a.published_source) == ("2024-12-23", "input")
    assert a.title == "Zelenskiy: NATO feasible"


def test_default_published_counts_as_input_for_html_too():
    (a,) = clean_batch([RawItem("p", html=page())], reference_date=REF, default_published="2024-12-25")
    assert isinstance(a, Article) and (a.published, a.published_source) == ("2024-12-25", "input")


def test_html_without_date_falls_back_to_inference():
    # no metadata date, but the text says "on Sunday" and the dateline "Dec 22"
    extra = "<p>He first made the remarks on Sunday (December 22) at a meeting in Kyiv.</p>"
    (a,) = clean_batch([RawItem("p", html=page(date_meta=False, extra=extra))], reference_date=REF)
    assert isinstance(a, Article)
    assert (a.published, a.published_source) == ("2024-12-22", "inferred")


def test_page_without_article_text_is_an_item_error():
    pages = ["<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
             "", "<html><body><p>close</p></body></html>"]
    out = clean_batch([RawItem(f"p{i}", html=h) for i, h in enumerate(pages)], reference_date=REF)
    assert all(isinstance(r, ItemError) for r in out), out
    assert all(r.reason.startswith("no article text found in HTML") for r in out)


def test_real_benchmark_page():
    """A real news page (VentureBeat, Reuters copy) from the extraction benchmark."""
    d = shared_path("eval", "article_extraction")
    gt = json.loads((d / "ground-truth.json").read_text(encoding="utf-8"))
    wanted = next(k for k, v in gt.items() if "venturebeat.com/2019/11/18" in v.get("url", ""))
    html = gzip.decompress((d / "html" / f"{wanted}.html.gz").read_bytes()).decode("utf-8")
    (a,) = clean_batch([RawItem(wanted, html=html)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.title == "New York State Attorney General investigating WeWork and former CEO"
    assert (a.published, a.published_source) == ("2019-11-18", "html")
    assert a.outlet == "VentureBeat"
    assert a.dateline == "(Reuters) —"
    assert a.text.startswith("(Reuters) — The New York State Attorney General (NYAG) is investigating WeWork")
    assert a.credit is not None and a.credit.startswith("(Reporting by Greg Roumeliotis")


def test_real_korean_page_is_flagged():
    d = shared_path("eval", "article_extraction")
    key = "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2"
    html = gzip.decompress((d / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
    (a,) = clean_batch([RawItem(key, html=html)], reference_date=REF)
    assert isinstance(a, Article)
    assert a.language == "ko"
    assert any(w.startswith("language is 'ko', not English") for w in a.warnings)

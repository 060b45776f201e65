"""JSONL records and JSON documents: one item per record, errors naming the line."""

from __future__ import annotations

import gzip
import json

import pytest

from whosaid.ingest import normalize_date, outlet_from_url, read_bytes, read_paths
from whosaid.ingest.limits import MAX_RECORD_BYTES
from whosaid.model import ItemError, RawItem

REC = {
    "id": "afp-2024-12-22-001",
    "url": "https://www.france24.com/en/europe/20241222-zelensky-nato",
    "title": "Zelensky says Kyiv's NATO membership 'feasible'",
    "published": "2024-12-22T14:03:00+01:00",
    "text": "Ukrainian President Volodymyr Zelensky said on Sunday that membership was feasible.",
}
PAGE = "<html><body><p>The Kremlin said on Monday it would not comment.</p></body></html>"


def jsonl(*records: object) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
        for r in records
    )


def test_good_records_become_items_named_by_line():
    items = list(read_bytes(jsonl(REC, {"html": PAGE, "url": "https://m.bbc.co.uk/news/1"}), "feed.jsonl"))
    assert [i.name for i in items] == ["feed.jsonl:line 1", "feed.jsonl:line 2"]
    a, b = items
    assert isinstance(a, RawItem) and isinstance(b, RawItem)
    assert (a.id, a.url, a.title, a.text, a.html) == (REC["id"], REC["url"], REC["title"], REC["text"], None)
    assert a.published == "2024-12-22"
    assert a.outlet == "france24.com"
    assert (b.html, b.text, b.outlet) == (PAGE, None, "bbc.co.uk")


def test_bad_lines_are_errors_and_the_rest_goes_on():
    data = jsonl(REC, b'{"id": 2, "text": "cut off', b"", {"title": "No body"}, b"[1, 2]",
                 {"text": "   "}, {"text": 42}, REC)
    got = [str(i) if isinstance(i, ItemError) else i.name for i in read_bytes(data, "f.jsonl")]
    assert got == [
        "f.jsonl:line 1",
        "f.jsonl:line 2: not valid JSON: Unterminated string starting at (column 19)",
        "f.jsonl:line 4: record has neither \"text\" nor \"html\"",
        "f.jsonl:line 5: not a JSON object (got array)",
        'f.jsonl:line 6: "text" is empty',
        'f.jsonl:line 7: "text" is not a string (number)',
        "f.jsonl:line 8",
    ]


def test_first_line_broken_is_still_jsonl():
    data = jsonl(b"{oops", REC)
    items = list(read_bytes(data, "f.jsonl"))
    assert isinstance(items[0], ItemError) and items[0].name == "f.jsonl:line 1"
    assert isinstance(items[1], RawItem) and items[1].id == REC["id"]


def test_optional_fields_with_wrong_types_are_warnings():
    (item,) = read_bytes(jsonl({**REC, "title": ["a"], "id": None, "published": "soon-ish"}), "f")
    assert isinstance(item, RawItem)
    assert item.title is None and item.id is None and item.published is None
    assert item.warnings == ['"title" is not a string (array); ignored',
                             "\"published\" 'soon-ish' is not a recognisable date; ignored"]


def test_both_text_and_html_keeps_text_with_a_warning():
    (item,) = read_bytes(jsonl({**REC, "html": PAGE}), "f")
    assert isinstance(item, RawItem) and item.text == REC["text"] and item.html is None
    assert item.warnings == ['record has both "text" and "html"; using "text"']


def test_explicit_outlet_wins_over_url():
    (item,) = read_bytes(jsonl({**REC, "outlet": "France 24"}), "f")
    assert isinstance(item, RawItem) and item.outlet == "France 24"


def test_integer_id_and_invalid_utf8_line():
    line = json.dumps({"id": 7, "text": "Caf\u00e9"}).encode().replace(b"\\u00e9", b"\xe9")
    item, second = read_bytes(line + b"\n" + jsonl(REC), "f")
    assert isinstance(second, RawItem) and second.warnings == []
    assert isinstance(item, RawItem) and item.id == "7"
    assert item.text == "Caf\ufffd"
    assert item.warnings == ["invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"]


def test_json_array_and_pretty_object():
    arr = json.dumps([REC, {"html": PAGE}, "nope"], indent=2).encode()
    items = list(read_bytes(arr, "dump.json"))
    assert [i.name for i in items] == ["dump.json#item 1", "dump.json#item 2", "dump.json#item 3"]
    assert isinstance(items[2], ItemError) and items[2].reason == "not a JSON object (got string)"
    (one,) = read_bytes(json.dumps(REC, indent=2).encode("utf-16"), "one.json")
    assert isinstance(one, RawItem) and one.text == REC["text"] and one.name == "one.json"


def test_broken_json_document_is_one_error():
    (item,) = read_bytes(b'{\n  "text": "The minister said",\n  "url": \n}\n', "bad.json")
    assert item == ItemError("bad.json", "not valid JSON: Expecting value (line 4, column 1)")


def test_prose_starting_with_a_bracket_is_text():
    (item,) = read_bytes(b"[Photo] Soldiers rest in Kharkiv on Sunday.\nThe army said ...\n", "a.txt")
    assert isinstance(item, RawItem) and item.text and item.text.startswith("[Photo]")


def test_utf16_and_gzip_jsonl(tmp_path):
    p = tmp_path / "feed.jsonl.gz"
    p.write_bytes(gzip.compress(jsonl(REC, REC).decode().encode("utf-16")))
    items = list(read_paths([str(p)]))
    assert [type(i) for i in items] == [RawItem, RawItem]
    assert items[1].name == f"{p}:line 2" and items[1].text == REC["text"]  # type: ignore[union-attr]


def test_truncated_gzip_jsonl_keeps_whole_lines():
    data = gzip.compress(jsonl(*[{**REC, "id": str(i)} for i in range(2000)]))
    items = list(read_bytes(data[: len(data) // 2], "feed.jsonl.gz"))
    good = [i for i in items if isinstance(i, RawItem)]
    assert len(good) > 100
    assert [i.id for i in good] == [str(n) for n in range(len(good))]
    assert items[-1] == ItemError("feed.jsonl.gz", "truncated gzip stream; the records before the damage were kept")
    assert len(items) == len(good) + 1


def test_oversized_line_is_skipped_and_reading_goes_on():
    big = {"text": "word " * (MAX_RECORD_BYTES // 5 + 10)}
    items = list(read_bytes(jsonl(REC, big, REC), "f.jsonl"))
    assert [type(i) for i in items] == [RawItem, ItemError, RawItem]
    assert items[1].reason == "line is 25.0 MB; larger than the 25 MB limit for one record"  # type: ignore[union-attr]
    assert items[2].name == "f.jsonl:line 3"


@pytest.mark.parametrize(
    "value, date",
    [
        ("2024-12-22", "2024-12-22"),
        ("2024-12-22T23:30:00-05:00", "2024-12-22"),
        ("2024-12-22 08:00", "2024-12-22"),
        ("20241222", "2024-12-22"),
        ("Sun, 22 Dec 2024 10:00:00 GMT", "2024-12-22"),
        ("December 22, 2024", "2024-12-22"),
        ("22 décembre 2024", "2024-12-22"),
        (1734861600, "2024-12-22"),
        (1734861600000, "2024-12-22"),
    ],
)
def test_published_is_normalised(value, date):
    assert normalize_date(value) == (date, None)


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday-ish", "", True, 12, "December 2024"])
def test_bad_published_gives_a_warning(value):
    d, warning = normalize_date(value)
    assert d is None and warning and "not a recognisable date" in warning


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.reuters.com/world/europe/x", "reuters.com"),
        ("http://WWW2.Example.ORG:8080/a", "example.org"),
        ("https://apnews.com/article/1", "apnews.com"),
        ("https://www.com/", "www.com"),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_records_longer_than_the_sniffed_prefix():
    """Real feeds carry whole pages in "html": the first line alone can exceed 64 kB."""
    big_page = "<html><body>" + "<p>The minister said talks would resume.</p>" * 3000 + "</body></html>"
    items = list(read_bytes(jsonl({"html": big_page, "url": "https://www.dw.com/a"}, REC), "f.jsonl"))
    assert [type(i) for i in items] == [RawItem, RawItem]
    assert items[0].html == big_page and items[0].outlet == "dw.com"  # type: ignore[union-attr]
    one_line_array = json.dumps([{"html": big_page}, REC]).encode()
    assert [i.name for i in read_bytes(one_line_array, "a.json")] == ["a.json#item 1", "a.json#item 2"]


def test_truncated_gzip_json_document_is_one_error():
    data = gzip.compress(json.dumps([REC] * 500, indent=2).encode())
    assert list(read_bytes(data[: len(data) // 2], "dump.json.gz")) == [
        ItemError("dump.json.gz", "truncated gzip stream")]


def test_nul_and_unpaired_surrogates_are_made_storable():
    """A scraper cut an emoji in half ("\\ud83d" alone): UTF-8 output would crash on it."""
    line = b'{"text": "Crowds cheered \\ud83d in Kyiv\\u0000.", "title": "Kyiv \\udc00"}\n'
    (item,) = read_bytes(line, "f.jsonl")
    assert isinstance(item, RawItem)
    assert item.text == "Crowds cheered \ufffd in Kyiv." and item.title == "Kyiv \ufffd"
    assert item.warnings == ['"text": removed 1 NUL character(s)',
                             '"text": replaced 1 unpaired surrogate(s) with U+FFFD',
                             '"title": replaced 1 unpaired surrogate(s) with U+FFFD']

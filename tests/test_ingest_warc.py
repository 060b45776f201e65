"""WARC / WARC.gz archives built with warcio's own writer, then damaged on purpose."""

from __future__ import annotations

import gzip
import io
import re

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.ingest import read_bytes, read_paths
from whosaid.ingest.limits import MAX_HTML_BYTES
from whosaid.model import ItemError, RawItem


def page(n: int, extra: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>Story {n}</title></head><body><article>"
            f"<p>The minister said on Monday that talks would resume, story {n}. Café{extra}</p>"
            "</article></body></html>")


class Archive:
    """Writes records the way crawlers do: warcinfo, request/response pairs, odd payloads."""

    def __init__(self, gz: bool = False) -> None:
        self.buf = io.BytesIO()
        self.w = WARCWriter(self.buf, gzip=gz)
        self.w.write_record(self.w.create_warcinfo_record("news.warc", {"software": "test-crawler"}))

    def response(self, url: str, body: bytes, ctype: str = "text/html; charset=utf-8",
                 status: str = "200 OK", headers: tuple[tuple[str, str], ...] = ()) -> Archive:
        http = StatusAndHeaders(status, [("Content-Type", ctype), *headers], protocol="HTTP/1.1")
        self.w.write_record(self.w.create_warc_record(url, "request", payload=io.BytesIO(
            f"GET {url} HTTP/1.1\r\n\r\n".encode())))
        self.w.write_record(self.w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=http))
        return self

    def resource(self, url: str, body: bytes, ctype: str) -> Archive:
        self.w.write_record(self.w.create_warc_record(url, "resource", payload=io.BytesIO(body),
                                                      warc_content_type=ctype))
        return self

    def bytes(self) -> bytes:
        return self.buf.getvalue()


def html_items(items: list) -> list[RawItem]:
    return [i for i in items if isinstance(i, RawItem)]


def test_html_responses_become_items_and_the_rest_is_skipped():
    data = (
        Archive()
        .response("https://www.reuters.com/world/1", page(1).encode())
        .response("https://www.reuters.com/logo.png", b"\x89PNG\r\n\x1a\n....", ctype="image/png")
        .response("https://www.reuters.com/gone", b"<html>Not found</html>", status="404 Not Found")
        .response("https://www.reuters.com/api", b'{"a": 1}', ctype="application/json")
        .response("https://www.lemonde.fr/2", page(2, " été").encode("cp1252"),
                  ctype="text/html; charset=windows-1252")
        .resource("https://apnews.com/3", page(3).encode(), "text/html")
        .bytes()
    )
    items = list(read_bytes(data, "cc.warc"))
    assert all(isinstance(i, RawItem) for i in items)
    assert [(i.name, i.url, i.outlet) for i in items] == [
        ("cc.warc#record 3", "https://www.reuters.com/world/1", "reuters.com"),
        ("cc.warc#record 11", "https://www.lemonde.fr/2", "lemonde.fr"),
        ("cc.warc#record 12", "https://apnews.com/3", "apnews.com"),
    ]
    assert [i.html for i in items] == [page(1), page(2, " été"), page(3)]
    assert all(i.text is None and i.warnings == [] for i in items)


def test_chunked_and_gzip_encoded_payload_is_decoded():
    body = gzip.compress(page(4).encode())
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    data = Archive().response(
        "https://www.bbc.com/news/4", chunked,
        headers=(("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")),
    ).bytes()
    (item,) = read_bytes(data, "x.warc")
    assert isinstance(item, RawItem) and item.html == page(4)


def test_payload_without_content_type_is_sniffed():
    data = (Archive().response("https://a.com/1", page(1).encode(), ctype="")
            .response("https://a.com/robots.txt", b"User-agent: *\nDisallow:\n", ctype="")
            .bytes())
    (item,) = read_bytes(data, "x.warc")
    assert isinstance(item, RawItem) and item.url == "https://a.com/1"


def test_warc_gz_per_record_and_whole_file_gzip(tmp_path):
    per_record = tmp_path / "a.warc.gz"
    per_record.write_bytes(Archive(gz=True).response("https://a.com/1", page(1).encode()).bytes())
    whole = tmp_path / "b.dat"  # the name says nothing; the content is a gzipped WARC
    whole.write_bytes(gzip.compress(Archive().response("https://b.com/2", page(2).encode()).bytes()))
    items = list(read_paths([str(tmp_path)]))
    assert [(i.name, i.html) for i in items] == [  # type: ignore[union-attr]
        (f"{per_record}#record 3", page(1)), (f"{whole}#record 3", page(2))]


def _five_pages(gz: bool = False) -> bytes:
    a = Archive(gz=gz)
    for n in range(5):
        a.response(f"https://news.example.org/{n}", page(n).encode())
    return a.bytes()


def _record_starts(data: bytes) -> list[int]:
    return [m.start() for m in re.finditer(rb"WARC/1\.", data)]


def test_malformed_content_length_spoils_one_record_only():
    data = _five_pages()
    i = _record_starts(data)[6]  # the response for page 2
    m = re.search(rb"Content-Length: (\d+)", data[i:])
    assert m
    for wrong in (b"20", b"%d" % (int(m[1]) + 40)):
        bad = data[:i] + data[i:].replace(m[0], b"Content-Length: " + wrong, 1)
        items = list(read_bytes(bad, "x.warc"))
        errors = [i for i in items if isinstance(i, ItemError)]
        assert errors == [ItemError("x.warc#record 7", "malformed WARC record: Content-Length does "
                                                       "not match the record (no blank line after it)")]
        assert [i.url for i in html_items(items)][0:2] == ["https://news.example.org/0", "https://news.example.org/1"]
        assert html_items(items)[-1].url == "https://news.example.org/4"


def test_garbage_between_records_is_reported_and_skipped():
    data = _five_pages()
    i = _record_starts(data)[4]
    bad = data[:i] + b"<<< disk error here >>>\r\n\r\n" + data[i:]
    items = list(read_bytes(bad, "x.warc"))
    (err,) = [i for i in items if isinstance(i, ItemError)]
    assert err.name == "x.warc#record 5"
    assert err.reason.startswith("malformed WARC record (") and err.reason.endswith("skipped to the next record")
    assert [i.url for i in html_items(items)] == [f"https://news.example.org/{n}" for n in range(5)]


def test_truncated_warc_gz_keeps_the_records_before_the_damage():
    data = _five_pages(gz=True)
    items = list(read_bytes(data[: len(data) * 3 // 4], "cc.warc.gz"))
    assert items[-1] == ItemError("cc.warc.gz", "truncated gzip stream; the records before the damage were kept")
    good = html_items(items)
    assert 2 <= len(good) < 5
    assert [i.html for i in good] == [page(n) for n in range(len(good))]  # none cut short


def test_oversized_payload_is_an_error_for_that_record():
    big = b"<html><body>" + b"<p>filler</p>" * (MAX_HTML_BYTES // 13 + 10) + b"</body></html>"
    data = (Archive().response("https://a.com/big", big)
            .response("https://a.com/small", page(1).encode()).bytes())
    items = list(read_bytes(data, "x.warc"))
    assert items[0] == ItemError("x.warc#record 3", "HTML payload is larger than the 20 MB limit for one page")
    assert isinstance(items[1], RawItem) and items[1].url == "https://a.com/small"


def test_empty_html_payload_is_an_error():
    data = Archive().response("https://a.com/empty", b"").bytes()
    assert list(read_bytes(data, "x.warc")) == [ItemError("x.warc#record 3", "empty HTML payload")]


def test_crawler_truncated_payload_is_kept_with_a_warning():
    a = Archive()
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    rec = a.w.create_warc_record("https://a.com/long", "response", payload=io.BytesIO(page(1).encode()),
                                 http_headers=http, warc_headers_dict={"WARC-Truncated": "length"})
    a.w.write_record(rec)
    (item,) = read_bytes(a.bytes(), "cc.warc")
    assert isinstance(item, RawItem) and item.html == page(1)
    assert item.warnings == ["page was truncated by the crawler (WARC-Truncated: length)"]


def test_archive_without_html_pages_says_so():
    data = Archive().response("https://a.com/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png").bytes()
    assert list(read_bytes(data, "img.warc")) == [
        ItemError("img.warc", "no HTML pages among its 3 WARC record(s)")]

"""Plain text and HTML files: encodings, compression, empty and oversized files."""

from __future__ import annotations

import bz2
import gzip
import lzma

import pytest

from whosaid.ingest import read_bytes, read_paths
from whosaid.ingest.limits import MAX_TEXT_BYTES
from whosaid.model import ItemError, RawItem

STORY = (
    "KYIV (AFP) – Ukrainian President Volodymyr Zelensky said on Sunday that his country's\n"
    "membership of NATO was “achievable”, adding: “We are not there yet.”\n"
)
FRENCH = "Le président a déclaré : « C’est très difficile », a-t-il dit à l’été à Genève.\n"
HTML = (
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Zelensky on NATO</title></head>\n"
    "<body><article><h1>Zelensky on NATO</h1><p>Ukrainian President Volodymyr Zelensky said"
    " membership was “achievable”.</p></article></body></html>\n"
)


def one(data: bytes, name: str = "story.txt") -> RawItem | ItemError:
    items = list(read_bytes(data, name))
    assert len(items) == 1, items
    return items[0]


def text_of(data: bytes) -> str:
    item = one(data)
    assert isinstance(item, RawItem), item
    assert item.text is not None and item.html is None
    return item.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding):
    assert text_of(STORY.encode(encoding)) == STORY


@pytest.mark.parametrize(
    "text, encoding",
    [
        (STORY, "cp1252"),
        (FRENCH, "cp1252"),
        ("Zürich: Die Regierung äußerte sich über die Lage. Größere Maßnahmen folgen.", "latin-1"),
        ("España: el Gobierno anunció ayer que la economía crecerá un 2% según el ministro.", "cp1252"),
        ("It’s", "cp1252"),  # four bytes: charset-normalizer alone guesses UTF-16
        ("Café “quote”", "cp1252"),  # charset-normalizer alone guesses Cyrillic
        ("Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu w Łodzi.", "cp1250"),
        ("Президент заявил, что переговоры продолжатся на следующей неделе в Москве.", "cp1251"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    item = one(text.encode(encoding))
    assert isinstance(item, RawItem)
    assert item.text == text
    assert item.warnings == []


def test_invalid_utf8_in_mostly_utf8_text_keeps_the_item_with_a_warning():
    data = STORY.encode() + b"A stray \xff\xfe byte pair.\n"
    item = one(data)
    assert isinstance(item, RawItem)
    assert item.text is not None and item.text.startswith(STORY)
    assert "\ufffd" in item.text
    assert item.warnings == ["invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD"]


def test_stray_nul_is_removed_with_a_warning():
    item = one((STORY * 5).encode() + b"\x00")
    assert isinstance(item, RawItem)
    assert item.text == STORY * 5
    assert item.warnings == ["removed 1 NUL character(s)"]


def test_html_file_comes_back_as_html():
    item = one(HTML.encode(), "page.txt")  # the name says text; the content says HTML
    assert isinstance(item, RawItem)
    assert item.html == HTML and item.text is None


def test_html_meta_charset_is_honoured():
    page = HTML.replace('charset="utf-8"', 'charset="windows-1252"')
    item = one(page.encode("cp1252"))
    assert isinstance(item, RawItem) and item.html == page


def test_html_declaring_the_wrong_charset_is_judged_by_content():
    page = HTML.replace('charset="utf-8"', 'charset="iso-8859-1"')
    item = one(page.encode("utf-8"))
    # iso-8859-1 would decode UTF-8 bytes without error; WHATWG maps it to
    # cp1252, where "\x9d" in "”" is undefined, so content decides: UTF-8.
    assert isinstance(item, RawItem) and item.html == page


@pytest.mark.parametrize("compress, kind", [(gzip.compress, "gzip"), (bz2.compress, "bzip2"),
                                            (lzma.compress, "xz")])
def test_compressed_text_and_html(compress, kind):
    assert text_of(compress(STORY.encode("utf-16"))) == STORY
    item = one(compress(HTML.encode()), "page.html.gz")
    assert isinstance(item, RawItem) and item.html == HTML


@pytest.mark.parametrize("compress, kind", [(gzip.compress, "gzip"), (bz2.compress, "bzip2"),
                                            (lzma.compress, "xz")])
def test_truncated_compression_is_an_error(compress, kind):
    data = compress((STORY * 200).encode())
    item = one(data[: len(data) // 2], "story.txt.gz")
    assert item == ItemError("story.txt.gz", f"truncated {kind} stream")


def test_gzip_inside_gzip():
    assert text_of(gzip.compress(gzip.compress(STORY.encode()))) == STORY


def test_empty_and_blank_inputs():
    assert one(b"", "a.txt") == ItemError("a.txt", "empty file")
    assert one(b" \n\r\n\t ", "b.txt") == ItemError("b.txt", "no text (only whitespace)")
    assert one(gzip.compress(b""), "c.gz") == ItemError("c.gz", "empty gzip stream")


def test_binary_junk_is_an_error():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06"
    assert one(png, "photo.txt") == ItemError(
        "photo.txt", "binary data (looks like PNG image), not text/HTML/JSONL/WARC")
    assert one(gzip.compress(png), "photo.txt.gz").reason.startswith("binary data (looks like PNG")  # type: ignore[union-attr]


def test_200_mb_file_is_refused_without_reading_it(tmp_path):
    """The size comes from stat; only the 64 kB prefix is read (the rest is a sparse hole)."""
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.write(STORY.encode() * 1000)  # ~150 kB of real text, beyond the sniffed prefix
        f.truncate(200_000_000)
    (item,) = read_paths([str(p)])
    assert item == ItemError(str(p), "file is 200.0 MB; larger than the 5 MB limit for one article")


def test_oversized_compressed_text_is_capped():
    data = gzip.compress(b"All work and no play makes Jack a dull boy. " * (MAX_TEXT_BYTES // 40))
    assert one(data, "big.txt.gz") == ItemError(
        "big.txt.gz", "decompressed content is larger than the 5 MB limit for one article")


def test_bytes_input_over_the_limit():
    data = b"All work and no play makes Jack a dull boy. " * (MAX_TEXT_BYTES // 40)
    assert one(data, "x") == ItemError("x", f"file is {len(data) / 1e6:.1f} MB; larger than the 5 MB limit for one article")


def test_all_error_messages_are_one_line():
    for data in [b"", b"\x00" * 100, gzip.compress(b"x" * 1000)[:20], b"\n\n"]:
        for item in read_bytes(data, "x"):
            assert isinstance(item, ItemError) and "\n" not in str(item)


def test_rss_feed_is_refused_not_read_as_an_article():
    rss = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>World</title></channel></rss>'
    assert one(rss, "world.xml") == ItemError(
        "world.xml", "XML document (a feed or sitemap?), not text/HTML/JSONL/WARC")


@pytest.mark.parametrize("bom", [b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"])
def test_random_bytes_behind_a_bom_are_still_binary(bom):
    """A BOM is 2-3 bytes that junk can start with; what follows decides."""
    import random

    junk = bom + random.Random(7).randbytes(3000)
    assert one(junk, "x.bin") == ItemError("x.bin", "binary data (unrecognised format), not text/HTML/JSONL/WARC")

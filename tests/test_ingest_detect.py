"""Detection by content: the first bytes decide, never the file name."""

from __future__ import annotations

import bz2
import gzip
import lzma

import pytest

from whosaid.ingest.detect import classify_text, describe_binary, sniff

STORY = "Ukraine's president said on Sunday that NATO membership was achievable.\n"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"", "empty"),
        (gzip.compress(b"x"), "gzip"),
        (bz2.compress(b"x"), "bzip2"),
        (lzma.compress(b"x"), "xz"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"\r\nWARC/1.1\r\nWARC-Type: response\r\n", "warc"),
        (STORY.encode(), "text"),
        ("\ufeff" .encode() + STORY.encode(), "text"),
        (STORY.encode("utf-16"), "text"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_sniff_kinds(data, kind):
    assert sniff(data).kind == kind


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "ZIP archive"),
        (b"SQLite format 3\x00\x10\x00\x01\x01", "SQLite database"),
        (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "WebP image"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(40), "ELF executable"),
    ],
)
def test_binary_formats_are_named(data, what):
    s = sniff(data)
    assert (s.kind, s.what) == ("binary", what)
    assert describe_binary(s.what) == f"binary data (looks like {what}), not text/HTML/JSONL/WARC"


def test_text_starting_like_a_weak_signature_stays_text():
    """'BM' is a BMP signature and 'MZ' a Windows one; prose may start with either."""
    assert sniff(b"BMW said on Tuesday that sales fell 5 percent in Europe.").kind == "text"
    assert sniff(b"MZ Holdings, the insurer, reported a loss.").kind == "text"


def test_windows_executable_named_when_binary():
    s = sniff(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 8)
    assert (s.kind, s.what) == ("binary", "Windows executable")


def test_one_stray_nul_in_a_long_article_is_still_text():
    data = (STORY * 40).encode()
    data = data[:500] + b"\x00" + data[500:]
    assert sniff(data).kind == "text"


def test_utf16_without_bom_is_recognised():
    assert sniff(STORY.encode("utf-16-le")).encoding == "utf-16-le"
    assert sniff(STORY.encode("utf-16-be")).encoding == "utf-16-be"


def test_boms():
    assert sniff(b"\xef\xbb\xbfhello").encoding == "utf-8-sig"
    assert sniff("hello".encode("utf-16")).encoding == "utf-16"
    assert sniff("hello".encode("utf-32")).encoding == "utf-32"


@pytest.mark.parametrize(
    "head, kind",
    [
        ("<!DOCTYPE html>\n<html lang=en><head>", "html"),
        ("  \n<html><body><p>Hi</p></body></html>", "html"),
        ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', "html"),
        ("<!-- saved by scraper -->\n<div class=story><p>Text</p></div>", "html"),
        ("<p>The minister said talks would resume.</p>", "html"),
        ("scraped 2024-12-22\n<!doctype html><html>", "html"),
        ('{"id": 1, "text": "x"}\n', "json"),
        ('[{"id": 1, "text": "x"}]', "json"),
        ("[Photo] Soldiers in Kharkiv on Sunday.", "json"),  # the JSON reader falls back to text
        (STORY, "text"),
        ("<3 from Kyiv, wrote the user.", "text"),
        ("a < b and c > d in the budget table", "text"),
        ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', "xml"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "xml"),
        ("<<< Breaking news >>> The minister resigned.", "text"),
    ],
)
def test_classify_text(head, kind):
    assert classify_text(head) == kind

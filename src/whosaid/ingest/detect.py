"""Tell what an input is from its first bytes (never from its name).

Two steps: :func:`sniff` looks at raw bytes (compression, WARC, binary formats,
byte-order marks, UTF-16 without a BOM); :func:`classify_text` looks at the
decoded start of a textual input (HTML, JSON/JSONL or plain text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

ByteKind = Literal["empty", "gzip", "bzip2", "xz", "warc", "binary", "text"]
TextKind = Literal["html", "json", "xml", "text"]

# Signatures long enough that real text never starts with them. Checked before
# the text heuristics because some (PDF, RTF-like headers) look textual at first.
_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x28\xb5\x2f\xfd", "Zstandard-compressed data"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (0, b"\xce\xfa\xed\xfe", "Mach-O binary"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (0, b"OggS", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"ID3\x02", "MP3 audio"),
    (0, b"ID3\x03", "MP3 audio"),
    (0, b"ID3\x04", "MP3 audio"),
    (0, b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (4, b"ftyp", "MP4/QuickTime media"),
    (257, b"ustar", "tar archive"),
]
# Two-byte signatures that plain text can start with ("BMW said", "MZ..."): used
# only to name data already judged binary.
_WEAK_MAGIC: list[tuple[bytes, str]] = [(b"MZ", "Windows executable"), (b"BM", "BMP image")]
_RIFF = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

_BOMS: list[tuple[bytes, str]] = [
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]

# Control bytes that do not occur in text (tab, LF, VT, FF, CR and ESC aside).
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])


_JUNK_CATEGORIES = {"Cc", "Co", "Cn", "Cs"}


@dataclass(frozen=True)
class Sniffed:
    kind: ByteKind
    encoding: str | None = None  # for "text": the BOM's / UTF-16 guess's codec, if any
    what: str | None = None  # for "binary": what it looks like


def sniff(head: bytes) -> Sniffed:
    """Classify the first bytes of an input (``head`` may be the whole input)."""
    if not head:
        return Sniffed("empty")
    if head.startswith(b"\x1f\x8b"):
        return Sniffed("gzip")
    if len(head) >= 10 and head.startswith(b"BZh") and head[4:10] == b"1AY&SY":
        return Sniffed("bzip2")
    if head.startswith(b"\xfd7zXZ\x00"):
        return Sniffed("xz")
    stripped = head.lstrip(b"\r\n\t ")
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return Sniffed("warc")
    for prefix, enc in _BOMS:
        if head.startswith(prefix):
            return Sniffed("text", encoding=enc)
    what = _magic(head)
    if what:
        return Sniffed("binary", what=what)
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Sniffed("text", encoding=utf16)
    if _looks_binary(head):
        return Sniffed("binary", what=_weak_magic(head))
    return Sniffed("text")


def junk_text(text: str) -> bool:
    """Does text decoded by a BOM's say-so look like binary after all?

    A BOM is two or three bytes that random data can start with; text decoded
    from random bytes is full of private-use, unassigned and replacement
    characters, which real text (almost) never has.
    """
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if c not in "\t\n\r\f\v" and unicodedata.category(c) in _JUNK_CATEGORIES
              or c == "\ufffd")
    return bad > len(sample) * 0.05


def describe_binary(what: str | None) -> str:
    look = f"looks like {what}" if what else "unrecognised format"
    return f"binary data ({look}), not text/HTML/JSONL/WARC"


def _magic(head: bytes) -> str | None:
    for offset, sig, what in _MAGIC:
        if head[offset : offset + len(sig)] == sig:
            return what
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    return None


def _weak_magic(head: bytes) -> str | None:
    for sig, what in _WEAK_MAGIC:
        if head.startswith(sig):
            return what
    return None


def _looks_binary(head: bytes) -> bool:
    """Text has (almost) no NULs and few control bytes; random or packed data has many.

    A stray NUL or two in a real article survives (decoding strips them with a
    warning); thresholds are relative so short inputs are judged fairly.
    """
    n = len(head)
    nul = head.count(0)
    control = n - len(head.translate(None, _CONTROL))
    return nul > n * 0.01 or control > n * 0.05


def _utf16_without_bom(head: bytes) -> str | None:
    """ASCII-range text in UTF-16 has a NUL in every other byte."""
    n = len(head) - len(head) % 2
    if n < 8:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    half = n // 2
    if odd.count(0) >= half * 0.7 and even.count(0) <= half * 0.05:
        return "utf-16-le"
    if even.count(0) >= half * 0.7 and odd.count(0) <= half * 0.05:
        return "utf-16-be"
    return None


_HTML_START = re.compile(
    r"""<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base|
        article|main|section|header|nav|div|p|h[1-6]|table|ul|ol|span|a|br|img|form|iframe)
        [\s>/]""",
    re.IGNORECASE | re.VERBOSE,
)
_HTML_ANYWHERE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_XML_ROOT = re.compile(r"<(?:rss|feed|urlset|sitemapindex|rdf:RDF)[\s>]")
_COMMENT = re.compile(r"(?:\s*<!--.*?-->|\s*<\?xml[^>]*\?>)*\s*", re.DOTALL)


def classify_text(head: str) -> TextKind:
    """HTML, JSON-ish (JSONL or a JSON document: the reader decides), XML or plain text."""
    s = head.lstrip("\ufeff \t\r\n")
    if s.startswith("<"):
        body = s[_COMMENT.match(s).end() :]  # type: ignore[union-attr]
        if _HTML_START.match(body) or _HTML_ANYWHERE.search(s, 0, 4096):
            return "html"
        if s.startswith("<?xml") or _XML_ROOT.match(body):
            return "xml"  # RSS/Atom/sitemaps: markup, but not a page to extract an article from
    elif s.startswith(("{", "[")):
        return "json"  # before the next test: JSON records often carry HTML
    elif _HTML_ANYWHERE.search(s, 0, 1024):
        # A few bytes of junk before the doctype (scraper logs, stray BOMs).
        return "html"
    return "text"

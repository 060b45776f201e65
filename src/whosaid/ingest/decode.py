"""Bytes → str for text and HTML, never failing: a wrong byte costs a warning, not the item.

Order of evidence: byte-order mark, declared charset (HTTP header, ``<meta>``),
strict UTF-8, "mostly UTF-8" (decode with U+FFFD and warn), then a legacy
single-byte guess by charset-normalizer.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_UTF8_REPLACEMENT = "\ufffd".encode()

# Single-byte Latin code pages that charset-normalizer confuses on short
# English/Western text (it often says cp1250 for cp1252 text: "España" → "Espańa").
_LATIN_FAMILY = {
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "iso8859_2", "iso8859_3",
    "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15",
    "iso8859_16", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp437", "cp775",
    "cp850", "cp852", "cp858", "cp860", "cp863", "cp865", "hp_roman8",
}
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
_ASCII = bytes(range(128))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_TYPOGRAPHY = set("“”‘’„–—…«»€•·°§©®™")
# WHATWG: these labels mean windows-1252 on the web.
_AS_CP1252 = {"ascii", "latin_1", "iso8859_1", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)


def decode_text(data: bytes, bom_encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode a plain-text input; returns the text and any warnings."""
    if bom_encoding:
        return _finish(*_decode_with(data, bom_encoding))
    try:
        return _finish(data.decode("utf-8"), [])
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(_UTF8_REPLACEMENT)
    good = len(_NON_ASCII.findall(text))
    if good and good >= bad:
        # Real UTF-8 multi-byte characters outnumber the broken bytes: a damaged
        # UTF-8 file, not a legacy encoding.
        return _finish(text, [f"invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD"])
    return _finish(*_legacy(data))


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode an HTML page using its BOM, the declared charset, then content."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return _finish(*_decode_with(data, enc))
    candidates: list[str | None] = [declared]
    m = _META_CHARSET.search(data, 0, 8192)
    if m:
        candidates.append(m.group(1).decode("ascii"))
    for label in candidates:
        codec = _codec(label)
        if codec is None:
            continue
        try:
            return _finish(data.decode(codec), [])
        except UnicodeDecodeError:
            continue  # the declaration lies; judge by content
    return decode_text(data)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith(("utf_16", "utf_32")):
        return None  # a <meta> we could read in ASCII cannot be UTF-16 (WHATWG)
    return "cp1252" if name in _AS_CP1252 else name


def _decode_with(data: bytes, encoding: str) -> tuple[str, list[str]]:
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        n = text.count("\ufffd")
        return text, [f"invalid {encoding}: {n} character(s) replaced with U+FFFD"]


def _legacy(data: bytes) -> tuple[str, list[str]]:
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _mostly_ascii_letters(data):
        non_ascii = _NON_ASCII.findall(western)
        if _score(western) == len(non_ascii):
            # Every high byte reads as a letter or typographic mark in cp1252:
            # the rules below would pick cp1252 anyway, without the ~3 ms guess.
            return western, []
    matches = list(from_bytes(data))
    if not matches:
        if western is not None:
            return western, ["not UTF-8 and the encoding is unclear; decoded as cp1252"]
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, [f"invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD"]
    best = matches[0]
    if best.encoding in _LATIN_FAMILY:
        # charset-normalizer cannot tell Latin code pages apart on short text
        # (it reads Polish cp1250 as cp1252, Spanish cp1252 as cp1250): pick the
        # decoding with the most plausible letters, cp1252 first on a tie.
        latin = [(m.encoding, str(m)) for m in matches if m.encoding in _LATIN_FAMILY]
        if western is not None:
            latin.insert(0, ("cp1252", western))
        return max(latin, key=lambda c: _score(c[1]))[1], []
    if western is not None and _mostly_ascii_letters(data):
        # Mostly-ASCII text with a few high bytes is Western text with smart
        # quotes; guesses like UTF-16 or Cyrillic for "It\x92s" are noise.
        return western, []
    return str(best), []


def _mostly_ascii_letters(data: bytes) -> bool:
    """Western-European text is mostly ASCII letters; Cyrillic or Greek in a code page is not."""
    non_ascii = len(data.translate(None, _ASCII))
    letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return non_ascii < 0.3 * (letters + non_ascii)


def _score(text: str) -> int:
    """Plausible non-ASCII characters: letters and typographic punctuation, not symbols."""
    return sum(1 for c in _NON_ASCII.findall(text) if c.isalpha() or c in _TYPOGRAPHY)


def _finish(text: str, warnings: list[str]) -> tuple[str, list[str]]:
    if "\x00" in text:
        # NUL cannot be stored in PostgreSQL text and never belongs in an article.
        n = text.count("\x00")
        text = text.replace("\x00", "")
        warnings = [*warnings, f"removed {n} NUL character(s)"]
    return text, warnings

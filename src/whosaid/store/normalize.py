"""Normal forms used for identity and for matching names, shared by ingest and queries."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from whosaid.entities.normalize import name_key

_NON_WORD = re.compile(r"[\W_]+")
_DOUBLED = re.compile(r"(.)\1+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name (the stable part of
    name-derived speaker keys; matching uses ``alias_key``).

    Doubled letters collapse so transliteration variants meet: "Zelenskyy" and
    "Zelensky" both become "zelensky"; "Zelenskyj" does not (not a doubling).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _NON_WORD.sub(" ", stripped.casefold()).split()
    return " ".join(_DOUBLED.sub(r"\1", w) for w in words)


def alias_key(name: str) -> str:
    """The form a speaker name is matched by: the entities stage's spelling key, so that
    every transliteration it merges within an article also meets across the store
    ("Zelenskiy", "Zelenskyy", "Zelensky" → "zelenski"); falls back to ``fold`` for names
    the key reduces to nothing (digits, symbols)."""
    return (name_key(name) or fold(name))[:300]


def text_hash(text: str) -> str:
    """Hash of the text with whitespace and Unicode forms normalised (the identity without URL)."""
    norm = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def url_key(url: str) -> str:
    """URL identity: scheme and fragment ignored, host lower-cased, trailing slash dropped."""
    u = url.strip()
    u = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", u)
    u = u.split("#", 1)[0].rstrip("/")
    host, _, rest = u.partition("/")
    host = host.lower().removeprefix("www.")
    return host + ("/" + rest if rest else "")


def identity(url: str | None, text: str) -> str:
    """An article's identity: from its URL when given, else from its normalised text."""
    return "url:" + url_key(url) if url else "text:" + text_hash(text)

"""Spelling keys that make transliteration and case variants of a name compare equal.

News English spells the same Cyrillic/Arabic name several ways (Zelensky, Zelenskyy,
Zelenskiy; Kharkov, Kharkiv); these keys are deliberately lossy so that the variants
collide, and are only ever compared between names of the same type in one article or
against a gazetteer, where false collisions are rare.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' -]+")
_SPACES = re.compile(r"\s+")
# Romanisation endings of the same Slavic -ий/-ый: y, yy, iy, yi, ij, ii, i.
_ENDING = re.compile(r"(?:iy|yy|yi|ij|ii|y)$")
_DOUBLE = re.compile(r"(.)\1+")
_POSSESSIVE = re.compile(r"(?:'s|')$")

# Tokens that connect words of a name but never start an acronym.
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "la", "du", "des", "&"})


def fold(text: str) -> str:
    """Accent-free, case-folded, single-spaced form: "Kýiv’s" → "kyiv's"."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACES.sub(" ", text.casefold()).strip()


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.translate(_APOSTROPHES)).rstrip()


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Transliteration-insensitive key of one word: Zelenskyy/Zelenskiy/Zelensky → "zelenski"."""
    w = _NON_WORD.sub("", fold(word)).replace("'", "").replace("-", "")
    if len(w) > 3:
        w = _ENDING.sub("i", w)
    # Non-initial y is a vowel in romanised names (Kyiv/Kiiv, Yanukovych/Yanukovich).
    w = w[:1] + w[1:].replace("y", "i")
    return _DOUBLE.sub(r"\1", w)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key of a whole name: word keys joined by spaces, possessive and "the" dropped."""
    words = fold(strip_possessive(name)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(k for k in (word_key(w) for w in words) if k)


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    return jellyfish.metaphone(word_key(word)) if word else ""


def same_word(a: str, b: str) -> bool:
    """True when two single words are spelling variants of each other (Kiev/Kyiv, Odesa/Odessa).

    Needs the same first letter, the same phonetic code and at most one edit between the
    keys, so short unrelated names (Biden/Bidet) stay apart.
    """
    ka, kb = word_key(a), word_key(b)
    if ka == kb:
        return bool(ka)
    if len(ka) < 3 or len(kb) < 3 or ka[0] != kb[0]:
        return False
    if re.sub(r"\D", "", ka) != re.sub(r"\D", "", kb):
        return False  # model numbers (A350 / A380, F-16 / F-15) are other things, not spellings
    if phonetic(a) != phonetic(b):
        return False
    return jellyfish.damerau_levenshtein_distance(ka, kb) <= 1


def initials(name: str) -> str:
    """Upper-case initials of the significant words: "North Atlantic Treaty Organization" → "NATO"."""
    words = [w for w in re.split(r"[\s-]+", strip_possessive(name)) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[0].isalpha()).upper()


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and all(c.isupper() for c in letters) and " " not in text

"""Near-duplicate (syndicated wire copy) detection and quotation identity.

Pure functions, no database: the store saves what these return and asks them again.

- :func:`signature` — a MinHash over word shingles of the normalised body text, as bytes.
- :func:`band_keys` — the LSH band keys of a signature; two articles sharing any key are
  candidates, exactly the candidates ``datasketch.MinHashLSH`` with the same threshold and
  ``num_perm`` would return.
- :func:`similarity` — the Jaccard estimate confirming a candidate
  (same story when ``>= SAME_STORY_THRESHOLD``).
- :func:`paragraph_diff` — which paragraphs a copy added or cut.
- :func:`quote_key` — one key for the same quotation by the same speaker in every copy.

Parameters were chosen by measurement with ``bench/dedup.py`` (see bench/results/dedup.md).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
# 5-word shingles and a Jaccard threshold of 0.4, by measurement (bench/dedup.py --sweep,
# bench/results/dedup.md, 5,000 generated articles): light wire edits (new headline,
# cut/added paragraph, credit, dateline) P 0.998 / R 0.999; heavy edits (truncation,
# rewording) R 0.67 vs 0.35 at t=0.5; t=0.3 joins unrelated stories that share background
# paragraphs (P 0.93). Different stories on the same topic (same people) score < 0.1.
SHINGLE_SIZE = 5
SAME_STORY_THRESHOLD = 0.4
# Pinned explicitly: datasketch's default scheme changed in 2.0 ("legacy" → "affine32"),
# and a silent change would make stored signatures incomparable with new ones.
_SCHEME = "affine32"
_SEED = 1

# Same weights as MinHashLSH's defaults, so b and r match MinHashLSH(threshold, num_perm).
BANDS, ROWS = _optimal_param(SAME_STORY_THRESHOLD, NUM_PERM, 0.5, 0.5)
# The store records this (store_meta) next to its signatures and band keys; when it
# changes they are not comparable, and `whosaid db upgrade` recomputes them.
SIGNATURE_VERSION = f"minhash-{_SCHEME}-s{_SEED}-p{NUM_PERM}-k{SHINGLE_SIZE}-b{BANDS}r{ROWS}-v1"

_EMPTY = np.uint64(2**32 - 1)  # datasketch's initial value: no shingle was seen

_QUOTES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u2039\u203a", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u301d\u301e", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "\u2026": "...",
        "\u00a0": " ",
    }
)
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_PARA_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n")
# Anything but letters and digits at the ends of a quotation: marks, dashes, ellipses.
_ENDS = re.compile(r"^[\W_]+|[\W_]+$")


def normalize(text: str) -> str:
    """Casefold, unify quote marks, dashes and ellipses, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _WS.sub(" ", text).strip()


def shingles(text: str) -> set[bytes]:
    """Word ``SHINGLE_SIZE``-grams of the normalised text (punctuation dropped).

    A text shorter than one shingle is one shingle of all its words, so short items still
    get a signature; an empty text gives no shingles.
    """
    words = _WORD.findall(normalize(text))
    if len(words) < SHINGLE_SIZE:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_SIZE]).encode()
        for i in range(len(words) - SHINGLE_SIZE + 1)
    }


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    # Generating the permutations costs more than hashing a short article: do it once.
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def _minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, permutations=_permutations())
    m.update_batch(shingles(text))
    return m


def signature(text: str) -> bytes:
    """MinHash of the body text's shingles: ``NUM_PERM`` little-endian uint64 values.

    Pass the body only: an edited headline must not make a copy look like a new story.
    """
    return _minhash(text).hashvalues.astype("<u8").tobytes()


def _values(sig: bytes) -> np.ndarray:
    v = np.frombuffer(sig, dtype="<u8")
    if len(v) != NUM_PERM:
        raise ValueError(f"signature has {len(v)} values, expected {NUM_PERM}")
    return v


def _is_empty(v: np.ndarray) -> bool:
    return bool((v == _EMPTY).all())


def band_keys(sig: bytes) -> list[str]:
    """One key per LSH band, ``"{band}:{16 hex digits}"``; none for an empty text.

    Bands are the same ``ROWS``-wide slices MinHashLSH hashes, so sharing a key means the
    band's values are equal (up to a 64-bit hash collision, which the similarity check
    catches). An empty text gets no keys: otherwise every empty article would be a
    candidate of every other.
    """
    v = _values(sig)
    if _is_empty(v):
        return []
    raw = v.tobytes()
    width = ROWS * 8
    return [
        f"{band}:{hashlib.blake2b(raw[band * width : (band + 1) * width], digest_size=8).hexdigest()}"
        for band in range(BANDS)
    ]


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0.0 if either is empty)."""
    a, b = _values(sig_a), _values(sig_b)
    if _is_empty(a) or _is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


def same_story(sig_a: bytes, sig_b: bytes) -> bool:
    return similarity(sig_a, sig_b) >= SAME_STORY_THRESHOLD


def paragraphs(text: str) -> list[str]:
    """Paragraphs split at blank lines, or at line breaks when the text has no blank line."""
    parts = _PARA_SPLIT.split(text) if _PARA_SPLIT.search(text) else text.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _para_key(p: str) -> str:
    return normalize(p)


def paragraph_diff(original: str, copy: str) -> dict[str, list[str]]:
    """Paragraphs the copy added and the ones it removed, as written in each text.

    Paragraphs are compared after :func:`normalize`, so a re-typed apostrophe or a
    re-wrapped line is no difference; an edited paragraph shows as removed plus added.
    Repeated paragraphs count as often as they occur.
    """
    orig, cp = paragraphs(original), paragraphs(copy)
    left = Counter(map(_para_key, orig)) - Counter(map(_para_key, cp))
    right = Counter(map(_para_key, cp)) - Counter(map(_para_key, orig))
    return {"added": _take(cp, right), "removed": _take(orig, left)}


def _take(paras: list[str], wanted: Counter[str]) -> list[str]:
    out = []
    for p in paras:
        k = _para_key(p)
        if wanted[k] > 0:
            wanted[k] -= 1
            out.append(p)
    return out


def normalize_quote(content: str) -> str:
    """The quotation's words as compared across copies: normalised, ends stripped."""
    return _ENDS.sub("", normalize(content))


def quote_key(content: str, speaker_key: str | None) -> str:
    """A short stable key for "this speaker said these words" (20 hex digits).

    Copies that re-type quote marks or dashes, change case or trailing punctuation give
    the same key; the same words from another speaker (or no known speaker) do not.
    """
    payload = f"{speaker_key or ''}\x1f{normalize_quote(content)}"
    return hashlib.blake2b(payload.encode(), digest_size=10).hexdigest()

"""Language of the cleaned text (langdetect, seeded so results are repeatable)."""

from __future__ import annotations

import threading

# langdetect's n-gram profiles load on first use; the seed makes its sampling
# deterministic (unseeded, the same text can come out "en" one run, "nl" the next).
_lock = threading.Lock()
_ready = False

# Enough text for a confident guess; detection time grows with length.
_SAMPLE_CHARS = 1000
# Below this, names and loanwords sway langdetect ("Zelensky says kyiv NATO membership
# feasible" comes out Norwegian); an article body is far longer.
_MIN_LETTERS = 60


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("en", "fr", "zh"), or None when it cannot tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    global _ready
    if not _ready:
        with _lock:
            DetectorFactory.seed = 0
            _ready = True
    try:
        code = detect(sample)
    except LangDetectException:
        return None
    # langdetect reports Chinese as zh-cn / zh-tw; the ISO code is the part before.
    return str(code).split("-")[0]


def language_warning(code: str | None) -> str | None:
    if code is None or code == "en":
        return None
    return f"language is {code!r}, not English: statements and entities may be poor"

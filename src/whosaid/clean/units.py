"""Split raw text into paragraph units without rewriting any character inside a line.

A unit is one paragraph: usually one line, but a hard-wrapped paragraph (lines
cut at ~70 characters mid-sentence, no blank line between them) stays one unit
so that its short last line is never mistaken for a noise line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# A line that ends a sentence: . ! ? … optionally followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?…。！？]\s*[\"'”’»)\]」』）]*\s*$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_NON_WORD_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Invisible characters scrapers leave at line ends (BOM, zero-width spaces); str.strip keeps them.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
# Lines at least this long that end mid-sentence are taken as hard-wrapped.
_WRAP_MIN = 55
_WRAP_MAX = 100


@dataclass
class Unit:
    lines: list[str]
    index: int  # position among the document's units
    norm: str = field(init=False)
    words: int = field(init=False)
    terminal: bool = field(init=False)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)
        # Chinese and Japanese write no spaces: count two characters as a word.
        self.words = max(len(_WORD.findall(self.text)), len(_CJK.findall(self.text)) // 2)
        self.terminal = bool(_TERMINAL.search(self.text))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def normalize(s: str) -> str:
    """Comparison key: case, quote style, spacing and edge punctuation do not matter."""
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES).casefold()
    s = _SPACES.sub(" ", s)
    return _NON_WORD_EDGES.sub("", s)


def ends_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s))


def split_units(text: str, *, join_wrapped: bool = True) -> list[Unit]:
    """Paragraph units of ``text``; lines are trimmed at both ends, blank lines dropped.

    ``join_wrapped=False`` makes every line its own unit (extracted HTML text,
    where the extractor already puts one paragraph per line).
    """
    lines = [raw.strip().strip(_INVISIBLE).strip() for raw in text.splitlines()]
    wrapped = join_wrapped and _hard_wrapped(lines)
    units: list[Unit] = []
    block: list[str] = []
    prev_blank = True
    for line in lines:
        if not line:
            prev_blank = True
            continue
        if wrapped and block and not prev_blank and _continues(block[-1]):
            block.append(line)
        else:
            if block:
                units.append(Unit(block, len(units)))
            block = [line]
        prev_blank = False
    if block:
        units.append(Unit(block, len(units)))
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """Text cut at a fixed width: no long lines, and most lines close to the widest.

    One-paragraph-per-line text (a scraper's output) has lines of every length,
    many far beyond 100 characters; it must not have its lines glued together.
    """
    lengths = [len(x) for x in lines if x]
    if len(lengths) < 3:
        return False
    width = max(lengths)
    if width > _WRAP_MAX:
        return False
    return sum(n >= 0.6 * width for n in lengths) >= 0.5 * len(lengths)


def _continues(prev: str) -> bool:
    # A long line that stops mid-sentence continues on the next line.
    return len(prev) >= _WRAP_MIN and not ends_sentence(prev) and not prev.endswith(":")

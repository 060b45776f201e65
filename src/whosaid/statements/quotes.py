"""Quote-mark pairing over raw text, tolerant of the marks scraped news really has.

Handles curly, straight and guillemet marks, mismatched pairs (“… »), odd counts
(an unclosed quote ends with its paragraph) and quotes spanning paragraphs, where
each new paragraph repeats the opening mark and only the last one is closed.
Single marks (‘…’) count only where they cannot be an apostrophe, so "kyiv’s" and
"don’t" never open or close anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whosaid.model import Span

# Double marks: which can open, which can close. Straight " is decided by context.
_OPEN_D = "“„«"
_CLOSE_D = "”»"
_STRAIGHT = '"'
_OPEN_S = "‘‹"
_CLOSE_S = "’›"
_SQUOTE = "'"

# One scan over every mark-like character and paragraph break.
# Two apostrophes ('') stand for a double mark in some archives (NYT): matched first.
_MARKS = re.compile(r"''|’’|[\"“”„«»‘’‹›']|\n\s*\n|\n")
_TWO = "''"
# Two right single marks close a double quote in some scraped copy (“…’’).
_TWO_CLOSE = "’’"
_WORD = re.compile(r"\w", re.UNICODE)

# Characters that may sit right before an opening mark.
_PRE_OPEN = set(" \t\n([{—–-:/") | {""}
# Longest inner quote we accept before deciding a mark was misread (runaway pairing).
_MAX_INNER = 3000


@dataclass
class Quote:
    spans: list[Span]  # inner text per paragraph, marks excluded, trimmed
    outer: Span  # from the first opening mark to the last closing mark (or paragraph end)
    closed: bool  # False when the closing mark was missing (odd count)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def text(self, source: str) -> str:
        return " ".join(source[s:e] for s, e in self.spans)

    def n_words(self, source: str) -> int:
        return sum(len(source[s:e].split()) for s, e in self.spans)


def _is_space_or_start(text: str, i: int) -> bool:
    return i < 0 or text[i] in _PRE_OPEN


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_WORD.match(text[i]))


def _role(text: str, i: int, ch: str, open_now: bool) -> str | None:
    """'open', 'close' or None (not a quote mark here: an apostrophe, inch sign …)."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in _OPEN_D:
        # A “ glued after a word with space after it is a misused closer (“word“ ).
        if open_now and (_is_word(text, i - 1) or prev in ".,!?") and (not nxt or nxt.isspace()):
            return "close"
        return "open"
    if ch in _CLOSE_D:
        if ch == "»" and not open_now and nxt and not nxt.isspace():
            return "open"  # «…» written as »…« (German style) is rare; only if nothing is open
        return "close" if open_now else None
    if ch == _STRAIGHT:
        if open_now:
            return "close"
        return "open" if nxt and not nxt.isspace() else None
    # Single marks: only outside words, to never take an apostrophe for a quote.
    if ch in _OPEN_S or (ch == _SQUOTE and not open_now):
        if _is_space_or_start(text, i - 1) and nxt and not nxt.isspace():
            return "open_s"
        if ch == "‘" and not _is_word(text, i - 1):
            return "open_s"
    if (ch in _CLOSE_S or ch == _SQUOTE) and not _is_word(text, i + 1) and prev and not prev.isspace():
        return "close_s"
    return None


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str) -> list[Quote]:
    """All quotes in ``text`` in order; nested single quotes inside double ones are kept
    inside their outer quote, not reported separately."""
    quotes: list[Quote] = []
    open_at: int | None = None  # index of the opening double mark
    spans: list[Span] = []  # finished paragraph parts of a multi-paragraph quote
    s_open: int | None = None  # an open single quote outside any double one
    first_open = 0
    open_len = 1  # length of the current opening mark ('' is two characters)

    def close(end_inner: int, end_outer: int, closed: bool) -> None:
        nonlocal open_at, spans
        assert open_at is not None
        part = _trim(text, open_at + open_len, end_inner)
        all_spans = [*spans, part] if part[1] > part[0] else spans
        if all_spans:
            quotes.append(Quote(all_spans, (first_open, end_outer), closed))
        open_at, spans = None, []

    for m in _MARKS.finditer(text):
        i = m.start()
        ch = m.group()
        if ch[0] == "\n":
            s_open = None  # single quotes never span lines
            if open_at is None:
                continue
            # A paragraph ends inside a quote: it continues only if the next paragraph
            # reopens it (the multi-paragraph convention); otherwise it ends here.
            j = m.end()
            nxt = text[j] if j < len(text) else ""
            if ch.count("\n") >= 2 and nxt in _OPEN_D + _STRAIGHT + "'" and (
                nxt != "'" or text.startswith(_TWO, j)
            ):
                part = _trim(text, open_at + open_len, i)
                if part[1] > part[0]:
                    spans.append(part)
                open_at = j  # the repeated opening mark; the scan will skip it below
                open_len = 2 if text.startswith(_TWO, j) else 1
                continue
            close(i, i, closed=False)
            continue
        if open_at is not None and i == open_at:
            continue  # the reopening mark of a continued paragraph
        if open_at is not None and i - open_at > _MAX_INNER:
            close(i, i, closed=False)
        if ch == _TWO_CLOSE:
            if open_at is not None:
                close(i, i + 2, closed=True)
            elif s_open is not None:
                part = _trim(text, s_open + 1, i)  # ‘the Joneses’’: one closes, one is apostrophe
                if part[1] > part[0]:
                    quotes.append(Quote([part], (s_open, i + 1), True))
                s_open = None
            continue
        if ch == _TWO:
            # A double mark: closes an open quote, or opens one before a word.
            nxt = text[i + 2] if i + 2 < len(text) else ""
            if open_at is not None:
                close(i, i + 2, closed=True)
            elif nxt and not nxt.isspace():
                open_at, first_open, spans, open_len = i, i, [], 2
                s_open = None
            continue
        role = _role(text, i, ch, open_at is not None)
        if role == "open" and open_at is None:
            open_at, first_open, spans, open_len = i, i, [], 1
            s_open = None
        elif role == "open" and open_at is not None and ch in "“„«" and i > open_at + 1:
            # A second opener before any closer: the first was never closed.
            close(i, i, closed=False)
            open_at, first_open, spans, open_len = i, i, [], 1
        elif role == "close" and open_at is not None:
            close(i, i + 1, closed=True)
        elif role == "open_s" and open_at is None and s_open is None:
            s_open = i
        elif role == "close_s" and open_at is None and s_open is not None:
            part = _trim(text, s_open + 1, i)
            if part[1] > part[0]:
                quotes.append(Quote([part], (s_open, i + 1), True))
            s_open = None
    if open_at is not None:
        close(len(text), len(text), closed=False)
    return quotes

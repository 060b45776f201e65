"""A content's edges at quote marks and brackets: a quotation the parse left open is
closed (or opened) with its own mark, never with the next quotation's, and a bracket
opened inside is closed. Shared by the rule and learned content cutters."""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import (
    char_span,
    closes_quote,
    curly_opener,
    is_break,
    is_quote_mark,
    open_bracket,
    opens_quote,
)

_DOUBLE_QUOTES = frozenset(['"', "“", "”", "«", "»", "„", "’’", "''", "``"])
# How far an opened quotation may run on past its clause (a few sentences of a speech).
_MAX_QUOTE_RUN = 120


def close_quote(doc: Any, start: int, end: int) -> int:
    """An opened quote left unclosed by the parse: take in its closing mark. The
    quotation may run on past the sentence ("said the ruling was "in conflict with
    the Bible. The threat is very clear."") but not past the paragraph, and it ends
    on a closing mark, never on the next quotation's opening one (“… election.’’
    Critically, it pointed out that it has “a role …"). A bracket opened inside is
    closed the same way ("the needs of Intensive Care Units (ICUs)")."""
    if end < len(doc) and doc[end].text == ")" and open_bracket(doc, start, end):
        end += 1
    if sum(1 for k in range(start, end) if is_quote_mark(doc[k])) % 2:
        for k in range(end, min(end + 2, len(doc))):
            if is_quote_mark(doc[k]):
                return end if curly_opener(doc[k]) else k + 1
    marks = [doc[k] for k in range(start, end) if doc[k].text in _DOUBLE_QUOTES]
    if len(marks) % 2 and _opens(marks[-1]):
        for k in range(end, min(end + _MAX_QUOTE_RUN, len(doc))):
            if is_break(doc[k]) or curly_opener(doc[k]):
                break
            if doc[k].text in _DOUBLE_QUOTES:
                return k + 1
    return end


def open_quote(doc: Any, start: int, end: int) -> int:
    """A quotation closed inside the content but opened just before it (the parser
    leaves the opening mark with the frame: "“The people aren’t buying” impeachment,
    Trump said"): take in its opening mark."""
    marks = [k for k in range(start, end) if is_quote_mark(doc[k])]
    if not marks or len(marks) % 2 == 0 or curly_opener(doc[marks[0]]):
        return start
    if doc[marks[0]].text != '"' and not closes_quote(doc[marks[0]]):
        return start  # a single mark (an apostrophe, most likely)
    k = start - 1
    while k >= 0 and doc[k].is_space and not is_break(doc[k]):
        k -= 1
    if k >= 0 and (curly_opener(doc[k]) or doc[k].text == '"' and doc[marks[0]].text == '"'):
        return k
    return start


def _opens(mark: Any) -> bool:
    """An opening quote mark (a content may also start just inside a quotation, its
    opening mark outside and its closing one in)."""
    return bool(opens_quote(mark)) and not closes_quote(mark)


def quoted_span(doc: Any, start: int, end: int) -> Span:
    """The character span of a content cut at tokens [start, end), its quote marks settled
    at both ends."""
    start = open_quote(doc, start, end)
    return char_span(doc, start, close_quote(doc, start, end))

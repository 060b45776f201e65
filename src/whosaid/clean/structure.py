"""Article structure around the body: headline, standfirst, closing credit, wire dateline.

Each finder looks only where the element sits in news copy (top, right after
the headline, the last lines, the start of the first body paragraph) so that
body text is never taken for structure by accident.
"""

from __future__ import annotations

import re

from whosaid.clean.units import Unit, ends_sentence, normalize

# How far down a repeated headline may sit (scraped pages put noise above it).
_TOP = 4
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
# Section labels and kickers above a headline are this short.
_LABEL_WORDS = 3

_AGENCIES = r"AFP|AP|Reuters|dpa|DPA|ANSA|EFE|Xinhua|TASS|Tass|UPI|PA|AAP|Bloomberg|CNN|Interfax|Ukrinform|IANS|PTI|ANI|Anadolu|Yonhap|Kyodo|agencies|Agencies"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"[-–—]+"
# "WASHINGTON (AFP) –", "KYIV, Dec 22 (Reuters) -", "NEW YORK —", "Kyiv, Ukraine (CNN) —", "(Reuters) —"
DATELINE = re.compile(
    r"^(?:"
    rf"(?P<caps>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}})(?:,\s*[A-Z][\w.'’ ]{{1,30}}?)?(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*(?:\((?:{_AGENCIES})\))?\s*{_DASH}"
    rf"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,2}}(?:,\s*[A-Z][\w.'’ ]{{1,30}}?)?(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*\((?:{_AGENCIES})\)\s*{_DASH}?"
    rf"|\((?:{_AGENCIES})\)\s*{_DASH}"
    r")\s*"
)
# A dateline alone on its line without agency or dash: "BAAR, SWITZERLAND".
CAPS_PLACE_LINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})?$")
# A whole-line closing credit.
CREDIT_LINE = re.compile(
    r"^(?:"
    r"with\s+(?:the\s+)?(?:contributions?|input|reporting|help)\s+(?:of|from)\b"
    # "Reporting by Jane Doe", not "Reporting by the local newspaper revealed …"
    r"|\(?\s*(?:additional\s+|further\s+)?reporting\s+by\s+(?-i:[A-Z])"
    r"|(?:writing|editing|edited|written|compiled|produced|translated|research)\s+by\s+(?-i:[A-Z])"
    r"|contributing\s*:"
    r"|(?:sources?|agencies)\s*:\s*\w"
    rf"|[-–—]\s*(?:{_AGENCIES})\b[\w\s/,&-]{{0,30}}$"
    rf"|\(?(?:{_AGENCIES})(?:\s*[/,&]\s*(?:{_AGENCIES}))*\)?\.?$"
    r"|.{0,120}\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?$"
    r"|this\s+(?:story|article|report)\s+(?:was|has\s+been)\s+(?:updated|corrected|edited|produced|translated)\b"
    r")",
    re.IGNORECASE,
)
# A credit at the end of the last paragraph: recorded, the line is left alone.
CREDIT_TAIL = re.compile(
    rf"(?:\((?:additional\s+)?reporting\s+by[^()]{{1,200}}\)|\s[-–—]\s*(?:{_AGENCIES})(?:\s*/\s*\w+)?)\s*$",
    re.IGNORECASE,
)
# Share of a dek's content words that recur in the next paragraphs.
_SUMMARY_OVERLAP = 0.5
# Bylines, labels and buttons around the body are this short.
_FURNITURE_WORDS = 6
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def find_title(units: list[Unit], title: str | None) -> tuple[str | None, list[int]]:
    """The headline and the indices of its copies at the top of the body.

    With a known title, top lines equal to it are copies. Without one, a
    headline-like first line becomes the title, and any later copy at the top
    goes with it.
    """
    top = units[:_TOP]
    if title and title.strip():
        key = normalize(title)
        return title.strip(), [u.index for u in top if u.norm == key]
    if len(units) < 2:
        return None, []
    # A headline-like line printed twice at the top is the headline, wherever
    # page furniture ("Europe", "EXCLUSIVE") pushed it; else a headline-like first line.
    seen: set[str] = set()
    for u in top:
        if u.norm in seen and _headline_like(u):
            return u.text, [v.index for v in top if v.norm == u.norm]
        seen.add(u.norm)
    # Else the first headline-like line, past short section labels ("World").
    for u in top:
        if u.terminal or u.words > _LABEL_WORDS:
            if _headline_like(u) and u is not units[-1]:
                return u.text, [v.index for v in top if v.norm == u.norm]
            break
    first = units[0]
    if not _headline_like(first):
        return None, []
    return first.text, [u.index for u in top if u.norm == first.norm]


def _headline_like(u: Unit) -> bool:
    if len(u.lines) != 1 or u.words > _HEADLINE_MAX_WORDS or len(u.text) > _HEADLINE_MAX_CHARS:
        return False
    if u.words < 2 or DATELINE.match(u.text) or _is_caps_place(u.text):
        return False
    # Headlines end without a full stop; a question or exclamation is fine.
    return not u.text.rstrip("\"'”’»)」』）").endswith((".", ":", ",", ";", "。", "、", "：", "，", "；"))


def find_standfirst(body: list[Unit], gaps_after: set[int], description: str | None) -> int | None:
    """Index of the standfirst (dek) among ``body``, the units after the headline.

    The dek is the short summary right after the headline. Signals, two needed:
    the page put noise between it and the body (``gaps_after`` holds unit
    indices followed by a removed line); the next paragraph opens with a wire
    dateline; its words recur in the next paragraphs (it summarises them); it is
    the page's meta description; it has no closing full stop.
    """
    if len(body) < 3:
        return None
    cand, nxt = body[0], body[1]
    if not 8 <= cand.words <= 80 or len(cand.text) > 500:
        return None
    if DATELINE.match(cand.text) or not nxt.terminal:
        return None
    # A long line without a full stop right after the headline is no lead
    # paragraph: decks are often set without one.
    signals = 0 if cand.terminal else 1
    if cand.index in gaps_after:
        signals += 1
    if DATELINE.match(nxt.text):
        signals += 1
    if _summarises(cand, body[1:4]):
        signals += 1
    if description and normalize(description) == cand.norm:
        signals += 1
    return cand.index if signals >= 2 else None


def _summarises(cand: Unit, following: list[Unit]) -> bool:
    words = {w.casefold() for w in _CONTENT_WORD.findall(cand.text)}
    if len(words) < 5:
        return False
    later = {w.casefold() for u in following for w in _CONTENT_WORD.findall(u.text)}
    return len(words & later) / len(words) >= _SUMMARY_OVERLAP


def find_credit(body: list[Unit]) -> tuple[list[int], list[int], str | None]:
    """Closing credit lines (removed), short page furniture after them (removed),
    and the credit text; or a credit tail at the end of the last paragraph (kept)."""
    tail = body[-4:]
    last_credit = next(
        (k for k in range(len(tail) - 1, -1, -1) if len(tail[k].text) <= 300 and CREDIT_LINE.match(tail[k].text)),
        None,
    )
    if last_credit is not None:
        after = tail[last_credit + 1 :]
        if all(u.words <= 12 for u in after):
            idx = [tail[last_credit].index]
            for u in reversed(tail[:last_credit]):
                if len(u.text) <= 300 and CREDIT_LINE.match(u.text):
                    idx.insert(0, u.index)
                else:
                    break
            if len(idx) < len(body) - len(after):
                by_index = {u.index: u for u in body}
                return idx, [u.index for u in after], " ".join(by_index[i].text for i in idx)
    if body:
        last = body[-1].text
        m = CREDIT_TAIL.search(last)
        # "— AFP" counts only after a finished sentence; "(Reporting by …)" always.
        if m and (m.group(0).lstrip().startswith("(") or ends_sentence(last[: m.start()])):
            return [], [], m.group(0).strip()
    return [], [], None


def is_prose(u: Unit) -> bool:
    return u.terminal and u.words >= 8


def _furniture(u: Unit) -> bool:
    # Datelines and credits are short too, but each has its own field.
    return (u.words <= _FURNITURE_WORDS and not u.terminal and not _is_caps_place(u.text)
            and not CREDIT_LINE.match(u.text) and not DATELINE.match(u.text))


def top_furniture(body: list[Unit]) -> list[int]:
    """Short lines before the first prose paragraph: bylines, labels, buttons."""
    out = []
    for u in body:
        if is_prose(u):
            break
        if _furniture(u):
            out.append(u.index)
    return out if len(out) < len(body) else []


def bottom_furniture(body: list[Unit]) -> list[int]:
    """Short lines after the last prose paragraph: topic tags, buttons."""
    out = []
    for u in reversed(body):
        if not _furniture(u):
            break
        out.append(u.index)
    return out if len(out) < len(body) else []


def find_dateline(first: Unit) -> tuple[str | None, bool]:
    """The wire dateline opening the first body paragraph, and whether it is the whole line."""
    if _is_caps_place(first.text):
        return first.text, True
    m = DATELINE.match(first.text)
    if not m:
        return None, False
    if m.group("caps") and not _real_caps_place(m.group("caps")):
        return None, False
    whole = m.end() >= len(first.text.rstrip())
    return m.group(0).strip(), whole


def _real_caps_place(caps: str) -> bool:
    # "US President Joe Biden said …" must not read as a dateline "US": the
    # capitals form a place only if they are at least 3 letters or a known short form.
    return len(caps.replace(" ", "")) >= 3 or caps in {"UN", "LA", "DC"}


def _is_caps_place(text: str) -> bool:
    return "," in text and bool(CAPS_PLACE_LINE.match(text))

"""Which mention a statement reports when its candidate's own is missing or misleading.

- a floating quote (a paragraph-opening quote the direct finder left without a cue) is
  spoken by the subject of a frame that follows it (:func:`framed_after`) or by the name
  signing it on its last line (:func:`signed_inside`);
- a headline-style line names its speaker first (:func:`headline_subject`);
- a dateline's place taken for the subject gives way to the phrase after the dash
  (:func:`past_dateline`).

Helpers of :func:`whosaid.statements.find_statements`, over one parsed field; ``starts``
is the field's token start offsets (for bisecting character offsets to tokens).
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import Candidate, mention_span
from whosaid.statements.clauses import dateline_dash, is_break
from whosaid.statements.cues import ADDRESSEE_VERBS, QUOTE_VERBS, SPEECH_VERBS
from whosaid.statements.frames import token_at

# A quote its writer left open ("“…,”", "“…?”") goes on with its frame.
_OPEN_ENDS = frozenset(",?!—–-")
_FRAME_WINDOW = 12  # tokens from the closing mark to the frame's verb
_TRAILING_WINDOW = 30  # ... to the comma before a frame that ends the sentence


def framed_after(doc: Any, text: str, cand: Candidate, starts: list[int]) -> tuple[Any, Any] | None:
    """(subject, verb) of the frame that follows a paragraph-opening quote on its own
    line: "“…,” Kiedis said, mentioning the album is …", "“…?” asked the 43-year-old",
    "“…,” the dawn of the movement, Bozell says." The direct finder leaves such a quote
    floating when the frame's verb has a content of its own, the parser split the
    sentence at the closing mark or a phrase stands between; a reader still takes the
    frame's subject for the speaker (so does PolNeAR)."""
    if not cand.quotes:
        return None
    for _, inner_end in cand.spans:  # a joined quote may carry its frame after its first part
        if inner_end == 0 or text[inner_end - 1] not in _OPEN_ENDS:
            continue
        k = token_at(starts, inner_end)
        while k < len(doc) and (doc[k].is_quote or doc[k].is_punct) and not is_break(doc[k]):
            k += 1
        if k >= len(doc) or is_break(doc[k]) or doc[k].is_space:
            continue
        found = _frame_at(doc, k) or _trailing_frame(doc, k)
        if found is not None:
            return found
    return None


_MAX_SIGNATURE = 10  # tokens of a name and affiliation signing a quote
_CLOSING = frozenset('"”\'’')


def signed_inside(doc: Any, text: str, cand: Candidate, starts: list[int]) -> Span | None:
    """A block quote signed on its own last line, inside the marks:
    "“… tax cuts.\nJane Roe, Center for Policy Research.”" — the line names the speaker."""
    end = cand.spans[-1][1]
    if not cand.quotes or not text.startswith("\n", end) or text.startswith("\n\n", end):
        return None
    line_end = text.find("\n", end + 1)
    line_end = len(text) if line_end < 0 else line_end
    line = text[end + 1:line_end].rstrip()
    if not line or line[-1] not in _CLOSING:
        return None
    name = [t for t in doc[token_at(starts, end + 1):token_at(starts, end + 1 + len(line))]
            if not t.is_punct and not t.is_space]
    if not name or len(name) > _MAX_SIGNATURE or name[0].pos_ != "PROPN" \
            or any(t.pos_ in ("VERB", "AUX", "PRON") for t in name):
        return None
    return name[0].idx, name[-1].idx + len(name[-1])


def _frame_at(doc: Any, k: int) -> tuple[Any, Any] | None:
    """A frame starting at token ``k``, right after the quote."""
    first = doc[k]
    if first.pos_ in ("SCONJ", "ADP", "ADV", "CCONJ") or first.tag_ in ("WDT", "WP"):
        return None  # "“…,” since most cases …", "“Bathroom Bill,” which allows …"
    if first.pos_ == "VERB" and first.lemma_ in QUOTE_VERBS:
        # "“…,” said his best friend", "“…,” read one": the subject follows the verb.
        subj = _inverted_subject(first)
        return (subj, first) if subj is not None and subj.i - k <= 4 else None
    for j in range(k, min(k + _FRAME_WINDOW, len(doc))):
        tok = doc[j]
        if is_break(tok) or tok.is_quote:
            return None
        verb = tok.head
        # the tagger may take a name for a verb ("Trump shot back"): a capital will do
        nominal = tok.pos_ in ("PROPN", "NOUN", "PRON") or tok.is_title and tok.dep_ == "nsubj"
        if tok.dep_ in ("nsubj", "nsubjpass", "compound") and verb.pos_ == "VERB" and verb.i > tok.i \
                and nominal and tok.left_edge.i == k and verb.i - tok.right_edge.i <= 3:
            return tok, verb
    return None


def _inverted_subject(verb: Any) -> Any | None:
    """The subject after an inverted speech verb; the parser often makes it an object
    ("“…,” read one"), unless the verb takes an addressee ("“…,” told Mr. Obama" is not
    his)."""
    deps = ("nsubj", "nsubjpass") if verb.lemma_ in ADDRESSEE_VERBS else ("nsubj", "nsubjpass", "dobj")
    return next((c for c in verb.rights if c.dep_ in deps), None)


def _trailing_frame(doc: Any, k: int) -> tuple[Any, Any] | None:
    """"“…,” the dawn of the movement, Bozell says." / "“…,” since most cases were
    close, said Lee Epstein, who …": a speech verb after a comma later in the same
    sentence, with a named subject right before or after it."""
    sent_end = doc[k].sent.end
    for j in range(k + 1, min(sent_end, k + _TRAILING_WINDOW, len(doc)) - 1):
        tok = doc[j]
        if is_break(tok) or tok.is_quote:
            return None
        if tok.text != ",":
            continue
        nxt, after = doc[j + 1], doc[j + 2] if j + 2 < len(doc) else None
        if nxt.pos_ == "VERB" and nxt.lemma_ in SPEECH_VERBS and after is not None and after.pos_ == "PROPN":
            subj = _inverted_subject(nxt)
            if subj is not None:
                return subj, nxt
        if nxt.pos_ == "PROPN" and nxt.dep_ in ("nsubj", "compound") and nxt.head.pos_ == "VERB" \
                and nxt.head.lemma_ in SPEECH_VERBS and nxt.head.i - nxt.i <= 3:
            return nxt, nxt.head
    return None


def headline_subject(doc: Any, text: str, cue: Span | None, starts: list[int]) -> Span | None:
    """A headline-style line ("Bernie Sanders To Release Medical Records", "Film Star
    Asked Actors To Act Whiter") names its speaker first; the parser, misled by the
    capitals, often leaves the verb without a subject."""
    if cue is None:
        return None
    start = text.rfind("\n", 0, cue[0]) + 1
    end = text.find("\n", cue[1])
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return None
    first, stop = token_at(starts, start), token_at(starts, cue[0])
    k = first
    while k < stop and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[k].is_quote):
        k += 1
    names = [t for t in doc[first:k] if t.pos_ in ("PROPN", "NOUN")]
    if k == first or not names or not (k == stop or doc[k].pos_ in ("VERB", "AUX", "PART")):
        return None
    return doc[first].idx, doc[k - 1].idx + len(doc[k - 1])


def past_dateline(doc: Any, mention: Span, cue: Span | None, starts: list[int]) -> Span | None:
    """A speaker mention that is the place of a dateline ("New York (AFP) – Oscar-winning
    actress Susan Sarandon … is not sure"): the parser made the place the subject; the
    speaker is the phrase after the dash."""
    if cue is None:
        return None
    first = token_at(starts, mention[0])
    if first >= len(doc):
        return None
    dash = dateline_dash(doc[first])
    if dash is None or doc[dash].idx < mention[1] or dash + 1 >= len(doc) or doc[dash + 1].idx >= cue[0]:
        return None
    tok = doc[dash + 1]
    while dash < tok.head.i < token_at(starts, cue[0]) and tok.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") \
            and tok.dep_ not in ("nsubj", "appos", "dobj"):
        tok = tok.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return mention_span(tok)

"""Direct quotes: attach each quote to the speech verb that frames it.

Frames recognised, all within one paragraph:
- cue after:  “…,” he said / “…” said the spokesman / “…,” Zelensky told reporters
- cue before: He said: “…” / Zelensky told diplomats, “…” / She wrote that “…”
- split:      “…,” he said, “…”  and  “…,” he said. “…” (one statement, several spans)
- floating:   a paragraph that is one quote and has no cue (the previous speaker's).
A short quoted phrase inside a sentence with no frame is a scare quote and is left to
the indirect finder (it may be the quoted fragment of a mixed statement).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whosaid.statements.candidate import (
    Candidate,
    is_break,
    sentence_span,
    speaker_spans,
    subject_of,
)
from whosaid.statements.cues import QUOTE_VERBS
from whosaid.statements.quotes import Quote

# Addressee verbs may carry an object between themselves and a following quote.
_ADDRESSEE = frozenset(["tell", "ask", "inform", "assure", "remind", "warn", "urge", "write", "email", "text"])
_MAX_FRAME = 12  # tokens between a quote and its cue verb, at most
_FLOATING_MIN_WORDS = 4
_SPOKEN_END = frozenset(".!?…,—-")


def _token_at(starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def _cue_after(doc: Any, i: int, stop: int) -> tuple[Any, Any | None] | None:
    """A speech verb right after a quote ending before token ``i``: (verb, subject)."""
    n = len(doc)
    j = i
    while j < n and j < i + _MAX_FRAME and j < stop:
        tok = doc[j]
        if is_break(tok) or (tok.text in ".!?" and j > i):
            return None
        if tok.pos_ == "VERB" and (tok.lemma_ in QUOTE_VERBS or _tight_frame(doc, i, tok)):
            subj = subject_of(tok)
            if subj is not None and subj.i < i:
                subj = None  # shared with an earlier verb: not a frame around this quote
            first = min([tok.i] + [c.i for c in tok.lefts if c.i >= i and c.dep_ in ("nsubj", "aux", "advmod")])
            if subj is not None and subj.i < tok.i:
                first = min(first, max(i, subj.left_edge.i))
            # Only punctuation may sit between the quote and the cue clause; otherwise
            # the quote is a fragment inside a longer sentence.
            own = _OWN_COMPLEMENT if tok.lemma_ not in _ADDRESSEE else _OWN_COMPLEMENT - {"dobj"}
            if any(c.dep_ in own and not _quoted(doc, c) for c in tok.rights):
                return None  # "… .” He says referees …": the verb frames what follows
            if all(doc[k].is_punct or doc[k].is_space for k in range(i, first)):
                if subj is None:
                    subj = _following_noun(doc, tok.i + 1, stop)
                return tok, subj
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return None
        j += 1
    return None


def _tight_frame(doc: Any, i: int, verb: Any) -> bool:
    """“…,” an angry Hollande retaliated. — any verb frames a quote that ends in a
    comma, ? or ! when its subject follows the quote at once and the sentence ends."""
    k = i
    while k < verb.i and (doc[k].is_punct or doc[k].is_quote):
        k += 1
    ends_open = any(doc[j].text in (",", "?", "!") for j in range(max(0, i - 2), k))
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    nxt = verb.i + 1
    closes = nxt >= len(doc) or doc[nxt].text in (".", ",", "!", "?") or doc[nxt].is_space
    return bool(ends_open and closes and subj is not None and subj.left_edge.i == k)


def _following_noun(doc: Any, i: int, stop: int) -> Any | None:
    """ "… ," said Mr. Smith — spaCy sometimes leaves the inverted subject unattached."""
    for k in range(i, min(stop, i + 4, len(doc))):
        if doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
            return doc[k]
        if not (doc[k].is_punct or doc[k].pos_ in ("DET", "ADJ", "ADV")):
            break
    return None


def _cue_before(doc: Any, i: int, floor: int) -> tuple[Any, Any | None] | None:
    """A speech verb right before a quote starting at token ``i``: (verb, subject)."""
    j = i - 1
    saw_noun = False
    colon_or_comma = j >= floor and doc[j].text in (":", ",")
    while j >= floor and j > i - _MAX_FRAME:
        tok = doc[j]
        if is_break(tok) or tok.text in (".", "!", "?", ";"):
            return None
        if tok.lemma_ in QUOTE_VERBS and tok.pos_ == "VERB":
            if saw_noun and not (colon_or_comma or tok.lemma_ in _ADDRESSEE):
                return None
            if not all(_hangs_off(doc[k], tok) for k in range(tok.i + 1, i)):
                return None  # "told Fox that X's loss really “accelerated”": mixed, not direct
            return tok, subject_of(tok)
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            saw_noun = True
        j -= 1
    return None


_FRAME_DEPS = frozenset(["dobj", "dative", "prep", "npadvmod", "advmod", "punct", "prt"])
_OWN_COMPLEMENT = frozenset(["ccomp", "xcomp", "dobj"])


def _quoted(doc: Any, tok: Any) -> bool:
    """Does the subtree of ``tok`` open with a quote mark (the second half of a split quote)?"""
    k = tok.left_edge.i
    return bool(doc[k].is_quote or (k > 0 and doc[k - 1].is_quote))


def _hangs_off(tok: Any, verb: Any) -> bool:
    """True when ``tok`` belongs to an object or adverbial of ``verb`` (or is punctuation):
    "told reporters on Sunday: “…”"."""
    if tok.is_punct or tok.is_space:
        return True
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in _FRAME_DEPS


def _is_fragment(doc: Any, text: str, q: Quote, close_tok: int) -> bool:
    """A quote the sentence runs on after ("said “it gets me mad” every time …") is a
    fragment of a mixed statement, not a direct quote."""
    if close_tok >= len(doc) or text[q.end - 1] in ".!?,;:—":
        return False
    nxt = doc[close_tok]
    if nxt.is_punct or nxt.is_space or close_tok == 0:
        return False
    return bool(nxt.sent == doc[close_tok - 1].sent)


_MAX_GAP = 40  # tokens of narration a split quote may run across


def _continues(doc: Any, last_end: int, open_tok: int) -> bool:
    """Does a quote at ``open_tok`` continue the statement framed up to ``last_end``?
    Yes if only punctuation lies between ("…,” he said, “…”), or if it opens a new
    sentence in the same paragraph and no other speech verb intervenes
    ("…,” Spencer said, as fighters trained inside. “…”)."""
    if last_end < 0 or open_tok - last_end > _MAX_GAP:
        return False
    between = doc[last_end:open_tok]
    if any(is_break(t) for t in between):
        return False
    if all(t.is_punct and t.text != ";" or t.is_space for t in between):
        return True
    starts_sentence = open_tok < len(doc) and (
        doc[open_tok].is_sent_start or doc[open_tok - 1].text in (".", "!", "?")
    )
    return starts_sentence and not any(
        t.lemma_ in QUOTE_VERBS and t.pos_ == "VERB" for t in between
    )


def _paragraph_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def find_direct(doc: Any, quotes: list[Quote]) -> list[Candidate]:
    text = doc.text
    starts = [t.idx for t in doc]
    out: list[Candidate] = []
    last: Candidate | None = None  # the previous direct statement, for split quotes
    last_end_tok = -1  # token after which a continuing quote may follow
    for qi, q in enumerate(quotes):
        open_tok = _token_at(starts, q.outer[0])
        close_tok = _token_at(starts, q.outer[1])  # first token after the quote
        next_open = (
            _token_at(starts, quotes[qi + 1].outer[0]) if qi + 1 < len(quotes) else len(doc)
        )
        found = _cue_after(doc, close_tok, next_open) if close_tok < len(doc) else None
        if found is None and last is not None and _continues(doc, last_end_tok, open_tok):
            last.spans.extend(q.spans)
            last.quotes.append(qi)
            old = last.sentence_span or q.outer
            last.sentence_span = old[0], max(old[1], q.outer[1])
            last_end_tok = close_tok
            continue
        frame_end = close_tok
        if found is not None:
            verb, subj = found
            # The frame may run on: "… ,” he told reporters on Sunday, “…”
            frame_end = max(verb.i, subj.i if subj is not None else 0) + 1
            while frame_end < min(next_open, len(doc)) and not (
                doc[frame_end].is_punct or doc[frame_end].is_space
            ):
                frame_end += 1
        elif not _is_fragment(doc, text, q, close_tok):
            prev_close = _token_at(starts, quotes[qi - 1].outer[1]) if qi else 0
            found = _cue_before(doc, open_tok, prev_close)
            colon = open_tok - 1
            if found is None and colon > 0 and is_break(doc[colon]):
                colon -= 1  # "… Kerry said:\n\n“By law, …”": the frame ends the previous paragraph
                if doc[colon].text == ":":
                    found = _cue_before(doc, colon + 1, prev_close)
            if found is None and colon >= 1 and doc[colon].text == ":":
                name = doc[colon - 1]
                if name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG"):
                    # "… said pollster Daron Shaw: “…”" — the colon is the cue.
                    found = doc[colon], name
        if found is None:
            long_enough = q.n_words(text) >= _FLOATING_MIN_WORDS
            # A floating quote reads as speech: it ends like a sentence (or runs on into
            # the next paragraph); a quoted subheading does not.
            after = text[q.outer[1]:q.outer[1] + 1]  # British style puts it outside: “…”.
            spoken = not q.closed or text[q.end - 1] in _SPOKEN_END or after in _SPOKEN_END
            if long_enough and spoken and _paragraph_start(text, q.outer[0]):
                last = Candidate("direct", list(q.spans), floating=True, quotes=[qi],
                                 sentence_span=q.outer)
                out.append(last)
                last_end_tok = close_tok
            else:
                last, last_end_tok = None, -1
            continue
        verb, subj = found
        cand = Candidate(
            "direct",
            list(q.spans),
            mention=speaker_spans(subj)[0],
            resolve=speaker_spans(subj)[1],
            cue_span=cue_span(verb),
            sentence_span=sentence_span(doc, min(open_tok, verb.i), max(close_tok - 1, verb.i)),
            quotes=[qi],
        )
        out.append(cand)
        last = cand
        last_end_tok = frame_end if verb.i > open_tok else close_tok
    return out


def cue_span(verb: Any) -> tuple[int, int]:
    """The cue as written: the verb plus a phrasal particle ("pointed out")."""
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end + 1:
            end = child.i
    last = verb.doc[end]
    return verb.idx, last.idx + len(last)


_NAME_POS = frozenset(["PROPN", "NOUN", "PART", "ADJ", "DET", "PUNCT"])
_MAX_NAME_TOKENS = 5
# Line labels that are not speakers ("Update: …", "Editor's note: …").
_NOT_SPEAKERS = frozenset(
    ["update", "note", "editor", "correction", "related", "watch", "video", "photo", "photos", "read", "source", "advertisement", "breaking", "exclusive", "analysis", "opinion", "transcript", "q", "a", "live", "more", "see", "also", "warning", "disclaimer", "credit", "caption", "image", "tags", "topics"]
)


def find_colon_lines(doc: Any) -> list[Candidate]:
    """Headline-style "Paul Ryan: Tax plan is dead" — a short name, a colon, then the
    statement, alone on a line. The name must hold a proper noun and no verb, so
    "Repeat after me: …" and "Update: …" do not count."""
    out: list[Candidate] = []
    text = doc.text
    for colon in doc:
        if colon.text != ":" or colon.i == 0:
            continue
        k = colon.i - 1
        while k >= 0 and colon.i - k <= _MAX_NAME_TOKENS and not is_break(doc[k]):
            k -= 1
        first = k + 1
        if first >= colon.i or not _paragraph_start(text, doc[first].idx):
            continue
        name = doc[first:colon.i]
        if not all(t.pos_ in _NAME_POS and not t.is_space for t in name):
            continue
        if not any(
            t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in _NOT_SPEAKERS
            for t in name
        ):
            continue
        start = colon.idx + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < 3:
            continue
        out.append(Candidate(
            "indirect", [(start, end)], mention=(name.start_char, name.end_char),
            cue_span=(colon.idx, colon.idx + 1), sentence_span=(name.start_char, end),
        ))
    return out

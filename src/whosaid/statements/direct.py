"""Direct quotes: attach each quote to the speech verb that frames it.

Frames recognised, all within one paragraph:
- cue after:  “…,” he said / “…” said the spokesman / “…,” Zelensky told reporters
- cue before: He said: “…” / Zelensky told diplomats, “…” / She wrote that “…”
- split:      “…,” he said, “…”  and  “…,” he said. “…” (one statement, several spans),
              also past a long cue sentence (“…,” said X, who …. “…”), an apposition
              (“…,” said X, the director, “and …”), a short lead-in (“…,” she said.
              Instead, “…”) and a conjunction (“…,” and “…”); a show named in the frame
              (said on NBC's “Meet the Press.”) is not content
- floating:   a paragraph that is one quote and has no cue (the previous speaker's).
A short quoted phrase inside a sentence with no frame is a scare quote and is left to
the indirect finder (it may be the quoted fragment of a mixed statement).
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import (
    Candidate,
    is_break,
    sentence_span,
    speaker_spans,
    subject_of,
)
from whosaid.statements.continuation import (
    continues,
    is_fragment,
    joined,
    names_a_show,
    runs_on,
)
from whosaid.statements.cues import QUOTE_VERBS
from whosaid.statements.frames import DASHES, ENDS, cue_after, cue_before, cue_span, token_at
from whosaid.statements.quotes import Quote

__all__ = ["cue_span", "find_colon_lines", "find_direct", "narrated_subject"]

_FLOATING_MIN_WORDS = 4
_SPOKEN_END = frozenset(".!?…,—-")

_MAX_SIGNATURE = 10  # tokens of a name (and affiliation) signing a quote


def _sign_off(doc: Any, text: str, end: int) -> Span | None:
    """A quote paragraph signed on the next line, fact-check style:
    "“… .”\n\n— Bernie Sanders." or "-President Obama, tweeting after the speech." """
    k = end
    while k < len(text) and text[k] in " \t.":
        k += 1
    if not text.startswith("\n", k):
        return None
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text) or text[k] not in DASHES:
        return None
    starts = [t.idx for t in doc]
    first = token_at(starts, k)
    while first < len(doc) and (doc[first].is_space or doc[first].text in DASHES):
        first += 1
    last = first
    while last < len(doc) and last - first < _MAX_SIGNATURE and doc[last].text not in (",", ".", ";", "(") \
            and not is_break(doc[last]):
        last += 1
    name = doc[first:last]
    if not len(name) or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in name):
        return None
    return max(name.start_char, k + 1), name.end_char  # "-President Obama" is one token


def _transcript_name(doc: Any, text: str, q: Quote) -> Span | None:
    """A quoted transcript line names its speaker before a colon: “Chris Matthews: …”."""
    s, e = q.spans[0]
    colon = text.find(":", s, min(e, s + 40))
    if colon < 0:
        return None
    words = text[s:colon].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    starts = [t.idx for t in doc]
    name = doc[token_at(starts, s):token_at(starts, colon)]
    if not len(name) or not all(t.pos_ == "PROPN" for t in name):
        return None
    return name.start_char, name.end_char


def _colon_frame(doc: Any, colon: Any, name: Any) -> tuple[Any, Any | None]:
    """The speaker of a quote after "…: " when the word before the colon is a name.
    "said pollster Daron Shaw:" — the name speaks. "Perez contrasted Trump with
    Clinton:" or "As Joel Pollak reported after the FBI left San Bernardino:" — the
    name is an object; the speaker is the subject of the clause above it, a speech
    verb's first."""
    if name.dep_ != "pobj" or _signed_heading(doc, name) or name.head.head.lower_ == "according":
        return colon, name  # "said pollster Daron Shaw:", "… overhype - HuffPollster:"
    tok, fallback = name, None
    while tok.head.i != tok.i and tok.head.i < colon.i and not is_break(doc[tok.head.i]):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok)
            if subj is None or subj.i > colon.i or _break_before(doc, subj.i, colon.i):
                continue
            if tok.lemma_ in QUOTE_VERBS:
                return colon, subj
            fallback = fallback or subj
    return colon, fallback


def _signed_heading(doc: Any, name: Any) -> bool:
    """"Media shares blame in Iowa poll overhype - HuffPollster: “…”" — a dash hands
    the line to the name."""
    k = name.i
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k > 0 and doc[k - 1].text in DASHES


def _break_before(doc: Any, a: int, b: int) -> bool:
    return any(is_break(t) for t in doc[a:b])


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
    frame_verb: Any | None = None  # the cue of ``last`` when it follows its quote
    frame_head = -1  # the last token of that cue's verb and subject
    for qi, q in enumerate(quotes):
        open_tok = token_at(starts, q.outer[0])
        close_tok = token_at(starts, q.outer[1])  # first token after the quote
        next_open = (
            token_at(starts, quotes[qi + 1].outer[0]) if qi + 1 < len(quotes) else len(doc)
        )
        found = cue_after(doc, close_tok, next_open) if close_tok < len(doc) else None
        prev_close = token_at(starts, quotes[qi - 1].outer[1]) if qi else 0
        if found is None and last is not None and (
            continues(doc, last_end_tok, open_tok) or joined(doc, last_end_tok, open_tok)
            or not is_fragment(doc, text, q, close_tok) and runs_on(
                doc, frame_verb, last_end_tok, open_tok, close_tok, prev_close)
        ):
            if not names_a_show(doc, text, q, frame_head, last_end_tok, open_tok):
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
        elif not is_fragment(doc, text, q, close_tok):
            found = cue_before(doc, open_tok, prev_close)
            colon = open_tok - 1
            if found is None and colon > 0 and is_break(doc[colon]):
                colon -= 1  # "… Kerry said:\n\n“By law, …”": the frame ends the previous paragraph
                if doc[colon].text == ":":
                    found = cue_before(doc, colon + 1, prev_close)
            if found is None and colon >= 1 and doc[colon].text == ":":
                name = doc[colon - 1]
                if name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG"):
                    # "… said pollster Daron Shaw: “…”" — the colon is the cue.
                    found = _colon_frame(doc, doc[colon], name)
        if found is None:
            long_enough = q.n_words(text) >= _FLOATING_MIN_WORDS
            # A floating quote reads as speech: it ends like a sentence (or runs on into
            # the next paragraph); a quoted subheading does not.
            after = text[q.outer[1]:q.outer[1] + 1]  # British style puts it outside: “…”.
            spoken = not q.closed or text[q.end - 1] in _SPOKEN_END or after in _SPOKEN_END
            if long_enough and spoken and _paragraph_start(text, q.outer[0]):
                signed = _sign_off(doc, text, q.outer[1]) or _transcript_name(doc, text, q)
                last = Candidate("direct", list(q.spans), floating=signed is None, quotes=[qi],
                                 sentence_span=q.outer, mention=signed, resolve=signed)
                out.append(last)
                last_end_tok = close_tok
            else:
                last, last_end_tok = None, -1
            frame_verb, frame_head = None, -1
            continue
        verb, subj = found
        lead = _quoted_lead(doc, open_tok, verb, subj, q, text)
        cand = Candidate(
            "mixed" if lead else "direct",
            [*lead, *q.spans],
            mention=speaker_spans(subj)[0],
            resolve=speaker_spans(subj)[1],
            cue_span=cue_span(verb),
            sentence_span=sentence_span(doc, min(open_tok, verb.i), max(close_tok - 1, verb.i)),
            quotes=[qi],
            # "Then, later that month on CNN: “…”" — no one in the frame: the last speaker
            floating=subj is None and verb.text == ":",
        )
        out.append(cand)
        last = cand
        last_end_tok = frame_end if verb.i > open_tok else close_tok
        frame_verb = verb if verb.i > open_tok else None
        frame_head = max(verb.i, subj.i if subj is not None else 0) if verb.i > open_tok else -1
    return out


_MIN_LEAD_WORDS = 2


def _quoted_lead(doc: Any, open_tok: int, verb: Any, subj: Any | None, q: Quote, text: str) -> list[Span]:
    """The speaker's own words that run into the quote make the statement mixed:
    "This is a “raw time,” said X" (the sentence opens before the quote) and
    "Sooner or later, the governor told reporters, “it starts to pay off”" (the
    quote goes on, in lower case, from the words before the frame). Returns the
    lead-in span, or nothing for a plain direct quote."""
    start = doc[open_tok].sent.start
    for k in range(start, open_tok):
        if doc[k].text in ENDS or is_break(doc[k]):
            start = k + 1  # the parser may run a quote's sentence into the one before
    while start < open_tok and (doc[start].is_space or doc[start].is_punct):
        start += 1
    inner = q.text(text)
    if all(w[:1].isupper() for w in inner.split()):
        return []  # a title: on CNN's “Fareed Zakaria GPS”
    if verb.i > open_tok:
        before = doc[start:open_tok]
        end = q.outer[0]
    else:
        first = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
        if not (inner[:1].islower() and _parenthetical(doc, start, first, open_tok)):
            return []
        before = doc[start:first - 1]
        end = before.end_char
    if any(is_break(t) or t.is_quote or t.text == ":" for t in before):
        return []
    commas = [t.i for t in before if t.text == ","]
    if commas and commas[-1] + 1 < before.end:
        # "Behind the scenes, Mr. X is “…”": the scene-setting phrase is narration
        before = doc[commas[-1] + 1:before.end]
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if len(words) < _MIN_LEAD_WORDS and not (verb.i < open_tok and words):
        return []
    if verb.i > open_tok and any(t.pos_ == "VERB" for t in words):
        return []  # "X hailed the vote as “fantastic,” …": a clause of its own, not a lead-in
    if verb.i < open_tok and words[0].pos_ in ("ADP", "PART", "SCONJ"):
        return []  # "In the United States, they write, “to be …”": a setting, not said
    return [(before.start_char, end)]


_MAX_ASIDE = 8


def _parenthetical(doc: Any, start: int, first: int, open_tok: int) -> bool:
    """", the governor told reporters, “…”": a short frame set off by commas."""
    return (
        start < first - 1 and doc[first - 1].text == "," and doc[open_tok - 1].text == ","
        and open_tok - first <= _MAX_ASIDE
    )


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


_PERSONAL_SUBJECTS = frozenset(["he", "she", "they"])


def narrated_subject(doc: Any, pos: int) -> Any | None:
    """The subject of the paragraph just before a floating quote at ``pos`` when that
    paragraph narrates about one person or body ("She shares with Trump a strategy …"
    / "“What we have in common …”"): the quote is theirs, not the last speaker's."""
    starts = [t.idx for t in doc]
    k = token_at(starts, pos) - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_punct and doc[k].idx >= pos - 1):
        k -= 1  # the opening mark
    if k < 0 or not is_break(doc[k]):
        return None
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    sent = doc[k].sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or root.pos_ not in ("VERB", "AUX"):
        return None
    if subj.lower_ in _PERSONAL_SUBJECTS or subj.ent_type_ in ("PERSON", "ORG"):
        return subj
    return None

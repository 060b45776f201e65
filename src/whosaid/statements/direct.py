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
_MAX_DESCRIBED_FRAME = 30  # ... when a relative clause describes the speaker on the way
_NOUN_CLAUSES = frozenset(["relcl", "acl", "amod"])
_FLOATING_MIN_WORDS = 4
_SPOKEN_END = frozenset(".!?…,—-")
_ENDS = frozenset([".", "!", "?"])


def _token_at(starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def _cue_after(doc: Any, i: int, stop: int) -> tuple[Any, Any | None] | None:
    """A speech verb right after a quote ending before token ``i``: (verb, subject)."""
    n = len(doc)
    j = i
    limit = i + _MAX_FRAME
    while j < n and j < limit and j < stop:
        tok = doc[j]
        if is_break(tok) or (tok.text in ".!?" and j > i):
            return None
        if _describes_speaker(tok, i, j):
            # "“…,” Valdez Anderson, who works at a garage in Fresno, said": a clause
            # describing the speaker is part of the name, not a verb of its own.
            j = tok.right_edge.i + 1
            limit = min(j + _MAX_FRAME, i + _MAX_DESCRIBED_FRAME)
            continue
        if tok.dep_ == "appos" and i <= tok.head.i < j:
            # "“…,” Ben Rhodes, the president's deputy national security adviser, said"
            limit = max(limit, min(tok.right_edge.i + 1 + _MAX_FRAME, i + _MAX_DESCRIBED_FRAME))
        if tok.pos_ == "VERB" and (tok.lemma_ in QUOTE_VERBS or _tight_frame(doc, i, tok)):
            subj = _frame_subject(tok, i)
            first = min([tok.i] + [c.i for c in tok.lefts if c.i >= i and c.dep_ in ("nsubj", "aux", "advmod")])
            if subj is not None and subj.i < tok.i:
                first = min(first, max(i, subj.left_edge.i))
            if _frames_what_follows(doc, i, tok, subj):
                return None
            # Only punctuation may sit between the quote and the cue clause; otherwise
            # the quote is a fragment inside a longer sentence.
            if _only_name_before(doc, i, first, subj):
                if subj is None:
                    subj = _following_noun(doc, tok.i + 1, stop)
                return tok, subj
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return None
        j += 1
    return None


def _describes_speaker(tok: Any, i: int, j: int) -> bool:
    return bool(tok.pos_ in ("VERB", "AUX") and tok.dep_ in _NOUN_CLAUSES and i <= tok.head.i < j)


def _frame_subject(verb: Any, i: int) -> Any | None:
    """The subject of a cue after a quote ending before token ``i``. One before the
    quote is shared with an earlier verb, or is a word inside the quote the parser also
    made a subject ("… but they award few …,” campaign manager X said): then only a
    subject between the quote and the verb frames it."""
    subj = subject_of(verb)
    if subj is not None and subj.i < i:
        subj = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.i >= i), None)
    return subj


_NAME_PARTS = frozenset(["PROPN", "NOUN", "DET", "ADJ", "NUM", "PART", "PUNCT", "SYM"])


def _only_name_before(doc: Any, i: int, first: int, subj: Any | None) -> bool:
    """Only punctuation between the quote and its cue clause, or the front of the
    speaker's name the parser cut off ("“…,” CBS This Morning co-anchor X said")."""
    between = doc[i:first]
    if all(t.is_punct or t.is_space for t in between):
        return True
    ends_open = i >= 2 and doc[i - 2].text == ","  # “…,” : the sentence goes on
    return ends_open and subj is not None and subj.i >= i and all(
        t.pos_ in _NAME_PARTS and t.text not in (",", ";", ":") and t.text not in _ENDS
        for t in between
    )


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


def _set_off(doc: Any, verb: Any, child: Any) -> bool:
    """A comma parts the verb from this noun "object": "“…,” she said, a hint of anger
    in her voice" describes the saying; it is not what was said. (A clause after the
    comma is: "“…,” he said, that both men …" goes on with the content.)"""
    k = child.left_edge.i - 1
    return child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.i < k and doc[k].text == ","


def _frames_what_follows(doc: Any, i: int, verb: Any, subj: Any | None) -> bool:
    """Is ``verb`` the cue of what comes after it rather than of the quote ending before
    token ``i``? "… .” He says referees …" (its own complement), and "“… terrorists.”
    Mr. Zahed said: “…”" or "“… continue.” He added, “…”" (a new sentence whose colon
    or comma hands over to the next quote)."""
    own = _OWN_COMPLEMENT if verb.lemma_ not in _ADDRESSEE else _OWN_COMPLEMENT - {"dobj"}
    if _inverted_name(doc, i, verb):
        own = own - {"dobj"}  # "“…,” mused radio co-host Sam Keller": the "object" speaks
    if any(
        c.dep_ in own and not _quoted(doc, verb, c) and not _set_off(doc, verb, c)
        for c in verb.rights
    ):
        return True
    k = max(verb.i, subj.i if subj is not None else 0) + 1
    ended = i >= 2 and doc[i - 1].is_quote and doc[i - 2].text in _ENDS
    return ended and k + 1 < len(doc) and doc[k].text in (":", ",") and doc[k + 1].is_quote


def _inverted_name(doc: Any, i: int, verb: Any) -> bool:
    """“…,” mused co-host Sam Keller. — the verb right after the quote, then only a name
    to the end of the sentence, which the parser may take for an object."""
    if not (i >= 2 and doc[i - 2].text in (",", "?", "!")):
        return False
    if not all(t.is_punct or t.is_space for t in doc[i:verb.i]):
        return False
    objs = [c for c in verb.rights if c.dep_ == "dobj"]
    return bool(objs) and all(
        c.pos_ == "PROPN" and (c.right_edge.i + 1 >= len(doc) or doc[c.right_edge.i + 1].text in _ENDS)
        for c in objs
    )


def _quoted(doc: Any, verb: Any, tok: Any) -> bool:
    """Does a quote mark open between ``verb`` and the subtree of ``tok`` (the second
    half of a split quote: “…,” she said, “and when …”)?"""
    k = tok.left_edge.i
    return bool(doc[k].is_quote or any(doc[m].is_quote for m in range(verb.i + 1, k)))


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


_MAX_RUN_ON = 60  # tokens of narration between a cue frame and a quote continuing it
_JOINERS = frozenset(["and", "or"])
_MAX_LEAD = 3  # words before a quote in the sentence after the cue ("Instead, “…”")


def _joined(doc: Any, last_end: int, open_tok: int) -> bool:
    """“Send them home,” and “Build the wall.” — quotes coordinated by and/or."""
    words = [t for t in doc[last_end:open_tok] if not (t.is_punct or t.is_space)]
    return (
        0 < open_tok - last_end <= 3 and len(words) == 1 and words[0].lower_ in _JOINERS
        and not any(is_break(t) for t in doc[last_end:open_tok])
    )


def _runs_on(doc: Any, verb: Any, last_end: int, open_tok: int, close_tok: int, floor: int) -> bool:
    """Does the quote at ``open_tok`` continue the statement framed by ``verb`` (a cue
    after the previous quote) although narration lies between? PolNeAR joins the quote
    that opens the sentence after a long cue sentence ("“…,” said X, who wrote about it
    in his book. “…”"), one after an apposition ("“…,” said X, the campaign's director,
    “and …”") and one after a short lead-in ("“…,” she says. Instead, “…”"), when no
    other cue frames it."""
    if verb is None or last_end < 0 or open_tok - last_end > _MAX_RUN_ON:
        return False
    between = [t for t in doc[last_end:open_tok] if not t.is_space or is_break(t)]
    if not between or any(is_break(t) for t in between):
        return False
    if not _one_cue_sentence(doc, between, last_end, close_tok):
        return False
    other = _cue_before(doc, open_tok, floor)
    return other is None or other[0].i == verb.i


def _one_cue_sentence(doc: Any, between: list[Any], last_end: int, close_tok: int) -> bool:
    """The narration before the quote is the rest of the cue's sentence, plus at most a
    short lead-in to the quote's own sentence."""
    ends = [
        k for k, t in enumerate(between)
        if t.text in _ENDS and (k == len(between) - 1 or not _abbreviation(doc[t.i - 1]))
    ]
    if last_end >= 2 and doc[last_end - 1].is_quote and doc[last_end - 2].text in _ENDS:
        ends.insert(0, -1)  # “… I love them!” Later narration opens a sentence of its own
    if len(ends) > 1:
        return False  # a whole sentence of narration: it may have a speaker of its own
    if not ends:
        # Mid-sentence, only a comma or colon hands over to a quote, and not after a
        # second cue ("…,” she wrote, arguing that …, “…”: that cue's content).
        return between[-1].text in (",", ":") and not any(
            t.lemma_ in QUOTE_VERBS and t.pos_ == "VERB" for t in between
        )
    lead = between[ends[0] + 1:]
    return not lead or (_lead_in(lead) and _ends_sentence(doc, close_tok))


_MAX_SHOW_WORDS = 5


def _names_a_show(doc: Any, text: str, q: Quote, frame_head: int, last_end: int, open_tok: int) -> bool:
    """“…,” Perez said Sunday on NBC's “Meet the Press.” “…” — a short quote glued into
    the cue's own frame names where it was said; it is not part of what was said."""
    return (
        frame_head >= 0 and open_tok == last_end and open_tok - 1 > frame_head
        and not (doc[open_tok - 1].is_punct or doc[open_tok - 1].is_space)
        and q.n_words(text) <= _MAX_SHOW_WORDS
    )


def _abbreviation(tok: Any) -> bool:
    """"Capt", "Tex", "Ill" before a period: a title or state, not a sentence end."""
    return bool(tok.is_alpha and tok.is_title and len(tok) <= 4)


def _lead_in(lead: list[Any]) -> bool:
    """A few words opening the sentence, none a verb of its own ("Instead,", "It's")."""
    words = [t for t in lead if not t.is_punct]
    return len(words) <= _MAX_LEAD and not any(t.pos_ == "VERB" for t in words)


def _ends_sentence(doc: Any, close_tok: int) -> bool:
    """Only punctuation follows the quote before its sentence or paragraph ends."""
    for k in range(close_tok, len(doc)):
        tok = doc[k]
        if is_break(tok) or tok.is_sent_start:
            return True
        if not (tok.is_punct or tok.is_space):
            return False
        if tok.text in _ENDS:
            return True
    return True


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
        open_tok = _token_at(starts, q.outer[0])
        close_tok = _token_at(starts, q.outer[1])  # first token after the quote
        next_open = (
            _token_at(starts, quotes[qi + 1].outer[0]) if qi + 1 < len(quotes) else len(doc)
        )
        found = _cue_after(doc, close_tok, next_open) if close_tok < len(doc) else None
        prev_close = _token_at(starts, quotes[qi - 1].outer[1]) if qi else 0
        if found is None and last is not None and (
            _continues(doc, last_end_tok, open_tok) or _joined(doc, last_end_tok, open_tok)
            or not _is_fragment(doc, text, q, close_tok) and _runs_on(
                doc, frame_verb, last_end_tok, open_tok, close_tok, prev_close)
        ):
            if not _names_a_show(doc, text, q, frame_head, last_end_tok, open_tok):
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
            frame_verb, frame_head = None, -1
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
        frame_verb = verb if verb.i > open_tok else None
        frame_head = max(verb.i, subj.i if subj is not None else 0) if verb.i > open_tok else -1
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

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

from whosaid.model import Span
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
    return _parsed_cue_after(doc, i, stop) or _bare_frame(doc, i, stop)


def _parsed_cue_after(doc: Any, i: int, stop: int) -> tuple[Any, Any | None] | None:
    n = len(doc)
    j = i
    limit = i + _MAX_FRAME
    while j < n and j < stop and (j < limit or _long_name(doc, i, j)):
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
            aged = _aged_name(doc, i, first) if subj is None else None
            if aged is not None:
                return tok, aged
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and not _premodifier(tok):
            return None
        j += 1
    return None


def _premodifier(tok: Any) -> bool:
    """"the conservative-leaning newspaper wrote": a participle before its noun."""
    return bool(tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"))


def _bare_frame(doc: Any, i: int, stop: int) -> tuple[Any, Any] | None:
    """“…,” Bozell answers. — the parser may read a speech verb ending the sentence
    after a bare name as a noun ("answers", "notes"); the words still frame the quote."""
    if not (i >= 2 and doc[i - 2].text in (",", "?", "!")):
        return None
    k = i
    while k < len(doc) and doc[k].pos_ in ("PROPN", "DET") and k - i < 4:
        k += 1
    if k == i or k + 1 >= min(stop, len(doc)) or doc[k + 1].text not in _ENDS or doc[k - 1].pos_ != "PROPN":
        return None
    word = doc[k].lower_
    if doc[k].pos_ == "NOUN" and word.endswith("s") and word[:-1] in QUOTE_VERBS:
        return doc[k], doc[k - 1]
    return None


def _long_name(doc: Any, i: int, j: int) -> bool:
    """“…,” state Senate leader X and House Speaker Y, both Republicans, said … — two
    titled names run past the usual frame before their verb."""
    return j < i + _MAX_DESCRIBED_FRAME and all(
        t.pos_ in _NAME_PARTS or t.pos_ == "CCONJ" for t in doc[i:j]
    )


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


def _aged_name(doc: Any, i: int, first: int) -> Any | None:
    """“…,” Ramos, 58, told AFP — the age between commas cuts the name off its verb."""
    words = [t for t in doc[i:first] if t.text != ","]
    commas = sum(1 for t in doc[i:first] if t.text == ",")
    if not (2 <= len(words) <= 4 and commas == 2 and words[-1].like_num):
        return None
    if all(t.pos_ == "PROPN" for t in words[:-1]):
        return words[-2]
    return None


_MIN_LOOSE_QUOTE = 6  # tokens: shorter quotes in running text are names and slogans
_PERSONAL = frozenset(["he", "she", "they", "i", "we"])


def _person_like(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" or tok.lower_ in _PERSONAL)


def _quote_tokens(doc: Any, i: int) -> int:
    """Tokens inside the quote whose closing mark is token ``i - 1``; 0 when the quote
    does not open its sentence (“…” in running text is a fragment, not a frame)."""
    k = i - 2
    while k >= 0 and not doc[k].is_quote and not is_break(doc[k]):
        k -= 1
    opens = k <= 0 or is_break(doc[k - 1]) or doc[k - 1].text in _ENDS
    return i - 2 - k if opens else 0


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
    # "“…,” Bennett shot back with a laugh": only manner and circumstance follow
    closes = closes or (
        _quote_tokens(doc, i) >= _MIN_LOOSE_QUOTE and subj is not None and _person_like(subj)
        and not any(c.dep_ in _OWN_COMPLEMENT | {"conj", "advcl"} for c in verb.rights)
    )
    return bool(ends_open and closes and subj is not None and subj.left_edge.i == k)


def _following_noun(doc: Any, i: int, stop: int) -> Any | None:
    """ "… ," said Mr. Smith — spaCy sometimes leaves the inverted subject unattached."""
    for k in range(i, min(stop, i + 4, len(doc))):
        tok = doc[k]
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head  # "retired neurosurgeon Ben Carson": the name is the head
            return _name_end(doc, tok, stop)
        if not (tok.is_punct or tok.pos_ in ("DET", "ADJ", "ADV") or tok.dep_ == "amod"):
            break
    return None


def _name_end(doc: Any, tok: Any, stop: int) -> Any:
    """"mused Blaze co-host Sam Keller." parsed as several objects: the person is the
    last proper noun of the run."""
    last = tok
    k = tok.i + 1
    while k < min(stop, len(doc)) and doc[k].ent_type_ not in ("DATE", "TIME") and (
        doc[k].pos_ in ("PROPN", "NOUN") or doc[k].text in _DASHES
    ):
        if doc[k].pos_ == "PROPN":
            last = doc[k]
        k += 1
    return last


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
            return tok, subject_of(tok) or _stranded_subject(doc, tok)
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            saw_noun = True
        j -= 1
    return None


def _stranded_subject(doc: Any, verb: Any) -> Any | None:
    """A speaker the parser hung elsewhere: "In a call on Dec. 2, Col. Steven Warren, a
    spokesman, said, “…”" (an apposition to the date) and "But Sen. Dick Durbin,
    noting …, said, “…”" (the verb parsed as an aside to the participle)."""
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        subj = subject_of(verb.head)
        if subj is not None and subj.i < verb.head.i:
            return subj
    for tok in doc[verb.sent.start:verb.i]:
        if tok.dep_ == "appos" and tok.head.dep_ in ("pobj", "dobj") and tok.head.i < tok.i \
                and all(t.is_punct for t in doc[tok.right_edge.i + 1:verb.i]):
            return tok
    return None


_FRAME_DEPS = frozenset(["dobj", "dative", "prep", "npadvmod", "advmod", "punct", "prt"])
_OWN_COMPLEMENT = frozenset(["ccomp", "xcomp", "dobj"])


def _set_off(doc: Any, verb: Any, child: Any) -> bool:
    """A comma parts the verb from this noun "object": "“…,” she said, a hint of anger
    in her voice" describes the saying; it is not what was said. (A clause after the
    comma is: "“…,” he said, that both men …" goes on with the content.)"""
    if _inverted_clause(doc, verb, child):
        return True
    k = child.left_edge.i - 1
    if not (verb.i < k and doc[k].text == ","):
        return False
    if child.dep_ == "dobj" and child.pos_ == "NOUN":
        return True
    # "“…,” said X, asked about his claims": a participle describes the speaker.
    return child.tag_ in ("VBN", "VBG") and not any(c.dep_.startswith("nsubj") for c in child.children)


def _participial(doc: Any, verb: Any, child: Any) -> bool:
    """“…,” Clinton said answering a question at a town hall — after a quote that
    leaves its sentence open, a clause opening with a participle tells how it was
    said, not what."""
    first = doc[child.left_edge.i]
    # "…,” Kiedis said, mentioning the album is …": a speech participle opening a
    # clause has content of its own
    return (child.dep_ != "dobj" and first.i > verb.i and first.tag_ in ("VBG", "VBN")
            and (first.i == child.i or first.lemma_ not in QUOTE_VERBS))


def _after_addressee(verb: Any, child: Any) -> bool:
    """“…,” the former president told a crowd that the campaign put at 3,000 — after
    a quote, "that" following the addressee opens a relative clause on it, whatever
    the parser says."""
    return verb.lemma_ in _ADDRESSEE and child.dep_ == "ccomp" and any(
        c.dep_ in ("dobj", "dative") and c.i < child.i for c in verb.children
    )


def _inverted_clause(doc: Any, verb: Any, child: Any) -> bool:
    """“…,” said neurosurgeon Ben Carson, asked about his claims — the parser makes the
    inverted speaker the subject of the participle after the comma."""
    k = next((t.i for t in doc[verb.i + 1:child.i] if t.text == ","), -1)
    return (
        child.dep_ == "ccomp" and child.tag_ in ("VBN", "VBD", "VBG") and verb.i + 1 < k
        and doc[verb.i + 1:k].root.dep_ == "nsubj"
        and all(t.pos_ in _NAME_PARTS or t.tag_ == "VBN" for t in doc[verb.i + 1:k])
    )


def _frames_what_follows(doc: Any, i: int, verb: Any, subj: Any | None) -> bool:
    """Is ``verb`` the cue of what comes after it rather than of the quote ending before
    token ``i``? "… .” He says referees …" (its own complement), and "“… terrorists.”
    Mr. Zahed said: “…”" or "“… continue.” He added, “…”" (a new sentence whose colon
    or comma hands over to the next quote)."""
    own = _OWN_COMPLEMENT if verb.lemma_ not in _ADDRESSEE else _OWN_COMPLEMENT - {"dobj"}
    if _inverted_name(doc, i, verb):
        own = own - {"dobj"}  # "“…,” mused radio co-host Sam Keller": the "object" speaks
    ends_open = i >= 2 and doc[i - 2].text in (",", "?", "!")
    if any(
        c.dep_ in own and not _quoted(doc, verb, c) and not _set_off(doc, verb, c)
        and not (ends_open and _participial(doc, verb, c))
        and not (ends_open and subj is not None and subj.i >= i and _after_addressee(verb, c))
        and not (c.dep_ != "dobj" and c.pos_ == "PROPN")  # "said on NBC's Meet the Press"
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
    if not objs or not any(c.pos_ == "PROPN" for c in objs):
        return False
    # "mused Blaze co-host Stu Burguiere." may be parsed as several objects: a name
    # still runs from the verb to the end of the sentence.
    k = verb.i + 1
    while k < len(doc) and doc[k].text not in _ENDS and not is_break(doc[k]):
        if doc[k].pos_ not in _NAME_PARTS or doc[k].text in (",", ";", ":"):
            return False
        k += 1
    return True


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


_DASHES = "-–—"
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
    if k >= len(text) or text[k] not in _DASHES:
        return None
    starts = [t.idx for t in doc]
    first = _token_at(starts, k)
    while first < len(doc) and (doc[first].is_space or doc[first].text in _DASHES):
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
    name = doc[_token_at(starts, s):_token_at(starts, colon)]
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
    return k > 0 and doc[k - 1].text in _DASHES


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
        if doc[k].text in _ENDS or is_break(doc[k]):
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


_PERSONAL_SUBJECTS = frozenset(["he", "she", "they"])


def narrated_subject(doc: Any, pos: int) -> Any | None:
    """The subject of the paragraph just before a floating quote at ``pos`` when that
    paragraph narrates about one person or body ("She shares with Trump a strategy …"
    / "“What we have in common …”"): the quote is theirs, not the last speaker's."""
    starts = [t.idx for t in doc]
    k = _token_at(starts, pos) - 1
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


"""Which verb frames a quote, and who its subject is: the cue before or after a quote
mark, past appositions, relative clauses, ages, split names and misparses. Used by
:mod:`.direct` to attach quotes to their speakers; ``cue_span`` is shared by all finders."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whosaid.statements.candidate import is_break, subject_of
from whosaid.statements.cues import ADDRESSEE_VERBS, QUOTE_VERBS

# Verbs that may carry an object between themselves and a following quote: the addressee
# verbs, and writing to someone.
_ADDRESSEE = ADDRESSEE_VERBS | {"write", "email", "text"}
_MAX_FRAME = 12  # tokens between a quote and its cue verb, at most
_MAX_DESCRIBED_FRAME = 30  # ... when a relative clause describes the speaker on the way
_NOUN_CLAUSES = frozenset(["relcl", "acl", "amod"])
DASHES = "-–—"
ENDS = frozenset([".", "!", "?"])


def token_at(starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def cue_after(doc: Any, i: int, stop: int) -> tuple[Any, Any | None] | None:
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
    if k == i or k + 1 >= min(stop, len(doc)) or doc[k + 1].text not in ENDS or doc[k - 1].pos_ != "PROPN":
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
        t.pos_ in _NAME_PARTS and t.text not in (",", ";", ":") and t.text not in ENDS
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
    opens = k <= 0 or is_break(doc[k - 1]) or doc[k - 1].text in ENDS
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
        doc[k].pos_ in ("PROPN", "NOUN") or doc[k].text in DASHES
    ):
        if doc[k].pos_ == "PROPN":
            last = doc[k]
        k += 1
    return last


def cue_before(doc: Any, i: int, floor: int) -> tuple[Any, Any | None] | None:
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


# What a verb after a finished quote takes when it starts a sentence of its own.
_GOES_ON = frozenset(["prep", "dobj", "dative", "ccomp", "xcomp", "advcl"])
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
    ended = i >= 2 and doc[i - 1].is_quote and doc[i - 2].text in ENDS
    if ended and doc[i - 2].text == "." and subj is not None and subj.i < verb.i and any(
        c.dep_ in _GOES_ON for c in verb.rights
    ):
        return True  # "… rated it “True.” The news service pointed to a finding …": a new sentence
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
    while k < len(doc) and doc[k].text not in ENDS and not is_break(doc[k]):
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


def cue_span(verb: Any) -> tuple[int, int]:
    """The cue as written: the verb plus a phrasal particle ("pointed out")."""
    end = verb.i
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == end + 1:
            end = child.i
    last = verb.doc[end]
    return verb.idx, last.idx + len(last)

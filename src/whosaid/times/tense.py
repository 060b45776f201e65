"""The tense of the verb that governs a time expression, read off the spaCy parse.

"said on Monday" points back, "will meet on Monday" forward; news defaults to the past.
"""

from __future__ import annotations

from typing import Any

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "going", "gon", "plan", "plans", "expect", "expects", "expected", "scheduled", "due"}
_PAST_AUX = {"has", "have", "had", "'ve", "'s"}


def governing_verb(doc: Any, start: int, end: int) -> Any | None:
    """The nearest verb or auxiliary above the expression's head token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def tense_of(verb: Any, depth: int = 0) -> str | None:
    """ "past", "future", "present" or None from a verb token and its auxiliaries."""
    if verb is None or depth > 3:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or any(a.tag_ == "MD" for a in auxes):
        return "future"
    # "is to meet", "plans to visit on Monday": an infinitive under a plan or a copula
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.lemma_ in ("plan", "be", "expect", "schedule", "intend", "aim", "hope", "want", "set", "prepare"):
            return "past" if head.tag_ == "VBD" and head.lemma_ != "be" else "future"
        return tense_of(head, depth + 1) if head.i != verb.i else None
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if words & _PAST_AUX or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG":
        if any(a.tag_ in ("VBD",) for a in auxes):
            return "past"
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future"  # "is meeting on Monday": a plan
        return tense_of(verb.head, depth + 1) if verb.head.i != verb.i else None
    return None


# Present-tense verbs that report or describe rather than schedule: "says Monday", "is".
# "follows" places a day relative to another event ("follows the testimony Tuesday").
_NOT_SCHEDULING = frozenset(["be", "have", "do", "say", "tell", "add", "note", "write", "claim",
                             "insist", "argue", "warn", "urge", "recommend", "suggest", "believe",
                             "think", "know", "want", "seem", "follow"])


def tense_at(doc: Any, start: int, end: int) -> str | None:
    if doc is None:
        return None
    verb = governing_verb(doc, start, end)
    tense = tense_of(verb)
    if tense == "present" and _schedules(doc, verb, start, end):
        return "future"
    return tense


def _schedules(doc: Any, verb: Any, start: int, end: int) -> bool:
    """News writes what is scheduled in the present simple: "Lowe's reports earnings
    Wednesday", "the two leaders meet Monday" — an event verb with the day after it (not
    "Tuesday's declaration", a day already named as past)."""
    if verb.lemma_.lower() in _NOT_SCHEDULING or verb.idx >= start:
        return False
    between = doc.char_span(verb.idx, start, alignment_mode="expand")
    if between is not None and any(t.tag_ in ("VBD", "VBN") for t in between):
        return False  # "the index, which fell 1.4% on Friday, …": a nearer past verb
    return doc.text[end:end + 2] not in ("'s", "’s")

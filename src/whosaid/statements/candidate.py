"""What the direct and indirect finders hand to the stage, plus span helpers over a Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whosaid.model import Span, StatementKind

Token = Any  # spacy.tokens.Token; spaCy has no usable stubs for mypy


@dataclass
class Candidate:
    kind: StatementKind
    spans: list[Span]
    mention: Span | None = None
    cue_span: Span | None = None
    sentence_span: Span | None = None
    floating: bool = False
    resolve: Span | None = None  # what to resolve when the mention is a relative "who"
    quotes: list[int] = field(default_factory=list)  # indexes of quotes it consumed

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.spans)


# Right-hand modifiers that still belong to a speaker mention ("a spokesman for the
# campaign", "the head of the agency"); relative clauses and appositions do not.
_MENTION_RIGHT_PREPS = frozenset(["for", "of", "at", "with", "from"])
_RELATIVE = frozenset(["who", "which", "that", "whom", "whose"])


def mention_span(tok: Token) -> Span:
    """The noun phrase headed by ``tok`` as written: left modifiers plus of/for phrases."""
    doc = tok.doc
    left = tok.left_edge.i
    brk = _break_between(doc, left - 1, tok.i)
    if brk is not None:
        left = brk + 1
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _MENTION_RIGHT_PREPS:
            right = max(right, child.right_edge.i)
        elif child.dep_ in ("compound", "flat", "nummod", "case") and child.i == right + 1:
            right = child.i
        else:
            break
    while right > tok.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def is_break(tok: Token) -> bool:
    return bool(tok.is_space and "\n" in tok.text)


def _break_between(doc: Any, a: int, b: int) -> int | None:
    """Index of the last paragraph break strictly between tokens a and b, if any."""
    for k in range(b - 1, a, -1):
        if is_break(doc[k]):
            return k
    return None


def _after_break(doc: Any, brk: int, verb: Token) -> Token | None:
    """The parser glued a heading line onto the next sentence ("Heading\n\nZelensky
    said …"); the speaker is the last noun between the break and the verb."""
    best = None
    for k in range(brk + 1, verb.i):
        if doc[k].pos_ in ("PROPN", "NOUN", "PRON"):
            best = doc[k]
        elif best is not None and doc[k].pos_ in ("VERB", "AUX", "ADP"):
            break
    return best


def speaker_spans(subj: Token | None) -> tuple[Span | None, Span | None]:
    """(mention as written, span to resolve). They differ for relative pronouns:
    in "the senator, who said …" the mention is "who" and it stands for "the senator"."""
    if subj is None:
        return None, None
    mention = mention_span(subj)
    clause = subj.head
    if subj.lower_ in _RELATIVE and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return mention, mention_span(clause.head)
    return mention, mention


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker token of a cue verb: its own subject, or the one it shares with
    the verb it hangs off ("Zelensky urged …, while reiterating that …")."""
    subj = _subject_of(verb, depth)
    if subj is not None and subj.i < verb.i:
        brk = _break_between(verb.doc, subj.i, verb.i)
        if brk is not None:
            return _after_break(verb.doc, brk, verb)
    return subj


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child  # may be "who": speaker_spans() finds what it stands for
    if depth >= 3:
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.i < verb.i and _break_between(verb.doc, head.i, verb.i) is not None:
        # Misparse across a paragraph: borrow the subject of the nearest verb before us.
        for k in range(verb.i - 1, head.i, -1):
            tok = verb.doc[k]
            if is_break(tok):
                break
            if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
                return subject_of(tok, depth + 1)
        return None
    if verb.dep_ in ("conj", "xcomp", "advcl", "dep") and head.pos_ in ("VERB", "AUX"):
        # "dep": the parser's shrug for a second predicate ("Figures reported on Sunday
        # now suggest that …"); it shares the first one's subject like a conjunct.
        return _subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "She began by saying …", "he ended the speech with a warning, saying …".
        return _subject_of(head.head, depth + 1)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        # "Voters were more likely to say …": the subject of the copula.
        return _subject_of(head.head, depth + 1)
    if verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ == "PROPN":
        # A misparse that hangs the verb off its own subject ("Murphy, the head of the
        # group, tweeted on Friday …" with "Murphy" as the root).
        return head
    if verb.dep_ == "acl" and head.head.i != head.i:
        # "issued a statement saying …": the one who issued it.
        return _subject_of(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        return None
    return None


def trim_tokens(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Shrink a token range [start, end) past edge punctuation, spaces, a leading
    "that" and a dangling trailing conjunction, so contents read cleanly. "whether" and
    "if" stay: "asked whether she would run" reports a question, not a claim."""
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and not doc[start].is_quote)
        or doc[start].lower_ == "that" and doc[start].dep_ == "mark"
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].is_punct and not doc[end - 1].is_quote
        or doc[end - 1].dep_ == "cc"  # "her standing erode since last fall and": cut at a conjunct
    ):
        end -= 1
    return start, end


def char_span(doc: Any, start: int, end: int) -> Span:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def sentence_span(doc: Any, first: int, last: int) -> Span:
    s = doc[first].sent
    e = doc[last].sent
    return s.start_char, e.end_char

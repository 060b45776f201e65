"""Clause-level parse helpers the speaker finders share: paragraph breaks, a verb's own
subject (past a dateline the parser took for one), subjects the parser swallowed into an
opening phrase, relative clauses closed too early, and a second reporting verb the parser
hung inside the first one's reported clause (``second_cue``)."""

from __future__ import annotations

from typing import Any

from whosaid.statements.cues import ALL_VERB_CUES

Token = Any  # spacy.tokens.Token; spaCy has no usable stubs for mypy

RELATIVE = frozenset(["who", "which", "that", "whom", "whose"])


def is_break(tok: Token) -> bool:
    return bool(tok.is_space and "\n" in tok.text)


FINITE = frozenset(["VBD", "VBZ", "VBP"])  # tense-bearing verb tags
_PLACES = frozenset(["GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"])


def stray_subject(root: Token) -> Token | None:
    """A subject the parser swallowed into an opening phrase: in "At the fair, Tom Hale,
    its manager, suggested …" or "At a rally in Dayton, Carol Miller also complained …"
    it reads the name as an apposition or object inside "At …"."""
    if root.tag_ not in FINITE or any(c.dep_ in ("nsubjpass", "expl", "aux", "auxpass") for c in root.children):
        return None
    doc = root.doc
    k = root.i - 1
    while k > root.sent.start and (doc[k].is_punct or doc[k].dep_ == "advmod" and doc[k].head.i == root.i):
        k -= 1
    tok = doc[k]
    while tok.right_edge.i == k and tok.dep_ not in ("appos", "pobj") and tok.head.i != tok.i:
        tok = tok.head
    name = _described_name(tok, k, root.i) if tok.dep_ == "pobj" and tok.ent_type_ != "PERSON" else None
    if name is not None:
        tok = name
    elif tok.right_edge.i != k or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not (tok.dep_ == "appos" or tok.dep_ == "pobj" and tok.ent_type_ == "PERSON" and tok.head.lower_ != "by"):
        return None  # "In an interview with the Times, …": most objects are settings
    if tok.ent_type_ in _PLACES or not any(a.i == root.i for a in tok.ancestors):
        return None
    return tok


def _described_name(obj: Token, k: int, root_i: int) -> Token | None:
    """"…, Patrick Kennedy, the undersecretary for management, wrote": the object ending
    the stretch before the verb closes a description in apposition to a name, itself
    hung on the content's last noun. The name, if the description has one."""

    def ends_here(t: Token) -> bool:  # the subtree ends at k, or at a comma after it
        return bool(k <= t.right_edge.i < root_i)

    desc = obj.head
    while desc.dep_ != "appos" and desc.head.i != desc.i and ends_here(desc):
        desc = desc.head
    name = desc.head
    if desc.dep_ != "appos" or desc.pos_ != "NOUN" or not ends_here(desc) \
            or name.dep_ != "appos" or name.pos_ != "PROPN" or not ends_here(name):
        return None
    return name


_PRESENT = frozenset(["VBZ", "VBP"])


def _finite_tag(verb: Token) -> str:
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return str((aux if aux is not None else verb).tag_)


def relative_before(verb: Token) -> Token | None:
    """A non-restrictive relative clause the parser closed too early: in "criticized the
    alliance, which has pledged troops, but has not provided a timeline" the conjunct
    hangs off "criticized", yet shares the present tense of the relative clause, not the
    past of the verb it hangs off."""
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k > 0 and (doc[k].is_punct or doc[k].dep_ == "cc"):
        k -= 1
    rel = doc[k]
    while rel.dep_ != "relcl" and rel.head.i != rel.i and rel.i != verb.head.i:
        rel = rel.head
    if rel.dep_ != "relcl" or rel.right_edge.i != k or not verb.head.i < rel.head.i < rel.i:
        return None
    pron = own_subject(rel)
    if pron is None or pron.lower_ not in RELATIVE or pron.i == 0 or doc[pron.i - 1].text != ",":
        return None  # restrictive: "a voter who crossed party lines, but has said …"
    tag = _finite_tag(verb)
    return rel if tag in _PRESENT and _finite_tag(rel) == tag and _finite_tag(verb.head) == "VBD" else None


def own_subject(verb: Token) -> Token | None:
    """The verb's subject, past a dateline the parser took for one ("RANGOON, Burma —
    Aung San Suu Kyi's allies predicted …"): the phrase after the dash."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for subj in subjects:
        dash = dateline_dash(subj)
        if dash is None:
            return subj
        after = [t for t in (*subjects, *subj.children) if t.i > dash and t.dep_ in ("nsubj", "csubj", "appos")]
        if after:
            return after[0]
    return subjects[0] if subjects else None


_DASHES = frozenset(["-", "—", "–", "―", "--"])


def dateline_dash(tok: Token) -> int | None:
    """Index of the dash closing a dateline that ``tok`` is part of: "MYRTLE BEACH,
    S.C. - ", "PHILADELPHIA, July 25 (UPI) — ", "New York (AFP) – ", and in title case
    at the start of a paragraph "Indianapolis – ", "San Juan, Puerto Rico — "
    (:func:`_titled_place`)."""
    doc = tok.doc
    start = tok.sent.start
    for k in range(start, min(start + 12, len(doc))):
        t = doc[k]
        if _spaced_dash(doc, k) and k > start:
            if tok.i >= k:
                return None
            words = [w for w in doc[start:k] if w.is_alpha]
            if doc[k - 1].text == ")" or words and words[0].text.isupper() and len(words[0]) > 1:
                return k
            return k if _titled_place(doc, start, k) else None
        if not (t.pos_ in ("PROPN", "NUM", "PUNCT") or t.is_space) or is_break(t):
            return None
    return None


def _spaced_dash(doc: Any, k: int) -> bool:
    return doc[k].text in _DASHES and k > 0 and bool(doc[k - 1].whitespace_ and doc[k].whitespace_)


_PLACE_ENTS = frozenset(["GPE", "LOC", "FAC"])
_TITLED_PLACE_WORDS = 4


def _titled_place(doc: Any, start: int, dash: int) -> bool:
    """A dateline not in capitals: "Indianapolis – The city council said …", "Fort Wayne,
    Ind. – Mayor …". Only at the start of a paragraph, one to four capitalised words with
    a place among them and a capitalised word after the dash; "Maria Lopez – the
    mayor's spokeswoman – said" (a person, an aside closed by a second dash) is none."""
    if start > 0 and not is_break(doc[start - 1]):
        return False
    words = [w for w in doc[start:dash] if not (w.is_punct or w.is_space or w.like_num or w.ent_type_ == "DATE")]
    if not 0 < len(words) <= _TITLED_PLACE_WORDS or not all(w.text[:1].isupper() for w in words):
        return False
    if not any(w.ent_type_ in _PLACE_ENTS for w in words):
        return False
    nxt = dash + 1
    if nxt >= len(doc) or not doc[nxt].text[:1].isupper():
        return False
    end = doc[dash].sent.end
    return not any(_spaced_dash(doc, k) for k in range(nxt, end))


def dateline_start(doc: Any, left: int, right: int) -> int:
    """A mention that starts inside a dateline starts after its dash."""
    dash = dateline_dash(doc[left])
    return dash + 1 if dash is not None and left <= dash < right else left


_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
_SPLIT_DEPTH = 4  # how far above a second cue the reporting verb's clause may start


def second_cue(tok: Token) -> Token | None:
    """The reporting verb whose reported clause ``tok``, a second cue of the same speaker,
    closes; None if it is not one.

    The parser hangs a trailing reporting verb inside the clause before it: "Walsh
    stressed that “…,” suggesting that …" (a participle set off by a comma); "The
    governor said the rules would cost farmers millions, and called the agency “…”" (a
    verb joined by "and" with no subject of its own, in a tense the clause's verb cannot
    share); "saying he would not sign the budget and suggesting that …" (a second
    participle of a reporting participle). It is a statement of the reporting verb's
    subject, and the first content ends before it: PolNeAR marks two attributions there
    (not after "met the donors and asked them": same tense, maybe the clause subject's)."""
    if tok.pos_ != "VERB" or tok.lemma_ not in ALL_VERB_CUES or tok.i < 2:
        return None
    doc = tok.doc
    prev = doc[tok.i - 1]
    parallel = False
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
        if prev.text == "," or prev.is_quote and doc[tok.i - 2].text == ",":
            pass  # ", suggesting" or ",” suggesting"
        elif tok.dep_ == "conj" and prev.lower_ == "and" and not _progressive(tok.head):
            parallel = True  # "was growing and adding jobs" goes on with "was"
        else:
            return None
    elif tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and prev.lower_ == "and":
        if any(c.dep_ in _SUBJECTS for c in tok.children) or not _tense_apart(tok, tok.head):
            return None
    else:
        return None
    node = tok.head
    for _ in range(_SPLIT_DEPTH):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_ in ALL_VERB_CUES and head.i < node.i:
            return head if not parallel or head.tag_ == "VBG" else None
        node = head
    return None


def _progressive(verb: Token) -> bool:
    return bool(verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children))


def _tense_apart(verb: Token, head: Token) -> bool:
    """Can ``verb`` not share ``head``'s tense? "would cost …, and called", "has
    improved … and praised", "admires … and thanked": then it is no second predicate
    of the reported clause."""
    return any(c.dep_ in ("aux", "auxpass") for c in head.lefts) or head.tag_ != verb.tag_

"""Stance frames: where a parsed sentence puts someone for or against something.

A frame is found from the parse alone; who holds it and whether it counts (some frames
only count inside a reported statement) is decided by the caller, which knows the
statements and entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from whosaid.stances.lexicon import (
    ENACT_VERBS,
    EVALUATIVE_ADJ,
    EVALUATIVE_NOUNS,
    ISSUE_NOUNS,
    JOIN_VERBS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_WRAPPERS,
    MODALS,
    NEGATING_NOUNS,
    NEGATORS,
    PASS_THROUGH_VERBS,
    PREP_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    STRONG_VERBS,
    TRANSFER_VERBS,
)
from whosaid.statements.clauses import own_subject

FrameKind = Literal["verb", "noun", "eval", "modal"]

# Verbs that put a stance noun on record: "reiterated his country's desire", "voiced
# opposition", "expressing its strong opposition".
EXPRESS_VERBS = frozenset({
    "express", "voice", "reiterate", "reaffirm", "restate", "repeat", "signal", "declare",
    "state", "stress", "underline", "underscore", "emphasise", "emphasize", "announce",
    "register", "confirm", "renew", "lend", "throw", "pledge", "offer", "make", "issue",
    "show", "give", "affirm", "air", "highlight",
})
# Subjects of these may be things, not actors: "any peace deal would require X" is the
# speaker's demand.
REQUIREMENT_VERBS = frozenset({"require", "need", "demand", "mean", "entail"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "prove", "sound"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_NOUN_PREPS = frozenset({"to", "for", "of", "against", "on", "behind"})
# Nouns whose "of" names the target ("support of the raid", "renunciation of X"); for the
# others "of" names someone addressed ("a demand of Obama").
_OF_NOUNS = frozenset({
    "support", "backing", "endorsement", "approval", "opposition", "rejection", "renunciation",
    "condemnation", "criticism", "denunciation", "repeal", "abolition", "end", "halt",
    "suspension", "scrapping", "withdrawal", "boycott",
})
_MAX_DEPTH = 3


@dataclass
class Frame:
    kind: FrameKind
    trigger: Any  # the token carrying the stance word
    polarity: int  # +1 support, -1 oppose
    target: Any  # head token of the target (a noun, or a verb for "join NATO")
    holder: Any | None  # explicit holder token (subject, possessor, agent), if any
    things_may_hold: bool = False  # an inanimate subject means the speaker holds it
    needs_issue: bool = False  # a weak stance word: the target must be an issue phrase


def find_frames(tokens: Iterable[Any]) -> Iterator[Frame]:
    for tok in tokens:
        lemma = tok.lemma_.lower()
        pos = tok.pos_
        if pos == "VERB":
            if lemma in STANCE_VERBS or lemma in PASS_THROUGH_VERBS or _prep_verb(tok, lemma):
                yield from _verb_frames(tok, lemma)
            elif lemma in ENACT_VERBS and _modal(tok):
                yield from _modal_frames(tok, lemma)
        elif lemma in ("favor", "favour") and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            yield from _in_favor(tok)
        elif lemma == "against" and tok.dep_ == "prep" and tok.head.lemma_.lower() in _COPULAS:
            yield from _against(tok)
        elif pos == "NOUN":
            if lemma in STANCE_NOUNS:
                yield from _noun_frames(tok, lemma)
            elif lemma in EVALUATIVE_NOUNS and tok.dep_ == "attr":
                yield from _eval_frames(tok, EVALUATIVE_NOUNS[lemma])
        elif pos == "ADJ" and lemma in EVALUATIVE_ADJ:
            yield from _eval_frames(tok, EVALUATIVE_ADJ[lemma])


def _verb_frames(verb: Any, lemma: str) -> Iterator[Frame]:
    gov = verb.head.lemma_.lower()
    if verb.dep_ in ("xcomp", "acl", "relcl") and (
        gov in STANCE_VERBS or gov in PASS_THROUGH_VERBS or gov in STANCE_NOUNS
    ) and verb.head is not verb:
        return  # "refused to endorse Trump": the governing word reads it, with composition
    if _modal(verb) and lemma in ENACT_VERBS:
        yield from _modal_frames(verb, lemma)
        return
    base = STANCE_VERBS.get(lemma, 1)
    pol = -base if negated(verb) else base
    holder = subject_of(verb)
    if holder is None and verb.dep_ in ("acl", "relcl", "amod", "pcomp", "pobj"):
        # "a vote condemning North Korea": the noun's, not the speaker's; unknown here.
        return
    things = lemma in REQUIREMENT_VERBS
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and lemma in STANCE_VERBS:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            for t in _with_conjuncts(passive):
                yield Frame("verb", verb, pol, t, by)
        return
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if xcomp is not None:
        for inner in _with_conjuncts(xcomp):
            for p, t, weak in _inner(inner, pol, 0):
                yield Frame("verb", verb, p, t, holder, things, weak)
        return
    prep = _prep_verb(verb, lemma)
    if prep is not None:
        p, pobj = prep
        for t in _with_conjuncts(pobj):
            yield from (Frame("verb", verb, q, h, holder, things) for q, h in _negating(t, -p if negated(verb) else p))
        return
    if lemma not in STANCE_VERBS:
        return
    # Only the first object: a second "dobj" is a parse slip ("backs Trump over Clinton").
    obj = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if obj is None:
        return
    for t in _with_conjuncts(obj):
        # "demanded an end to the blockade": asking to undo something is a position.
        weak = lemma not in STRONG_VERBS and t.lemma_.lower() not in NEGATING_NOUNS
        yield from (Frame("verb", verb, q, h, holder, things, weak) for q, h in _negating(t, pol))


def _modal_frames(verb: Any, lemma: str) -> Iterator[Frame]:
    base = ENACT_VERBS[lemma]
    pol = -base if negated(verb) else base
    for obj in verb.children:
        if obj.dep_ in _OBJECT_DEPS:
            for t in _with_conjuncts(obj):
                yield Frame("modal", verb, pol, t, None, needs_issue=True)


def _noun_frames(noun: Any, lemma: str) -> Iterator[Frame]:
    # Only a noun put on record by someone counts: "X's opposition to", "voiced support
    # for"; a bare "support" in narration ("support for the bill has grown") is nobody's.
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    explicit = poss if poss is not None and poss.pos_ == "PROPN" else None
    gov = noun.head if noun.dep_ in _OBJECT_DEPS and noun.head.lemma_.lower() in EXPRESS_VERBS else None
    if explicit is None and gov is None:
        return
    holder = explicit if explicit is not None else subject_of(gov)
    base = STANCE_NOUNS[lemma]
    pol = -base if negated(noun) or (gov is not None and negated(gov)) else base
    preps = _NOUN_PREPS if lemma in _OF_NOUNS else _NOUN_PREPS - {"of"}
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    for t in _with_conjuncts(pobj):
                        yield from (Frame("noun", noun, q, h, holder) for q, h in _negating(t, pol))
        elif c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            for p, t, weak in _inner(c, pol, 0):
                yield Frame("noun", noun, p, t, holder, needs_issue=weak)
    if lemma in MEMBERSHIP_WRAPPERS and any(c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" for c in noun.lefts):
        # "Ukraine's NATO aspirations": the wrapper itself names the membership.
        yield Frame("noun", noun, pol, noun, holder)


def _in_favor(noun: Any) -> Iterator[Frame]:
    """"he is in favor of bringing back waterboarding", "voted in favour of the bill"."""
    gov = noun.head.head
    holder = subject_of(gov) if gov.pos_ in ("VERB", "AUX") else None
    if holder is None:
        return
    pol = -1 if negated(gov, before=noun) else 1
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for t in c.children:
                if t.dep_ in ("pobj", "pcomp"):
                    for x in _with_conjuncts(t):
                        yield Frame("verb", noun, pol, x, holder)


def _against(prep: Any) -> Iterator[Frame]:
    """"Moscow is against NATO expansion": a copula with "against" opposes its object."""
    cop = prep.head
    holder = subject_of(cop)
    if holder is None:
        return
    pol = 1 if negated(cop, before=prep) else -1
    for t in prep.children:
        if t.dep_ in ("pobj", "pcomp"):
            for x in _with_conjuncts(t):
                yield Frame("verb", prep, pol, x, holder, needs_issue=True)


def _eval_frames(word: Any, base: int) -> Iterator[Frame]:
    subj: Any = None
    head = word.head
    own = next((c for c in word.children if c.dep_ in _SUBJECT_DEPS), None)
    if word.dep_ in ("acomp", "attr") and head.lemma_.lower() in _COPULAS:
        subj = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        neg = negated(word) or negated(head, before=word)
    elif own is not None and word.pos_ == "ADJ":
        # Verbless small clause in a headline: "says EU membership for Ukraine 'unrealistic'".
        subj, neg = own, negated(word)
    elif word.dep_ in ("amod", "appos") and word.i > head.i and head.pos_ == "NOUN":
        # Headline ellipsis parsed as a modifier: "says kyiv's NATO membership 'feasible'".
        subj, neg = head, negated(word)
    else:
        return
    if subj is None:
        return
    pol = -base if neg else base
    for t in _with_conjuncts(subj):
        if is_issue(t):
            yield Frame("eval", word, pol, t, None)


def _inner(verb: Any, pol: int, depth: int) -> Iterator[tuple[int, Any, bool]]:
    """Targets under an infinitive: "want to join NATO" (the verb phrase), "refuse to
    support the bill" (the bill, polarity composed), "urged X to provide guarantees" (the
    guarantees). Other verb phrases ("wants to tell more jokes") are no issue."""
    lemma = verb.lemma_.lower()
    if negated(verb):
        pol = -pol
    if lemma in JOIN_VERBS:
        yield pol, verb, False
        return
    prep = _prep_verb(verb, lemma)
    if prep is not None:  # "urged women to vote for Hillary Clinton"
        for t in _with_conjuncts(prep[1]):
            yield pol * prep[0], t, False
        return
    if lemma in PASS_THROUGH_VERBS:
        if depth < _MAX_DEPTH:
            for x in verb.children:
                if x.dep_ == "xcomp":
                    yield from _inner(x, pol, depth + 1)
        return
    inner_pol = STANCE_VERBS.get(lemma) or ENACT_VERBS.get(lemma)
    if inner_pol is None and lemma not in TRANSFER_VERBS:
        return
    inner_pol = inner_pol or 1
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if xcomp is not None and depth < _MAX_DEPTH:
        yield from _inner(xcomp, pol * inner_pol, depth + 1)
        return
    for obj in verb.children:
        if obj.dep_ in _OBJECT_DEPS:
            for t in _with_conjuncts(obj):
                weak = lemma not in STRONG_VERBS and t.lemma_.lower() not in NEGATING_NOUNS
                for q, h in _negating(t, pol * inner_pol):
                    yield q, h, weak


def _negating(target: Any, pol: int) -> Iterator[tuple[int, Any]]:
    """"a formal renunciation of its NATO membership ambitions": demanding the
    renunciation is opposing the ambitions."""
    if target.lemma_.lower() in NEGATING_NOUNS:
        for c in target.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "on"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        for t in _with_conjuncts(pobj):
                            yield -pol, t
                return
    yield pol, target


def _prep_verb(verb: Any, lemma: str) -> tuple[int, Any] | None:
    for c in verb.children:
        if c.dep_ in ("prep", "prt"):
            pol = PREP_VERBS.get((lemma, c.lower_))
            if pol is None:
                continue
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None and c.dep_ == "prt":
                pobj = next((p for p in verb.children if p.dep_ in _OBJECT_DEPS), None)
            if pobj is not None:
                return pol, pobj
    return None


def is_issue(tok: Any) -> bool:
    """An issue phrase head: "the tax bill", "NATO membership", "joining NATO", "securing
    a security guarantee" — not "a photo op", "telling jokes"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        if lemma in JOIN_VERBS:
            return True
        if lemma in TRANSFER_VERBS or lemma in ENACT_VERBS or lemma in STANCE_VERBS:
            return any(c.dep_ in _OBJECT_DEPS and is_issue(c) for c in tok.children)
        return False
    if lemma in ISSUE_NOUNS or lemma in MEMBERSHIP_NOUNS:
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    # "tax fairness", "NATO aspirations": an issue word or an organisation as modifier.
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (c.lemma_.lower() in ISSUE_NOUNS or c.lemma_.lower() in MEMBERSHIP_NOUNS
             or (lemma in MEMBERSHIP_WRAPPERS and c.ent_type_ == "ORG"))
        for c in tok.lefts
    )


def _modal(verb: Any) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    # "need to repeal", "have to scrap"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("need", "have") and any(
        c.lower_ == "to" for c in verb.children
    )


def negated(tok: Any, before: Any = None) -> bool:
    """A negator on ``tok`` before ``before`` (default: before ``tok`` itself): English
    negation precedes what it negates ("did not support", "was not feasible" for the
    adjective after the copula), and a "not" further right is a parse attachment from a
    later aside ("... ― probably not what Graham had in mind")."""
    limit = (before if before is not None else tok).i
    for c in tok.children:
        if c.i >= limit:
            break
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATORS):
            return True
    return False


def hypothetical(tok: Any) -> bool:
    """In a question or under "if"/"unless": "if they did not vote for Mrs. Clinton",
    "do you really think billionaires need a massive tax break?" state no position."""
    sent = tok.sent
    if sent.text.rstrip(" \"'”’»").endswith("?"):
        return True
    t = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if t.head is t:
            return False
        t = t.head
    return False


def subject_of(verb: Any) -> Any | None:
    """The subject, looking up through shared-subject links: "has long opposed X and has
    cited Y", "wants to join", "..., expressing its opposition"."""
    tok = verb
    for _ in range(4):
        subj = own_subject(tok)  # past a dateline the parser took for a subject
        if subj is not None:
            return subj
        if tok.dep_ in ("xcomp", "conj") or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
            tok = tok.head
        else:
            return None
    return None


def _with_conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and _verbal(c) == _verbal(tok):
            out.extend(_with_conjuncts(c))
    return out


def _verbal(tok: Any) -> bool:
    return bool(tok.pos_ in ("VERB", "AUX"))

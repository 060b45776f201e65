"""Indirect (and mixed) statements from the dependency parse.

One pass over the tokens: every verb whose lemma is a cue yields at most one
candidate. The content is, in order of preference, its clausal complement
(``said that …``, also a clause before the verb: ``X did Y, a source said``), its
infinitive (``urged X to …``), its object for object-taking cues (``cited X as …``),
or — for a parenthetical or trailing cue clause — the rest of its sentence
(``The plan, he said, will fail``). "according to X", "as X reported, …" and noun
cues ("X's view is that …", "in X's view, …") are handled alongside.
"""

from __future__ import annotations

from typing import Any

from whosaid.statements.candidate import (
    Candidate,
    char_span,
    is_break,
    mention_span,
    sentence_span,
    speaker_spans,
    subject_of,
    trim_tokens,
)
from whosaid.statements.cues import (
    ALL_VERB_CUES,
    BELIEF_VERBS,
    IMPERSONAL_SUBJECTS,
    NO_SOURCE_XCOMP,
    NOUN_CUES,
    NOUN_OBJECT_CUES,
    OBJECT_PREPS,
    OBJECT_VERBS,
    PREP_ONLY,
    SPEECH_VERBS,
    XCOMP_VERBS,
)
from whosaid.statements.frames import cue_span
from whosaid.statements.phrasal import (
    AS_VERBS,
    LIGHT_VERBS,
    for_clause_content,
    in_source_content,
    light_verb_content,
    noun_that_content,
    passive_as_content,
    passive_content,
    predicate_content,
    to_holder_content,
)

_OBJECT_DEPS = frozenset(["dobj", "prep", "oprd", "ccomp", "attr", "dative", "pobj"])
_SKIP_RIGHT = frozenset(["conj", "cc", "punct", "advcl", "npadvmod", "advmod", "relcl"])
_PRON_NEEDS_SPEAKER = frozenset(["you"])  # generic "you know", "you see"
_MIN_CONTENT_TOKENS = 2
# Stance nouns PolNeAR attributes even with no holder named: "support for Trump grew".
_SOURCELESS_NOUNS = frozenset(["support", "opposition", "criticism", "praise", "endorsement"])
_PERSON_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "himself", "herself", "themselves"])


def _content(
    doc: Any, start: int, end: int, least: int = _MIN_CONTENT_TOKENS
) -> list[tuple[int, int]] | None:
    """A trimmed token range as char spans, or None when too little is left."""
    start, end = trim_tokens(doc, start, _colon_list(doc, end))
    if end - start < least:
        return None
    return [char_span(doc, start, _close_quote(doc, start, end))]


def _colon_list(doc: Any, end: int) -> int:
    """"mocked a familiar target: Jeb Bush": names after a colon spell out what the
    content ended on. A clause after the colon is a statement of its own."""
    k = end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or doc[k].text != ":" or doc[k].sent.start != doc[end - 1].sent.start:
        return end
    last = doc[k].sent.end
    while last > k + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    tail = doc[k + 1:last]
    if not len(tail) or any(t.pos_ in ("VERB", "AUX") or t.is_quote or is_break(t) for t in tail):
        return end
    return last


_DOUBLE_QUOTES = frozenset('"“”«»„')
# How far an opened quotation may run on past its clause (a few sentences of a speech).
_MAX_QUOTE_RUN = 120


def _close_quote(doc: Any, start: int, end: int) -> int:
    """An opened quote left unclosed by the parse: take in its closing mark. The
    quotation may run on past the sentence ("said the ruling was "in conflict with
    the Bible. The threat is very clear."") but not past the paragraph."""
    if sum(1 for k in range(start, end) if doc[k].is_quote) % 2:
        for k in range(end, min(end + 2, len(doc))):
            if doc[k].is_quote:
                return k + 1
    marks = [doc[k] for k in range(start, end) if doc[k].text in _DOUBLE_QUOTES]
    if len(marks) % 2 and _opens(marks[-1]):
        for k in range(end, min(end + _MAX_QUOTE_RUN, len(doc))):
            if is_break(doc[k]):
                break
            if doc[k].text in _DOUBLE_QUOTES:
                return k + 1
    return end


def _opens(mark: Any) -> bool:
    """An opening quote mark (a content may also start just inside a quotation, its
    opening mark outside and its closing one in)."""
    return mark.text in "“«„" or mark.text == '"' and mark.tag_ == "``"


def _clause_content(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    # A clause after the verb is the reliable reading; one before it may be a misparse
    # of a neighbouring sentence part, so it is only the fallback.
    kids = sorted(verb.children, key=lambda c: (c.i < verb.i, c.i))
    for child in kids:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_ in XCOMP_VERBS) \
                or _question_clause(verb, child):
            first = _stray_subject(verb, child, child.left_edge.i)
            if child.dep_ == "xcomp" and child.i > verb.i:
                # "urged European nations to …": the addressee is part of the content.
                objs = [c.left_edge.i for c in verb.rights if c.dep_ in ("dobj", "dative") and c.i < child.i]
                # "called on the administration to block …": the addressee after "on".
                objs += [c.i + 1 for c in verb.rights if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                         and c.i == verb.i + 1 and c.i < child.i and verb.lemma_ == "call"]
                first = min([first, *objs])
            last = child.right_edge.i + 1
            if child.i > verb.i:
                last = _second_clause(doc, verb, child, last)
            parts = _content(doc, first, _before_participle(doc, child.i, last))
            if parts and child.i < verb.i:
                parts += _continued(doc, verb)
            return parts
    return None


# Verbs that report a question: the parser hangs "if …" off them as a condition.
_QUESTION_VERBS = frozenset(["ask", "wonder", "question", "inquire", "enquire", "quiz", "press"])


def _question_clause(verb: Any, clause: Any) -> bool:
    """"asked workers if they planned to attend": the if-clause is the question asked,
    not a condition on the asking."""
    return (verb.lemma_ in _QUESTION_VERBS and clause.dep_ == "advcl" and clause.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == clause.left_edge.i
                    for m in clause.lefts))


def _stray_subject(verb: Any, clause: Any, first: int) -> int:
    """"Trump explained the president's refusal to act is a weakness": the parser makes
    the clause's subject the cue's object and leaves the clause subjectless; what was
    explained starts at that object."""
    finite = clause.tag_ in ("VBZ", "VBP", "VBD") or any(a.tag_ == "MD" for a in clause.lefts)
    if clause.dep_ != "ccomp" or clause.i < verb.i or not finite:
        return first
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return first
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == first), None)
    if obj is None or obj.pos_ == "PRON":
        return first
    return obj.left_edge.i


def _second_clause(doc: Any, verb: Any, clause: Any, end: int) -> int:
    """"believes there are no good options, but that sometimes …": the parser hangs a
    second that-clause off the cue verb; it is reported all the same. After "that …",
    so is a plain second clause with a subject of its own and no cue ("revealed that
    requests were made, but no action was taken"); after a bare clause it is too often
    the narrator's ("said he would run, and his aides agreed"), so that stays out."""
    for c in verb.rights:
        if c.dep_ != "conj" or c.i < end or _first_not_cc(doc, end) < c.left_edge.i:
            continue
        if _marked(c):
            return c.right_edge.i + 1
        if (_marked(clause) and not _has_cue(c) and c.pos_ in ("VERB", "AUX")
                and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.lefts)):
            return c.right_edge.i + 1
    return end


def _marked(clause: Any) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _has_cue(clause: Any) -> bool:
    return any(t.pos_ == "VERB" and t.lemma_ in ALL_VERB_CUES for t in clause.subtree)


def _first_not_cc(doc: Any, k: int) -> int:
    while k < len(doc) and (doc[k].is_punct or doc[k].dep_ in ("cc", "preconj") or doc[k].lower_ == "also"):
        k += 1
    return k


def _continued(doc: Any, verb: Any) -> list[tuple[int, int]]:
    """"The plan is doomed, said Howard, but the council will vote anyway": a clause
    of its own after a mid-sentence cue goes on with what is reported."""
    for c in verb.rights:
        start = c.left_edge.i
        if start > 1 and doc[start - 1].dep_ == "cc" and doc[start - 1].head.i == verb.i:
            start -= 1
        if c.dep_ not in ("conj", "advcl") or start < 1 or doc[start - 1].text != ",":
            continue
        if c.lemma_ in SPEECH_VERBS or not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.lefts):
            continue
        return _content(doc, start, c.right_edge.i + 1) or []
    return []


def _before_participle(doc: Any, head: int, end: int) -> int:
    """End a reported clause before ", calling it …" / ", adding that …": a trailing
    participle cue is a statement of its own, not part of this one."""
    for k in range(head + 1, end):
        tok = doc[k]
        if (
            tok.tag_ == "VBG" and tok.lemma_ in ALL_VERB_CUES and doc[k - 1].text == ","
            and tok.dep_ in ("advcl", "conj", "xcomp")
        ):
            return k - 1
    return end


def _object_content(doc: Any, verb: Any) -> tuple[list[tuple[int, int]], int] | None:
    """Content of an object cue and the index of the last cue token (a following
    preposition belongs to the cue: "referred to", "talked about")."""
    if verb.lemma_ not in OBJECT_VERBS:
        return None
    rights: list[Any] = []
    for child in verb.rights:
        if rights and _manner(child) and child.i == rights[-1].right_edge.i + 1:
            rights.append(child)  # "views Trump unfavorably", "saw his words differently"
            continue
        if child.dep_ in _SKIP_RIGHT:
            if rights and not child.is_quote:
                break  # a quote mark may sit between object and predicate: called X ''Y''
            continue
        if child.dep_ in _OBJECT_DEPS or child.dep_ == "prt":
            rights.append(child)
    rights = [c for c in rights if c.dep_ != "prt"]
    if not rights or not any(
        c.dep_ in ("dobj", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)
        for c in rights
    ):
        return None
    if verb.lemma_ in PREP_ONLY and not (
        rights[0].dep_ == "prep" and rights[0].lower_ in PREP_ONLY[verb.lemma_]
        and all(doc[k].dep_ in ("advmod", "prt") for k in range(verb.i + 1, rights[0].i))
    ):  # "spoke favorably of", "has spoken out about"
        return None  # "spoke to reporters", "spoke in Iowa": not about anything said
    # "called a meeting", "called him" are not attributions; "called for", "called it “…”" are.
    if verb.lemma_ == "call" and not any(
        c.dep_ == "oprd" or (c.lower_ in ("for", "on") and c.i == verb.i + 1)
        or c.dep_ == "dobj" and any(a.dep_ == "appos" for a in c.rights)  # called X a liar
        for c in rights
    ) and not any(doc[k].is_quote for k in range(verb.i + 1, rights[-1].right_edge.i + 2)):
        return None
    first, cue_end = rights[0].left_edge.i, verb.i
    head = rights[0]
    if head.dep_ == "prep" and head.lower_ in OBJECT_PREPS and all(
        doc[k].dep_ in ("advmod", "prt") for k in range(verb.i + 1, head.i)
    ):
        first, cue_end = head.i + 1, head.i
    last = _elaboration(doc, verb, _purpose(doc, verb, rights[-1].right_edge.i + 1))
    start, end = trim_tokens(doc, first, _colon_list(doc, last))
    if end - start < 1 or (end - start == 1 and not _single_object(doc[start])):
        return None
    return [char_span(doc, start, _close_quote(doc, start, end))], cue_end


def _purpose(doc: Any, verb: Any, end: int) -> int:
    """"approved special forces to help the rebels", "decried a rash of speech bubbling
    up": an infinitive or participle right after the object (no comma) says what about
    it was meant; the parser hangs it off the verb."""
    for c in verb.rights:
        if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end and c.tag_ in ("VB", "VBG") and (
            c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
        ):
            return _before_participle(doc, c.i, c.right_edge.i + 1)
    return end


_ELABORATING = frozenset(["including", "ranging", "such", "especially", "particularly", "notably", "mostly", "mainly", "chiefly"])


def _elaboration(doc: Any, verb: Any, end: int) -> int:
    """"reported 906 attacks, ranging from arson to assaults", "cited reports of
    attacks, including this week's warnings", "reported a 2.8 percent rate, one of the
    lowest": a closing phrase after a comma spells out the object; the parser hangs it
    off the verb. Only when it ends the sentence (a clause may follow otherwise)."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    for c in verb.rights:
        if c.left_edge.i != end + 1:
            continue
        if not (c.lower_ in _ELABORATING or doc[end + 1].lower_ in _ELABORATING
                or c.dep_ in ("npadvmod", "appos") and c.pos_ in ("NOUN", "NUM", "PROPN")):
            return end
        after = c.right_edge.i + 1
        if after >= len(doc) or doc[after].is_sent_start or doc[after].text in (".", "!", "?", ";") \
                or doc[after].is_space:
            return after
    return end


# -ly adverbs of time and frequency say when, not how the object is seen.
_WHEN_ADVERBS = frozenset([
    "recently", "repeatedly", "previously", "early", "only", "frequently", "regularly", "initially",
    "immediately", "quickly", "finally", "eventually", "originally", "briefly", "already", "really",
])


def _manner(tok: Any) -> bool:
    """A bare manner adverb after an object completes the view it reports."""
    return (tok.dep_ == "advmod" and tok.n_lefts + tok.n_rights == 0 and tok.lower_.endswith("ly")
            and tok.lower_ not in _WHEN_ADVERBS)


def _single_object(tok: Any) -> bool:
    """A one-token object worth attributing: a name, a noun, or a person pronoun
    ("endorsed him"); "it"/"that" are too vague to stand alone."""
    return tok.pos_ in ("PROPN", "NOUN") or tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS


def _headline_content(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    """Headlines drop "that" and the copula ("X says Y 'feasible'"); the parser then
    hangs a second subject off the verb. Take everything after the verb."""
    if verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "attr", "acomp") and c.i > verb.i for c in verb.children):
        return _content(doc, verb.i + 1, verb.sent.end)
    return None


def _around_content(doc: Any, verb: Any, subj: Any) -> list[tuple[int, int]] | None:
    """A cue clause set off by commas: the content is the rest of its sentence."""
    if verb.dep_ not in ("parataxis", "conj", "ROOT", "advcl", "ccomp") or verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return None  # the verb has its own complement: this is not a bare "he said"
    sent = verb.sent
    lo = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
    lo = min([lo, *(c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))])
    hi = verb.i
    for c in verb.rights:
        if c.dep_ in ("punct", "conj", "cc"):
            break
        hi = c.right_edge.i
    before = lo > sent.start and doc[lo - 1].text in (",", "—", "–")
    after = hi + 1 < sent.end and doc[hi + 1].text in (",", "—", "–")
    spans: list[tuple[int, int]] = []
    after = after and (before or lo == sent.start)
    # "The plan, he said, will fail": the two halves make one clause together.
    if before and (_has_clause(doc, sent.start, lo) or after and _has_clause(doc, hi + 1, sent.end)):
        # "Compaq, she predicted, would come": a one-word subject still opens the clause.
        spans += _content(doc, sent.start, lo, least=1 if after else _MIN_CONTENT_TOKENS) or []
    if after and (spans or _has_clause(doc, hi + 1, sent.end)):
        spans += _content(doc, hi + 1, sent.end) or []
    return spans or None


def _has_clause(doc: Any, start: int, end: int) -> bool:
    """"In December, he said." has nothing said in it; a reported clause has a verb."""
    return any(doc[k].pos_ in ("VERB", "AUX") for k in range(start, end))


def _according_to(doc: Any, tok: Any) -> Candidate | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    sent = tok.sent
    lo, hi = tok.i, to.right_edge.i
    parts: list[tuple[int, int]] = []
    if sent.end - hi > 2:
        parts += _content(doc, hi + 1, sent.end) or []
    if lo - sent.start > 1:
        # "Fundraising, according to the campaign, has surged": the subject before it.
        parts[:0] = _content(doc, sent.start, lo, least=1 if parts and doc[lo - 1].text == "," else 2) or []
    if not parts:
        return None
    return Candidate(
        "indirect", parts, mention=mention_span(obj),
        cue_span=(tok.idx, to.idx + len(to)), sentence_span=(sent.start_char, sent.end_char),
    )


def _noun_cue(doc: Any, tok: Any) -> Candidate | None:
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None and tok.lemma_ not in _SOURCELESS_NOUNS:
        return None
    head = tok.head
    parts: list[tuple[int, int]] | None = None
    if poss is None:
        pass  # "support for Trump is rising": only the object reading below applies
    elif tok.dep_ == "nsubj" and head.lemma_ == "be":
        # "X's view is that …"
        comp = next((c for c in head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.i), None)
        if comp is not None:
            parts = _content(doc, comp.left_edge.i, comp.right_edge.i + 1)
    elif tok.dep_ == "pobj" and head.lower_ == "in" and tok.lemma_ in ("view", "opinion", "assessment"):
        # "In X's view, …": the rest of the sentence.
        parts = _content(doc, tok.i + 1, tok.sent.end)
    if not parts and poss is not None:
        parts = noun_that_content(doc, tok)  # "X's claim that …"
    if not parts and tok.lemma_ in NOUN_OBJECT_CUES:
        # "Trump's support for the wall", "her criticism of the deal".
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in NOUN_OBJECT_CUES[tok.lemma_]), None)
        if prep is not None and prep.i == tok.i + 1:
            parts = _content(doc, prep.i + 1, prep.right_edge.i + 1)
            if parts is None and prep.i + 1 < len(doc) and _single_object(doc[prep.i + 1]):
                parts = [char_span(doc, prep.i + 1, prep.i + 2)]  # "support for Trump"
    if not parts:
        return None
    sent = tok.sent
    return Candidate(
        "indirect", parts, mention=mention_span(poss) if poss is not None else None,
        cue_span=(tok.idx, tok.idx + len(tok)),
        sentence_span=(sent.start_char, sent.end_char),
    )


def find_indirect(doc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in doc:
        lemma = tok.lemma_
        if tok.lower_ == "according":
            cand = _according_to(doc, tok)
        elif tok.lower_ == "in" and (found := in_source_content(doc, tok)) is not None:
            cand = _in_source(doc, tok, *found)
        elif tok.lower_ == "to" and (found := to_holder_content(doc, tok)) is not None:
            cand = _to_holder(doc, tok, *found)
        elif tok.tag_ in ("JJ", "VBN", "NN", "NNS") and (cand := _predicate(doc, tok)) is not None:
            pass  # "X is confident that …", "X is opposed to …"
        elif tok.pos_ == "NOUN" and (lemma in NOUN_CUES or lemma in NOUN_OBJECT_CUES):
            cand = _noun_cue(doc, tok)
        elif tok.pos_ == "VERB" and (lemma in ALL_VERB_CUES or lemma in LIGHT_VERBS or _that_clause(tok)):
            cand = _verb(doc, tok)
        else:
            continue
        if cand is not None:
            out.append(cand)
    return out


def _that_clause(verb: Any) -> bool:
    """Any verb with a subject and a "that"-clause reports a stance: "learned that …",
    "conceded that …" — the lexicon cannot list them all."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.rights
    ) and any(c.dep_ == "nsubj" for c in verb.lefts)


def _raised_subject(doc: Any, verb: Any) -> list[tuple[int, int]]:
    """"Sanders appears to lead": what seems so is that Sanders leads, so the subject
    is part of the content (a span of its own, the cue sits between)."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in IMPERSONAL_SUBJECTS:
        return []
    start, end = trim_tokens(doc, subj.left_edge.i, subj.right_edge.i + 1)
    return [char_span(doc, start, end)] if end > start else []


def _verb(doc: Any, verb: Any) -> Candidate | None:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if verb.lemma_ in NO_SOURCE_XCOMP and (passive or verb.lemma_ != "expect"):
        # "X seemed to …", "X is expected to …": attributed, but to no one named.
        xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if xcomp is None:
            return None
        parts = _content(doc, xcomp.left_edge.i, xcomp.right_edge.i + 1)
        if parts is None:
            return None
        parts = _raised_subject(doc, verb) + parts
        return Candidate(
            "indirect", parts, cue_span=cue_span(verb),
            sentence_span=(verb.sent.start_char, verb.sent.end_char),
        )
    if verb.lemma_ in _AS_SOURCE_VERBS and (found := _as_clause(doc, verb)) is not None:
        return found
    if passive:
        # "Y was reported by X": X said Y. Without an agent ("was told") the
        # subject is the addressee, not the speaker.
        return _passive(doc, verb) if verb.lemma_ in ALL_VERB_CUES or verb.lemma_ in AS_VERBS else None
    if verb.dep_ == "amod":
        return None  # "pledged delegates"
    subj = subject_of(verb)
    if (verb.tag_ == "VBN" and verb.dep_ == "advcl" and subj is not None and subj.i > verb.i
            and not any(c.dep_ == "aux" for c in verb.children)):
        # "Asked about the vote, she said …": a bare participle opening the sentence is
        # passive; the main subject was asked, the asker is not named. ("Having
        # announced …, the judge …" has an auxiliary and keeps its subject.)
        subj = None
    if subj is not None and (subj.lower_ in IMPERSONAL_SUBJECTS or subj.lower_ in _PRON_NEEDS_SPEAKER):
        return None
    if subj is None and verb.lemma_ not in SPEECH_VERBS:
        return None
    cue = cue_span(verb)
    parts = None
    if verb.lemma_ in LIGHT_VERBS:
        light = light_verb_content(doc, verb)
        if light is not None:
            parts, cue_end = light
            cue = (verb.idx, cue_end.idx + len(cue_end))
        elif not (verb.lemma_ in ALL_VERB_CUES or _that_clause(verb)):
            return None  # "made a fortune", "took the stage": no attitude noun, no cue
    parts = parts or _clause_content(doc, verb)
    if parts is None:
        fc = for_clause_content(doc, verb)
        if fc is not None:
            parts, lastk = fc
            cue = (verb.idx, doc[lastk].idx + len(doc[lastk]))
    if parts is None:
        obj = _object_content(doc, verb)
        if obj is not None:
            parts, last = obj
            cue = (verb.idx, doc[last].idx + len(doc[last]))
    parts = parts or _headline_content(doc, verb)
    if parts is None:
        if subj is None:
            return None
        parts = _around_content(doc, verb, subj)
        if parts is None:
            return None
    lo = verb.i if subj is None else min(verb.i, subj.i)
    first_char = min(s for s, _ in parts)
    last_char = max(e for _, e in parts)
    return Candidate(
        "indirect", parts,
        mention=speaker_spans(subj)[0],
        resolve=speaker_spans(subj)[1],
        cue_span=cue,
        sentence_span=sentence_span(doc, min(lo, _tok_at(doc, first_char)), max(verb.i, _tok_at(doc, last_char - 1))),
    )


# Reporting verbs an "as"-clause names a source with ("as the Post reported"); with
# others "as" is mostly "while" ("as voters responded to …", "as he replied").
_AS_SOURCE_VERBS = frozenset([
    "say", "report", "note", "write", "point", "explain", "suggest", "argue", "observe", "state",
    "claim", "tell", "reveal", "disclose", "predict", "recall", "acknowledge", "mention", "indicate",
    "confirm", "warn", "remark", "conclude", "show", "find", "detail", "document", "put", "insist",
    "allege", "assert", "contend", "emphasize", "stress", "add", "tweet", "testify", "admit",
])
_SETOFF = frozenset([",", "—", "–", "-", "--"])


def _as_clause(doc: Any, verb: Any) -> Candidate | None:
    """"As Breitbart News reported, the White House was refusing …", "As reported by
    the Globe, …", "…, as Krugman points out": what the as-clause hangs off is what was
    said, on either side of it."""
    mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or verb.dep_ != "advcl" or mark.i != verb.left_edge.i \
            or any(doc[k].text in _SETOFF for k in range(mark.i, verb.i)):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "oprd") for c in verb.children):
        return None  # "as he said it would", "as she told it": not a source for the rest
    head = verb.head
    end = verb.right_edge.i + 1
    # Set off by commas; a bare "as he replied" says when, not who says so.
    if verb.i < head.i and not (end < len(doc) and doc[end].text in _SETOFF):
        return None
    if verb.i > head.i and not (mark.i > 0 and doc[mark.i - 1].text in _SETOFF):
        return None
    lo, hi = max(head.left_edge.i, head.sent.start), min(head.right_edge.i + 1, head.sent.end)
    parts = [p for a, b in ((lo, mark.i), (end, hi)) for p in _content(doc, a, b) or []]
    if not parts:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = subject_of(verb) if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)
    if who is not None and who.i > verb.i and agent is None:
        return None  # the main clause's subject, borrowed: no source of its own
    mention, resolve = speaker_spans(who)
    return Candidate(
        "indirect", parts, mention=mention, resolve=resolve, cue_span=cue_span(verb),
        sentence_span=(verb.sent.start_char, verb.sent.end_char),
    )


def _in_source(doc: Any, prep: Any, parts: list[tuple[int, int]], src: Any) -> Candidate:
    # The mention is the whole document phrase: "a CBS News poll released Monday".
    return Candidate(
        "indirect", parts, mention=char_span(doc, src.left_edge.i, prep.right_edge.i + 1),
        cue_span=(prep.idx, prep.idx + len(prep)), sentence_span=(prep.sent.start_char, prep.sent.end_char),
    )


def _to_holder(doc: Any, prep: Any, parts: list[tuple[int, int]], who: Any) -> Candidate:
    mention, resolve = speaker_spans(who)
    return Candidate(
        "indirect", parts, mention=mention, resolve=resolve, cue_span=(prep.idx, prep.idx + len(prep)),
        sentence_span=(prep.sent.start_char, prep.sent.end_char),
    )


def _predicate(doc: Any, adj: Any) -> Candidate | None:
    found = predicate_content(doc, adj)
    if found is None:
        return None
    parts, holder, last = found
    mention, resolve = speaker_spans(holder)
    return Candidate(
        "indirect", parts, mention=mention, resolve=resolve, cue_span=(adj.idx, last.idx + len(last)),
        sentence_span=(adj.sent.start_char, adj.sent.end_char),
    )


def _passive(doc: Any, verb: Any) -> Candidate | None:
    found = passive_as_content(doc, verb) or passive_content(doc, verb)
    if found is None:
        return None
    parts, agent = found
    mention, resolve = speaker_spans(agent)  # (None, None) for "it was reported that"
    return Candidate(
        "indirect", parts, mention=mention, resolve=resolve, cue_span=cue_span(verb),
        sentence_span=(verb.sent.start_char, verb.sent.end_char),
    )


def _tok_at(doc: Any, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0

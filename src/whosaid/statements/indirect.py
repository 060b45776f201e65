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

from collections.abc import Callable
from typing import Any

from whosaid.entities.coref import ORG_HEADS, PERSON_HEADS
from whosaid.statements.candidate import (
    Candidate,
    char_span,
    doer_for_possessive,
    has_verb,
    is_break,
    mention_span,
    sentence_span,
    speaker_spans,
    subject_of,
    trim_tokens,
)
from whosaid.statements.clauses import FINITE
from whosaid.statements.contents import (
    around_content,
    clause_content,
    content,
    headline_content,
    object_content,
    proform_content,
    relative_lends_clause,
    single_object,
)
from whosaid.statements.cues import (
    ALL_VERB_CUES,
    BELIEF_VERBS,
    EVIDENCE_VERBS,
    IMPERSONAL_SUBJECTS,
    NO_SOURCE_XCOMP,
    NOUN_CUES,
    NOUN_OBJECT_CUES,
    OBJECT_VERBS,
    SPEECH_VERBS,
)
from whosaid.statements.frames import cue_span
from whosaid.statements.phrasal import (
    AS_VERBS,
    ATTITUDE_ADJS,
    LIGHT_VERBS,
    for_clause_content,
    in_source_content,
    light_verb_content,
    noun_that_content,
    passive_as_content,
    passive_content,
    predicate_content,
    to_holder_content,
    trailing_poll_content,
)

_PRON_NEEDS_SPEAKER = frozenset(["you"])  # generic "you know", "you see"

# Stance nouns PolNeAR attributes even with no holder named: "support for Trump grew".
_SOURCELESS_NOUNS = frozenset(["support", "opposition", "criticism", "praise", "endorsement"])


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
        parts += content(doc, hi + 1, sent.end) or []
    if not parts and _points_back(doc, sent.start, lo):
        # "Teens love AirPods. That's according to a new survey": what "that" stands for.
        parts = _previous_sentence(doc, sent.start)
    elif lo - sent.start > 1:
        # "Fundraising, according to the campaign, has surged": the subject before it.
        parts[:0] = content(doc, sent.start, lo, least=1 if parts and doc[lo - 1].text == "," else 2) or []
    if not parts:
        return None
    return Candidate(
        "indirect", parts, mention=mention_span(obj),
        cue_span=(tok.idx, to.idx + len(to)), sentence_span=(sent.start_char, sent.end_char),
    )


_POINTERS = frozenset(["that", "this"])
_COPULA_FORMS = frozenset(["'s", "’s", "is", "was"])


def _points_back(doc: Any, start: int, end: int) -> bool:
    """Is the frame's clause only "That's" / "This is"?"""
    words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
    return len(words) == 2 and words[0].lower_ in _POINTERS and words[1].lower_ in _COPULA_FORMS


def _previous_sentence(doc: Any, start: int) -> list[tuple[int, int]]:
    """The sentence before, when it is in the same paragraph."""
    if start == 0 or any(is_break(doc[k]) for k in range(doc[start - 1].sent.start, start)):
        return []
    prev = doc[start - 1].sent
    return content(doc, prev.start, prev.end) or []


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
            parts = content(doc, comp.left_edge.i, comp.right_edge.i + 1)
    elif tok.dep_ == "pobj" and head.lower_ == "in" and tok.lemma_ in ("view", "opinion", "assessment"):
        # "In X's view, …": the rest of the sentence.
        parts = content(doc, tok.i + 1, tok.sent.end)
    if not parts and poss is not None:
        parts = noun_that_content(doc, tok)  # "X's claim that …"
    if not parts and tok.lemma_ in NOUN_OBJECT_CUES:
        # "Trump's support for the wall", "her criticism of the deal".
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in NOUN_OBJECT_CUES[tok.lemma_]), None)
        if prep is not None and poss is None and _given_by(tok, prep):
            prep = None
        if prep is not None and prep.i == tok.i + 1:
            parts = content(doc, prep.i + 1, prep.right_edge.i + 1)
            if parts is None and prep.i + 1 < len(doc) and single_object(doc[prep.i + 1]):
                parts = [char_span(doc, prep.i + 1, prep.i + 2)]  # "support for Trump"
    if not parts:
        return None
    sent = tok.sent
    holder = doer_for_possessive(poss) or poss if poss is not None else _stance_taker(tok)
    return Candidate(
        "indirect", parts, mention=speaker_spans(holder)[0],
        cue_span=(tok.idx, tok.idx + len(tok)),
        sentence_span=(sent.start_char, sent.end_char),
    )


# Verbs whose object is backing someone gets: "won the support of X", "received the
# endorsement of X".
_GAINING = frozenset([
    "win", "earn", "draw", "receive", "get", "gain", "secure", "garner", "attract", "sew", "land",
    "court", "seek", "enjoy", "capture", "collect", "lose", "need",
])
_GIVER_ENTS = frozenset(["PERSON", "ORG", "NORP", "GPE", "CARDINAL", "PERCENT"])


def _given_by(noun: Any, prep: Any) -> bool:
    """"Sanders struggled to earn the support of minorities", "Cruz won the endorsement
    of Bob Vander Plaats", "with the support of groups like X": backing that someone gets
    — its "of" names who gives it, not what is backed ("support of free trade",
    "endorsements of his candidacy")."""
    if noun.lemma_ not in ("support", "endorsement") or prep.lower_ != "of":
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in _GAINING:
        return True
    if noun.dep_ != "pobj" or head.lower_ != "with":
        return False
    giver = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return giver is not None and (
        giver.tag_ in ("NNS", "NNPS", "PRP") or giver.ent_type_ in _GIVER_ENTS
        or giver.lemma_.lower() in PERSON_HEADS | ORG_HEADS
    )


def _stance_taker(noun: Any) -> Any | None:
    """Who takes a stance a verb does "in"/"with" it: "Sanders voted in support of the
    bill", "the party has long stood in opposition to the deal", "more candidates are
    chiming in with criticism of the order" — the verb's subject."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "with") or prep.head.pos_ != "VERB":
        return None
    subj = subject_of(prep.head)
    return None if subj is None or subj.lower_ in IMPERSONAL_SUBJECTS else subj


def find_indirect(doc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in doc:
        lemma = tok.lemma_
        if markup_tag(doc, tok):
            continue
        if tok.lower_ == "according":
            cand = _according_to(doc, tok)
        elif tok.lower_ == "in" and (found := in_source_content(doc, tok) or trailing_poll_content(doc, tok)) is not None:
            cand = _in_source(doc, tok, *found)
        elif tok.lower_ == "to" and (found := to_holder_content(doc, tok)) is not None:
            cand = _to_holder(doc, tok, *found)
        elif tok.pos_ == "PROPN" and (cand := _headline_cue(doc, tok)) is not None:
            pass  # "Conservative Icon Endorses Ted Cruz": a verb the parser took for a name
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


def markup_tag(doc: Any, tok: Any) -> bool:
    """"<tweet author="…">…</tweet>" left in a text: the word glued after "<" or "</" names
    a markup tag; it is no verb, and what follows it is attributes, not content."""
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    return prev.text.endswith(("<", "</")) and prev.idx + len(prev) == tok.idx


_HEADLINE_CUES = SPEECH_VERBS | OBJECT_VERBS | BELIEF_VERBS
_MAX_HEADLINE = 20  # tokens


def _headline_cue(doc: Any, tok: Any) -> Candidate | None:
    """A title-case headline line with no verb in its parse ("Senate Leader Slams
    Budget Deal"): a capitalised third-person cue verb between two names is the cue,
    what precedes it the source and what follows the content."""
    word = tok.lower_
    if not (tok.text[:1].isupper() and word.endswith("s")) or word[:-1] not in _HEADLINE_CUES \
            and not (word.endswith("es") and word[:-2] in _HEADLINE_CUES):
        return None
    lo, hi = tok.i, tok.i
    while lo > 0 and not is_break(doc[lo - 1]):
        lo -= 1
    while hi + 1 < len(doc) and not is_break(doc[hi + 1]):
        hi += 1
    line = doc[lo:hi + 1]
    words = [t for t in line if t.is_alpha and len(t) > 3]
    if len(line) > _MAX_HEADLINE or tok.i == lo or any(t.pos_ in ("VERB", "AUX") for t in line) \
            or sum(t.text[0].isupper() for t in words) < 0.75 * len(words):
        return None
    head_start, head_end = trim_tokens(doc, lo, tok.i)
    start, end = trim_tokens(doc, tok.i + 1, hi + 1)
    if head_end <= head_start or end <= start:
        return None
    return Candidate(
        "indirect", [char_span(doc, start, end)], mention=char_span(doc, head_start, head_end),
        cue_span=(tok.idx, tok.idx + len(tok)), sentence_span=(doc[lo].idx, doc[hi].idx + len(doc[hi])),
    )


# Where a report nested in another content hangs: a relative clause, a reported clause,
# a second conjunct, an adverbial clause (a noun's "acl", "xcomp", "pcomp" added nothing
# on train); and what it must have after it: a clause, an infinitive, an object or a
# prepositional topic ("oprd", "dative" added nothing).
_EMBEDDED_DEPS = frozenset(["relcl", "ccomp", "conj", "advcl"])
_EMBEDDED_COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "prep"])


def _nested_action(verb: Any) -> bool:
    """Where an object cue ("criticized", "opposes") nested in another content stands
    as a statement of its own: in a relative clause, a second conjunct or a clause a
    speech or belief verb reports — not in a finding ("a poll found that most voters oppose the plan" is the
    poll's one statement) nor in an adverbial clause ("said … every time the referee
    ignores a foul")."""
    if verb.dep_ == "ccomp":  # what someone said or thinks ("makes … every time X ignores" is no report)
        return verb.head.lemma_ in SPEECH_VERBS | BELIEF_VERBS and verb.head.lemma_ not in EVIDENCE_VERBS
    return verb.dep_ in ("relcl", "conj")


def embedded_report(verb: Any) -> bool:
    """Is the cue's first token a cue verb with a subject and a complement of its own
    (or an attitude adjective after a copula), inside another clause ("a bill that
    critics said was unconstitutional", "voters who said they were turned away", "He
    said that aides believe the race is over", "She said the governor criticized the
    plan")? Nested in another statement's content, it is a statement all the same."""
    if verb.lower_ in ATTITUDE_ADJS and verb.dep_ == "acomp":
        # "The mayor said voters were worried about the tax": the voters' worry; "The
        # poll showed that voters were tired of the fight" is the poll's one finding.
        return _nested_action(verb.head)
    return bool(
        verb.pos_ == "VERB" and verb.lemma_ in ALL_VERB_CUES
        and (verb.dep_ in _EMBEDDED_DEPS if verb.lemma_ in SPEECH_VERBS | BELIEF_VERBS else _nested_action(verb))
        and any(c.dep_ == "nsubj" for c in verb.lefts)
        and any(c.dep_ in _EMBEDDED_COMPLEMENTS and c.i > verb.i for c in verb.children)
    )


def _that_clause(verb: Any) -> bool:
    """Any verb with a subject and a "that"-clause reports a stance: "learned that …",
    "conceded that …" — the lexicon cannot list them all."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.rights
    ) and any(c.dep_ == "nsubj" for c in verb.lefts) and not relative_lends_clause(verb)


def _raised_subject(doc: Any, verb: Any) -> list[tuple[int, int]]:
    """"Sanders appears to lead": what seems so is that Sanders leads, so the subject
    is part of the content (a span of its own, the cue sits between)."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in IMPERSONAL_SUBJECTS:
        return []
    start, end = trim_tokens(doc, subj.left_edge.i, subj.right_edge.i + 1)
    return [char_span(doc, start, end)] if end > start else []


_DISCOURSE_SUBJECTS = frozenset(["that", "this"])


def discourse_marker(doc: Any, verb: Any) -> bool:
    """"That said, …", "Having said that, …", "That being said, …": a connective, not
    a speaker "That" (or no one) saying the rest of the sentence."""
    kids = [c for c in verb.children if c.dep_ != "punct"]
    if verb.lemma_ != "say" or any(c.i > verb.i + 1 for c in kids) \
            or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "," and not (
                verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in _DISCOURSE_SUBJECTS and doc[verb.i + 2].text == ","):
        return False
    that = [c for c in kids if c.lower_ in _DISCOURSE_SUBJECTS and c.tag_ == "DT" and c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    helpers = [c for c in kids if c.lower_ in ("having", "being") and c.dep_ in ("aux", "auxpass")]
    if len(that) != 1 or len(kids) != 1 + len(helpers):
        return False
    return _opens_sentence(doc, min(c.i for c in kids))


def _opens_sentence(doc: Any, k: int, also: Callable[[Any], bool] = lambda t: False) -> bool:
    """Whether only quote marks or a conjunction ("But", "And") stand before token k
    (or tokens ``also`` allows)."""
    start = doc[k].sent.start
    return all(doc[j].is_punct or doc[j].is_space or doc[j].dep_ == "cc" or also(doc[j]) for j in range(start, k))


def imperative(doc: Any, verb: Any) -> bool:
    """"Say goodbye to …", "Tell us what you think", "Don't worry, Ohio, …": a bare
    verb opening its sentence with no subject of its own addresses the reader; nobody
    is reported."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    # "Don't worry, …": its own "do" and "not" may stand before it
    return _opens_sentence(doc, verb.i, lambda t: t.head.i == verb.i and (t.dep_ == "aux" and t.lower_ == "do" or t.dep_ == "neg"))


def _reduced_participle(verb: Any) -> bool:
    """"Such damage, called pulmonary fibrosis, …", "the territories, seen as pivotal
    parts of …", "officials deemed responsible for …": a bare past participle after the
    noun it describes is passive, and with no "by" agent nobody is named as saying or
    thinking it — least of all the sentence's subject, whose verb it hangs off."""
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBN", "VBD") or verb.lemma_ in NO_SOURCE_XCOMP:
        return False
    if verb.i == 0 or verb.i < verb.head.i:
        return False  # "Asked about the vote, she said …" is left to the rules for it
    doc, head = verb.doc, verb.head
    prev = doc[verb.i - 1]
    if verb.dep_ == "advcl":
        # "…, seen as …" set off by a comma after its clause; a finite verb the parser
        # hung off a dash-aside ("X — whose father … — promised to …") is no participle.
        if verb.tag_ != "VBN" or prev.text != "," or head.pos_ not in ("VERB", "AUX"):
            return False
    elif not (prev.i == head.i or verb.tag_ == "VBN" and prev.text == "," and verb.i >= 2 and doc[verb.i - 2].i == head.i):
        return False  # the participle follows its noun, at most past a comma
    if head.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark") for c in verb.children)


def _imperative_let(doc: Any, verb: Any) -> bool:
    """"Let us know what you think", "Leave a comment and let us know …": asks the
    reader; nobody is reported. (Only "know": "Let me say this: …" in a quote reports.)"""
    let = verb.head
    if verb.lemma_ != "know" or verb.dep_ not in ("ccomp", "xcomp") or let.lemma_ != "let" or let.i == verb.i:
        return False
    return imperative(doc, let) or let.dep_ == "conj" and let.head.i != let.i and imperative(doc, let.head)


def _verb(doc: Any, verb: Any) -> Candidate | None:
    if discourse_marker(doc, verb) or imperative(doc, verb) or _imperative_let(doc, verb):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    raised = passive and verb.lemma_ in _SAID_TO and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "xcomp" for c in verb.rights)
    if verb.lemma_ in NO_SOURCE_XCOMP and (passive or verb.lemma_ != "expect") or raised:
        # "X seemed to …", "X is expected to …", "X is said to …": attributed, but to
        # no one named.
        xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if xcomp is None:
            return None
        parts = content(doc, xcomp.left_edge.i, xcomp.right_edge.i + 1)
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
    if verb.lemma_ == "show" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None  # "showed up at the polls": turned up, showed nothing
    caller = _calling_subject(doc, verb)
    if caller is None and _reduced_participle(verb):
        return None
    if (frame := _appositive_frame(doc, verb)) is not None:
        return frame
    subj = caller or subject_of(verb)
    inverted = _inverted_subject(doc, verb)
    if inverted is not None:
        subj = inverted
    if (verb.tag_ == "VBN" and verb.dep_ == "advcl" and subj is not None and subj.i > verb.i
            and not any(c.dep_ == "aux" for c in verb.children)):
        # "Asked about the vote, she said …": a bare participle opening the sentence is
        # passive; the main subject was asked, the asker is not named. ("Having
        # announced …, the judge …" has an auxiliary and keeps its subject.) "When asked
        # by Ingraham about …": the agent is the asker.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is not None and (subj.lower_ in IMPERSONAL_SUBJECTS and not _it_reports(verb, subj)
                             or subj.lower_ in _PRON_NEEDS_SPEAKER):
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
    parts = parts or proform_content(doc, verb) or clause_content(doc, verb)
    if parts is None:
        fc = for_clause_content(doc, verb)
        if fc is not None:
            parts, lastk = fc
            cue = (verb.idx, doc[lastk].idx + len(doc[lastk]))
    if parts is None:
        obj = object_content(doc, verb)
        if obj is not None:
            parts, last = obj
            cue = (verb.idx, doc[last].idx + len(doc[last]))
    if inverted is None:
        parts = parts or headline_content(doc, verb)
    if parts is None:
        if subj is None:
            return None
        parts = around_content(doc, verb, subj)
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


# Passive report verbs that raise the subject of what is reported: "Some advisers are
# said to be urging the governor …", "He is reported to have left".
_SAID_TO = frozenset(["say", "report", "rumor", "rumour", "allege", "claim"])


def _it_reports(verb: Any, subj: Any) -> bool:
    """"Twitter said Friday that … It also said it had expanded the teams …": a
    speech verb's own "it" with a reported clause after it stands for a company or a
    body named before ("it seems that …", "it is said that …" have no speech verb or
    are passive)."""
    return bool(
        subj.lower_ == "it" and subj.dep_ == "nsubj" and subj.head.i == verb.i and subj.i < verb.i
        and verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB"
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


# Verbs that give their object a name or a label: "called X Y".
_CALLING = frozenset(["call", "dub", "label", "brand"])


def _calling_subject(doc: Any, verb: Any) -> Any | None:
    """"One lawmaker called Trump “the orange prince of …”": the parser reads "called"
    as a participle on the noun before it ("a town called Springfield"), but a participle
    naming something takes one complement, and this one has two (the object and what it
    is called): the verb is finite and the noun is its subject."""
    if verb.lemma_ not in _CALLING or verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    head = verb.head
    if head.i != verb.i - 1 or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if sum(1 for c in verb.rights if c.dep_ in ("dobj", "oprd")) < 2:
        return None
    return head


def _inverted_subject(doc: Any, verb: Any) -> Any | None:
    """"The pledge … appeals to older homeowners, said Maria Delgado, a planner at …":
    the parser gives the trailing frame two subjects, the clause's before the comma and
    the speaker right after the verb. The one after is who said it (not a headline's
    second subject, "X says Y 'feasible'", which has no comma before the verb)."""
    if verb.lemma_ not in SPEECH_VERBS or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.lefts):
        return None
    return next((c for c in verb.rights if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _appositive_frame(doc: Any, verb: Any) -> Candidate | None:
    """"X finalized a deal to buy 30 jets, executives of both companies announced
    Wednesday at the air show": the parser reads the trailing frame's subject as an
    apposition to the last noun and hangs the finite cue off a noun as a bare modifier.
    The frame is a "…, officials said" all the same: the subject is the apposition, the
    content the clause before its comma."""
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ not in FINITE or verb.lemma_ not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "aux", "auxpass") or c.i < verb.i
           for c in verb.children):
        return None
    sent = verb.sent
    np = doc[verb.i - 1]
    while np.head.i != np.i and np.head.right_edge.i == verb.i - 1 and np.dep_ != "appos":
        np = np.head
    comma = np.left_edge.i - 1
    if np.dep_ != "appos" or np.right_edge.i != verb.i - 1 or comma <= sent.start or doc[comma].text != ",":
        return None
    if any(not (doc[k].is_punct or doc[k].is_space) for k in range(verb.right_edge.i + 1, sent.end)):
        return None  # only a frame that ends the sentence
    parts = content(doc, sent.start, comma)
    if parts is None or not has_verb(doc, sent.start, comma):
        return None
    mention, resolve = speaker_spans(np)
    return Candidate(
        "indirect", parts, mention=mention, resolve=resolve, cue_span=cue_span(verb),
        sentence_span=(sent.start_char, sent.end_char),
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
    parts = [p for a, b in ((lo, mark.i), (end, hi)) for p in content(doc, a, b) or []]
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

"""Attribution cues the rules miss, found by a small learned model.

PolNeAR attributes far more than speech: "mocked X", "don't like it", "backing X",
"proposed barring …" — open-ended verbs whose reading depends on their subject and
objects. Listing them by hand hit a long tail (bench/polnear_misses.py), so a
logistic-regression scorer over parse features decides, for each verb the rules left
alone, whether it is a cue; its content is then cut from the parse like an object cue.

The weights live in ``data/cue_model.json``, trained on the PolNeAR train split by
``bench/train_cues.py`` (features below are the single definition both use) and scored
by :mod:`.weights`.
"""

from __future__ import annotations

from typing import Any

from whosaid.entities.coref import FIRM_HEADS, ORG_HEADS, PERSON_HEADS
from whosaid.model import Span
from whosaid.statements.candidate import (
    Candidate,
    char_span,
    doer_for_possessive,
    inside,
    sentence_span,
    speaker_spans,
    subject_of,
    trim_tokens,
)
from whosaid.statements.cues import IMPERSONAL_SUBJECTS, OBJECT_PREPS, PREP_ONLY
from whosaid.statements.edges import close_quote
from whosaid.statements.frames import cue_span
from whosaid.statements.indirect import discourse_marker, imperative, markup_tag
from whosaid.statements.phrasal import STANCE_HOLDERS
from whosaid.statements.weights import load, probability

MODEL_FILE = "cue_model.json"
# Right-hand dependents that can carry the content of a cue verb.
_COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "prep", "attr", "oprd", "acomp", "dative", "acl"])
_STOP = frozenset(["punct", "cc", "conj"])
_TOPIC_PREPS = OBJECT_PREPS | {"over"}
# Verbs whose attributing frames the rules spell out ("called for", "called it X" but
# not "called a meeting"; "spoke about" but not "spoke to reporters"): their silence
# is a decision, not a miss.
_RULED = frozenset(["call", *PREP_ONLY])
_NO_HOLDER = IMPERSONAL_SUBJECTS | {"this", "that", "you"}
_IMPRESSION = frozenset(["seem", "appear"])
# Documents and utterances that carry an attitude ("a statement condemning X").
_VEHICLES = frozenset([
    "statement", "report", "letter", "ad", "advertisement", "video", "message", "email", "tweet", "post",
    "website", "release", "speech", "memo", "column", "op-ed", "editorial", "book", "comment", "remark",
    "robocall", "commercial", "document", "note", "petition", "resolution",
])
_RELATIVES = frozenset(["which", "who", "where", "when"])

# Cues of reported speech proper: a text in which the rules find one of these with a
# speaker (or a direct quote with one) reports what people said.
_REPORTING = frozenset([
    "say", "tell", "add", "write", "report", "announce", "confirm", "deny", "explain", "state",
    "claim", "note", "warn", "argue", "insist", "testify", "comment", "accord", "tweet", "declare",
    "acknowledge", "admit", "reply", "respond", "allege", "stress", "reiterate",
])
# The writer and the reader: a blog's "I tell my clients" is no reporting.
_WRITER = frozenset(["i", "we", "you", "me", "us"])
# Holders that can hold a view without any reporting around them: people, groups and the
# pronouns that stand for them ("he", "they"; not the writer's "I" and "we" of a blog or
# a shop page, nor "you").
_THIRD_PERSONS = frozenset(["he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs"])
_HOLDER_ENTS = frozenset(["PERSON", "ORG", "NORP", "GPE"])
_HUMAN_NOUNS = PERSON_HEADS | ORG_HEADS | FIRM_HEADS | STANCE_HOLDERS | frozenset([
    "people", "person", "man", "woman", "spokesman", "spokeswoman", "spokesperson",
    "representative", "leader", "president", "premier", "chancellor", "king", "queen", "minister",
    "secretary", "envoy", "ambassador", "diplomat", "general", "commander", "officer", "adviser",
    "advisor", "aide", "chief", "head", "ceo", "voter", "observer", "analyst", "expert", "member",
    "resident", "republican", "democrat", "conservative", "liberal", "legislator",
    "worker", "employee", "student", "teacher", "parent", "citizen", "protester", "demonstrator",
    "negotiator", "regulator", "investigator", "source",
    "witness", "victim", "family", "friend", "colleague", "ally", "rival", "opposition", "delegation",
    "team", "club", "board", "panel", "jury", "senate", "house", "congress", "legislature",
    "governments", "country", "nation", "state", "city", "county", "public", "majority", "minority",
    "challenger", "incumbent", "nominee", "campaigner", "owner", "customer", "reader", "viewer",
])


def load_model() -> dict[str, Any]:
    """The shipped weights: {"bias", "threshold", "weights": {feature: weight}, ...}."""
    return load(MODEL_FILE)


def features(tok: Any) -> list[str]:
    """Parse features of a verb: its lemma with its own role, its subject and its
    dependents, and their combinations (a "l|c=" feature is lemma × child relation)."""
    lemma = tok.lemma_.lower()
    out = [f"l={lemma}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"l|dep={lemma}|{tok.dep_}",
           f"hpos={tok.head.pos_}", f"hl={tok.head.lemma_.lower()}"]
    subj = holder(tok)
    if subj is None:
        out += ["nosubj", f"l|nosubj={lemma}"]
    else:
        out += [f"spos={subj.pos_}", f"sent={subj.ent_type_}", f"l|spos={lemma}|{subj.pos_}"]
        if subj.pos_ == "PRON":
            out.append(f"slow={subj.lower_}")
    for child in tok.children:
        dep = child.dep_
        out += [f"c={dep}", f"l|c={lemma}|{dep}"]
        if dep in ("prep", "prt", "agent"):
            out += [f"cp={child.lower_}", f"l|cp={lemma}|{child.lower_}"]
        elif dep in ("dobj", "xcomp", "ccomp", "attr", "acomp"):
            out.append(f"cl={dep}|{child.lemma_.lower()}")
            if dep == "ccomp" and any(m.dep_ == "mark" for m in child.children):
                out.append("ccomp_mark")
        elif dep == "neg":
            out.append("neg")
    return out + _content_features(tok)


def _content_features(tok: Any) -> list[str]:
    """What the content would be: its length, head and whether it names anyone."""
    doc = tok.doc
    parts = object_content(doc, tok)
    if parts is None:
        return ["nocontent"]
    span = doc.char_span(parts[0][0], parts[-1][1], alignment_mode="expand")
    n = len(span)
    out = [f"clen={min(n.bit_length(), 6)}", f"chead={span.root.pos_}", f"chdep={span.root.dep_}"]
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span):
        out.append("cent")
    if any(t.is_quote for t in span):
        out.append("cquote")
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        out.append("cverb")
    return out


def score(tok: Any, model: dict[str, Any] | None = None) -> float:
    """Probability that ``tok`` is an attribution cue."""
    return probability(model or load_model(), features(tok))


def object_content(doc: Any, verb: Any) -> list[Span] | None:
    """Everything the verb governs to its right, up to the first break in the clause:
    "mocked [the ambitions of three hopefuls]", "spoke [about the economy]"."""
    rights: list[Any] = []
    for child in verb.rights:
        if child.dep_ in _STOP:
            if rights:
                break
            continue
        if child.dep_ == "prep" and child.lower_ not in _TOPIC_PREPS:
            continue  # "said in an interview", "announced at a rally": where, not what
        if child.dep_ in _COMPLEMENTS and child.ent_type_ not in ("DATE", "TIME"):
            rights.append(child)
    if not rights:
        return None
    carried = _carried(doc, rights[0])
    if carried is not None:
        return carried
    first = rights[0].left_edge.i
    if rights[0].dep_ == "prep" and all(doc[k].dep_ in ("prt", "advmod") for k in range(verb.i + 1, rights[0].i)):
        # "spoke about X", "lashed out at X", "bragged openly about X": the preposition
        # belongs to the cue
        first = rights[0].i + 1
    start, end = trim_tokens(doc, first, _before_aside(doc, first, rights[-1].right_edge.i + 1))
    if end <= start:
        return None
    return [char_span(doc, start, close_quote(doc, start, end))]


def _carried(doc: Any, obj: Any) -> list[Span] | None:
    """"issued a statement condemning [the attacks]", "released a video asking for
    [donations]": the document only carries the attitude; PolNeAR's cue runs on to the
    participle and the content is what that participle governs."""
    if obj.dep_ != "dobj" or obj.lemma_ not in _VEHICLES:
        return None
    acl = next((c for c in obj.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
    return None if acl is None else object_content(doc, acl)


def _before_aside(doc: Any, start: int, end: int) -> int:
    """"blocked [a funding package], which …", "posted [a video of the rally], showing
    …": a relative clause or participle the parser hangs on the object after a comma is
    the writer's aside, not part of what was attributed."""
    for k in range(start + 1, end - 1):
        nxt = doc[k + 1]
        if doc[k].text == "," and (
            nxt.lower_ in _RELATIVES or nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "acl", "xcomp", "conj")
        ):
            return k
    return end


def rule_territory(cands: list[Candidate]) -> list[Span]:
    """Text the rules already attributed (contents and cues): the model looks elsewhere."""
    return [s for c in cands for s in c.spans] + [c.cue_span for c in cands if c.cue_span]


def eligible(doc: Any, taken: list[Span]) -> list[Any]:
    """What the model scores: verbs, and nouns with a holder or a topic ("her
    excitement for X", "a call to …"), outside ``taken``. Training uses the same set."""
    return [
        t for t in doc
        if (t.pos_ == "VERB" and t.lemma_ not in _RULED and not _passive(t)
            or t.pos_ == "NOUN" and _noun_cue_shape(t))
        and not inside(t.idx, taken) and not markup_tag(doc, t)
    ]


def _passive(verb: Any) -> bool:
    # "The plan was criticized as reckless": the subject is what was criticized and the
    # object reading is wrong; the rules handle passives with and without an agent.
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _noun_cue_shape(tok: Any) -> bool:
    return any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in _TOPIC_PREPS
        or c.dep_ == "acl" and c.i > tok.i
        for c in tok.children
    )


def holder(tok: Any) -> Any | None:
    """Who holds the attitude: a verb's subject; a noun's possessor, or the subject of
    the verb it is the object of ("expressed excitement for")."""
    if tok.pos_ != "NOUN":
        # "Hizbollah seems unlikely to …": the impression is the writer's, not the
        # subject's (the rules read "seem"/"appear" the same way, NO_SOURCE_XCOMP).
        return None if tok.lemma_ in _IMPRESSION else subject_of(tok)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        return subject_of(tok.head)
    return None


def _cue_through_prep(doc: Any, verb: Any, content_start: int) -> Span:
    """The cue as written, with the preposition ``object_content`` left out of the
    content: "focused on | the economy", "lashed out at | the press"."""
    s, e = cue_span(verb)
    for child in verb.rights:
        if child.dep_ == "prep" and e <= child.idx and child.idx + len(child) <= content_start \
                and not doc.text[child.idx + len(child):content_start].strip():
            return s, child.idx + len(child)
    return s, e


def reports(cands: list[Candidate], doc: Any) -> bool:
    """Did the rules find reported speech in this text: a direct quote with a speaker, or
    a reporting cue ("said", "told", "according to") with one, the speaker not being the
    writer? Political news always does; product pages, recipes, listings and how-to
    posts mostly do not."""
    for c in cands:
        if c.mention is None or c.cue_span is None or doc.text[c.mention[0]:c.mention[1]].lower() in _WRITER:
            continue  # "I'm here to tell you …", "as I always tell my clients": the blogger
        if c.kind == "direct":
            return True
        first = doc.char_span(c.cue_span[0], c.cue_span[1], alignment_mode="expand")
        if first is not None and len(first) and first[0].lemma_.lower() in _REPORTING:
            return True
    return False


def _reporting_cue(tok: Any, subj: Any) -> bool:
    """"A nurse … has good things to say about …": a reporting verb of anyone but the writer."""
    return tok.lemma_.lower() in _REPORTING and (subj is None or subj.lower_ not in _WRITER)


def person_like(subj: Any) -> bool:
    """Is the holder someone who can hold a view: a named person, group or country, a
    third-person pronoun, or a noun for people ("the governor", "critics", "the company")?"""
    if subj is None:
        return False
    if subj.lower_ in ("who", "whom") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.head.i:
        subj = subj.head.head  # "officials who backed the plan": what "who" stands for
    if subj.ent_type_ in _HOLDER_ENTS or subj.lower_ in _THIRD_PERSONS:
        return True
    if subj.pos_ == "PROPN":
        return not subj.ent_type_
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _HUMAN_NOUNS


# Verbs whose subject meets an attitude others hold ("faced questions about", "drew
# criticism for", "stoked fears about"): the noun's holder is not named.
_MET_WITH = frozenset([
    "face", "receive", "draw", "earn", "field", "hear", "endure", "weather", "attract",
    "stoke", "spark", "fuel", "provoke",
])


def _met_with(noun: Any) -> bool:
    """Is an attitude noun the object of a verb whose subject only meets it?"""
    return bool(noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MET_WITH
                and not any(c.dep_ == "poss" for c in noun.children))


def learned_candidates(
    doc: Any, taken: list[Span], model: dict[str, Any] | None = None, *, reported: bool = True,
) -> list[Candidate]:
    """Candidates for verbs outside ``taken`` that the model scores as cues.

    ``reported=False`` (the rules found no reported speech in the text, :func:`reports`)
    keeps only cues whose holder is someone (:func:`person_like`) and reporting verbs:
    the model learnt its cues on political news, and on a how-to post "cognitive therapy
    explores the connection between …" or "aim to get seven hours of sleep" scores like one."""
    model = model or load_model()
    out: list[Candidate] = []
    mine: list[Span] = []  # what this pass attributed: no cue nested in another's content
    for tok in eligible(doc, taken):
        if inside(tok.idx, mine) or score(tok, model) < model["threshold"]:
            continue
        if tok.pos_ == "VERB" and (imperative(doc, tok) or discourse_marker(doc, tok)):
            continue  # "Say goodbye to …", "Having said that, …": the rules' exclusions hold here too
        parts = object_content(doc, tok)
        if parts is None:
            continue
        subj = holder(tok)
        if subj is None and tok.pos_ == "NOUN":
            continue  # a holder-less noun ("the debate over X") names no one who holds it
        if subj is not None and subj.lower_ in _NO_HOLDER:
            continue  # "it remains …", "that allows …", generic "you": no attitude of anyone
        if not reported and not person_like(subj) and not _reporting_cue(tok, subj):
            continue  # "our guide explores …", "a storm dumped …" on a page no one speaks in
        if tok.pos_ == "NOUN" and subj is not None and subj.dep_ == "poss":
            subj = doer_for_possessive(subj) or subj  # "Cruz reboots his attacks on Trump"
        elif _met_with(tok):
            subj = None  # "Clinton faced questions about …": who asks them is not said
        mention, resolve = speaker_spans(subj)
        last = max(tok.i, doc.char_span(parts[-1][1] - 1, parts[-1][1], alignment_mode="expand").end - 1)
        first = tok.i if subj is None else min(tok.i, subj.i)
        out.append(Candidate(
            "indirect", parts, mention=mention, resolve=resolve, cue_span=_cue_through_prep(doc, tok, parts[0][0]),
            sentence_span=sentence_span(doc, first, last),
        ))
        mine += parts
    return out

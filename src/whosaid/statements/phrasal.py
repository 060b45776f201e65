"""Attributions whose cue is more than a verb with a clause.

- Light verb + attitude noun: "X raised questions about Y", "X expressed concern
  that Y", "X made the case for Y", "X took a shot at Y" — the content is what the
  noun is about, the speaker is the verb's subject.
- Passive cue with an agent: "Y was first reported by X", "Y is favored by X".
- "X called for Y to Z": the parser reads "for" as the mark of an adverbial clause.
- Noun cue with a that-clause: "X's claim that Y", "X's warning that Y".

These patterns were the largest groups of missed indirect attributions on the PolNeAR
train split (bench/polnear_misses.py).
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import char_span, trim_tokens

# Verbs that carry little meaning of their own next to an attitude noun.
LIGHT_VERBS: frozenset[str] = frozenset(
    ["make", "raise", "take", "express", "voice", "offer", "give", "issue", "level", "launch", "pose", "share", "lodge", "file", "renew", "deliver", "extend", "register", "air", "cast", "hold", "harbor", "reiterate", "repeat", "throw", "lay", "have", "signal"]
)

# Nouns that turn a light verb into a cue: what they are about is attributed content.
ATTITUDE_NOUNS: frozenset[str] = frozenset(
    ["criticism", "allegation", "accusation", "charge", "case", "question", "concern", "doubt", "shot", "jab", "swipe", "dig", "stance", "stand", "position", "support", "opposition", "argument", "claim", "complaint", "warning", "objection", "praise", "appeal", "plea", "call", "demand", "promise", "pledge", "commitment", "vow", "threat", "suggestion", "proposal", "prediction", "point", "remark", "comment", "statement", "announcement", "assurance", "fear", "hope", "confidence", "skepticism", "scepticism", "reservation", "frustration", "anger", "outrage", "dismay", "disappointment", "regret", "sympathy", "condolence", "gratitude", "thanks", "apology", "exception", "issue", "view", "belief", "opinion", "message", "pitch", "endorsement", "assessment", "defense", "defence", "critique", "attack", "broadside", "rebuke", "challenge", "idea", "vision", "plan", "interest", "preference"]
)

# Prepositions after an attitude noun that introduce its topic.
_TOPIC_PREPS: frozenset[str] = frozenset(
    ["about", "against", "at", "for", "on", "over", "of", "to", "toward", "towards", "with", "regarding", "in"]
)

# Cue verbs whose "for"-clause is the content: "called for the country to …".
FOR_CLAUSE_VERBS: frozenset[str] = frozenset(
    ["call", "push", "argue", "press", "lobby", "advocate", "ask", "plead", "campaign", "fight", "appeal", "vote", "clamor", "clamour"]
)


def _range(doc: Any, start: int, end: int, *, single_noun: bool = True) -> list[Span] | None:
    start, end = trim_tokens(doc, start, end)
    if end - start < 1 or end - start == 1 and not (single_noun and doc[start].pos_ in ("PROPN", "NOUN")):
        return None
    return [char_span(doc, start, end)]


def _that_clause(tok: Any) -> Any | None:
    """A "that"-clause hanging off ``tok`` to its right, if any."""
    for c in tok.rights:
        if c.dep_ in ("acl", "ccomp", "relcl", "advcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return c
    return None


def light_verb_content(doc: Any, verb: Any) -> tuple[list[Span], Any] | None:
    """(content, noun) for "raised questions about Y" / "expressed concern that Y"."""
    noun = next(
        (c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in ATTITUDE_NOUNS), None
    )
    if noun is None:
        return None
    clause = _that_clause(noun)
    if clause is not None:
        parts = _clause_range(doc, clause)
        return (parts, noun) if parts else None
    # The topic phrase hangs off the noun or, misattached, off the verb right after it.
    preps = [c for c in noun.rights if c.dep_ == "prep"]
    preps += [c for c in verb.rights if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    for prep in preps:
        if prep.lower_ not in _TOPIC_PREPS:
            continue
        if prep.lower_ == "in" and noun.lemma_.lower() not in ("confidence", "interest", "faith"):
            continue  # "made the case in a speech": where, not what
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        topic = _range(doc, prep.i + 1, prep.right_edge.i + 1)
        if topic:
            return topic, prep
    clause = _that_clause(verb)
    if clause is not None and clause.i > noun.i:
        parts = _clause_range(doc, clause)
        return (parts, noun) if parts else None
    return None


def _clause_range(doc: Any, clause: Any) -> list[Span]:
    return _range(doc, clause.left_edge.i, clause.right_edge.i + 1, single_noun=False) or []


def passive_content(doc: Any, verb: Any) -> tuple[list[Span], Any | None] | None:
    """(content, agent) for "Y was reported by X": the subject is what X said; agent
    None for "it was reported that Y"."""
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    by_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    ccomp = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if by_obj is None:
        # "It was reported that …": attributed, to no one named.
        expletive = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.lefts)
        that = _that_clause(verb)
        if expletive and ccomp is not None and that is not None and that.i == ccomp.i:
            parts = _clause_range(doc, ccomp)
            return (parts, None) if parts else None
        return None
    if ccomp is not None:
        parts = _clause_range(doc, ccomp)
    else:
        subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ in ("it", "this", "that", "which", "who"):
            return None
        parts = _range(doc, subj.left_edge.i, subj.right_edge.i + 1) or []
    return (parts, by_obj) if parts else None


def for_clause_content(doc: Any, verb: Any) -> tuple[list[Span], int] | None:
    """(content, last cue token) for "called for the United States to step up …"."""
    if verb.lemma_ not in FOR_CLAUSE_VERBS:
        return None
    for c in verb.rights:
        mark = next((m for m in c.lefts if m.dep_ == "mark" and m.lower_ == "for"), None)
        if c.dep_ == "advcl" and mark is not None and mark.i <= verb.i + 2:
            parts = _range(doc, mark.i + 1, c.right_edge.i + 1, single_noun=False)
            return (parts, mark.i) if parts else None
    return None


def noun_that_content(doc: Any, noun: Any) -> list[Span] | None:
    """"X's claim that Y": the clause after a possessed cue noun."""
    clause = _that_clause(noun)
    return _clause_range(doc, clause) or None if clause is not None else None


# Adjectives and participles of attitude: "X is confident that Y", "X is opposed to Y".
ATTITUDE_ADJS: frozenset[str] = frozenset(
    ["sure", "certain", "confident", "convinced", "clear", "aware", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "critical", "supportive", "opposed", "worried", "concerned", "afraid", "eager", "keen", "willing", "unwilling", "reluctant", "determined", "committed", "focused", "happy", "glad", "proud", "angry", "upset", "frustrated", "disappointed", "satisfied", "adamant", "wary", "fearful", "unsure", "uncertain", "doubtful", "comfortable", "uncomfortable", "intent", "interested", "fond", "dismissive", "grateful", "thankful", "nervous", "anxious", "enthusiastic", "unhappy", "furious", "outraged", "alarmed", "troubled", "encouraged", "pleased", "persuaded", "resigned", "inclined", "open", "dedicated", "excited"]
)
STANCE_HOLDERS: frozenset[str] = frozenset(
    ["critic", "advocate", "supporter", "opponent", "proponent", "fan", "champion", "backer", "defender", "skeptic", "sceptic", "foe", "admirer", "detractor", "booster", "believer"]
)
_COPULAS = frozenset(["be", "become", "remain", "seem", "appear", "feel", "sound", "grow", "look", "stay"])
_ADJ_PREPS = frozenset(["about", "of", "on", "to", "with", "over", "toward", "towards", "in", "for"])
_NO_HOLDER = frozenset(["it", "there", "this", "that", "which"])


def predicate_content(doc: Any, adj: Any) -> tuple[list[Span], Any, Any] | None:
    """(content, holder, last cue token) for "X is worried that Y" / "X is opposed to Y"."""
    if adj.pos_ == "NOUN" and adj.lemma_.lower() in STANCE_HOLDERS:
        # "X is a vocal critic of Y": the noun predicate names X's stance on Y.
        if adj.dep_ != "attr" or adj.head.lemma_ not in _COPULAS:
            return None
        holder = next((c for c in adj.head.lefts if c.dep_ == "nsubj"), None)
        comps = [c for c in adj.rights if c.lower_ == "of"]
    elif adj.lower_ not in ATTITUDE_ADJS:
        return None
    elif adj.dep_ == "acomp" and adj.head.lemma_ in _COPULAS:
        holder = next((c for c in adj.head.lefts if c.dep_ == "nsubj"), None)
        # The complement hangs off the adjective or, misattached, off the copula after it.
        comps = [*adj.rights, *(c for c in adj.head.rights if c.i > adj.i)]
    elif adj.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in adj.lefts):
        holder = next((c for c in adj.lefts if c.dep_ == "nsubjpass"), None)
        comps = list(adj.rights)
    else:
        return None
    if holder is None or holder.lower_ in _NO_HOLDER:
        return None
    for c in comps:
        if c.dep_ in ("ccomp", "xcomp"):
            parts = _clause_range(doc, c)
            return (parts, holder, adj) if parts else None
        if c.dep_ == "prep" and c.lower_ in _ADJ_PREPS and c.i == adj.i + 1:
            topic = _range(doc, c.i + 1, c.right_edge.i + 1)
            return (topic, holder, c) if topic else None
    return None


# Documents that speak for their authors: "In a CBS News poll, Clinton leads by six".
SOURCE_DOCS: frozenset[str] = frozenset(
    ["poll", "survey", "study", "analysis", "ruling", "decision", "filing", "lawsuit", "ad", "advertisement"]
)  # not "interview", "statement", "post": "In an interview, she called for …" is hers
_SPEAKING_ROOTS = frozenset(["say", "tell", "write", "add", "argue", "claim", "note", "state", "declare", "explain", "warn", "insist", "believe", "think", "show", "find"])


def in_source_content(doc: Any, prep: Any) -> tuple[list[Span], Any] | None:
    """(content, source) for a sentence-opening "In a poll released Monday, …": the rest
    of the sentence is what the document says — unless the clause has its own speaker
    ("In an interview, she said …" is her statement, found by the verb rules)."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    src = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if src is None or src.lemma_.lower() not in SOURCE_DOCS or any(c.dep_ == "poss" for c in src.children):
        return None  # "In his filing, he listed …": the author speaks for himself
    sent = prep.sent  # costly in spaCy (a scan of the Doc): only for the few that get here
    if prep.i - sent.start > 1:
        return None
    if sent.root.lemma_ in _SPEAKING_ROOTS or prep.head.i != sent.root.i:
        return None
    end = prep.right_edge.i + 1
    if end >= sent.end or doc[end].text != ",":
        return None
    parts = _range(doc, end + 1, sent.end, single_noun=False)
    return (parts, src) if parts else None

"""Attributions whose cue is more than a verb with a clause.

- Light verb + attitude noun: "X raised questions about Y", "X expressed concern
  that Y", "X made the case for Y", "X took a shot at Y" — the content is what the
  noun is about, the speaker is the verb's subject.
- Passive cue with an agent: "Y was first reported by X", "Y is favored by X".
- "X called for Y to Z": the parser reads "for" as the mark of an adverbial clause.
- Noun cue with a that-clause: "X's claim that Y", "X's warning that Y".
- Attitude predicates: "X is wary of Y", "voters worried about Y", "were thrilled with it
  and confident that Y", "Disappointed in Y, X …" — the holder is whoever the adjective
  or participle is predicated of; "X was angered by Y" — what moved them.
- Characterisation passives: "X is seen as Y", "X was written off as Y by Z" — Z (or no
  one named) holds that X is Y; "X was asked about Y".
- "To many, Y": a sentence-opening "to" someone names whose view the rest is.

These patterns were the largest groups of missed indirect attributions on the PolNeAR
train split (bench/polnear_misses.py).
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import char_span, subject_of, trim_tokens
from whosaid.statements.cues import ALL_VERB_CUES
from whosaid.statements.edges import close_quote

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
    return [char_span(doc, start, close_quote(doc, start, end))]  # "baffled by this “online thing.”"


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
    asked = _asked_about(doc, verb)
    if asked:
        return asked, by_obj
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


# Verbs of characterisation: "X is seen as Y", "X was written off as Y", "X is
# considered Y" — someone (the agent, if named) holds that X is Y.
AS_VERBS: frozenset[str] = frozenset(
    ["see", "view", "regard", "consider", "perceive", "describe", "characterize", "characterise", "portray", "depict", "paint", "cast", "label", "brand", "dub", "bill", "tout", "hail", "praise", "criticize", "criticise", "dismiss", "deride", "mock", "denounce", "condemn", "write", "mention", "identify", "peg", "deem", "judge", "rate", "rank", "tip", "envision", "pitch", "present", "know"]
)
_NOT_CONTENT_SUBJECTS = frozenset(["it", "this", "that", "which", "who", "what", "there"])
_PERSONAL = frozenset(["he", "she", "they", "we", "i"])


def passive_as_content(doc: Any, verb: Any) -> tuple[list[Span], Any | None] | None:
    """(content, agent) for "Rubio is seen as the likeliest nominee": the subject and
    what it is seen as, a span each (the cue sits between); agent None unless "by X"."""
    if verb.lemma_ not in AS_VERBS:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _NOT_CONTENT_SUBJECTS or any(t.tag_ in ("WP$", "WDT", "WP") for t in subj.subtree):
        return None  # "whose finish was seen as …": what is seen is its antecedent's
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    # "is regarded by colleagues as …": the parser may hang "as" off the agent.
    rights = [*verb.rights, *(agent.subtree if agent is not None else ())]
    comp = next((c for c in rights if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"), None)
    if comp is None or verb.lemma_ == "know" and comp.dep_ == "oprd":
        return None
    # The agent may hang off the verb or, misattached, inside the complement.
    if agent is None:
        # (An "agent" there belongs to a participle: "voters exasperated by gridlock".)
        agent = next((c for c in comp.subtree if c.dep_ == "prep" and c.lower_ == "by"), None)
    by_obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    end = comp.right_edge.i + 1
    if agent is not None and comp.i < agent.i < end:
        end = agent.i
    what = _range(doc, comp.i + 1 if comp.dep_ == "prep" else comp.left_edge.i, end)
    if subj.pos_ == "PRON":
        if subj.lower_ not in _PERSONAL:
            return None
        who = [char_span(doc, subj.i, subj.i + 1)]
    else:
        who = _range(doc, subj.left_edge.i, subj.right_edge.i + 1) or []
    if not what or not who:
        return None
    return who + what, by_obj


def _asked_about(doc: Any, verb: Any) -> list[Span]:
    """"She was asked about the speeches", "he was asked if he would run": what the
    question was about, or the question (the subject was asked; the asker is the agent,
    if named)."""
    if verb.lemma_ not in ("ask", "press", "question", "quiz", "grill"):
        return []
    question = next((c for c in verb.rights if c.dep_ in ("ccomp", "advcl") and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == c.left_edge.i for m in c.lefts)), None)
    if question is not None:
        # "He was asked if he would support Trump": the question is what was asked.
        return _range(doc, question.left_edge.i, question.right_edge.i + 1, single_noun=False) or []
    about = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is None or any(doc[k].dep_ not in ("advmod", "agent", "pobj", "compound", "det", "amod", "prep")
                            for k in range(verb.i + 1, about.i)):
        return []
    return _range(doc, about.i + 1, about.right_edge.i + 1) or []


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
    ["sure", "certain", "confident", "convinced", "clear", "aware", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "critical", "supportive", "opposed", "worried", "concerned", "afraid", "eager", "keen", "willing", "unwilling", "reluctant", "determined", "committed", "focused", "happy", "glad", "proud", "angry", "upset", "frustrated", "disappointed", "satisfied", "adamant", "wary", "fearful", "unsure", "uncertain", "doubtful", "comfortable", "uncomfortable", "intent", "interested", "fond", "dismissive", "grateful", "thankful", "nervous", "anxious", "enthusiastic", "unhappy", "furious", "outraged", "alarmed", "troubled", "encouraged", "pleased", "persuaded", "resigned", "inclined", "open", "dedicated", "excited",
     # states of mind and stance missed on PolNeAR train (copular predicates with a holder)
     "cautious", "mindful", "conscious", "cognizant", "unaware", "oblivious", "terrified", "scared", "horrified", "appalled", "disgusted", "shocked", "stunned", "surprised", "puzzled", "baffled", "confused", "disturbed", "dissatisfied", "unconvinced", "unimpressed", "impressed", "sick", "tired", "weary", "hungry", "desperate", "insistent", "emphatic", "explicit", "vocal", "outspoken", "unapologetic", "unequivocal", "resolute", "steadfast", "devoted", "sympathetic", "empathetic", "receptive", "amenable", "averse", "hostile", "lukewarm", "ambivalent", "noncommittal", "undecided", "unanimous", "unified", "united", "mistrustful", "distrustful", "suspicious", "cynical", "leery", "envious", "ashamed", "embarrassed", "saddened", "thrilled", "delighted", "elated", "bullish", "bearish", "upbeat", "passionate", "miffed", "unafraid", "annoyed", "irritated", "incensed", "livid", "bitter", "resentful", "nostalgic", "angered", "startled", "shaken", "intrigued", "offended", "bothered", "infuriated", "enraged", "dismayed", "heartened", "emboldened", "unmoved"]
)
STANCE_HOLDERS: frozenset[str] = frozenset(
    ["critic", "advocate", "supporter", "opponent", "proponent", "fan", "champion", "backer", "defender", "skeptic", "sceptic", "foe", "admirer", "detractor", "booster", "believer"]
)
_COPULAS = frozenset(["be", "become", "remain", "seem", "appear", "feel", "sound", "grow", "look", "stay"])
# "by" only after a feeling: what moved them ("were angered by the deal").
_ADJ_PREPS = frozenset(["about", "of", "on", "to", "with", "over", "toward", "towards", "in", "for", "by"])
_MOVED: frozenset[str] = frozenset(
    ["angered", "startled", "shaken", "intrigued", "offended", "bothered", "infuriated", "enraged", "dismayed", "outraged", "troubled", "upset", "frustrated", "disappointed", "encouraged", "alarmed", "worried", "concerned", "pleased", "surprised", "shocked", "stunned", "disturbed", "horrified", "appalled", "disgusted", "impressed", "heartened", "emboldened", "thrilled", "delighted", "annoyed", "irritated", "incensed", "puzzled", "baffled", "confused", "saddened", "embarrassed", "unmoved", "persuaded", "convinced", "terrified", "scared", "miffed"]
)
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
    else:
        found = _attitude_holder(adj)
        if found is None:
            return None
        holder, comps = found
    if holder is None or holder.lower_ in _NO_HOLDER:
        return None
    for c in comps:
        if c.dep_ == "xcomp" and adj.lower_ in _RAISING:
            continue
        if c.dep_ in ("ccomp", "xcomp"):
            parts = _clause_range(doc, c)
            return (parts, holder, adj) if parts else None
        if c.lower_ == "by" and adj.lower_ not in _MOVED:
            continue  # "is opposed by X": X holds the stance, the subject is its object
        if c.dep_ in ("prep", "agent") and c.lower_ in _ADJ_PREPS and c.i == adj.i + 1:
            topic = _range(doc, c.i + 1, c.right_edge.i + 1)
            return (topic, holder, c) if topic else None
    return None


# Said of things as often as of people: "an hour dedicated to foreign policy", "protests
# focused on policing", "a prospect sure to horrify" — no holder in a reduced relative.
_ALSO_OF_THINGS = frozenset(["dedicated", "devoted", "focused", "sure", "certain", "open", "committed", "intent", "critical"])
# With an infinitive these forecast ("is certain to win"); with a clause they hold ("is
# certain that …").
_RAISING = frozenset(["sure", "certain"])


def _attitude_holder(adj: Any, depth: int = 0) -> tuple[Any | None, list[Any]] | None:
    """(holder, complements) of an attitude adjective or participle, or None when it
    is not predicated of anyone."""
    head = adj.head
    if adj.dep_ == "acomp" and head.lemma_ in _COPULAS:
        # "the voters … were acutely aware that …": a conjoined copula borrows its subject.
        holder = next((c for c in head.lefts if c.dep_ == "nsubj"), None) or subject_of(head)
        # The complement hangs off the adjective or, misattached, off the copula after it.
        return holder, [*adj.rights, *(c for c in head.rights if c.i > adj.i)]
    if adj.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in adj.lefts):
        return next((c for c in adj.lefts if c.dep_ == "nsubjpass"), None), list(adj.rights)
    if adj.dep_ == "conj" and depth < 2 and head.i < adj.i and head.tag_ in ("JJ", "VBN"):
        # "were thrilled with the debut and confident that …": the first conjunct's holder.
        found = _attitude_holder(head, depth + 1)
        return (found[0], list(adj.rights)) if found is not None else None
    if adj.dep_ in ("amod", "acl") and head.i < adj.i and head.pos_ in ("NOUN", "PROPN") \
            and adj.lower_ not in _ALSO_OF_THINGS and any(
        c.dep_ in ("prep", "xcomp", "ccomp") for c in adj.rights
    ):
        # "voters worried about the economy": a reduced relative, held by the noun.
        return head, list(adj.rights)
    if adj.dep_ == "advcl" and head.pos_ == "VERB":
        # "Aides detailed the operation, eager to show that …", "were thrilled with it and
        # confident that …" (misparsed as an adverbial), "Disappointed in the choices,
        # activists left": the main clause's subject.
        holder = subject_of(head) or next((c for c in head.lefts if c.dep_ == "nsubjpass"), None)
        return holder, list(adj.rights)
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
    if src is None or src.lemma_.lower() not in SOURCE_DOCS or any(
        c.dep_ == "poss" and c.ent_type_ not in ("DATE", "ORG") for c in src.children
    ):
        return None  # "In his filing, he listed …": the author speaks for himself ("In May's poll" names none)
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


_POLLS = frozenset(["poll", "survey"])
# Verbs that tell what a poll did or who took part, not what it found.
_POLL_ACTS = frozenset(["conduct", "release", "publish", "take", "participate", "include", "appear", "ask", "question", "respond", "answer", "interview", "survey", "poll", "sample", "show", "find"])
_WH_OPENERS = frozenset(["when", "where", "while", "as", "because", "since", "although", "though", "if", "that", "which", "who"])


def trailing_poll_content(doc: Any, prep: Any) -> tuple[list[Span], Any] | None:
    """(content, poll) for a finding with its poll after it: "Trump leads by 24 points
    in a new Fox News poll", "Kasich was at 12 percent in the latest survey". The
    clause the "in" phrase closes — its subject to the preposition — is what the poll
    says."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    src = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    for _ in range(4):  # "won 4 percent of the vote in a poll": the parser hangs it off "vote"
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "prep", "dobj", "attr"):
            break
        verb = verb.head
    # One poll, named: "in the polls" is a standing, marked as a finding less than half the time.
    if src is None or src.lemma_.lower() not in _POLLS or src.tag_ != "NN" or verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i:
        return None
    if verb.lemma_ in _POLL_ACTS or verb.lemma_ in ALL_VERB_CUES or any(
        c.dep_ in ("ccomp", "nsubjpass", "auxpass") for c in verb.children
    ):
        return None  # "took part in a survey", "viewed him favorably in the poll": a cue of its own
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "expl")), None)
    if subj is not None and (subj.pos_ == "PRON" and subj.lower_ in ("we", "you", "i") or subj.tag_ in ("WDT", "WP")):
        return None
    start = subj.left_edge.i if subj is not None else verb.i
    while start < verb.i and doc[start].lower_ in _WH_OPENERS:
        start += 1
    if subj is None:
        while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in ("aux", "neg"):
            start -= 1
    parts = _range(doc, start, prep.i, single_noun=False)
    return (parts, src) if parts else None


# Pronouns and quantifiers that name people in "To many, …".
_PEOPLE_PRONOUNS = frozenset(["many", "some", "others", "most", "him", "her", "them", "me", "us", "anyone", "everyone", "few"])
_PEOPLE_NOUNS = frozenset(["official", "voter", "observer", "analyst", "expert", "conservative", "liberal", "activist", "aide", "adviser", "leader", "member", "resident", "people"])


def to_holder_content(doc: Any, prep: Any) -> tuple[list[Span], Any] | None:
    """(content, holder) for "To many, the senator is a provocateur" / "To Sharp, the
    deal was a mistake": a sentence-opening "to" someone names whose view the rest is."""
    if prep.lower_ != "to" or prep.dep_ != "prep" or prep.i > 0 and not _opens_sentence(doc, prep.i):
        return None
    who = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if who is None or not (who.lower_ in _PEOPLE_PRONOUNS or who.ent_type_ in ("PERSON", "NORP")
                           or who.pos_ == "PROPN" and who.ent_type_ in ("", "ORG")
                           or who.pos_ == "NOUN" and who.lemma_ in STANCE_HOLDERS | _PEOPLE_NOUNS):
        return None
    end = prep.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    sent_end = end + 1
    while sent_end < len(doc) and not doc[sent_end].is_sent_start:
        sent_end += 1
    parts = _range(doc, end + 1, sent_end, single_noun=False)
    return (parts, who) if parts else None



def _opens_sentence(doc: Any, i: int) -> bool:
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    return k < 0 or doc[i].is_sent_start or doc[k].text in (".", "!", "?")

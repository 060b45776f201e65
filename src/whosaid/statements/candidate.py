"""What the direct and indirect finders hand to the stage, plus span helpers over a Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whosaid.model import Span, StatementKind
from whosaid.statements.clauses import (
    RELATIVE,
    dateline_start,
    own_subject,
    relative_before,
    second_cue,
    stray_subject,
)
from whosaid.statements.clauses import is_break as is_break

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
# campaign", "the head of the agency"); relative clauses do not, nor appositions but
# the name of a description (``_with_apposition``).
_MENTION_RIGHT_PREPS = frozenset(["for", "of", "at", "with", "from"])


def mention_span(tok: Token) -> Span:
    """The noun phrase headed by ``tok`` as written: left modifiers plus of/for phrases."""
    doc = tok.doc
    left = tok.left_edge.i
    brk = _break_between(doc, left - 1, tok.i)
    if brk is not None:
        left = brk + 1
    left = dateline_start(doc, left, tok.i)
    while left < tok.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _MENTION_RIGHT_PREPS:
            right = max(right, child.right_edge.i)
        elif (by := _authored_by(tok, child, right)) is not None:
            right = by
        elif child.dep_ in ("compound", "flat", "nummod", "case") and child.i == right + 1:
            right = child.i
        else:
            break
    while right > tok.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _authored_by(tok: Token, child: Token, right: int) -> int | None:
    """The last token of the author a thing is "by": "a 2014 estimate by the Joint
    Committee on Taxation", "calculations by Amy Glasmeier of MIT", "an article written by
    Ian Tuttle", "a poll conducted by the Times and ABC News". The thing speaks for its
    author and PolNeAR's source is often the author alone: the mention covers both."""
    if tok.pos_ != "NOUN" or child.left_edge.i != right + 1:
        return None
    if child.dep_ == "prep" and child.lower_ == "by":
        return int(child.right_edge.i)
    if child.dep_ == "acl" and child.tag_ == "VBN":
        agent = next((c for c in child.rights if c.dep_ == "agent"), None)
        if agent is not None and _break_between(tok.doc, tok.i, agent.right_edge.i) is None:
            return int(agent.right_edge.i)
    return None


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
    subj = _poll_for_count(subj) or subj
    mention = mention_span(subj)
    clause = subj.head
    if subj.lower_ in RELATIVE and clause.dep_ == "relcl" and clause.head.i != clause.i:
        antecedent = mention_span(clause.head)
        if antecedent[1] < mention[0] and subj.i > 0 and not subj.doc[subj.i - 1].is_punct and \
                clause.head.ent_type_ not in ("DATE", "TIME") and \
                _break_between(subj.doc, clause.head.i, subj.i) is None:
            # "gun advocates who want …": a restrictive relative reads as one phrase with
            # what it restricts ("The governor, who said …" keeps "who" on its own).
            return (antecedent[0], mention[1]), antecedent
        return mention, antecedent
    mention = _with_apposition(subj, mention)
    return mention, mention


# What a share of respondents is counted in: "In a CNN poll, 29 percent said …".
_POLLS = frozenset(["poll", "survey", "polling"])
_SHARES = frozenset(["percent", "half", "majority", "third", "quarter", "plurality", "%"])


def _poll_for_count(subj: Token) -> Token | None:
    """The poll that an opening "In a … poll," names for a share of its respondents:
    in "In a September Post-ABC poll, 75 percent of Republicans said …" the poll speaks
    (PolNeAR's source), the 75 percent are what it counted. Only a poll set before the
    subject: "39 percent viewed him favorably in the January poll" keeps the share."""
    if subj.dep_ != "nsubj" or not (subj.like_num or subj.lower_ in _SHARES):
        return None
    for prep in subj.head.lefts:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < subj.i:
            poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if poll is not None and poll.lemma_.lower() in _POLLS:
                return poll
    return None


_POSSESSIVE_PERSONS = {"his": "s", "her": "s", "their": "p"}


def doer_for_possessive(subj: Token) -> Token | None:
    """For the possessive of an attitude noun that is the cue: the subject of the verb
    whose object the noun is, when the possessive can stand for it. In "Cruz ratcheted
    up his attacks on Trump" or "She revised her statement" PolNeAR's source is the
    subject the possessive repeats; "Ms. Henry articulated their fear" keeps "their"."""
    number = _POSSESSIVE_PERSONS.get(subj.lower_)
    noun = subj.head
    if number is None or subj.dep_ != "poss" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    doer = next((c for c in noun.head.lefts if c.dep_ == "nsubj"), None)
    if doer is None or doer.lower_ in RELATIVE:
        return None
    if doer.pos_ == "PRON":
        agrees = doer.lower_ in (("he", "she") if number == "s" else ("they",))
    else:
        plural = doer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doer.children)
        agrees = doer.pos_ in ("PROPN", "NOUN") and plural == (number == "p")
    return doer if agrees else None


def _with_apposition(tok: Token, span: Span) -> Span:
    """A description whose apposition names the speaker reads as one mention with the
    name: "The head of the group, Mike Murphy, praised …". PolNeAR's source is often
    just the name; a name followed by a description ("Maria Okafor, the treasurer")
    stays the name alone."""
    if tok.pos_ != "NOUN":
        return span
    doc = tok.doc
    for child in tok.rights:
        comma = doc[child.left_edge.i - 1]
        if child.dep_ != "appos" or child.i <= tok.i or comma.text != ",":
            continue
        if child.pos_ != "PROPN" or child.ent_type_ not in ("PERSON", "") \
                or any(c.dep_ == "conj" for c in child.children) \
                or _break_between(doc, tok.i, child.right_edge.i) is not None:
            break  # "Weeds, crabgrass and palm fronds" is a list, not an apposition
        if any(doc[k].is_quote and doc[k].dep_ != "case" or doc[k].text in ("(", ")")
               for k in range(tok.i, child.i + 1)):
            break
        return span[0], max(span[1], mention_span(child)[1])  # not its relative clause
    return span


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
    subj = own_subject(verb)
    if subj is not None:
        return subj  # may be "who": speaker_spans() finds what it stands for
    if depth >= 3:
        return None
    head = verb.head
    if head.i == verb.i:
        return stray_subject(verb) or _first_conjunct_subject(verb)
    reporter = second_cue(verb)
    if reporter is not None:
        # "Walsh stressed that …, suggesting …": the reporter's, not the clause subject's.
        return _subject_of(reporter, depth + 1)
    controller = _controller(verb)
    if controller is not None:
        return controller
    if verb.dep_ == "advcl" and verb.lemma_.lower() in _ADDRESSED and _bare_participle(verb):
        # "Asked about the vote, she said …", "he said when pressed": she was asked;
        # the one who asked is the agent, if named at all.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if verb.dep_ == "conj" and head.i < verb.i and _break_between(verb.doc, head.i, verb.i) is not None:
        # Misparse across a paragraph: borrow the subject of the nearest verb before us.
        for k in range(verb.i - 1, head.i, -1):
            tok = verb.doc[k]
            if is_break(tok):
                break
            if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
                return subject_of(tok, depth + 1)
        return None
    if verb.dep_ == "conj" and (rel := relative_before(verb)) is not None:
        return own_subject(rel)
    if verb.dep_ in ("conj", "xcomp", "advcl", "dep") and head.pos_ in ("VERB", "AUX"):
        # "dep": the parser's shrug for a second predicate ("Figures reported on Sunday
        # now suggest that …"); it shares the first one's subject like a conjunct.
        return _subject_of(head, depth + 1)
    if verb.dep_ in ("pcomp", "pobj") and verb.tag_ == "VBG" and head.dep_ == "prep":
        # "She began by saying …", "has been the most aggressive in denouncing …",
        # "stopped short of calling for …", "abandoned their strategy of attacking …".
        gov = _gerund_host(head.head)
        return _subject_of(gov, depth + 1) if gov is not None and gov.pos_ in ("VERB", "AUX") else gov
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.pos_ in ("VERB", "AUX"):
        # "Voters were more likely to say …": the subject of the copula.
        return _subject_of(head.head, depth + 1)
    if verb.dep_ in ("acl", "advcl") and head.dep_ == "ROOT" and head.pos_ == "PROPN":
        # A misparse that hangs the verb off its own subject ("Murphy, the head of the
        # group, tweeted on Friday …" with "Murphy" as the root).
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _bare_participle(verb) and verb.text.islower() \
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "advcl") and c.lemma_ != "be" for c in verb.children):
        # "Kyle, referred to as the deadliest sniper", "a developer known to be bullish":
        # the noun is what the participle is said of; who said it is the agent, if any.
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _participle_holder(head):
        # "a group backing Bush", "sites promoting a debunked thesis": the participle
        # says what the noun it modifies does.
        return head
    if verb.dep_ == "acl" and head.head.i != head.i:
        return _message_holder(head, depth)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts):
        # "has nothing but good things to say", "had reason to know": an infinitive on
        # a noun, done by whoever has it.
        return _message_holder(head, depth)
    return None


# Verbs whose object, not their subject, does what their infinitive or participle says:
# "led Republicans to say", "left many voters wondering", "prompted critics to ask".
_OBJECT_CONTROL = frozenset([
    "lead", "leave", "prompt", "cause", "force", "push", "drive", "get", "allow", "encourage",
    "ask", "tell", "urge", "persuade", "convince", "inspire", "spur", "compel", "invite",
    "help", "make", "let", "keep", "send", "set", "have", "require", "bring", "enable", "pressure",
    "need", "want", "expect", "challenge", "dare", "press", "call",
])
# ... but "has 373 days left to define", "had a hard time vetoing": no one is controlled.
_LIGHT_CONTROL = frozenset(["have", "get", "make", "keep", "set", "leave", "send"])
# Nouns a participle reports the content of: "a statement saying …" is its issuer's.
_MESSAGES = frozenset([
    "statement", "letter", "report", "email", "e-mail", "tweet", "ad", "advertisement", "memo",
    "post", "video", "message", "release", "note", "document", "filing", "motion", "resolution",
    "bill", "petition", "sign", "banner", "poster", "op-ed", "column", "editorial", "speech",
    "interview", "remarks", "comment", "comments", "ruling", "order", "text", "book", "article",
    "spot", "cover", "commercial", "mailer", "flyer", "clip", "headline", "story",
])


# Where or when something happened, not who: "heard on a microphone telling …".
_SETTING_PREPS = frozenset(["on", "in", "at", "during", "after", "before", "since", "until", "under"])
# "spent the contest attacking", "had no trouble endorsing": the gerund is the subject's.
_GERUND_FRAMES = frozenset(["spend", "have", "waste", "take"])


# Words between a gerund's preposition and the clause it belongs to: "was the most
# aggressive in", "stopped short of". Not a noun ("had no way of knowing", "became a
# vehicle for offering"): what it names is no one's stance, unless it is someone's.
_GERUND_HOSTS = frozenset(["attr", "acomp", "advmod", "oprd"])


def _first_conjunct_subject(root: Token) -> Token | None:
    """A second predicate the parser made the root: in "Kasich offered the man a job,
    then says he'll welcome advice" or "Cranston stood at his pulpit and, citing Exodus,
    endorsed Cruz" the first predicate hangs off it with the shared subject."""
    if root.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return None
    first = next((c for c in root.lefts if c.pos_ == "VERB" and c.dep_ in ("advcl", "ccomp", "conj", "dep", "parataxis")), None)
    if first is None or first.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = own_subject(first)
    if subj is None or sum(1 for t in root.doc[root.sent.start:subj.i] if t.is_quote and t.dep_ != "case") % 2:
        return None  # "“Yes, I support him,” X tells …": a subject inside a quote is the quote's
    return subj


def _message_holder(noun: Token, depth: int) -> Token | None:
    """Who does what a participle or infinitive on ``noun`` says: the one who "issued a
    statement saying …", whose "use of a crude term to describe …" it was, the one
    addressed by "allows users in the area to mark …", or who "spent much of his speech
    defending …"."""
    poss: Token | None = None
    gov = noun
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i and (gov.i == noun.i or gov.dep_ in ("prep", "pobj", "dobj")):
        poss = poss or next((c for c in gov.children if c.dep_ == "poss"), None)
        if gov.dep_ == "dobj" and gov.head.lemma_.lower() in _OBJECT_CONTROL - _LIGHT_CONTROL:
            return poss or gov
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return poss
    dative = next((c for c in gov.children if c.dep_ == "dative"), None)
    if poss is None and dative is not None:
        return dative  # "giving them leverage to insist on …": theirs
    if poss is not None and gov.lemma_.lower() not in _GERUND_FRAMES:
        return poss
    return _subject_of(gov, depth + 1)


def _gerund_host(tok: Token) -> Token | None:
    """The verb whose subject does a gerund, or the possessor of the noun it hangs
    off ("abandoned their strategy of attacking him": theirs)."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if tok.dep_ in _GERUND_HOSTS and tok.pos_ in ("ADJ", "ADV"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
        else:
            return None
    return tok if tok.pos_ in ("VERB", "AUX") else None


# Verbs whose passive subject is the one spoken to: "asked", "pressed", "told".
_ADDRESSED = frozenset(["ask", "press", "question", "tell", "challenge", "confront", "quiz", "interview"])
_PARTICIPLE_MARKS = frozenset(["when", "if", "once", "after", "before", "while", "as", "until"])


def _bare_participle(verb: Token) -> bool:
    """A past participle with no subject or auxiliary of its own: passive."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    # The tagger reads a sentence-opening "Asked about …" as a past tense.
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.tag_ == "VBD" and (verb.is_sent_start or prev is not None and prev.lower_ in _PARTICIPLE_MARKS)


def _participle_holder(noun: Token) -> bool:
    """Whether a noun does what the participle after it says. Not a message (a
    statement "saying" is its issuer's), a setting, or the object of "spend"/"have"."""
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or _message(noun) or noun.ent_type_ in ("DATE", "TIME"):
        return False
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in _SETTING_PREPS:
        return False
    while gov.dep_ in ("prep", "pobj") and gov.head.i != gov.i:
        gov = gov.head  # "much of the contest": up to the verb
    return not (gov.pos_ == "VERB" and gov.lemma_.lower() in _GERUND_FRAMES)


def _message(noun: Token) -> bool:
    return bool(noun.lemma_.lower() in _MESSAGES or noun.lower_ in _MESSAGES)


def _controller(verb: Token) -> Token | None:
    """The object of an object-control verb for its infinitive or participle."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    if verb.dep_ != "xcomp" and verb.tag_ != "VBG":
        return None
    obj = next((c for c in head.rights if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None and verb.dep_ == "xcomp" and head.lemma_.lower() not in _ADDRESSED:
        # "Trump was prompted to say …": the passive subject is the one prompted.
        return next((c for c in head.lefts if c.dep_ == "nsubjpass"), None)
    if obj is None or obj.right_edge.i + 1 != verb.left_edge.i:
        return None  # "He told them, arguing …": a comma leaves the participle to the subject
    return obj


def trim_tokens(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Shrink a token range [start, end) past edge punctuation, spaces, a leading
    "that" and a dangling trailing conjunction, so contents read cleanly. "whether" and
    "if" stay: "asked whether she would run" reports a question, not a claim. A
    range that opens a sentence starts after its dateline ("VIENNA — ", "BEIRUT
    (Reuters) - "): the place line is the wire's, not what was said."""
    if start < end and doc[start].is_sent_start:
        start = dateline_start(doc, start, end)
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and not is_quote_mark(doc[start]))
        or doc[start].lower_ == "that" and doc[start].dep_ == "mark"
        # "wrote under the pseudonym “Carlos Danger,” according to …": a content never
        # opens on the mark that closes a quotation before it
        or closes_quote(doc[start]) and _unpaired(doc, start, end, start)
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].is_punct and not is_quote_mark(doc[end - 1])
        and not _closes_paren(doc, start, end - 1)  # "… episodes of overeating (12)"
        or doc[end - 1].dep_ == "cc"  # "her standing erode since last fall and": cut at a conjunct
        or opens_quote(doc[end - 1]) and _unpaired(doc, start, end, end - 1)  # nor on the next one's opener
    ):
        end -= 1
    return start, end


# Two marks standing for one double mark: ’’ closes (“…’’) in some scraped copy, '' and
# `` in some archives. The tokenizer keeps them whole and does not flag them as quotes.
_TWO_MARKS = frozenset(["’’", "''", "``", "‘‘"])


def is_quote_mark(tok: Any) -> bool:
    return bool(tok.is_quote) or tok.text in _TWO_MARKS


def _closes_paren(doc: Any, start: int, k: int) -> bool:
    """A ")" that closes a "(" opened inside the range stays with it."""
    return doc[k].text == ")" and open_bracket(doc, start, k)


def open_bracket(doc: Any, start: int, end: int) -> bool:
    """Is a "(" opened in the token range [start, end) left unclosed?"""
    depth = 0
    for k in range(start, end):
        depth = depth + 1 if doc[k].text == "(" else max(0, depth - 1) if doc[k].text == ")" else depth
    return depth > 0


def has_verb(doc: Any, start: int, end: int) -> bool:
    """Does the token range hold a verb? A reported clause has one."""
    return any(doc[k].pos_ in ("VERB", "AUX") for k in range(start, end))


def _unpaired(doc: Any, start: int, end: int, k: int) -> bool:
    """A curly edge mark is trusted; a straight one only when the range holds an odd
    number of them (the tagger's opening/closing guess is no more than that)."""
    return doc[k].text != '"' or sum(1 for i in range(start, end) if doc[i].text == '"') % 2 == 1


def curly_opener(tok: Any) -> bool:
    """An opening mark by its shape (a straight mark's tag is only the tagger's guess)."""
    return tok.text in ("“", "«", "„", "``", "‘‘")


def opens_quote(tok: Any) -> bool:
    """An opening quote mark: a curly or guillemet opener, or a straight mark the
    tagger read as opening."""
    return curly_opener(tok) or tok.text == '"' and tok.tag_ == "``"


def closes_quote(tok: Any) -> bool:
    """A closing double mark (single marks double as apostrophes and stay)."""
    return tok.text in ("”", "»", "’’", "''") or tok.text == '"' and tok.tag_ == "''"


def inside(pos: int, spans: list[Span]) -> bool:
    """Does the character offset fall in any of the spans?"""
    return any(s <= pos < e for s, e in spans)


def char_span(doc: Any, start: int, end: int) -> Span:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def sentence_span(doc: Any, first: int, last: int) -> Span:
    s = doc[first].sent
    e = doc[last].sent
    return s.start_char, e.end_char

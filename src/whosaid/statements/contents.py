"""Cutting a reported content out of the parse: a cue verb's clause, infinitive or
object, with the edges PolNeAR-style readers expect (the addressee before an infinitive,
a quote run to its closing mark, a colon list, a trailing elaboration), or the rest of
the sentence around a parenthetical "he said". Used by :mod:`.indirect`."""

from __future__ import annotations

from typing import Any

from whosaid.statements.candidate import (
    char_span,
    closes_quote,
    has_verb,
    is_break,
    is_quote_mark,
    trim_tokens,
)
from whosaid.statements.clauses import FINITE, second_cue
from whosaid.statements.cues import (
    ADDRESSEE_VERBS,
    ALL_VERB_CUES,
    BELIEF_VERBS,
    OBJECT_PREPS,
    OBJECT_VERBS,
    PREP_ONLY,
    SPEECH_VERBS,
    XCOMP_VERBS,
)
from whosaid.statements.edges import quoted_span

_OBJECT_DEPS = frozenset(["dobj", "prep", "oprd", "ccomp", "attr", "dative", "pobj"])
_SKIP_RIGHT = frozenset(["conj", "cc", "punct", "advcl", "npadvmod", "advmod", "relcl"])
_MIN_CONTENT_TOKENS = 2
_PERSON_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "himself", "herself", "themselves"])


def content(
    doc: Any, start: int, end: int, least: int = _MIN_CONTENT_TOKENS
) -> list[tuple[int, int]] | None:
    """A trimmed token range as char spans, or None when too little is left."""
    start, end = trim_tokens(doc, start, _colon_list(doc, end))
    if end - start < least:
        return None
    return [quoted_span(doc, start, end)]


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


def clause_content(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    # A clause after the verb is the reliable reading; one before it may be a misparse
    # of a neighbouring sentence part, so it is only the fallback.
    kids = sorted(verb.children, key=lambda c: (c.i < verb.i, c.i))
    for child in kids:
        if child.i < verb.i and (_own_complement(verb) or _semicolon_between(doc, child, verb)):
            break  # "…; they continue to raise them": a verb with its own object frames nothing
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_ in XCOMP_VERBS) \
                or _question_clause(verb, child):
            first = _stray_subject(verb, child, child.left_edge.i)
            relative = None
            if child.i > verb.i and first <= verb.i:
                relative = _relative_subject(doc, verb, first)
                first = verb.i + 1  # "…, which the club hopes to announce": a fronted relative
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
            parts = content(doc, first, _before_participle(doc, child.i, last))
            if parts and child.i < verb.i:
                parts += _continued(doc, verb)
            if parts and relative is not None:
                parts[:0] = [char_span(doc, relative, relative + 1)]
            return parts
    return _document_clause(doc, verb) or _addressee_clause(doc, verb)


def _relative_subject(doc: Any, verb: Any, k: int) -> int | None:
    """"a bill that critics said was unconstitutional": the relative pronoun before the
    cue is the reported clause's subject, and PolNeAR's content starts with it ("that
    was unconstitutional"). Its index, or None."""
    tok = doc[k]
    if verb.dep_ != "relcl" or tok.tag_ not in ("WDT", "WP") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return k if tok.head.i > verb.i else None


def _addressee_clause(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    """"told a crowd of teachers who filled the square that the state should pay":
    the parser hangs the that-clause off the addressee's relative clause; it is what
    was told."""
    clause = told_past_relative(verb)
    if clause is None:
        return None
    return content(doc, clause.left_edge.i, _before_participle(doc, clause.i, clause.right_edge.i + 1))


def told_past_relative(verb: Any) -> Any | None:
    """The that-clause the parser hung off a relative clause on the addressee of a
    telling verb, or None."""
    if verb.lemma_ not in ADDRESSEE_VERBS:
        return None
    for obj in verb.rights:
        if obj.dep_ not in ("dobj", "dative"):
            continue
        for rel in obj.subtree:
            if rel.dep_ != "relcl" or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in rel.lefts
            ):
                continue
            own = [c.i for c in rel.rights if c.dep_ in ("dobj", "prep", "advmod", "npadvmod")]
            for c in rel.rights:
                if c.dep_ == "ccomp" and _marked(c) and own and min(own) < c.i:
                    return c
    return None


def relative_lends_clause(verb: Any) -> bool:
    """Is the verb such a relative clause ("teachers who filled the square that …")?"""
    head = verb.head
    while head.dep_ in ("pobj", "prep", "appos", "conj", "compound") and head.head.i != head.i:
        head = head.head
    return verb.dep_ == "relcl" and head.dep_ in ("dobj", "dative") and told_past_relative(head.head) in verb.children


def _own_complement(verb: Any) -> bool:
    """Does the verb have an infinitive or object of its own after it? Then a clause
    before it is not what it frames ("…; they continue to escalate the crisis"); an
    addressee is not such an object ("…, she told reporters"), nor is a subject after
    the verb the parser took for one ("…, said another witness, Fiona Hill")."""
    inverted = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return any(
        c.dep_ == "xcomp" or c.dep_ == "dobj" and verb.lemma_ not in ADDRESSEE_VERBS and not inverted
        and c.ent_type_ not in ("DATE", "TIME")  # "…, she said Tuesday"
        for c in verb.rights
    )


def _semicolon_between(doc: Any, clause: Any, verb: Any) -> bool:
    """"In Ohio, they voted for X; in Iowa, they voted for Y": a frame does not reach
    back over a semicolon."""
    return any(doc[k].text == ";" for k in range(clause.right_edge.i + 1, verb.i))


# Where a statement was made: "said in a statement that …", "wrote in a letter that …".
_DOCUMENTS = frozenset([
    "statement", "interview", "letter", "email", "e-mail", "release", "post", "tweet", "speech", "memo",
    "filing", "op-ed", "column", "editorial", "message", "note", "report", "video", "ad", "appearance",
])


def _document_clause(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    """"said in a statement that the race is over", "told reporters at a news
    conference that …", "argued for decades that …": the parser hangs the that-clause
    off the noun of the verb's setting; it is what was said all the same."""
    if verb.lemma_ not in _SETTING_CUES:
        return None
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        document = noun.lemma_.lower() in _DOCUMENTS and prep.lower_ in ("in", "on", "during") \
            and verb.lemma_ in SPEECH_VERBS
        if not (document or _setting(noun)):
            continue
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl")
                       and doc[c.left_edge.i].lower_ == "that"), None)
        if clause is None or not (_marked(clause) if document else _complement(doc, clause)):
            if clause is not None and (second := _past_relative(doc, clause)) is not None:
                return second
            continue
        # What follows the clause inside the noun's phrase goes on with it ("…, having
        # been annexed in 1938").
        last = max(clause.right_edge.i, noun.right_edge.i) + 1
        first = clause.left_edge.i + 1  # past "that", whichever way the parser read it
        return content(doc, first, _before_participle(doc, clause.i, last))
    return None


def _past_relative(doc: Any, relative: Any) -> list[tuple[int, int]] | None:
    """"said at a rally that drew thousands that taxes would fall": the setting's own
    relative clause comes first; the second "that" opens what was said, however the
    parser hung it (off the relative's object, or off its verb)."""
    for k in range(relative.left_edge.i + 1, relative.right_edge.i + 1):
        if doc[k].lower_ != "that" or doc[k].head.i == relative.i and doc[k].dep_ in ("nsubj", "dobj"):
            continue
        clause = next((c for c in relative.subtree if c.left_edge.i == k and c.i > k + 1
                       and c.dep_ in ("ccomp", "relcl", "acl", "advcl")), None)
        if clause is None or not _finite(clause):
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > k for c in clause.children):
            return None  # "a rally that drew crowds that cheered": a relative again
        return content(doc, k + 1, _before_participle(doc, clause.i, clause.right_edge.i + 1))
    return None


def _finite(verb: Any) -> bool:
    return verb.tag_ in FINITE or any(
        (a.tag_ == "MD" or a.tag_ in FINITE) and a.dep_ in ("aux", "auxpass") for a in verb.lefts)


def _complement(doc: Any, clause: Any) -> bool:
    """A that-clause with nothing missing: a subject of its own, and no gap for "that"
    to fill ("at a briefing that the company will restart its hiring" against the
    relative "at the briefing that the company held")."""
    that = doc[clause.left_edge.i]
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != that.i for c in clause.children):
        return False  # "at the meeting that ran late"
    if that.dep_ in ("mark", "advmod"):
        return True  # "knew at the time that he was ill": after a cue, no "when" relative
    # The parser's relative reading: "that" the object of a clause that has one already.
    return that.dep_ == "dobj" and that.head.i == clause.i and any(
        c.dep_ == "dobj" and c.i != that.i for c in clause.children)


_SETTING_CUES = SPEECH_VERBS | BELIEF_VERBS
# Where or when a statement was made: a noun that takes no that-clause of its own.
_SETTINGS = frozenset([
    "conference", "briefing", "meeting", "rally", "hearing", "event", "summit", "forum", "session",
    "show", "ceremony", "gathering", "dinner", "luncheon", "breakfast", "lunch", "debate", "panel",
    "convention", "town", "hall", "call", "visit", "trip", "stop", "appearance", "interview",
    "year", "decade", "month", "week", "day", "century", "time", "while", "morning", "evening",
    "afternoon", "night", "weekend",
])
_SETTING_ENTS = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC", "EVENT"])


def _setting(noun: Any) -> bool:
    return bool(noun.lemma_.lower() in _SETTINGS or noun.ent_type_ in _SETTING_ENTS)


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
        return content(doc, start, c.right_edge.i + 1) or []
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
        if second_cue(tok) is not None:
            # ",” suggesting …" keeps its closing mark; "…, and called" loses "and".
            return k if doc[k - 1].is_quote else k - 1
    return end


def object_content(doc: Any, verb: Any) -> tuple[list[tuple[int, int]], int] | None:
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
    while rights and _setting_phrase(verb, rights[0]):
        rights.pop(0)  # "announced Wednesday at the air show", "spoke on condition of anonymity"
    lead = verb.i + 1  # where what stands between the cue and its preposition starts
    if verb.lemma_ in PREP_ONLY and (past := _prep_past_setting(doc, verb)) is not None:
        rights, lead = [past], past.i  # "asked the senator about the vote"
    if not rights or not any(
        c.dep_ in ("dobj", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)
        for c in rights
    ):
        return None
    if verb.lemma_ in PREP_ONLY and not (
        rights[0].dep_ == "prep" and rights[0].lower_ in PREP_ONLY[verb.lemma_]
        and all(doc[k].dep_ in ("advmod", "prt") for k in range(lead, rights[0].i))
    ):  # "spoke favorably of", "has spoken out about"
        return None  # "spoke to reporters", "spoke in Iowa": not about anything said
    # "called a meeting", "called him" are not attributions; "called for", "called it “…”" are.
    if verb.lemma_ == "call" and not any(
        c.dep_ == "oprd" or (c.lower_ in ("for", "on") and c.i == verb.i + 1)
        or c.dep_ == "dobj" and any(a.dep_ == "appos" for a in c.rights)  # called X a liar
        or c.dep_ == "dobj" and _ends_in_adjective(doc, c)  # called X's feud with Y unusual
        for c in rights
    ) and not any(doc[k].is_quote for k in range(verb.i + 1, rights[-1].right_edge.i + 2)):
        return None
    if verb.lemma_ == "address" and rights[0].dep_ == "dobj" and rights[0].lemma_.lower() in _AUDIENCES:
        return None  # "addressed a rally", "to address the nation": spoke to, not about
    first, cue_end = rights[0].left_edge.i, verb.i
    head = rights[0]
    if head.dep_ == "prep" and head.lower_ in OBJECT_PREPS and all(
        doc[k].dep_ in ("advmod", "prt") for k in range(lead, head.i)
    ):
        # "asked about": the preposition belongs to the cue, not past an addressee
        first, cue_end = head.i + 1, head.i if lead == verb.i + 1 else verb.i
    last = _elaboration(doc, verb, _purpose(doc, verb, rights[-1].right_edge.i + 1))
    start, end = trim_tokens(doc, first, _colon_list(doc, last))
    if end - start < 1 or (end - start == 1 and not single_object(doc[start])):
        return None
    return [quoted_span(doc, start, end)], cue_end


def _ends_in_adjective(doc: Any, obj: Any) -> bool:
    """"called the governor's feud with the union unusual": a noun phrase does not end
    in a bare adjective; the parser hung what the object was called inside it (as a
    modifier after its noun, or as the object of its last preposition)."""
    k = obj.right_edge.i
    while k > obj.i and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    last = doc[k]
    if k <= obj.i or last.tag_ != "JJ" or not last.text.islower() or last.head.i > last.i:
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is None or after.is_punct or after.is_space


def _prep_past_setting(doc: Any, verb: Any) -> Any | None:
    """"asked the senator about the vote", "asked the court for a stay", "Asked at a
    briefing Monday about her future role", "spoke to reporters on Tuesday about the
    deal": the cue's preposition (PREP_ONLY) past the one asked or spoken to, where and
    when it was said, and by whom. None when nothing stands between (the plain reading
    handles "asked about") or something else does."""
    allowed = PREP_ONLY[verb.lemma_]
    k = verb.i + 1
    past = False  # anything skipped but an adverb ("spoke favorably of" is the plain reading)
    for child in verb.rights:
        if child.left_edge.i != k:
            return None
        if _setting_phrase(verb, child):
            # "Asked at a briefing Monday about …": the parser may hang the cue's
            # preposition off the setting's noun.
            # "on condition of anonymity" is how it was said: its "of" is no topic.
            noun = next(c for c in child.children if c.dep_ == "pobj")
            inner = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in allowed and all(
                doc[j].ent_type_ in ("DATE", "TIME") for j in range(noun.i + 1, c.i))), None)
            if inner is not None and not (child.lower_ == "on" and _on_manner(verb, noun)):
                return inner if _about(verb, inner) else None
            k, past = child.right_edge.i + 1, True
            continue
        if child.dep_ == "prep" and child.lower_ in allowed:
            return child if past and _about(verb, child) else None
        past = past or child.dep_ not in ("advmod", "prt")
        if not (child.dep_ in ("advmod", "prt", "agent")
                or child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")
                or child.dep_ in ("dobj", "dative") and verb.lemma_ in ADDRESSEE_VERBS
                and child.pos_ in ("PROPN", "NOUN", "PRON")
                or child.dep_ == "prep" and child.lower_ in ("to", "with") and verb.lemma_ in _TALK_VERBS):
            return None
        k = child.right_edge.i + 1
    return None


_TALK_VERBS = frozenset(["speak", "talk"])


def _about(verb: Any, prep: Any) -> bool:
    """Does the preposition give a topic? "on condition of anonymity", "on the record",
    "on the phone" say how it was said (:func:`_on_manner`), not about what."""
    noun = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return noun is not None and not (prep.lower_ == "on" and _on_manner(verb, noun))


# Who or what one addresses when one speaks to it rather than takes it up.
_AUDIENCES = _SETTINGS - {"call", "time", "while", "stop", "visit", "trip", "year", "decade", "month", "week", "day", "century"} | {
    "gala", "crowd", "audience", "nation", "student", "graduate", "assembly", "congress", "parliament",
    "legislature", "chamber", "commencement", "gathering",
}


# Cues whose object "at" introduces: "pointed at the Kremlin", "lashed out at Iran".
_AT_OBJECT = frozenset(["point", "look", "hit", "aim", "target", "jab", "swipe", "lash", "rail", "fire", "laugh", "scoff", "poke", "knock", "mock"])


def _setting_phrase(verb: Any, prep: Any) -> bool:
    """A prepositional phrase saying where or when the cue was spoken: "at the Dubai
    Air Show", "during the hearing", "on Tuesday" — never what was said."""
    if prep.dep_ != "prep":
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    word = prep.lower_
    if word in ("at", "in", "during"):
        return _setting(noun) and not (word == "at" and verb.lemma_ in _AT_OBJECT)
    return word == "on" and (noun.ent_type_ in ("DATE", "TIME") or _on_manner(verb, noun))


# "spoke on the phone", "speaking on a radio show": what the talk went through.
_MEDIA = frozenset([
    "phone", "telephone", "radio", "television", "tv", "show", "program", "programme", "channel",
    "podcast", "broadcast", "air", "camera",
])


def _on_manner(verb: Any, noun: Any) -> bool:
    """"spoke on condition of anonymity", "spoke on the mayor's behalf", "talked on the
    record", "speaking on a radio show": how, for whom or through what it was said, not
    what about ("reported on the condition of the roads", "commented on the show" are)."""
    lemma = noun.lemma_.lower()
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if lemma == "condition":
        return any(p.lower_ == "of" and any(o.lemma_.lower() in ("anonymity", "anonymous") for o in p.children)
                   for p in preps) or any(c.dep_ in ("acl", "ccomp") for c in noun.children)
    if lemma == "behalf":
        return True
    if lemma in ("record", "background"):
        return not preps  # "on the record", not "on the record of the governor"
    return lemma in _MEDIA and verb.lemma_ in _TALK_VERBS


def _purpose(doc: Any, verb: Any, end: int) -> int:
    """"approved special forces to help the rebels", "decried a rash of speech bubbling
    up": an infinitive or participle right after the object (no comma) says what about
    it was meant; the parser hangs it off the verb."""
    for c in verb.rights:
        if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end and c.tag_ in ("VB", "VBG") and (
            c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
        ):
            # "rejected the notion that the tax would hurt shops, arguing …": the object's
            # own comma may close it, and a reporting participle after it speaks for itself.
            return _before_participle(doc, c.left_edge.i - 1, c.right_edge.i + 1)
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


def single_object(tok: Any) -> bool:
    """A one-token object worth attributing: a name, a noun, or a person pronoun
    ("endorsed him"); "it"/"that" are too vague to stand alone."""
    return tok.pos_ in ("PROPN", "NOUN") or tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS


# One-word answers that stand for a whole clause: "said so", "said no", "hopes not",
# "would not say when".
_PROFORMS = frozenset(["so", "yes", "no", "not"])
_BARE_WH = frozenset(["when", "why", "how", "where", "whether", "who", "what"])


def proform_content(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    """"half said so in December", "the candidate said no", "did not say when": the
    single word is the content PolNeAR marks."""
    if verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    for c in verb.rights:
        if c.dep_ in ("punct", "cc", "conj"):
            break
        if c.dep_ in ("dative", "dobj") and c.pos_ in ("PRON", "PROPN"):
            continue  # "told him no"
        word = c.lower_
        nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
        bare = c.n_lefts + c.n_rights == 0
        if nxt is not None and nxt.lower_ == "to":
            return None  # "said no to the war": the answer has an object
        if bare and (word in _PROFORMS or word in _BARE_WH and (nxt is None or nxt.is_punct or nxt.is_space)):
            if word == "not" and verb.lemma_ not in BELIEF_VERBS:
                return None  # "did say not …" is a negation, "hope not" an answer
            return [char_span(doc, c.i, c.i + 1)]
        return None
    return None


def headline_content(doc: Any, verb: Any) -> list[tuple[int, int]] | None:
    """Headlines drop "that" and the copula ("X says Y 'feasible'"); the parser then
    hangs a second subject off the verb. Take everything after the verb."""
    if verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "attr", "acomp") and c.i > verb.i for c in verb.children):
        return content(doc, verb.i + 1, verb.sent.end)
    return None


def around_content(doc: Any, verb: Any, subj: Any) -> list[tuple[int, int]] | None:
    """A cue clause set off by commas: the content is the rest of its sentence."""
    if verb.dep_ not in ("parataxis", "conj", "ROOT", "advcl", "ccomp") or verb.lemma_ not in SPEECH_VERBS | BELIEF_VERBS:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr") for c in verb.children):
        return None  # the verb has its own complement: this is not a bare "he said"
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.rights):
        return None  # "— the neurologist wrote about such cases in his book —": its own topic
    sent = verb.sent
    lo = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
    lo = min([lo, *(c.i for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod"))])
    hi = verb.i
    for c in verb.rights:
        if c.dep_ in ("punct", "conj", "cc"):
            break
        hi = c.right_edge.i
    before = lo > sent.start and doc[lo - 1].text in (",", "—", "–")
    after = hi + 1 < sent.end and doc[hi + 1].text in (",", "—", "–") and not _closes_before(doc, hi + 1, sent.end)
    if after and hi + 2 < sent.end and _own_participle(doc[hi + 2], verb):
        # "The governor responded on Twitter, saying …": the participle reports for itself.
        after = False
    if before and _fronted_adverbial(doc, verb, sent.start, lo) and not (after and has_verb(doc, hi + 1, sent.end)):
        # "Though most fans stayed calm, a small group responded with violence": the
        # cue verb's own adverbial clause is not what it reports. ("If it holds, he
        # said, prices will fall" goes on with the clause it belongs to.)
        return None
    spans: list[tuple[int, int]] = []
    after = after and (before or lo == sent.start)
    # "The plan, he said, will fail": the two halves make one clause together.
    if before and (has_verb(doc, sent.start, lo) or after and has_verb(doc, hi + 1, sent.end)):
        # "Compaq, she predicted, would come": a one-word subject still opens the clause.
        spans += content(doc, sent.start, lo, least=1 if after else _MIN_CONTENT_TOKENS) or []
    if after and (spans or has_verb(doc, hi + 1, sent.end)):
        spans += content(doc, hi + 1, sent.end) or []
    return spans or None


def _own_participle(tok: Any, verb: Any) -> bool:
    return bool(tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i == verb.i and tok.lemma_ in ALL_VERB_CUES)


def _closes_before(doc: Any, start: int, end: int) -> bool:
    """"Weiner wrote under the pseudonym “Carlos Danger,” according to …": the comma
    sits inside a quotation the cue clause holds (a name); what follows its closing
    mark is the writer's, not the rest of a sentence around "he said"."""
    k = start
    while k < end and (doc[k].is_punct or doc[k].is_space) and not is_quote_mark(doc[k]):
        k += 1
    return k < end and closes_quote(doc[k]) and not (doc[k].text == '"' and sum(
        1 for i in range(doc[start].sent.start, k) if doc[i].text == '"') % 2 == 0)


# Marks of an adverbial clause: what it says frames the main clause, it is not said.
_SUBORDINATORS = frozenset([
    "although", "though", "while", "whilst", "because", "if", "whereas", "unless", "since", "after",
    "before", "when", "whenever", "as", "once", "until", "till",
])


def _fronted_adverbial(doc: Any, verb: Any, start: int, end: int) -> bool:
    """"Though most fans stayed calm, a small group responded with violence": the part
    before the cue clause is the cue verb's own adverbial clause, not what it reports."""
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.left_edge.i == start), None)
    first = start + 1 if doc[start].lower_ == "even" else start  # "even though", "even if"
    if clause is None or not any(m.dep_ in ("mark", "advmod") and m.i == first and m.lower_ in _SUBORDINATORS
                                 for m in clause.children):  # "when" is the parser's advmod
        return False  # "After the vote, turnout fell, officials said": a phrase, not a mark
    return all(doc[k].is_punct or doc[k].is_space for k in range(clause.right_edge.i + 1, end))

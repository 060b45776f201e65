"""Direct quotes: attach each quote to the speech verb that frames it.

Frames recognised, all within one paragraph:
- cue after:  “…,” he said / “…” said the spokesman / “…,” Zelensky told reporters
- cue before: He said: “…” / Zelensky told diplomats, “…” / She wrote that “…”
- split:      “…,” he said, “…”  and  “…,” he said. “…” (one statement, several spans),
              also past a long cue sentence (“…,” said X, who …. “…”), an apposition
              (“…,” said X, the director, “and …”), a short lead-in (“…,” she said.
              Instead, “…”) and a conjunction (“…,” and “…”); a show named in the frame
              (said on NBC's “Meet the Press.”) is not content
- floating:   a paragraph that is one quote and has no cue (the previous speaker's).
A short quoted phrase inside a sentence with no frame is a scare quote and is left to
the indirect finder (it may be the quoted fragment of a mixed statement). So is a quoted
name, even after a speech verb ("known as the “Three Amigos”", "a script called “Wild
Rose”", the “Pose” actor), and a word or two no one in the sentence says ("by saying
“Hey Siri”").
"""

from __future__ import annotations

from typing import Any

from whosaid.entities.gazetteer import get_gazetteer
from whosaid.model import Span
from whosaid.statements.candidate import (
    Candidate,
    is_break,
    sentence_span,
    speaker_spans,
    subject_of,
)
from whosaid.statements.clauses import FINITE
from whosaid.statements.continuation import (
    continues,
    in_frame,
    is_fragment,
    joined,
    names_a_show,
    next_paragraph,
    runs_on,
)
from whosaid.statements.cues import QUOTE_VERBS
from whosaid.statements.frames import DASHES, ENDS, cue_after, cue_before, cue_span, token_at
from whosaid.statements.quotes import Quote

__all__ = ["cue_span", "find_colon_lines", "find_direct", "narrated_subject"]

_FLOATING_MIN_WORDS = 4
_SPOKEN_END = frozenset(".!?…,—-")

_MAX_SIGNATURE = 10  # tokens of a name (and affiliation) signing a quote


def _sign_off(doc: Any, text: str, end: int) -> Span | None:
    """A quote paragraph signed on the next line, fact-check style:
    "“… .”\n\n— Bernie Sanders." or "-President Obama, tweeting after the speech." """
    k = end
    while k < len(text) and text[k] in " \t.":
        k += 1
    if not text.startswith("\n", k):
        return None
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text) or text[k] not in DASHES:
        return None
    starts = [t.idx for t in doc]
    first = token_at(starts, k)
    while first < len(doc) and (doc[first].is_space or doc[first].text in DASHES):
        first += 1
    last = first
    while last < len(doc) and last - first < _MAX_SIGNATURE and doc[last].text not in (",", ".", ";", "(") \
            and not is_break(doc[last]):
        last += 1
    name = doc[first:last]
    if not len(name) or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in name):
        return None
    return max(name.start_char, k + 1), name.end_char  # "-President Obama" is one token


def _transcript_name(doc: Any, text: str, q: Quote) -> Span | None:
    """A quoted transcript line names its speaker before a colon: “Chris Matthews: …”."""
    s, e = q.spans[0]
    colon = text.find(":", s, min(e, s + 40))
    if colon < 0:
        return None
    words = text[s:colon].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    starts = [t.idx for t in doc]
    name = doc[token_at(starts, s):token_at(starts, colon)]
    if not len(name) or not all(t.pos_ == "PROPN" for t in name):
        return None
    return name.start_char, name.end_char


def _colon_frame(doc: Any, colon: Any, name: Any) -> tuple[Any, Any | None]:
    """The speaker of a quote after "…: " when the word before the colon is a name.
    "said pollster Daron Shaw:" — the name speaks. "Perez contrasted Trump with
    Clinton:" or "As Joel Pollak reported after the FBI left San Bernardino:" — the
    name is an object; the speaker is the subject of the clause above it, a speech
    verb's first."""
    if name.dep_ != "pobj" or _signed_heading(doc, name) or name.head.head.lower_ == "according":
        return colon, name  # "said pollster Daron Shaw:", "… overhype - HuffPollster:"
    tok, fallback = name, None
    while tok.head.i != tok.i and tok.head.i < colon.i and not is_break(doc[tok.head.i]):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subj = subject_of(tok)
            if subj is None or subj.i > colon.i or _break_before(doc, subj.i, colon.i):
                continue
            if tok.lemma_ in QUOTE_VERBS:
                return colon, subj
            fallback = fallback or subj
    return colon, fallback


def _signed_heading(doc: Any, name: Any) -> bool:
    """"Media shares blame in Iowa poll overhype - HuffPollster: “…”" — a dash hands
    the line to the name."""
    k = name.i
    while k > 0 and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k > 0 and doc[k - 1].text in DASHES


def _break_before(doc: Any, a: int, b: int) -> bool:
    return any(is_break(t) for t in doc[a:b])


def _paragraph_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _go_on(last: Candidate, q: Quote, qi: int, *, words: bool = True) -> None:
    """The quote ``q`` continues the statement ``last``: its words join the content
    (unless it only names a show the speaker mentions), its sentence the statement's."""
    if words:
        last.spans.extend(q.spans)
    last.quotes.append(qi)
    old = last.sentence_span or q.outer
    last.sentence_span = old[0], max(old[1], q.outer[1])


def find_direct(doc: Any, quotes: list[Quote], spent: list[Span] | None = None) -> list[Candidate]:
    """Direct quotes with their frames. The cues of frames that give a name rather than
    words ("a script called “Wild Rose”") are added to ``spent``: they are no one's
    statement, direct or not."""
    text = doc.text
    starts = [t.idx for t in doc]
    out: list[Candidate] = []
    last: Candidate | None = None  # the previous direct statement, for split quotes
    last_end_tok = -1  # token after which a continuing quote may follow
    frame_verb: Any | None = None  # the cue of ``last`` when it follows its quote
    frame_head = -1  # the last token of that cue's verb and subject
    given: tuple[Any, Any] | None = None  # a naming frame whose quoted object was a name
    # A quoted name inside a noun phrase (the “Pose” actor) is part of the words around
    # it: no statement, and no stop for the frame of the quote before it.
    live = [qi for qi, q in enumerate(quotes) if not _inside_noun_phrase(doc, text, q, starts)]
    for n, qi in enumerate(live):
        q = quotes[qi]
        named_before, given = given, None
        open_tok = token_at(starts, q.outer[0])
        close_tok = token_at(starts, q.outer[1])  # first token after the quote
        next_open = token_at(starts, quotes[live[n + 1]].outer[0]) if n + 1 < len(live) else len(doc)
        found = cue_after(doc, close_tok, next_open) if close_tok < len(doc) else None
        if found is not None and found[1] is None and _in_running_text(doc, open_tok):
            # "lied about the “whistleblower,” read into the record …": the verb goes on
            # with the sentence the quote sits in; it frames nothing.
            found = None
        prev_close = token_at(starts, quotes[live[n - 1]].outer[1]) if n else 0
        if found is None and last is not None and (
            continues(doc, last_end_tok, open_tok) or joined(doc, last_end_tok, open_tok)
            or not is_fragment(doc, text, q, close_tok) and runs_on(
                doc, frame_verb, last_end_tok, open_tok, close_tok, prev_close)
        ):
            _go_on(last, q, qi, words=not names_a_show(doc, text, q, frame_head, last_end_tok, open_tok))
            last_end_tok = close_tok
            continue
        if found is not None and len(q.spans) > 1 and open_tok and doc[open_tok - 1].text == ":":
            # "X commented: “…¶“…,” X said.": the frame before a quote that runs over
            # paragraphs introduces all of it; the one after only reminds the reader.
            before = cue_before(doc, open_tok, prev_close)
            if before is not None and before[1] is not None:
                found = before
        frame_end = close_tok
        if found is not None and found[0].i > open_tok:
            verb, subj = found
            # The frame may run on: "… ,” he told reporters on Sunday, “…”
            frame_end = max(verb.i, subj.i if subj is not None else 0) + 1
            while frame_end < min(next_open, len(doc)) and not (
                doc[frame_end].is_punct or doc[frame_end].is_space
            ):
                frame_end += 1
        elif found is None and not is_fragment(doc, text, q, close_tok):
            found = cue_before(doc, open_tok, prev_close)
            if found is None and named_before is not None and open_tok == prev_close \
                    and not _name_shaped(doc, text, q, open_tok):
                found = named_before  # "Valve called ‘Half-Life: Alyx’ “a flagship VR game.”"
            colon = open_tok - 1
            if found is None and colon > 0 and is_break(doc[colon]):
                colon -= 1  # "… Kerry said:\n\n“By law, …”": the frame ends the previous paragraph
                if doc[colon].text == ":":
                    found = cue_before(doc, colon + 1, prev_close)
            if found is None and colon >= 1 and doc[colon].text == ":":
                name = doc[colon - 1]
                if name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "ORG"):
                    # "… said pollster Daron Shaw: “…”" — the colon is the cue.
                    found = _colon_frame(doc, doc[colon], name)
        if found is None:
            long_enough = q.n_words(text) >= _FLOATING_MIN_WORDS
            # A floating quote reads as speech: it ends like a sentence (or runs on into
            # the next paragraph); a quoted subheading does not.
            after = text[q.outer[1]:q.outer[1] + 1]  # British style puts it outside: “…”.
            spoken = not q.closed or text[q.end - 1] in _SPOKEN_END or after in _SPOKEN_END
            if long_enough and spoken and _paragraph_start(text, q.outer[0]):
                signed = _sign_off(doc, text, q.outer[1]) or _transcript_name(doc, text, q)
                if signed is None and last is not None and next_paragraph(doc, last_end_tok, open_tok, close_tok):
                    # "“…,” she said.¶“…”": the next paragraph goes on with the statement
                    _go_on(last, q, qi)
                    last_end_tok = close_tok
                    continue
                last = Candidate("direct", list(q.spans), floating=signed is None, quotes=[qi],
                                 sentence_span=q.outer, mention=signed, resolve=signed)
                out.append(last)
                last_end_tok = close_tok
            elif last is not None and frame_verb is not None and in_frame(doc, text, q, last_end_tok, open_tok):
                continue  # "“…,” said X, who hosts a “No Spin” dinner. “…”": the frame goes on
            else:
                last, last_end_tok = None, -1
            frame_verb, frame_head = None, -1
            continue
        verb, subj = found
        named = verb.i < open_tok and _names_a_thing(doc, text, q, open_tok, verb)
        uttered = verb.i < open_tok and not named and _generic_utterance(text, q, verb, subj)
        if named or uttered:
            if named and _given_name(doc, open_tok, verb):
                given = verb, subj  # a quote right after the name may still be what was said
            if spent is not None and (uttered or given is not None):
                spent.append(cue_span(verb))  # "a script called “…”": the verb frames nothing else
            if last is not None and frame_verb is not None and in_frame(doc, text, q, last_end_tok, open_tok):
                continue  # "“…,” said X, who hosts a show called “…”. “…”": the frame goes on
            last, last_end_tok = None, -1
            frame_verb, frame_head = None, -1
            continue
        lead = _quoted_lead(doc, open_tok, verb, subj, q, text)
        cand = Candidate(
            "mixed" if lead else "direct",
            [*lead, *q.spans],
            mention=speaker_spans(subj)[0],
            resolve=speaker_spans(subj)[1],
            cue_span=cue_span(verb),
            sentence_span=sentence_span(doc, min(open_tok, verb.i), max(close_tok - 1, verb.i)),
            quotes=[qi],
            # "Then, later that month on CNN: “…”" — no one in the frame: the last speaker
            floating=subj is None and verb.text == ":",
        )
        out.append(cand)
        last = cand
        last_end_tok = frame_end if verb.i > open_tok else close_tok
        frame_verb = verb if verb.i > open_tok else None
        frame_head = max(verb.i, subj.i if subj is not None else 0) if verb.i > open_tok else -1
    return out


_MAX_NAME_WORDS = 4  # a quoted name, title or nickname: “Three Amigos”, “Meet the Press”
# Small words a title keeps in lower case ("War and Peace", "Tale of the City").
_TITLE_GLUE = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "&", "de"])
# Verbs whose quoted object is a name given, not words said: "a script called “…”",
# "known as the “…”".
_NAMING = frozenset(["call", "name", "dub", "title", "entitle", "nickname", "label", "term", "brand", "know", "bill"])
_MAX_UTTERANCE_WORDS = 3
_MIN_HEADLINE_WORDS = 3
# Subjects the parser may lend a speakerless clause ("This is a way to … without having
# to tell yourself “no.”").
_NO_ONE = frozenset(["this", "that", "it", "there", "which", "what"])


def _name_shaped(doc: Any, text: str, q: Quote, open_tok: int) -> bool:
    """A few capitalised words: a name or a title, not a sentence ("called “distasteful”"
    is a judgement). Not judged in a headline, where every word is capitalised."""
    words = [w.strip(".,;:!?()") for w in q.text(text).split()]
    words = [w for w in words if w]
    if not 1 <= len(words) <= _MAX_NAME_WORDS or not all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_GLUE for w in words
    ) or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    around = [t for t in doc[open_tok].sent if t.is_alpha and not t.is_quote and t.idx < q.outer[0]]
    return not (len(around) >= _MIN_HEADLINE_WORDS and all(
        t.text[:1].isupper() or t.lower_ in _TITLE_GLUE for t in around
    ))


def _inside_noun_phrase(doc: Any, text: str, q: Quote, starts: list[int]) -> bool:
    """the “Pose” actor, NBC's “Today” host: a short quote between a word of a noun
    phrase and the noun it modifies names a show or a film; it is not a statement."""
    if q.n_words(text) > _MAX_NAME_WORDS or not q.closed or text[q.end - 1] in ".,;:!?":
        return False
    open_tok, close_tok = token_at(starts, q.outer[0]), token_at(starts, q.outer[1])
    if open_tok == 0 or close_tok >= len(doc):
        return False
    before, after = doc[open_tok - 1], doc[close_tok]
    return bool(
        before.pos_ in ("DET", "ADJ", "PROPN", "NOUN") or before.tag_ in ("PRP$", "POS")
    ) and after.pos_ in ("NOUN", "PROPN") and after.ent_type_ not in ("DATE", "TIME")


def _in_running_text(doc: Any, open_tok: int) -> bool:
    """The quote opens in mid-sentence, right after a word ("with the “…”")."""
    if open_tok == 0:
        return False
    before = doc[open_tok - 1]
    return not (before.is_punct or before.is_space) and before.sent == doc[open_tok].sent


def _names_a_thing(doc: Any, text: str, q: Quote, open_tok: int, verb: Any) -> bool:
    """A quote after its cue verb that is a name or a term, not what was said: "known as
    the “Three Amigos.”", "a script called “Wild Rose,”", "music for the television
    show “Nashville,”", "revealed at ‘Spring Festival 2018’"."""
    if not _name_shaped(doc, text, q, open_tok):
        return False
    if _given_name(doc, open_tok, verb):
        return True
    before = doc[open_tok - 1]
    if before.i == verb.i or before.lower_ == "as" and before.head.i == verb.i:
        return False  # "said “No.”", "described as “Unfair”"
    if before.pos_ == "DET" or before.tag_ in ("PRP$", "POS"):
        return True  # the “…”, his “…”, NBC's “…”
    if before.pos_ == "ADP" and before.lower_ != "that":
        return True  # at “…”, on “…”
    # "the show “…”"; but "told reporters “…”" speaks to them
    return before.pos_ == "NOUN" and not (before.head.i == verb.i and before.dep_ in ("dobj", "dative"))


def _given_name(doc: Any, open_tok: int, verb: Any) -> bool:
    """A naming verb right before the quote: "called “…”", "known as the “…”"."""
    k = open_tok - 1
    if k > verb.i and doc[k].pos_ == "DET":
        k -= 1
    before = doc[k]
    return verb.lemma_ in _NAMING and (before.i == verb.i or before.lower_ == "as" and before.head.i == verb.i)


def _generic_utterance(text: str, q: Quote, verb: Any, subj: Any | None) -> bool:
    """"by saying “Hey Siri”", "afraid to say “yes.”", "without having to tell yourself
    “no.”": a word or two in a clause with no speaker of its own is a phrase one might
    say, not a statement someone made."""
    if q.n_words(text) > _MAX_UTTERANCE_WORDS or verb.tag_ not in ("VB", "VBG"):
        return False
    if subj is not None and subj.lower_ not in _NO_ONE:
        return False  # "Obama ended his list by saying “Too many.”"
    tok = verb
    while True:  # "supporters were shown chanting “…”": the chant has singers
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return True
        tok = tok.head


_MIN_LEAD_WORDS = 2


def _quoted_lead(doc: Any, open_tok: int, verb: Any, subj: Any | None, q: Quote, text: str) -> list[Span]:
    """The speaker's own words that run into the quote make the statement mixed:
    "This is a “raw time,” said X" (the sentence opens before the quote) and
    "Sooner or later, the governor told reporters, “it starts to pay off”" (the
    quote goes on, in lower case, from the words before the frame). Returns the
    lead-in span, or nothing for a plain direct quote."""
    start = doc[open_tok].sent.start
    for k in range(start, open_tok):
        if doc[k].text in ENDS or is_break(doc[k]):
            start = k + 1  # the parser may run a quote's sentence into the one before
    while start < open_tok and (doc[start].is_space or doc[start].is_punct):
        start += 1
    inner = q.text(text)
    if all(w[:1].isupper() for w in inner.split()):
        return []  # a title: on CNN's “Fareed Zakaria GPS”
    if verb.i > open_tok:
        before = doc[start:open_tok]
        end = q.outer[0]
    else:
        first = min(verb.i, subj.left_edge.i if subj is not None else verb.i)
        if not (inner[:1].islower() and _parenthetical(doc, start, first, open_tok)):
            return []
        before = doc[start:first - 1]
        end = before.end_char
    if any(is_break(t) or t.is_quote or t.text == ":" for t in before):
        return []
    commas = [t.i for t in before if t.text == ","]
    if commas and commas[-1] + 1 < before.end:
        # "Behind the scenes, Mr. X is “…”": the scene-setting phrase is narration
        before = doc[commas[-1] + 1:before.end]
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if len(words) < _MIN_LEAD_WORDS and not (verb.i < open_tok and words):
        return []
    if verb.i > open_tok and any(t.pos_ == "VERB" for t in words):
        return []  # "X hailed the vote as “fantastic,” …": a clause of its own, not a lead-in
    if verb.i < open_tok and words[0].pos_ in ("ADP", "PART", "SCONJ"):
        return []  # "In the United States, they write, “to be …”": a setting, not said
    return [(before.start_char, end)]


_MAX_ASIDE = 8


def _parenthetical(doc: Any, start: int, first: int, open_tok: int) -> bool:
    """", the governor told reporters, “…”": a short frame set off by commas."""
    return (
        start < first - 1 and doc[first - 1].text == "," and doc[open_tok - 1].text == ","
        and open_tok - first <= _MAX_ASIDE
    )


_NAME_POS = frozenset(["PROPN", "NOUN", "PART", "ADJ", "DET", "PUNCT"])
_MAX_NAME_TOKENS = 5
# Line labels that are not speakers ("Update: …", "Editor's note: …").
_NOT_SPEAKERS = frozenset(
    ["update", "note", "editor", "correction", "related", "watch", "video", "photo", "photos", "read", "source", "advertisement", "breaking", "exclusive", "analysis", "opinion", "transcript", "q", "a", "live", "more", "see", "also", "warning", "disclaimer", "credit", "caption", "image", "tags", "topics",
     "disclosure", "summary", "graphic"]
)


def find_colon_lines(doc: Any) -> list[Candidate]:
    """Headline-style "Paul Ryan: Tax plan is dead" — a short name, a colon, then the
    statement, alone on a line. The name must hold a proper noun and no verb, so
    "Repeat after me: …" and "Update: …" do not count."""
    out: list[Candidate] = []
    text = doc.text
    for colon in doc:
        if colon.text != ":" or colon.i == 0:
            continue
        k = colon.i - 1
        while k >= 0 and colon.i - k <= _MAX_NAME_TOKENS and not is_break(doc[k]):
            k -= 1
        first = k + 1
        if first >= colon.i or not _paragraph_start(text, doc[first].idx):
            continue
        name = doc[first:colon.i]
        if not all(t.pos_ in _NAME_POS and not t.is_space for t in name):
            continue
        if not any(
            t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in _NOT_SPEAKERS
            for t in name
        ):
            continue
        start = colon.idx + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) < 3 or _not_a_speaker_line(name):
            continue
        # A field's first line is its headline, whose statement may have no verb the
        # tagger sees ("Lynch: No outside influence on probe", "Poll: Trump Ties Clinton");
        # one opening with an article is a series' subtitle ("Daily Briefing: A World at War").
        if not (_says_something(doc, start, end)
                or not text[:name.start_char].strip() and text[start:end].split()[0].lower() not in _ARTICLES):
            continue
        out.append(Candidate(
            "indirect", [(start, end)], mention=(name.start_char, name.end_char),
            cue_span=(colon.idx, colon.idx + 1), sentence_span=(name.start_char, end),
        ))
    return out


_ARTICLES = frozenset(["the", "a", "an"])


def _says_something(doc: Any, start: int, end: int) -> bool:
    """What follows the colon states something: a finite verb ("Poll: Trump ties Clinton")
    or a quotation. Labels over lists and notes do not: "Portion Fix Containers: 1 Green,
    1 Red", "John P. Doe: Possession of heroin, held in jail", "Path B: Bosnia, …"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ in FINITE or t.tag_ == "MD" or t.is_quote
        or t.tag_ == "VB" and t.i > 0 and t.doc[t.i - 1].tag_ == "TO"  # "Walker to speak at …"
        for t in span)


def _not_a_speaker_line(name: Any) -> bool:
    """ "NEW DELHI: Their American dream …" (a dateline in capitals), "DEAR ABBY: My
    husband …" (a salutation), "Home Depot (ticker: HD) reported …" (a bracket)."""
    if name[0].lower_ == "dear" or any(t.text == "(" for t in name):
        return True
    return all(t.text.isupper() or not t.is_alpha for t in name) and get_gazetteer().find(name.text) is not None


_PERSONAL_SUBJECTS = frozenset(["he", "she", "they"])


def narrated_subject(doc: Any, pos: int) -> Any | None:
    """The subject of the paragraph just before a floating quote at ``pos`` when that
    paragraph narrates about one person or body ("She shares with Trump a strategy …"
    / "“What we have in common …”"): the quote is theirs, not the last speaker's."""
    starts = [t.idx for t in doc]
    k = token_at(starts, pos) - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_punct and doc[k].idx >= pos - 1):
        k -= 1  # the opening mark
    if k < 0 or not is_break(doc[k]):
        return None
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    sent = doc[k].sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or root.pos_ not in ("VERB", "AUX"):
        return None
    if subj.lower_ in _PERSONAL_SUBJECTS or subj.ent_type_ in ("PERSON", "ORG"):
        return subj
    return None

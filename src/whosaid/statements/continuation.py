"""Quotes that continue one statement: split around the cue, run on past the cue
sentence, joined by "and", after a short lead-in — and what stops them (a named show,
a sentence end, a second frame)."""

from __future__ import annotations

from typing import Any

from whosaid.statements.candidate import is_break
from whosaid.statements.cues import QUOTE_VERBS
from whosaid.statements.frames import ENDS, cue_before
from whosaid.statements.quotes import Quote


def is_fragment(doc: Any, text: str, q: Quote, close_tok: int) -> bool:
    """A quote the sentence runs on after ("said “it gets me mad” every time …") is a
    fragment of a mixed statement, not a direct quote."""
    if close_tok >= len(doc) or text[q.end - 1] in ".!?,;:—":
        return False
    nxt = doc[close_tok]
    if nxt.is_punct or nxt.is_space or close_tok == 0:
        return False
    return bool(nxt.sent == doc[close_tok - 1].sent)


_MAX_GAP = 40  # tokens of narration a split quote may run across


def continues(doc: Any, last_end: int, open_tok: int) -> bool:
    """Does a quote at ``open_tok`` continue the statement framed up to ``last_end``?
    Yes if only punctuation lies between ("…,” he said, “…”), or if it opens a new
    sentence in the same paragraph and no other speech verb intervenes
    ("…,” Spencer said, as fighters trained inside. “…”)."""
    if last_end < 0 or open_tok - last_end > _MAX_GAP:
        return False
    between = doc[last_end:open_tok]
    if any(is_break(t) for t in between):
        return False
    if all(t.is_punct and t.text != ";" or t.is_space for t in between):
        return True
    starts_sentence = open_tok < len(doc) and (
        doc[open_tok].is_sent_start or doc[open_tok - 1].text in (".", "!", "?")
        or _period_inside(doc, open_tok)
    )
    return starts_sentence and not any(
        t.lemma_ in QUOTE_VERBS and t.pos_ == "VERB" for t in between
    )


_MAX_RUN_ON = 60  # tokens of narration between a cue frame and a quote continuing it
_JOINERS = frozenset(["and", "or"])
_MAX_LEAD = 3  # words before a quote in the sentence after the cue ("Instead, “…”")


def joined(doc: Any, last_end: int, open_tok: int) -> bool:
    """“Send them home,” and “Build the wall.” — quotes coordinated by and/or."""
    words = [t for t in doc[last_end:open_tok] if not (t.is_punct or t.is_space)]
    return (
        0 < open_tok - last_end <= 3 and len(words) == 1 and words[0].lower_ in _JOINERS
        and not any(is_break(t) for t in doc[last_end:open_tok])
    )


def runs_on(doc: Any, verb: Any, last_end: int, open_tok: int, close_tok: int, floor: int) -> bool:
    """Does the quote at ``open_tok`` continue the statement framed by ``verb`` (a cue
    after the previous quote) although narration lies between? PolNeAR joins the quote
    that opens the sentence after a long cue sentence ("“…,” said X, who wrote about it
    in his book. “…”"), one after an apposition ("“…,” said X, the campaign's director,
    “and …”") and one after a short lead-in ("“…,” she says. Instead, “…”"), when no
    other cue frames it."""
    if verb is None or last_end < 0 or open_tok - last_end > _MAX_RUN_ON:
        return False
    between = [t for t in doc[last_end:open_tok] if not t.is_space or is_break(t)]
    if not between or any(is_break(t) for t in between):
        return False
    if not _one_cue_sentence(doc, between, last_end, close_tok):
        return False
    other = cue_before(doc, open_tok, floor)
    return other is None or other[0].i == verb.i


def _one_cue_sentence(doc: Any, between: list[Any], last_end: int, close_tok: int) -> bool:
    """The narration before the quote is the rest of the cue's sentence, plus at most a
    short lead-in to the quote's own sentence."""
    ends = [
        k for k, t in enumerate(between)
        if t.text in ENDS and (k == len(between) - 1 or not _abbreviation(doc[t.i - 1]))
    ]
    if last_end >= 2 and doc[last_end - 1].is_quote and doc[last_end - 2].text in ENDS:
        ends.insert(0, -1)  # “… I love them!” Later narration opens a sentence of its own
    if not ends and _period_inside(doc, between[-1].i + 1):
        ends.append(len(between) - 1)  # "… in Springfield, Ill. “…”"
    if len(ends) > 1:
        return False  # a whole sentence of narration: it may have a speaker of its own
    if not ends:
        # Mid-sentence, only a comma or colon hands over to a quote, and not after a
        # second cue ("…,” she wrote, arguing that …, “…”: that cue's content).
        return between[-1].text in (",", ":") and not any(
            t.lemma_ in QUOTE_VERBS and t.pos_ == "VERB" for t in between
        )
    lead = between[ends[0] + 1:]
    return not lead or (_lead_in(lead) and _ends_sentence(doc, close_tok))


_MAX_SHOW_WORDS = 5


def names_a_show(doc: Any, text: str, q: Quote, frame_head: int, last_end: int, open_tok: int) -> bool:
    """“…,” Perez said Sunday on NBC's “Meet the Press.” “…” — a short quote glued into
    the cue's own frame names where it was said; it is not part of what was said."""
    return (
        frame_head >= 0 and open_tok == last_end and open_tok - 1 > frame_head
        and not (doc[open_tok - 1].is_punct or doc[open_tok - 1].is_space)
        and q.n_words(text) <= _MAX_SHOW_WORDS
    )


def _abbreviation(tok: Any) -> bool:
    """"Capt", "Tex", "Ill" before a period: a title or state, not a sentence end."""
    return bool(tok.is_alpha and tok.is_title and len(tok) <= 4)


def _lead_in(lead: list[Any]) -> bool:
    """A few words opening the sentence, none a verb of its own ("Instead,", "It's")."""
    words = [t for t in lead if not t.is_punct]
    return len(words) <= _MAX_LEAD and not any(t.pos_ == "VERB" for t in words)


def _ends_sentence(doc: Any, close_tok: int) -> bool:
    """Only punctuation follows the quote before its sentence or paragraph ends."""
    for k in range(close_tok, len(doc)):
        tok = doc[k]
        if is_break(tok) or tok.is_sent_start:
            return True
        if not (tok.is_punct or tok.is_space):
            return False
        if tok.text in ENDS:
            return True
    return True


_MAX_NAMED = 4  # words of a quoted name or term inside a frame


def in_frame(doc: Any, text: str, q: Quote, last_end: int, open_tok: int) -> bool:
    """A short quote inside the frame sentence of the statement before it: "“…,” said
    X, who runs a “No Excuses” gym downtown. “…”" — a name or a term in the narration
    (the indirect finder's), which does not end the frame: the quote after the sentence
    still continues the statement."""
    if last_end < 0 or open_tok < last_end or q.n_words(text) > _MAX_NAMED:
        return False
    return not any(is_break(t) or t.text in ENDS for t in doc[last_end:open_tok])


def _period_inside(doc: Any, open_tok: int) -> bool:
    """The sentence before a quote ends in an abbreviation that swallowed its period
    ("… of Jacksonville, Fla. “She …”", "… Springfield, Ill. “. . . I …”"): the token
    before the mark ends with one and the quote opens a sentence."""
    if open_tok < 1 or open_tok + 1 >= len(doc):
        return False
    before, first = doc[open_tok - 1], doc[open_tok + 1]
    return (
        len(before.text) > 1 and before.text.endswith(".") and before.text[0].isupper()
        and doc[open_tok].is_quote and (first.text[:1].isupper() or first.text[:1] in ".…")
    )


def next_paragraph(doc: Any, last_end: int, open_tok: int, close_tok: int) -> bool:
    """Does a paragraph that is one quote go on with the statement whose quote (and
    frame) ended the paragraph before? "“…,” Ramos said.¶“So I think …”": PolNeAR
    joins the quotes as one statement (about 4 in 5 on train) unless narration of its
    own stands between (a second sentence, a paragraph) or the new quote has a frame
    after it ("¶“…,” she added.")."""
    if last_end < 0 or open_tok <= last_end:
        return False
    between = doc[last_end:open_tok]
    breaks = [t.i for t in between if is_break(t)]
    if len(breaks) != 1 or any(not (t.is_space or t.is_punct) for t in doc[breaks[0]:open_tok]):
        return False
    words = doc[last_end:breaks[0]]
    ends = [t.i for t in words if t.text in ENDS and not _abbreviation(doc[t.i - 1])]
    if len(ends) > 1 or ends and any(not (t.is_space or t.is_punct) for t in doc[ends[0]:breaks[0]]):
        return False  # "“…,” Trump added. He then turned to the crowd.¶“…”"
    for k in range(close_tok, len(doc)):
        if is_break(doc[k]):
            break
        if not (doc[k].is_punct or doc[k].is_space):
            return False
    return True

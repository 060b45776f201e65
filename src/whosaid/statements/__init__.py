"""The statements stage: who said what, as written.

``find_statements(article)`` fills ``article.statements`` from the title, the
standfirst and the body (in that order). Direct quotes are framed first
(:mod:`.direct`, with :mod:`.quotes` pairing the marks, :mod:`.frames` finding the cue
verb and :mod:`.continuation` joining split quotes), then indirect and mixed speech comes
from the parse (:mod:`.indirect` finds cues, :mod:`.phrasal` the multi-word ones,
:mod:`.contents` cuts the content); overlaps are settled so that each stretch of text
belongs to at most one statement, outermost attribution first. Two small learned models
then add what rules cannot list: :mod:`.learned` (open-class cues) and :mod:`.extent`
(where an indirect content ends). Speakers are mention spans (:mod:`.candidate`, with
:mod:`.clauses`); a floating quote's is the frame after it, its signature line, or the
previous speaker's; ``whosaid.entities.resolve_speaker`` maps them to entities.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whosaid.entities import resolve_speaker
from whosaid.model import Article, Span, Statement, TextField
from whosaid.nlp import parse_text
from whosaid.statements.candidate import Candidate, inside, mention_span, speaker_spans
from whosaid.statements.clauses import dateline_dash, is_break
from whosaid.statements.cues import QUOTE_VERBS, SPEECH_VERBS
from whosaid.statements.direct import find_colon_lines, find_direct, narrated_subject
from whosaid.statements.extent import choose_extents
from whosaid.statements.frames import cue_span
from whosaid.statements.indirect import find_indirect
from whosaid.statements.learned import learned_candidates, rule_territory
from whosaid.statements.quotes import Quote, find_quotes

__all__ = ["find_statements", "find_candidates"]

# An indirect content mostly inside direct quotes is the same statement seen twice.
_MAX_SHARED = 0.5
# A content that is (almost) all quoted text is a direct quote introduced by "that".
_DIRECT_SHARE = 0.9


def find_statements(article: Article, *, learned: bool = True) -> None:
    """Fill ``article.statements``; ``learned=False`` leaves out both learned models (the
    cue model's finds and the extent model's cuts): the rules alone, for comparison in
    bench/polnear.py."""
    fields: list[tuple[TextField, Any]] = []
    if article.title:
        fields.append(("title", parse_text(article.title)))
    if article.standfirst:
        fields.append(("standfirst", parse_text(article.standfirst)))
    if article.doc is not None:
        fields.append(("text", article.doc))
    names = {e.id: e.name for e in article.entities}
    previous: str | None = None
    # A floating quote's mention is the one its speaker was carried from, kept in step
    # with ``previous`` (PolNeAR marks that earlier name as the quote's source).
    last_mention: Span | None = None
    out: list[Statement] = []
    for source, doc in fields:
        text = doc.text  # Doc.text joins every token: once per field, not per statement
        cands = find_candidates(doc, learned=learned)
        cues = [c.cue_span for c in cands if c.cue_span is not None]
        starts = [t.idx for t in doc]  # token starts, once per field for the helpers below
        for cand in cands:
            if cand.floating and source != "text":
                continue  # a quoted headline with no cue is not a statement
            mention = cand.mention
            cue = cand.cue_span
            if cand.floating:
                speaker, mention = previous, last_mention
                signed = _signed_inside(doc, text, cand, starts)
                framed = _framed_after(doc, text, cand, starts) if signed is None else None
                narrator = narrated_subject(doc, cand.start) if framed is None else None
                if signed is not None:
                    mention = signed
                    speaker = resolve_speaker(article, signed, field=source, previous=previous)
                elif framed is not None:
                    subj, verb = framed
                    mention, target = speaker_spans(subj)
                    speaker = resolve_speaker(article, target, field=source, previous=previous) if target else None
                    if not inside(verb.idx, cues):
                        cue = cue_span(verb)  # a cue no other statement has
                elif narrator is not None and not _said_there(out, narrator):
                    mention = mention_span(narrator)
                    speaker = resolve_speaker(article, mention, field=source, previous=previous)
            elif cand.mention is None and (named := _headline_subject(doc, text, cue, starts)) is not None:
                mention = named
                speaker = resolve_speaker(article, named, field=source, previous=previous)
            elif cand.mention is not None:
                moved = _past_dateline(doc, cand.mention, cue, starts)
                if moved is not None:
                    mention = moved
                speaker = resolve_speaker(
                    article, moved or cand.resolve or cand.mention, field=source, previous=previous
                )
            else:
                speaker = None
            if speaker is not None and speaker not in names:
                names = {e.id: e.name for e in article.entities}  # resolve_speaker may add one
            out.append(
                Statement(
                    id=f"S{len(out) + 1}",
                    kind=cand.kind,
                    content=" ".join(text[s:e] for s, e in cand.spans),
                    content_spans=list(cand.spans),
                    speaker=speaker,
                    speaker_name=names.get(speaker) if speaker is not None else None,
                    speaker_mention=mention,
                    cue=text[cue[0]:cue[1]] if cue else None,
                    cue_span=cue,
                    source=source,
                    sentence_span=cand.sentence_span,
                )
            )
            if source == "text" and (speaker is not None or mention is not None):
                # An unresolved "he said" still owns the quotes that follow it.
                previous, last_mention = speaker, mention
    article.statements = out


# A quote its writer left open ("“…,”", "“…?”") goes on with its frame.
_OPEN_ENDS = frozenset(",?!—–-")
_FRAME_WINDOW = 12  # tokens from the closing mark to the frame's verb
_TRAILING_WINDOW = 30  # ... to the comma before a frame that ends the sentence


def _framed_after(doc: Any, text: str, cand: Candidate, starts: list[int]) -> tuple[Any, Any] | None:
    """(subject, verb) of the frame that follows a paragraph-opening quote on its own
    line: "“…,” Kiedis said, mentioning the album is …", "“…?” asked the 43-year-old",
    "“…,” the dawn of the movement, Bozell says." The direct finder leaves such a quote
    floating when the frame's verb has a content of its own, the parser split the
    sentence at the closing mark or a phrase stands between; a reader still takes the
    frame's subject for the speaker (so does PolNeAR)."""
    if not cand.quotes:
        return None
    for _, inner_end in cand.spans:  # a joined quote may carry its frame after its first part
        if inner_end == 0 or text[inner_end - 1] not in _OPEN_ENDS:
            continue
        k = bisect_left(starts, inner_end)
        while k < len(doc) and (doc[k].is_quote or doc[k].is_punct) and not is_break(doc[k]):
            k += 1
        if k >= len(doc) or is_break(doc[k]) or doc[k].is_space:
            continue
        found = _frame_at(doc, k) or _trailing_frame(doc, k)
        if found is not None:
            return found
    return None


_MAX_SIGNATURE = 10  # tokens of a name and affiliation signing a quote
_CLOSING = frozenset('"”\'’')


def _signed_inside(doc: Any, text: str, cand: Candidate, starts: list[int]) -> Span | None:
    """A block quote signed on its own last line, inside the marks:
    "“… tax cuts.\nJane Roe, Center for Policy Research.”" — the line names the speaker."""
    end = cand.spans[-1][1]
    if not cand.quotes or not text.startswith("\n", end) or text.startswith("\n\n", end):
        return None
    line_end = text.find("\n", end + 1)
    line_end = len(text) if line_end < 0 else line_end
    line = text[end + 1:line_end].rstrip()
    if not line or line[-1] not in _CLOSING:
        return None
    name = [t for t in doc[bisect_left(starts, end + 1):bisect_left(starts, end + 1 + len(line))]
            if not t.is_punct and not t.is_space]
    if not name or len(name) > _MAX_SIGNATURE or name[0].pos_ != "PROPN" \
            or any(t.pos_ in ("VERB", "AUX", "PRON") for t in name):
        return None
    return name[0].idx, name[-1].idx + len(name[-1])


def _frame_at(doc: Any, k: int) -> tuple[Any, Any] | None:
    """A frame starting at token ``k``, right after the quote."""
    first = doc[k]
    if first.pos_ in ("SCONJ", "ADP", "ADV", "CCONJ") or first.tag_ in ("WDT", "WP"):
        return None  # "“…,” since most cases …", "“Bathroom Bill,” which allows …"
    if first.pos_ == "VERB" and first.lemma_ in QUOTE_VERBS:
        # "“…,” said his best friend", "“…,” read one": the subject follows the verb.
        subj = _inverted_subject(first)
        return (subj, first) if subj is not None and subj.i - k <= 4 else None
    for j in range(k, min(k + _FRAME_WINDOW, len(doc))):
        tok = doc[j]
        if is_break(tok) or tok.is_quote:
            return None
        verb = tok.head
        # the tagger may take a name for a verb ("Trump shot back"): a capital will do
        nominal = tok.pos_ in ("PROPN", "NOUN", "PRON") or tok.is_title and tok.dep_ == "nsubj"
        if tok.dep_ in ("nsubj", "nsubjpass", "compound") and verb.pos_ == "VERB" and verb.i > tok.i \
                and nominal and tok.left_edge.i == k and verb.i - tok.right_edge.i <= 3:
            return tok, verb
    return None


# Verbs whose object is the one spoken to: "“…,” told Mr. Obama" is not his.
_ADDRESSEE = frozenset(["tell", "ask", "inform", "assure", "remind", "warn", "urge"])


def _inverted_subject(verb: Any) -> Any | None:
    """The subject after an inverted speech verb; the parser often makes it an object
    ("“…,” read one"), unless the verb takes an addressee."""
    deps = ("nsubj", "nsubjpass") if verb.lemma_ in _ADDRESSEE else ("nsubj", "nsubjpass", "dobj")
    return next((c for c in verb.rights if c.dep_ in deps), None)


def _trailing_frame(doc: Any, k: int) -> tuple[Any, Any] | None:
    """"“…,” the dawn of the movement, Bozell says." / "“…,” since most cases were
    close, said Lee Epstein, who …": a speech verb after a comma later in the same
    sentence, with a named subject right before or after it."""
    sent_end = doc[k].sent.end
    for j in range(k + 1, min(sent_end, k + _TRAILING_WINDOW, len(doc)) - 1):
        tok = doc[j]
        if is_break(tok) or tok.is_quote:
            return None
        if tok.text != ",":
            continue
        nxt, after = doc[j + 1], doc[j + 2] if j + 2 < len(doc) else None
        if nxt.pos_ == "VERB" and nxt.lemma_ in SPEECH_VERBS and after is not None and after.pos_ == "PROPN":
            subj = _inverted_subject(nxt)
            if subj is not None:
                return subj, nxt
        if nxt.pos_ == "PROPN" and nxt.dep_ in ("nsubj", "compound") and nxt.head.pos_ == "VERB" \
                and nxt.head.lemma_ in SPEECH_VERBS and nxt.head.i - nxt.i <= 3:
            return nxt, nxt.head
    return None


def _headline_subject(doc: Any, text: str, cue: Span | None, starts: list[int]) -> Span | None:
    """A headline-style line ("Bernie Sanders To Release Medical Records", "Film Star
    Asked Actors To Act Whiter") names its speaker first; the parser, misled by the
    capitals, often leaves the verb without a subject."""
    if cue is None:
        return None
    start = text.rfind("\n", 0, cue[0]) + 1
    end = text.find("\n", cue[1])
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return None
    first, stop = bisect_left(starts, start), bisect_left(starts, cue[0])
    k = first
    while k < stop and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[k].is_quote):
        k += 1
    names = [t for t in doc[first:k] if t.pos_ in ("PROPN", "NOUN")]
    if k == first or not names or not (k == stop or doc[k].pos_ in ("VERB", "AUX", "PART")):
        return None
    return doc[first].idx, doc[k - 1].idx + len(doc[k - 1])


def _past_dateline(doc: Any, mention: Span, cue: Span | None, starts: list[int]) -> Span | None:
    """A speaker mention that is the place of a dateline ("New York (AFP) – Oscar-winning
    actress Susan Sarandon … is not sure"): the parser made the place the subject; the
    speaker is the phrase after the dash."""
    if cue is None:
        return None
    first = bisect_left(starts, mention[0])
    if first >= len(doc):
        return None
    dash = dateline_dash(doc[first])
    if dash is None or doc[dash].idx < mention[1] or dash + 1 >= len(doc) or doc[dash + 1].idx >= cue[0]:
        return None
    tok = doc[dash + 1]
    while dash < tok.head.i < bisect_left(starts, cue[0]) and tok.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") \
            and tok.dep_ not in ("nsubj", "appos", "dobj"):
        tok = tok.head
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return mention_span(tok)


def _said_there(out: list[Statement], subj: Any) -> bool:
    """Is the narrating sentence itself a statement? Then its speaker is already
    ``previous`` or its subject is what was said about, not who speaks next."""
    sent = subj.sent
    return any(
        s.source == "text" and s.sentence_span is not None
        and s.sentence_span[0] < sent.end_char and sent.start_char < s.sentence_span[1]
        for s in out
    )


def _overlap(a: list[Span], b: list[Span]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def find_candidates(doc: Any, *, learned: bool = True, extents: bool = True) -> list[Candidate]:
    """All statements in one parsed field, in text order, without speaker ids.

    ``learned=False`` gives the rules' candidates alone (what the cue model is trained
    on top of, bench/train_cues.py); ``extents=False`` keeps the rules' content cuts
    (what the extent model is trained on)."""
    text = doc.text
    quotes = find_quotes(text)
    direct = find_direct(doc, quotes)
    used = {qi for c in direct for qi in c.quotes}
    direct_spans = [s for c in direct for s in c.spans]
    direct_cues = {c.cue_span for c in direct if c.cue_span}
    quote_spans = [s for q in quotes if q.n_words(text) >= 4 for s in q.spans]

    accepted: list[Candidate] = []
    taken: list[Span] = list(direct_spans)
    for cand in sorted(find_indirect(doc) + find_colon_lines(doc), key=lambda c: -c.length):
        cue = cand.cue_span
        if cue in direct_cues or (cue and (inside(cue[0], taken) or inside(cue[0], quote_spans))):
            continue
        if _overlap(cand.spans, taken) > _MAX_SHARED * cand.length:
            continue
        accepted.append(cand)
        taken.extend(cand.spans)
    if learned:
        accepted += learned_candidates(doc, rule_territory(direct + accepted))
        if extents:
            choose_extents(doc, direct + accepted)
    for cand in accepted:
        _set_kind(cand, quotes, used, text)
    return sorted(direct + accepted, key=lambda c: c.start)


def _set_kind(cand: Candidate, quotes: list[Quote], used: set[int], text: str) -> None:
    inner = [s for qi, q in enumerate(quotes) if qi not in used for s in q.spans]
    quoted = _overlap(cand.spans, inner)
    if quoted == 0:
        return
    # Quote marks are not inner text: compare against the content's letters only.
    letters = sum(1 for s, e in cand.spans for ch in text[s:e] if ch.isalnum())
    quoted_letters = sum(
        1 for s, e in cand.spans for qs, qe in inner
        for ch in text[max(s, qs):min(e, qe)] if ch.isalnum()
    )
    if letters and quoted_letters >= _DIRECT_SHARE * letters:
        # "She wrote that “…”": the statement is the quote itself, without its marks.
        cand.kind = "direct"
        cand.spans = [q for q in inner if _overlap([q], cand.spans)]
    else:
        cand.kind = "mixed"

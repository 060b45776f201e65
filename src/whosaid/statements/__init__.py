"""The statements stage: who said what, as written.

``find_statements(article)`` fills ``article.statements`` from the title, the
standfirst and the body (in that order). Direct quotes are framed first
(:mod:`.direct`, with :mod:`.quotes` pairing the marks, :mod:`.frames` finding the cue
verb and :mod:`.continuation` joining split quotes), then indirect and mixed speech comes
from the parse (:mod:`.indirect` finds cues, :mod:`.phrasal` the multi-word ones,
:mod:`.contents` cuts the content, :mod:`.edges` settles its quote marks); overlaps
are settled so that each stretch of text belongs to at most one statement, outermost
attribution first, except a report nested inside another content ("a bill that critics
said was unconstitutional": the critics' statement inside the outer one,
``indirect.embedded_report``). Two small learned models
then add what rules cannot list: :mod:`.learned` (open-class cues) and :mod:`.extent`
(where an indirect content ends). Speakers are mention spans (:mod:`.candidate`, with
:mod:`.clauses`); :mod:`.speakers` mends the mention of floating quotes (the frame after
them, a signature line, else the previous speaker's), headlines and datelines;
``whosaid.entities.resolve_speaker`` maps them to entities.
"""

from __future__ import annotations

from typing import Any

from whosaid.entities import resolve_speaker
from whosaid.model import Article, CueSet, Span, Statement, TextField
from whosaid.nlp import parse_text
from whosaid.statements.candidate import Candidate, inside, mention_span, speaker_spans, subject_of
from whosaid.statements.cues import SPEECH_VERBS
from whosaid.statements.direct import find_colon_lines, find_direct, narrated_subject
from whosaid.statements.extent import choose_extents
from whosaid.statements.frames import cue_span
from whosaid.statements.indirect import embedded_report, find_indirect
from whosaid.statements.learned import learned_candidates, person_like, reports, rule_territory
from whosaid.statements.quotes import Quote, find_quotes
from whosaid.statements.speakers import framed_after, headline_subject, past_dateline, signed_inside

__all__ = ["find_statements", "find_candidates"]

# An indirect content mostly inside direct quotes is the same statement seen twice.
_MAX_SHARED = 0.5
# A content that is (almost) all quoted text is a direct quote introduced by "that".
_DIRECT_SHARE = 0.9


def _nested(doc: Any, cue: Span | None) -> bool:
    """Is the cue a report nested in another content (``indirect.embedded_report``) whose
    subject can hold the view? Anyone can be reported to have said something ("a bill
    that the report says is flawed"), but a nested belief or action needs a person or
    group ("said the governor criticized the plan", not "said the body responds to even
    minute threats": on science and product pages half of those were no one's statements)."""
    if cue is None:
        return False
    span = doc.char_span(cue[0], cue[0] + 1, alignment_mode="expand")
    if span is None or not len(span) or not embedded_report(span[0]):
        return False
    tok = span[0]
    verb = tok.head if tok.dep_ == "acomp" else tok  # "owners were worried about …"
    return tok.lemma_ in SPEECH_VERBS or person_like(subject_of(verb))


def find_statements(article: Article, *, learned: bool = True, cues: CueSet = "all") -> None:
    """Fill ``article.statements``; ``learned=False`` leaves out both learned models (the
    cue model's finds and the extent model's cuts): the rules alone, for comparison in
    bench/polnear.py. ``cues="lexicon"`` keeps the extent model but not the cue model's
    finds: speech and the frames ``cues.py`` lists, without the open class of actions
    ("backed the bill", "released the footage") that political news attributes."""
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
        cands = find_candidates(doc, learned=learned, open_cues=cues == "all")
        cue_spans = [c.cue_span for c in cands if c.cue_span is not None]
        starts = [t.idx for t in doc]  # token starts, once per field for the helpers below
        for cand in cands:
            if cand.floating and source != "text":
                continue  # a quoted headline with no cue is not a statement
            mention = cand.mention
            cue = cand.cue_span
            if cand.floating:
                speaker, mention = previous, last_mention
                signed = signed_inside(doc, text, cand, starts)
                framed = framed_after(doc, text, cand, starts) if signed is None else None
                narrator = narrated_subject(doc, cand.start) if framed is None else None
                if signed is not None:
                    mention = signed
                    speaker = resolve_speaker(article, signed, field=source, previous=previous)
                elif framed is not None:
                    subj, verb = framed
                    mention, target = speaker_spans(subj)
                    speaker = resolve_speaker(article, target, field=source, previous=previous) if target else None
                    if not inside(verb.idx, cue_spans):
                        cue = cue_span(verb)  # a cue no other statement has
                elif narrator is not None and not _said_there(out, narrator):
                    mention = mention_span(narrator)
                    speaker = resolve_speaker(article, mention, field=source, previous=previous)
            elif cand.mention is None and (named := headline_subject(doc, text, cue, starts)) is not None:
                mention = named
                speaker = resolve_speaker(article, named, field=source, previous=previous)
            elif cand.mention is not None:
                moved = past_dateline(doc, cand.mention, cue, starts)
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


def find_candidates(
    doc: Any, *, learned: bool = True, extents: bool = True, open_cues: bool = True,
    cue_model: dict[str, Any] | None = None,
) -> list[Candidate]:
    """All statements in one parsed field, in text order, without speaker ids.

    ``learned=False`` gives the rules' candidates alone (what the cue model is trained
    on top of, bench/train_cues.py); ``extents=False`` keeps the rules' content cuts
    (what the extent model is trained on); ``open_cues=False`` leaves out the cue
    model's finds but still chooses extents (``find_statements(cues="lexicon")``).
    ``cue_model`` replaces the shipped cue model (``learned.load_model()``'s weights and
    threshold): bench/train_cues.py scores a model refit on part of train through this
    very path."""
    text = doc.text
    quotes = find_quotes(text)
    named: list[Span] = []
    direct = find_direct(doc, quotes, spent=named)
    used = {qi for c in direct for qi in c.quotes}
    direct_spans = [s for c in direct for s in c.spans]
    # A cue is one statement's; "a script called “Wild Rose”" names and is no one's.
    direct_cues = {c.cue_span for c in direct if c.cue_span}
    spent = {s for s, _ in named}
    quote_spans = [s for q in quotes if q.n_words(text) >= 4 for s in q.spans]

    accepted: list[Candidate] = []
    taken: list[Span] = list(direct_spans)
    for cand in sorted(find_indirect(doc) + find_colon_lines(doc), key=lambda c: -c.length):
        cue = cand.cue_span
        if cue in direct_cues or (cue and (cue[0] in spent or inside(cue[0], quote_spans))):
            continue
        clash = cue is not None and inside(cue[0], taken) or _overlap(cand.spans, taken) > _MAX_SHARED * cand.length
        # "opposed a bill that critics said was unconstitutional": a report inside another
        # content is a statement of its own (PolNeAR marks both).
        if clash and not _nested(doc, cue):
            continue
        accepted.append(cand)
        taken.extend(cand.spans)
    if learned and open_cues:
        # The model judges the cue alone; a content inside a direct quote is that quote
        # seen twice ("X commented: “…¶“…,” X said." then "commented"). One that only
        # holds a quote is an outer attribution ("He said he could not imagine that
        # “…”"): PolNeAR marks both.
        reported = reports(direct + accepted, doc)
        for cand in learned_candidates(
            doc, rule_territory(direct + accepted) + named, cue_model, reported=reported,
        ):
            if _overlap(cand.spans, direct_spans) >= _DIRECT_SHARE * cand.length:
                continue
            if any(_same_stretch(cand, other) for other in accepted):
                continue  # "issued a statement warning that …": three cues, one statement
            accepted.append(cand)
    for cand in accepted:
        _set_kind(cand, quotes, used, text)
    if learned and extents:
        # After the kinds: the extent model learnt from mixed and direct candidates as
        # such (bench/train_extent.py). A re-cut can take in a quote; one that leaves
        # a mixed content mostly quote ("…, who maneuvered around “radical Islam,”")
        # keeps it mixed, not a two-word direct quote.
        choose_extents(doc, direct + accepted)
        for cand in accepted:
            if cand.kind == "indirect":
                _set_kind(cand, quotes, used, text)
    return sorted(direct + accepted, key=lambda c: c.start)


def _same_stretch(a: Candidate, b: Candidate) -> bool:
    shared = _overlap(a.spans, b.spans)
    return shared >= _DIRECT_SHARE * a.length and shared >= _DIRECT_SHARE * b.length


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

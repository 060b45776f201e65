"""``find_stances``: frames from the parse, held by the statement's speaker or the
resolved subject, one stance per (holder, target key, polarity, evidence sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whosaid.entities import get_context, resolve_speaker
from whosaid.model import Article, Stance, Statement, TextField
from whosaid.stances.frames import Frame, find_frames, hypothetical, is_issue
from whosaid.stances.lexicon import FIRST_PERSON
from whosaid.stances.scan import candidates
from whosaid.stances.targets import EntityLookup, entity_label, target_of

# A title or standfirst is parsed here only when the statements stage has not already
# parsed it and it has a word that could carry a stance; this keeps headline-only stances
# ("Senate Republicans reject tax bill") without a parse per article.
_STANCE_STEMS = re.compile(
    r"\b(?:support|back|favou?r|endors|welcom|prais|want|seek|sought|desir|demand|requir|need|"
    r"urg|oppos|reject|renounc|renunciat|condemn|critici|denounc|block|veto|refus|resist|"
    r"scrap|repeal|abolish|ban|halt|join|call|vote|push|fight|feasibl|achievabl|essential|"
    r"vital|necessar|crucial|unacceptabl|imposs|mistake|threat|must|should|bid|ambition|"
    r"aspiration|opposition|rejection|approv|pledg|vow|promis|plan|threaten)",
    re.IGNORECASE,
)


_QUANTITIES = frozenset({"percent", "%", "majority", "minority", "most", "many", "some", "half", "third", "share", "number"})


def find_stances(article: Article) -> None:
    """Fill ``article.stances`` from the body, the title and the standfirst."""
    seen: set[tuple[str, str, str, str, tuple[int, int]]] = set()
    out: list[Stance] = []
    for field, doc in _docs(article):
        stmts = [s for s in article.statements if s.source == field]
        look = EntityLookup(article, field)
        for frame in find_frames(candidates(doc)):
            stance = _stance(article, field, frame, stmts, look)
            if stance is None:
                continue
            k = (stance.holder or "", stance.target_key, stance.polarity, field, stance.evidence_span)
            if k in seen:
                continue
            seen.add(k)
            stance.id = f"P{len(out) + 1}"
            out.append(stance)
    article.stances = out


def _docs(article: Article) -> Iterator[tuple[TextField, Any]]:
    for field in ("title", "standfirst"):
        text = getattr(article, field) or ""
        if not text.strip():
            continue
        doc = _cached_parse(article, field, text)
        if doc is None and (
            any(s.source == field for s in article.statements) or _STANCE_STEMS.search(text)
        ):
            from whosaid.nlp import parse_text

            doc = parse_text(text)
        if doc is not None:
            yield field, doc
    if article.doc is not None:
        yield "text", article.doc


def _cached_parse(article: Article, field: str, text: str) -> Any:
    if article.doc is None:
        return None
    cached = get_context(article).parses.get(field)
    return cached[1] if cached is not None and cached[0] == text else None


def _stance(
    article: Article, field: TextField, frame: Frame, stmts: list[Statement], look: EntityLookup
) -> Stance | None:
    if hypothetical(frame.trigger):
        return None
    stmt = _statement_of(frame, stmts)
    holder = _holder(article, field, frame, stmt)
    if holder is None:
        return None
    if frame.needs_issue and not is_issue(frame.target):
        return None
    target = target_of(frame.target, look)
    if target is None:
        return None
    holder_entity = next((e for e in article.entities if e.id == holder), None)
    if holder_entity is not None and entity_label(holder_entity) == target.key:
        return None  # a parse or resolution slip: nobody campaigns against themselves
    sent = frame.trigger.sent
    start, end = sent.start_char, sent.end_char
    text = getattr(article, field) or ""  # not ``doc.text``: that joins every token again
    # The parser sometimes runs a sentence across a paragraph break (a stray closing
    # mark); the evidence is the part in the trigger's paragraph.
    trig = frame.trigger.idx
    cut = text.rfind("\n", start, trig)
    if cut >= 0:
        start = cut + 1
    cut = text.find("\n", trig, end)
    if cut >= 0:
        end = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    name = holder_entity.name if holder_entity is not None else None
    return Stance(
        id="",
        holder=holder,
        holder_name=name,
        target=target.text,
        target_key=target.key,
        polarity="support" if frame.polarity > 0 else "oppose",
        evidence=text[start:end],
        evidence_span=(start, end),
        source=field,
        statement=stmt.id if stmt is not None else None,
    )


def _statement_of(frame: Frame, stmts: list[Statement]) -> Statement | None:
    """The statement whose content holds the target, or whose cue is the stance verb
    ("Moscow has long opposed NATO expansion" is a statement cued by "opposed")."""
    anchor = frame.target.idx
    trig = frame.trigger.idx
    for s in stmts:
        if any(a <= anchor < b for a, b in s.content_spans):
            return s
    for s in stmts:
        if s.cue_span is not None and s.cue_span[0] <= trig < s.cue_span[1]:
            return s
    return None


def _holder(article: Article, field: TextField, frame: Frame, stmt: Statement | None) -> str | None:
    speaker = stmt.speaker if stmt is not None else None
    if frame.kind in ("eval", "modal"):
        # Evaluations and obligations are the speaker's; in narration they are nobody's.
        return speaker if stmt is not None and _in_content(frame.trigger, stmt) else None
    h = frame.holder
    if h is None:
        return speaker
    if h.lower_ in FIRST_PERSON:
        return speaker
    if h.pos_ == "NUM" or h.lemma_.lower() in _QUANTITIES:
        return None  # "1 percent support Jill Stein": poll shares are nobody in particular
    if h.tag_ == "NNS" and not h.ent_type_:
        return None  # "several Republican senators": a group, not one of the article's actors
    span = (h.left_edge.idx, h.right_edge.idx + len(h.right_edge.text))
    if stmt is not None and stmt.speaker_mention is not None:
        a, b = stmt.speaker_mention
        if a < span[1] and span[0] < b:
            return speaker
    found = resolve_speaker(article, (h.idx, h.idx + len(h.text)) if h.pos_ == "PRON" else span,
                            field=field, previous=speaker)
    if found is not None:
        return found
    if frame.things_may_hold and stmt is not None and not h.ent_type_ and h.pos_ != "PRON":
        return speaker
    return None


def _in_content(tok: Any, stmt: Statement) -> bool:
    return any(a <= tok.idx < b for a, b in stmt.content_spans)

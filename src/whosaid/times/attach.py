"""Give a statement the date it was made: a date expression on its cue verb or in its clause.

"Zelensky said on Sunday (December 22) that ..." → the statement's date is 2024-12-22;
a date inside the quoted content ("... in 2022") is what was talked about, not when.
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Article, Statement, TimeExpr
from whosaid.times import values as V


def _concrete(t: TimeExpr) -> bool:
    return t.type in ("DATE", "TIME") and V.parse(t.value) is not None


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _cue_token(doc: Any, st: Statement) -> Any | None:
    if st.cue_span is None:
        return None
    cue = doc.char_span(st.cue_span[0], st.cue_span[1], alignment_mode="expand")
    if cue is None or len(cue) == 0:
        return None
    verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else cue.root


_SPEECH_EVENTS = {
    "statement", "interview", "speech", "address", "conference", "briefing", "post", "tweet",
    "letter", "meeting", "call", "remark", "broadcast", "message", "appearance", "hearing",
    "debate", "rally", "summit", "visit", "session",
}


def _modified_verb(doc: Any, span: tuple[int, int]) -> Any | None:
    """The verb a time expression modifies directly: "said on Sunday", "Last week, X urged".

    A date hanging off a noun ("its invasion in 2022") modifies no verb.
    """
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    tok = sp.root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    head = tok.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _SPEECH_EVENTS and head.dep_ == "pobj":
        # "said in a statement on Monday": the date of the statement is the saying's
        head = head.head.head
        return head if head.pos_ in ("VERB", "AUX") else None
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("prep", "npadvmod", "tmod", "advmod", "obl", "nmod", "dobj"):
        return head
    return None


def _related(a: Any, b: Any) -> bool:
    """The same verb, or two verbs coordinated or one subordinate to the other
    ("said ... but stressed", "urged ..., while reiterating")."""
    if a.i == b.i:
        return True
    return (a.dep_ in ("conj", "advcl") and a.head.i == b.i) or (
        b.dep_ in ("conj", "advcl") and b.head.i == a.i
    )


def statement_date(article: Article, st: Statement) -> str | None:
    doc = article.doc
    if doc is None or st.source != "text":
        return None
    cue = _cue_token(doc, st)
    if cue is None:
        return None
    sent = cue.sent
    for t in article.times:
        if not _concrete(t) or _inside(t.span, st.content_spans):
            continue
        if not (sent.start_char <= t.span[0] and t.span[1] <= sent.end_char):
            continue
        verb = _modified_verb(doc, t.span)
        if verb is not None and _related(verb, cue):
            return t.value
    return None


def attach_dates(article: Article) -> None:
    for st in article.statements:
        if st.date is None:
            st.date = statement_date(article, st)

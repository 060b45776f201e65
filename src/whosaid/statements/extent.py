"""Where an indirect content ends: a learned choice between a few parse-based cuts.

The rules cut a reported clause at its syntactic edge, but news writers (and PolNeAR's
annotators) often run a reported content on to the end of the sentence ("…, she said,
adding detail after detail"), stop it at a comma or dash before an aside, or leave the
reporting verb's own adjuncts out of it ("endorsed Clinton in November"). For each
indirect or mixed candidate with one span, a handful of alternative extents are built
from the parse, and a logistic-regression model (``data/extent_model.json``, trained by
``bench/train_extent.py`` on PolNeAR train) scores how likely each is to match the
content better than the rules' cut; the best one replaces the cut only when that
probability clears the model's threshold. Alternatives never reach into another
statement's cue or content.
"""

from __future__ import annotations

from typing import Any

from whosaid.model import Span
from whosaid.statements.candidate import Candidate, char_span, has_verb, trim_tokens
from whosaid.statements.cues import ALL_VERB_CUES
from whosaid.statements.edges import close_quote
from whosaid.statements.weights import load, probability

MODEL_FILE = "extent_model.json"
_CUTS = frozenset([",", ";", "—", "–", "-", "("])


def load_model() -> dict[str, Any]:
    return load(MODEL_FILE)


def alternatives(doc: Any, cand: Candidate) -> dict[str, tuple[int, int]]:
    """Token ranges [start, end) that the content could cover, "keep" included."""
    s, e = cand.spans[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    sent = span[0].sent
    out = {"keep": (span.start, span.end)}
    if span.end > sent.end:
        return out  # a quotation the rules ran on past its sentence: leave it whole
    # Extensions stop at a colon: what follows one is a list or an explanation, and
    # the rules already decide whether it spells out the object.
    stop = next((k for k in range(span.end, sent.end) if doc[k].text == ":"), sent.end)
    stop = _bracket_close(doc, span.end, stop)
    out["to_sent_end"] = trim_tokens(doc, span.start, stop)
    if cand.cue_span is not None:
        cue = doc.char_span(*cand.cue_span, alignment_mode="expand").root
        out["to_cue_edge"] = trim_tokens(doc, span.start, min(stop, max(span.end, cue.right_edge.i + 1)))
    # A cut never strands a reported clause's subject without its verb: "the airline —
    # the largest carrier in the world — will recommence …" is not "the airline".
    clause = span.root.pos_ in ("VERB", "AUX")
    cut = next((k for k in range(span.start + 1, span.end) if doc[k].text in _CUTS
                and (not clause or has_verb(doc, span.start, k))), None)
    if cut is not None:
        out["cut_first_punct"] = trim_tokens(doc, span.start, cut)
        # "…, the legal minimum for …", "… - as many Republicans as Democrats": a
        # trailing aside after the last comma or dash.
        last = max(k for k in range(cut, span.end) if doc[k].text in _CUTS)
        out["cut_last_punct"] = trim_tokens(doc, span.start, last)
    # One more phrase: the content runs on to the next comma or dash, not to the end.
    nxt = next((k for k in range(span.end + 1, stop) if doc[k].text in _CUTS), None)
    if nxt is not None:
        out["to_next_punct"] = trim_tokens(doc, span.start, nxt)
    out["from_sent_start"] = trim_tokens(doc, sent.start, span.end)
    adjunct = _adjunct(doc, span.start, span.end)
    if adjunct is not None:
        out["cut_adjunct"] = trim_tokens(doc, span.start, adjunct)
    keep = out["keep"]
    alts = {"keep": keep}
    # A cut at the comma inside a quotation ("called the plan “a giveaway,” a jab at …")
    # keeps the quotation's closing mark.
    out = {k: v if k == "keep" else (v[0], close_quote(doc, v[0], v[1])) for k, v in out.items()}
    for k, v in out.items():
        if v[1] > v[0] and v not in alts.values() and (
                k.startswith("cut_") or v[0] <= keep[0] and v[1] >= keep[1]  # only cuts shrink
        ) and not _only_when(doc, v, keep):
            alts[k] = v
    return alts


def _bracket_close(doc: Any, start: int, stop: int) -> int:
    """Where a content inside brackets must stop: at the ")" that closes a bracket opened
    before it ("a Ford (I wish I still had that Escort), but …" is not what was wished)."""
    depth = 0
    for k in range(start, stop):
        if doc[k].text == "(":
            depth += 1
        elif doc[k].text == ")":
            if depth == 0:
                return k
            depth -= 1
    return stop


def _only_when(doc: Any, rng: tuple[int, int], keep: tuple[int, int]) -> bool:
    """An extension that adds nothing but a date or time ("… the stadium financing | on
    Monday"): when it was said, not what."""
    added = [doc[k] for k in range(rng[0], rng[1]) if not keep[0] <= k < keep[1]]
    words = [t for t in added if not t.is_punct]
    return bool(words) and rng[0] >= keep[0] and all(
        t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ in ("DATE", "TIME")
        for t in words)


_ADJUNCTS = frozenset(["prep", "npadvmod", "advcl", "advmod", "agent"])


def _adjunct(doc: Any, a: int, b: int) -> int | None:
    """Where the first adjunct hanging outside the rules' cut (on the reporting verb,
    mostly) starts inside it: "endorsed Clinton | in November", "attacked the plan | at a
    rally", "praised the bill | before the vote"."""
    tops = [t for t in doc[a:b] if not a <= t.head.i < b]
    for t in tops[1:]:
        if t.dep_ in _ADJUNCTS and a < t.left_edge.i < b:
            return int(t.left_edge.i)
    return None


def _bucket(n: int) -> int:
    return min(n.bit_length(), 6)


def _tok(doc: Any, i: int) -> str:
    if i < 0 or i >= len(doc):
        return "EDGE"
    t = doc[i]
    return t.text if t.is_punct or t.is_stop else t.pos_


def _relation(t: Any, keep: set[int], cue: Any) -> str:
    """Where a token's head lies: on the cue (the reporting frame), inside the rules'
    cut (the content), or elsewhere."""
    if cue is not None and t.head.i == cue.i:
        return "cue"
    return "in" if t.head.i in keep else "out"


def features(doc: Any, cand: Candidate, name: str, rng: tuple[int, int]) -> list[str]:
    keep = doc.char_span(*cand.spans[0], alignment_mode="expand")
    a, b = rng
    cue = doc.char_span(*cand.cue_span, alignment_mode="expand").root if cand.cue_span else None
    lemma = cue.lemma_.lower() if cue is not None else "-"
    out = [f"v={name}", f"v|cue={name}|{lemma}", f"v|kind={name}|{cand.kind}",
           f"v|next={name}|{_tok(doc, keep.end)}", f"v|next2={name}|{_tok(doc, keep.end)}|{_tok(doc, keep.end + 1)}",
           f"v|prev={name}|{_tok(doc, keep.start - 1)}", f"v|len={name}|{_bucket(len(keep))}",
           f"v|cuepos={name}|{'before' if cue is not None and cue.i < keep.start else 'after'}"]
    if cue is not None:
        out.append(f"v|cuedep={name}|{cue.dep_}")
    kept = set(range(keep.start, keep.end))
    top = next((t for t in keep if t.head.i not in kept or t.head.i == t.i), keep.root)
    out.append(f"v|top={name}|{top.dep_}|{top.pos_}")
    changed = [doc[k] for k in range(min(a, keep.start), max(b, keep.end)) if not (a <= k < b and keep.start <= k < keep.end)]
    if changed:
        out.append(f"v|dlen={name}|{_bucket(len(changed))}")
        out.append(f"v|dfirst={name}|{_tok(doc, changed[0].i)}")
        words = [t for t in changed if not t.is_punct]
        if words:
            w = words[0]
            out.append(f"v|dword={name}|{w.lower_ if w.is_stop else w.pos_}|{w.dep_}")
        ids = {t.i for t in changed}
        roots = [t for t in changed if t.head.i not in ids and not t.is_punct]
        if roots:
            out.append(f"v|droot={name}|{roots[0].dep_}|{roots[0].head.pos_}")
            out.append(f"v|drootcue={name}|{roots[0].dep_}|{lemma}")
            out.append(f"v|droothead={name}|{roots[0].dep_}|{_relation(roots[0], kept, cue)}")
        if any(t.pos_ in ("VERB", "AUX") for t in changed):
            out.append(f"v|dverb={name}")
        if any(t.lemma_ in ALL_VERB_CUES and t.pos_ == "VERB" for t in changed):
            out.append(f"v|dcue={name}")
        verb = next((t for t in changed if t.pos_ in ("VERB", "AUX") and t.head.i != t.i and t.head.i not in ids), None)
        if verb is not None:
            # "…, and his aides were booking venues" (the narrator's clause) against
            # "…, and spending would fall" (still reported): its own subject and tense.
            subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
            first = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), verb)
            aux = first.lower_ if first.tag_ == "MD" else first.tag_
            out.append(f"v|dclause={name}|{verb.dep_}|{subj}|{aux}")
        ents = [t.ent_type_ for t in changed if t.ent_type_]
        if ents:
            out.append(f"v|dent={name}|{ents[0]}")
        if any(t.is_quote for t in changed):
            out.append(f"v|dquote={name}")
        if any(t.dep_ == "cc" for t in changed):
            out.append(f"v|dcc={name}")
    return out


def score(doc: Any, cand: Candidate, name: str, rng: tuple[int, int], model: dict[str, Any]) -> float:
    """How likely the alternative ``name`` matches the content better than the rules' cut."""
    return probability(model, features(doc, cand, name, rng))


def applicable(cand: Candidate) -> bool:
    return cand.kind != "direct" and len(cand.spans) == 1 and not cand.floating


def open_alternatives(doc: Any, cand: Candidate, cands: list[Candidate]) -> dict[str, tuple[int, int]]:
    """The alternatives to the rules' cut that reach into no other statement or its cue."""
    others: list[Span] = [s for c in cands if c is not cand for s in c.spans]
    others += [c.cue_span for c in cands if c.cue_span]
    out = {}
    alts = alternatives(doc, cand)
    a, b = alts["keep"]
    for name, rng in alts.items():
        span = char_span(doc, *rng)
        if name != "keep" and not any(s < span[1] and span[0] < e for s, e in others) \
                and not any(_narrators_clause(doc[k]) for k in range(rng[0], rng[1]) if not a <= k < b):
            out[name] = rng
    return out


def _narrators_clause(tok: Any) -> bool:
    """A clause joined to a reporting verb with a subject and an unshifted tense of its
    own ("He said he would run, and his aides were booking venues") is the writer's,
    not the speaker's; one with a modal ("…, and spending would fall") may be reported."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in ALL_VERB_CUES:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def choose_extents(doc: Any, cands: list[Candidate], model: dict[str, Any] | None = None) -> None:
    """Re-cut each applicable candidate, in place, to the alternative the model most
    expects to match better than the rules' cut, if it expects that above its threshold."""
    model = model or load_model()
    threshold = float(model.get("threshold", 0.5))
    for cand in cands:
        if not applicable(cand):
            continue
        best, best_p = None, threshold
        for name, rng in open_alternatives(doc, cand, cands).items():
            p = score(doc, cand, name, rng, model)
            if p > best_p:
                best, best_p = rng, p
        if best is not None:
            cand.spans = [char_span(doc, *best)]

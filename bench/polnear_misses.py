"""Missed PolNeAR attributions grouped by gold cue lemma and by syntactic pattern.

Development aid for the statements stage (train split only; never tune on dev):

    .venv/bin/python bench/polnear_misses.py --limit 300 [--offset 0] [--show LEMMA]

A gold content is missed at t=0.3 when no prediction covers ≥30% of it (the metric of
bench/polnear.py). For each miss we parse-look at its gold cue: the lemma of the cue's
syntactic head and a pattern ``cue_pos/cue_dep -> content_head_dep`` (how the content
hangs off the cue in spaCy's parse). Counts come with a few examples per group.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import Item, _best, analysed, chars, gold_items  # noqa: E402


def _span_tokens(doc: Any, spans: list[list[int]]) -> list[Any]:
    toks = []
    for s, e in spans:
        sp = doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            toks.extend(sp)
    return toks


def _head(toks: list[Any]) -> Any | None:
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return heads[0] if heads else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--t", type=float, default=0.3, help="coverage threshold for a miss")
    ap.add_argument("--show", default=None, help="print all misses of this cue lemma")
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--pattern", default=None, help="count cue lemmas within this pattern (e.g. '-> dobj')")
    args = ap.parse_args()

    by_lemma: Counter[str] = Counter()
    by_pattern: Counter[str] = Counter()
    in_pattern: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = missed = 0
    pairs = analysed("train", args.offset, args.limit)
    for d, a in pairs:
        preds = [Item(chars(a.text, s.content_spans), None, s.kind) for s in a.statements if s.source == "text"]
        golds = gold_items(d)
        atts = [x for x in d["attributions"] if x.get("content")]
        for g, att in zip(golds, atts, strict=False):
            total += 1
            best, ov = _best(g, preds)
            if best is not None and ov / len(g.content) >= args.t:
                continue
            missed += 1
            cue = att.get("cue")
            ctoks = _span_tokens(a.doc, cue["spans"]) if cue else []
            chead = _head(ctoks)
            htoks = _span_tokens(a.doc, att["content"]["spans"])
            hhead = _head(htoks)
            lemma = chead.lemma_.lower() if chead is not None else "<none>"
            if chead is None or hhead is None:
                pat = "<no cue>" if chead is None else "<no content>"
            else:
                rel = hhead.dep_ if hhead.head.i == chead.i else (
                    "anc" if hhead.is_ancestor(chead) else "desc" if chead.is_ancestor(hhead) else "other")
                pat = f"{chead.pos_}/{chead.dep_} -> {rel}"
            kind = g.kind
            by_lemma[lemma] += 1
            by_pattern[f"{kind}: {pat}"] += 1
            if args.pattern and args.pattern in pat:
                in_pattern[lemma] += 1
            ex = (f"[{kind}] cue={cue['text'] if cue else None!r} src={(att.get('source') or {}).get('text')!r}"
                  f" content={att['content']['text'][:120]!r}")
            if len(examples[lemma]) < args.examples or args.show == lemma:
                examples[lemma].append(ex)
            if len(examples["P:" + pat]) < args.examples:
                examples["P:" + pat].append(ex)
    print(f"{missed} of {total} gold contents missed at t={args.t} ({len(pairs)} train articles)")
    print("\n== by cue lemma ==")
    for lemma, n in by_lemma.most_common(60):
        print(f"{n:5} {lemma}")
        for ex in examples[lemma][: None if args.show == lemma else args.examples]:
            print(f"        {ex}")
    if args.pattern:
        print(f"\n== cue lemmas in patterns containing {args.pattern!r} ==")
        print(", ".join(f"{lem} {n}" for lem, n in in_pattern.most_common(80)))
    print("\n== by pattern ==")
    for pat, n in by_pattern.most_common(30):
        print(f"{n:5} {pat}")
        for ex in examples["P:" + pat.split(": ", 1)[1]][: args.examples]:
            print(f"        {ex}")


if __name__ == "__main__":
    main()

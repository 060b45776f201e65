"""Statements on PolNeAR: content P/R/F1 at two coverage thresholds, speaker accuracy.

Run from the repo root:  .venv/bin/python bench/polnear.py            (dev, the reported split)
                         .venv/bin/python bench/polnear.py --split train --limit 200

Data: ../shared/eval/polnear/gold_<split>.jsonl, one annotator per article (primary).
Each article's RAW text is parsed with ``whosaid.nlp.parse`` (gold offsets point into the
raw text, so ``whosaid.clean`` is not run), then ``entities.find_entities`` and
``statements.find_statements`` run on it. The baseline is textacy's
``extract.triples.direct_quotations`` on the same Doc.

Metric (all character sets ignore whitespace):
- G = chars of a gold content (union of its spans), P = chars of a predicted content.
- Recall@t: a gold g is found if the prediction p with the largest |G∩P| has |G∩P|/|G| ≥ t.
- Precision@t: a prediction p is correct if the gold g with the largest |G∩P| has
  |G∩P|/|P| ≥ t.  F1@t is their harmonic mean.  t ∈ {0.3, 0.8}.
- Speaker accuracy (on golds found at t): the best prediction's speaker mention overlaps
  a gold Source span; a gold without Source counts as correct iff the prediction has no
  mention.
- By kind: gold kind from its text (direct = starts and ends with a quote mark, mixed =
  contains one, else indirect); recall per gold kind, precision per predicted kind.
- Quotes only: the same metric restricted to gold direct+mixed and predicted direct+mixed
  (the closest analogue of a quote extractor's score; PolNeAR's full gold is mostly
  indirect speech and beliefs).
Ablation: "rules only" = ``find_statements(learned=False)``, without the learned cue model.
Uncertainty: 95 % percentile intervals from resampling the articles (``--bootstrap``).
Throughput: articles/s of ``find_statements`` alone (parse excluded), and of the parse.
Missed golds grouped by cue lemma and parse pattern (train only): bench/polnear_misses.py.
Speaker errors grouped by type (train only): bench/polnear_speakers.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "polnear"
QUOTES = "\"“”«»„'‘’"
THRESHOLDS = (0.3, 0.8)

Spans = list[tuple[int, int]]


def chars(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if not text[i].isspace())


def gold_kind(text: str) -> str:
    t = text.strip().rstrip(".,;:!? ")
    if t and t[0] in QUOTES and t[-1] in QUOTES:
        return "direct"
    return "mixed" if any(q in t for q in "\"“”«»") else "indirect"


class Item:
    """One gold or predicted attribution reduced to what the metric needs."""

    def __init__(self, content: frozenset[int], source: frozenset[int] | None, kind: str):
        self.content, self.source, self.kind = content, source, kind


def load(split: str, limit: int | None) -> list[dict[str, Any]]:
    path = EVAL / f"gold_{split}.jsonl"
    if not path.exists():
        sys.exit(f"{path} not found (run from the repo root next to ../shared)")
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("primary"):
                rows.append(d)
    return rows[:limit] if limit else rows


def analysed(split: str, offset: int, limit: int) -> list[tuple[dict[str, Any], Any]]:
    """Gold rows with their raw text parsed and run through entities and statements
    (what the miss-analysis scripts look at; ``main`` times the stages separately)."""
    from whosaid import entities, statements
    from whosaid.model import Article
    from whosaid.nlp import parse

    rows = load(split, None)[offset: offset + limit]
    arts = [Article(id=d["doc"], text=d["text"], published=d.get("publication_date")) for d in rows]
    parse(arts)
    for a in arts:
        entities.find_entities(a)
        statements.find_statements(a)
    return list(zip(rows, arts, strict=True))


def gold_items(d: dict[str, Any]) -> list[Item]:
    text = d["text"]
    out = []
    for a in d["attributions"]:
        c = a.get("content")
        if not c:
            continue
        src = a.get("source")
        out.append(Item(
            chars(text, c["spans"]),
            chars(text, src["spans"]) if src else None,
            gold_kind(c["text"]),
        ))
    return [g for g in out if g.content]


class Score:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, golds: list[Item], preds: list[Item]) -> None:
        c = self.c
        c["gold"] += len(golds)
        c["pred"] += len(preds)
        for g in golds:
            c[f"gold_{g.kind}"] += 1
            best, ov = _best(g, preds)
            for t in THRESHOLDS:
                if best is not None and ov / len(g.content) >= t:
                    c[f"tp_g{t}"] += 1
                    c[f"tp_g{t}_{g.kind}"] += 1
                    ok = (
                        best.source is None if g.source is None
                        else best.source is not None and bool(best.source & g.source)
                    )
                    c[f"spk{t}"] += ok
        for p in preds:
            c[f"pred_{p.kind}"] += 1
            best, ov = _best(p, golds)
            for t in THRESHOLDS:
                if best is not None and ov / len(p.content) >= t:
                    c[f"tp_p{t}"] += 1
                    c[f"tp_p{t}_{p.kind}"] += 1

    def table(self) -> dict[str, float]:
        c = self.c
        out: dict[str, float] = {"gold": c["gold"], "pred": c["pred"]}
        for t in THRESHOLDS:
            p = c[f"tp_p{t}"] / c["pred"] if c["pred"] else 0.0
            r = c[f"tp_g{t}"] / c["gold"] if c["gold"] else 0.0
            out[f"P@{t}"], out[f"R@{t}"] = 100 * p, 100 * r
            out[f"F1@{t}"] = 100 * 2 * p * r / (p + r) if p + r else 0.0
            out[f"spk@{t}"] = 100 * c[f"spk{t}"] / c[f"tp_g{t}"] if c[f"tp_g{t}"] else 0.0
            for k in ("direct", "mixed", "indirect"):
                out[f"R@{t}_{k}"] = 100 * c[f"tp_g{t}_{k}"] / c[f"gold_{k}"] if c[f"gold_{k}"] else 0.0
                out[f"P@{t}_{k}"] = 100 * c[f"tp_p{t}_{k}"] / c[f"pred_{k}"] if c[f"pred_{k}"] else 0.0
        return out


def _best(x: Item, others: list[Item]) -> tuple[Item | None, int]:
    best, ov = None, 0
    for o in others:
        n = len(x.content & o.content)
        if n > ov:
            best, ov = o, n
    return best, ov


def textacy_items(doc: Any) -> list[Item]:
    from textacy.extract.triples import direct_quotations

    text = doc.text
    out = []
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy trips over some parses; count as no output
        return []
    for sp, _cue, content in triples:
        cspan = [(content.start_char, content.end_char)]
        sspan = [(t.idx, t.idx + len(t)) for t in sp]
        out.append(Item(chars(text, cspan), chars(text, sspan) or None, "direct"))
    return [o for o in out if o.content]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--dump", type=Path, default=None, help="write misses/false positives here")
    ap.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                    help="resample articles N times for 95%% intervals (0: none)")
    args = ap.parse_args()

    from whosaid import entities, statements
    from whosaid.model import Article
    from whosaid.nlp import get_nlp, parse

    rows = load(args.split, None)[args.offset:]
    rows = rows[: args.limit] if args.limit else rows
    arts = [Article(id=d["doc"], text=d["text"], published=d.get("publication_date")) for d in rows]
    get_nlp()
    t0 = time.perf_counter()
    parse(arts)
    t_parse = time.perf_counter() - t0
    for a in arts:
        entities.find_entities(a)
    # Ablation in the same run: the rules alone, without the learned cue model.
    rules_only = Score()
    for d, a in zip(rows, arts, strict=True):
        statements.find_statements(a, learned=False)
        rules_only.add(gold_items(d), _pred_items(a))
    t0 = time.perf_counter()
    for a in arts:
        statements.find_statements(a)
    t_stmt = time.perf_counter() - t0

    ours, base, quotes, base_quotes = Score(), Score(), Score(), Score()
    per_article: list[Counter[str]] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for d, a in zip(rows, arts, strict=True):
        golds = gold_items(d)
        preds = _pred_items(a)
        ours.add(golds, preds)
        one = Score()
        one.add(golds, preds)
        per_article.append(one.c)
        quotes.add([g for g in golds if g.kind != "indirect"], [p for p in preds if p.kind != "indirect"])
        tx = textacy_items(a.doc)
        base.add(golds, tx)
        base_quotes.add([g for g in golds if g.kind != "indirect"], tx)
        if dump:
            _dump(dump, d, a, golds, preds)
    n = len(arts)
    o, b, r = ours.table(), base.table(), rules_only.table()
    print(f"PolNeAR {args.split}: {n} articles, {int(o['gold'])} gold contents")
    print(f"{'':22}{'whosaid':>10}{'textacy':>10}{'rules only':>12}")
    for k in ("pred", *(f"{m}@{t}" for t in THRESHOLDS for m in ("P", "R", "F1", "spk"))):
        print(f"{k:22}{o[k]:10.1f}{b[k]:10.1f}{r[k]:12.1f}")
    for t in THRESHOLDS:
        for kind in ("direct", "mixed", "indirect"):
            print(f"{f'R@{t} {kind}':22}{o[f'R@{t}_{kind}']:10.1f}{b[f'R@{t}_{kind}']:10.1f}"
                  f"   P {o[f'P@{t}_{kind}']:.1f}")
    print("quotes only (gold and predicted direct+mixed):")
    for name, sc in (("whosaid", quotes), ("textacy", base_quotes)):
        q = sc.table()
        for t in THRESHOLDS:
            print(f"  {name:8} @{t}: P {q[f'P@{t}']:.1f} R {q[f'R@{t}']:.1f} F1 {q[f'F1@{t}']:.1f}"
                  f" speaker {q[f'spk@{t}']:.1f}  ({int(q['gold'])} gold, {int(q['pred'])} pred)")
    if args.bootstrap:
        ci = bootstrap(per_article, args.bootstrap)
        print(f"95% intervals, all attributions ({args.bootstrap} resamples of the {n} articles):")
        print("  " + "  ".join(f"{k} {lo:.1f}–{hi:.1f}" for k, (lo, hi) in ci.items()))
    print(f"throughput: statements stage {n / t_stmt:.1f} articles/s; "
          f"spaCy parse {n / t_parse:.1f} articles/s")


def bootstrap(per_article: list[Counter[str]], n: int, seed: int = 0,
              keys: tuple[str, ...] = ("F1@0.3", "F1@0.8", "spk@0.3")) -> dict[str, tuple[float, float]]:
    """Percentile 95 % intervals of the metric over articles drawn with replacement: how
    far the figure could move on another sample of articles like these (dev is small)."""
    import random

    rng = random.Random(seed)
    samples: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(n):
        sc = Score()
        for c in rng.choices(per_article, k=len(per_article)):
            sc.c.update(c)
        t = sc.table()
        for k in keys:
            samples[k].append(t[k])
    out = {}
    for k, vals in samples.items():
        vals.sort()
        out[k] = (vals[int(0.025 * (n - 1))], vals[int(0.975 * (n - 1))])
    return out


def _pred_items(a: Any) -> list[Item]:
    preds = [
        Item(chars(a.text, s.content_spans),
             chars(a.text, [s.speaker_mention]) if s.speaker_mention else None, s.kind)
        for s in a.statements if s.source == "text"
    ]
    return [p for p in preds if p.content]


def _dump(f: Any, d: dict[str, Any], a: Any, golds: list[Item], preds: list[Item]) -> None:
    text = d["text"]

    def show(cs: frozenset[int]) -> str:
        if not cs:
            return ""
        return text[min(cs): max(cs) + 1].replace("\n", " ")[:160]

    f.write(f"\n##### {d['doc']}\n")
    for g in golds:
        best, ov = _best(g, preds)
        if best is None or ov / len(g.content) < 0.8:
            f.write(f"MISS[{g.kind}] {show(g.content)}\n   src={show(g.source or frozenset())}"
                    f" best={show(best.content) if best else None}\n")
        elif g.source and not (best.source and best.source & g.source):
            f.write(f"SPK {show(g.content)[:60]} gold={show(g.source)} pred={show(best.source or frozenset())}\n")
    for p in preds:
        best, ov = _best(p, golds)
        if best is None or ov / len(p.content) < 0.8:
            f.write(f"FP[{p.kind}] {show(p.content)}\n")


if __name__ == "__main__":
    main()

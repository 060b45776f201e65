"""Entities stage: speed of find_entities / resolve_speaker, and speaker coverage on PolNeAR.

Run from the repo root:  .venv/bin/python bench/entities.py              (dev split)
                         .venv/bin/python bench/entities.py --split train --limit 200

Data: ../shared/eval/polnear/gold_<split>.jsonl (primary annotator). Raw texts are parsed
with the whosaid pipeline's spaCy model; gold Source spans are given to resolve_speaker in
text order, each with the previous resolved speaker as ``previous``.

Figures:
- time of bare ``nlp.pipe`` on the texts (the baseline the whole pipeline is held to),
  time of ``find_entities`` and per ``resolve_speaker`` call;
- coverage: share of gold Sources resolved to an entity, by form (pronoun / named /
  description). PolNeAR has no canonical speakers, so this is coverage, not accuracy.
  Baseline in the same run: exact alias look-up (the Source text, without "the" and a
  possessive, equals an alias of an entity), which is what a resolver without pronoun,
  description and government rules does.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from whosaid import nlp
from whosaid.entities import find_entities, resolve_speaker
from whosaid.entities.coref import PRONOUNS
from whosaid.entities.normalize import fold, strip_possessive
from whosaid.model import Article

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "polnear"


def load(split: str, limit: int | None) -> list[dict]:
    rows = []
    with (EVAL / f"gold_{split}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("primary"):
                rows.append(row)
    return rows[:limit] if limit else rows


def form(article: Article, start: int, end: int) -> str:
    text = article.text[start:end].strip()
    if fold(text) in PRONOUNS:
        return "pronoun"
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is not None and any(t.ent_type_ for t in span):
        return "named"
    return "description"


def alias_baseline(article: Article, start: int, end: int) -> bool:
    key = fold(strip_possessive(article.text[start:end].strip()))
    key = key[4:] if key.startswith("the ") else key
    return any(key == fold(a) for e in article.entities for a in e.aliases)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    rows = load(args.split, args.limit)
    arts = [Article(id=r["doc"], text=r["text"]) for r in rows]
    pipe = nlp.get_nlp()
    list(pipe.pipe(["warm up"]))
    # Load the gazetteer and the first-name list (once per process) outside the timings.
    warm = "Kiev said. Dmitry Peskov said."
    find_entities(Article(id="w", text=warm, doc=pipe(warm)))

    t0 = time.perf_counter()
    docs = list(pipe.pipe([a.text for a in arts], batch_size=16))
    t_parse = time.perf_counter() - t0
    for a, d in zip(arts, docs, strict=True):
        a.doc = d

    t0 = time.perf_counter()
    for a in arts:
        find_entities(a)
    t_find = time.perf_counter() - t0

    total: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    calls = 0
    t_resolve = 0.0
    for a, r in zip(arts, rows, strict=True):
        sources = sorted(
            tuple(at["source"]["spans"][0]) for at in r["attributions"] if at.get("source")
        )
        previous = None
        for s, e in sources:
            kind = form(a, s, e)
            total[kind] += 1
            t0 = time.perf_counter()
            eid = resolve_speaker(a, (s, e), previous=previous)
            t_resolve += time.perf_counter() - t0
            calls += 1
            if eid is not None:
                ours[kind] += 1
                previous = eid
            if alias_baseline(a, s, e):
                base[kind] += 1

    n = len(arts)
    n_ent = sum(len(a.entities) for a in arts)
    print(f"articles: {n} ({args.split}), entities: {n_ent} ({n_ent / n:.1f}/article)")
    print(f"bare nlp.pipe: {t_parse:.2f} s ({n / t_parse:.1f} articles/s) [baseline]")
    print(f"find_entities: {t_find:.3f} s ({1000 * t_find / n:.2f} ms/article, "
          f"{100 * t_find / t_parse:.1f}% of parse time)")
    print(f"resolve_speaker: {calls} calls, {1000 * t_resolve / max(calls, 1):.3f} ms/call")
    print("gold Sources resolved to an entity (coverage; ours vs exact-alias baseline):")
    for kind in ("named", "pronoun", "description"):
        t = total[kind] or 1
        print(f"  {kind:12s} n={total[kind]:4d}  ours {100 * ours[kind] / t:5.1f}%  "
              f"baseline {100 * base[kind] / t:5.1f}%")
    t = sum(total.values()) or 1
    print(f"  {'all':12s} n={sum(total.values()):4d}  ours {100 * sum(ours.values()) / t:5.1f}%  "
          f"baseline {100 * sum(base.values()) / t:5.1f}%")


if __name__ == "__main__":
    main()

"""Descriptive figures of the stances stage on the PolNeAR dev texts (no gold exists).

    .venv/bin/python bench/stances.py [--limit N] [--show K]

Runs clean → nlp → entities → statements → times as the pipeline does, then times
``find_stances`` alone per article. Reports stance counts, coverage (share of statements
that yield at least one stance), polarity and source distribution, distinct target keys,
how many keys more than one holder shares (what side-by-side views need), and ms/article.

Baseline, same run: a keyword rule — a statement "has a stance" when its content or cue
contains any lemma of the stance lexicon. It shows how many statements a lexicon alone
would flag, against how many the parse rules turn into a (holder, target, polarity).
Also printed: the time of the nlp (spaCy) stage on the same texts, for scale.

``--show K`` prints K stances with their evidence to the terminal for eyeballing (eval
texts are not written to any file).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import statistics
import time
from pathlib import Path

from whosaid import clean, entities, nlp, statements, times
from whosaid.model import Article, RawItem
from whosaid.stances import find_stances
from whosaid.stances.lexicon import (
    ENACT_VERBS,
    EVALUATIVE_ADJ,
    EVALUATIVE_NOUNS,
    STANCE_NOUNS,
    STANCE_VERBS,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REF = dt.date(2026, 11, 28)
LEXICON = set(STANCE_VERBS) | set(STANCE_NOUNS) | set(EVALUATIVE_ADJ) | set(EVALUATIVE_NOUNS) | set(ENACT_VERBS)


def load(limit: int) -> list[Article]:
    paths = sorted((SHARED / "eval/polnear/data/dev/text").glob("*.txt"))[:limit]
    items = [RawItem(name=p.name, text=p.read_text(encoding="utf-8")) for p in paths]
    arts = [a for a in clean.clean_batch(items, reference_date=REF) if isinstance(a, Article)]
    t0 = time.perf_counter()
    nlp.parse(arts)
    nlp_ms = (time.perf_counter() - t0) * 1000 / max(1, len(arts))
    for a in arts:
        entities.find_entities(a)
        statements.find_statements(a)
        times.find_times(a)
    print(f"nlp stage (spaCy parse): {nlp_ms:.1f} ms/article")
    return arts


def keyword_baseline(a: Article) -> int:
    lemmas = {t.lemma_.lower() for t in a.doc} if a.doc is not None else set()
    if not lemmas & LEXICON:
        return 0
    n = 0
    for s in a.statements:
        words = {w.strip(".,;:!?\"'“”‘’()").lower() for w in (s.content + " " + (s.cue or "")).split()}
        if words & LEXICON or any(w.rstrip("sd") in LEXICON or w[:-3] in LEXICON for w in words):
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=84)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    arts = load(args.limit)
    find_stances(arts[0])  # warm-up: lazy title parses, caches
    ms: list[float] = []
    for a in arts:
        t0 = time.perf_counter()
        find_stances(a)
        ms.append((time.perf_counter() - t0) * 1000)

    n_stmt = sum(len(a.statements) for a in arts)
    stances = [p for a in arts for p in a.stances]
    covered = sum(len({p.statement for p in a.stances if p.statement}) for a in arts)
    base = sum(keyword_baseline(a) for a in arts)
    pol = collections.Counter(p.polarity for p in stances)
    src = collections.Counter(p.source for p in stances)
    from_stmt = sum(1 for p in stances if p.statement)
    holders_per_key: dict[str, set[str]] = collections.defaultdict(set)
    for p in stances:
        holders_per_key[p.target_key].add(p.holder or "")
    shared = sum(1 for h in holders_per_key.values() if len(h) > 1)
    with_any = sum(1 for a in arts if a.stances)

    print(f"articles: {len(arts)}; statements: {n_stmt}")
    print(f"stances: {len(stances)} ({len(stances) / len(arts):.2f}/article; articles with >=1: {with_any})")
    print(f"  from statements: {from_stmt}; from narration (actor subject): {len(stances) - from_stmt}")
    print(f"  polarity: {dict(pol)}; source: {dict(src)}")
    print(f"  distinct target keys: {len(holders_per_key)}; keys held by >1 holder in an article: {shared}")
    print(f"coverage: statements yielding >=1 stance: {covered}/{n_stmt} = {covered / max(1, n_stmt):.1%}")
    print(f"baseline (keyword lexicon hit in statement): {base}/{n_stmt} = {base / max(1, n_stmt):.1%}")
    print(f"find_stances: median {statistics.median(ms):.2f} ms/article, mean {statistics.mean(ms):.2f}, "
          f"max {max(ms):.1f}")
    if args.show:
        for p in stances[: args.show]:
            print(f"- {p.holder_name} {p.polarity.upper()} {p.target_key!r} [{p.target}] :: {p.evidence[:160]}")


if __name__ == "__main__":
    main()

"""Ingest rate into SQLite and PostgreSQL against the bare analyze rate, same texts, same run.

    .venv/bin/python bench/store_bench.py [--n 150] [--pg URL]

Texts: the first N PolNeAR articles (../shared/eval/polnear, read-only) and the sample.
Measured, after warming spaCy up:
  bare spaCy  nlp.pipe over the texts (analyze must keep ≥ 0.75 of its rate);
  analyze   analyze_items() over the texts (the baseline);
  store     store_articles() of those analysed Articles into a fresh store (SQLite; and
            PostgreSQL when --pg or $WHOSAID_TEST_PG_URL is given): its time as a share of
            the analyze time is what storing costs (target ≤ 15 %);
  ingest    analyze + store streamed as `whosaid ingest` does, into a fresh SQLite file.
Timing on a shared machine is noisy: each phase runs --repeat times and the best is kept.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine

from whosaid.model import Article, RawItem
from whosaid.pipeline import analyze_items
from whosaid.store import open_store
from whosaid.store.ingest import store_articles

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared/eval/polnear/data"


def texts(n: int) -> list[RawItem]:
    files = sorted((POLNEAR / "dev/text").glob("*.txt")) + sorted(
        (POLNEAR / "train/text").glob("*.txt"))
    items = [RawItem(name=str(ROOT / "examples/kyiv-nato-wire.txt"),
                     text=(ROOT / "examples/kyiv-nato-wire.txt").read_text(encoding="utf-8"))]
    items += [RawItem(name=f.name, text=f.read_text(encoding="utf-8")) for f in files[: n - 1]]
    return items


def bare_spacy(items: list[RawItem]) -> float:
    """spaCy's nlp.pipe alone over the same texts: the floor any analysis stands on."""
    from whosaid.nlp import get_nlp

    nlp = get_nlp()
    t0 = time.perf_counter()
    for _ in nlp.pipe((i.text or "" for i in items), batch_size=32):
        pass
    return time.perf_counter() - t0


def analyze(items: list[RawItem]) -> tuple[float, list[Article]]:
    t0 = time.perf_counter()
    arts = [a for a in analyze_items(items) if isinstance(a, Article)]
    return time.perf_counter() - t0, arts


def store(db: str, arts: list[Article]) -> float:
    engine = open_store(db)
    t0 = time.perf_counter()
    for _ in store_articles(engine, arts):
        pass
    dt = time.perf_counter() - t0
    engine.dispose()
    return dt


def ingest(db: str, items: list[RawItem]) -> float:
    engine = open_store(db)
    t0 = time.perf_counter()
    arts = (a for a in analyze_items(items) if isinstance(a, Article))
    for _ in store_articles(engine, arts):
        pass
    return time.perf_counter() - t0


def pg_store(base: str, arts: list[Article]) -> float:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        sep = "&" if "?" in base else "?"
        return store(f"{base}{sep}options=-csearch_path%3D{schema}", arts)
    finally:
        with admin.begin() as c:
            c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("WHOSAID_TEST_PG_URL"))
    args = ap.parse_args()
    items = texts(args.n)
    list(analyze_items(items[:2]))  # load spaCy and every stage's resources
    best: dict[str, float] = {}
    tmp_dir = tempfile.TemporaryDirectory(prefix="whosaid-bench-")
    tmp = Path(tmp_dir.name)
    for r in range(args.repeat):
        best["bare spaCy"] = min(best.get("bare spaCy", 1e9), bare_spacy(items))
        print(f"round {r + 1}: spaCy done", file=sys.stderr)
        t_an, arts = analyze(items)
        print(f"round {r + 1}: analyze done", file=sys.stderr)
        best["analyze"] = min(best.get("analyze", 1e9), t_an)
        best["store sqlite"] = min(best.get("store sqlite", 1e9), store(str(tmp / f"s{r}.db"), arts))
        if args.pg:
            best["store postgres"] = min(best.get("store postgres", 1e9), pg_store(args.pg, arts))
        best["ingest sqlite"] = min(best.get("ingest sqlite", 1e9),
                                    ingest(str(tmp / f"i{r}.db"), items))
    n = len(arts)
    stmts = sum(len(a.statements) for a in arts)
    print(f"{n} articles, {stmts} statements, {sum(len(a.entities) for a in arts)} entities; "
          f"best of {args.repeat}")
    print(f"{'phase':<16} {'seconds':>8} {'articles/s':>11} {'share of analyze':>17}")
    for phase, secs in best.items():
        share = "" if phase in ("analyze", "bare spaCy") else (
            f"{secs / best['analyze'] * 100:.1f} %")
        if phase.startswith("ingest"):
            share = f"{(secs - best['analyze']) / best['analyze'] * 100:+.1f} % over"
        print(f"{phase:<16} {secs:8.2f} {n / secs:11.1f} {share:>17}")
    sys.stdout.flush()
    tmp_dir.cleanup()


if __name__ == "__main__":
    main()

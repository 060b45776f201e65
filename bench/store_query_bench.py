"""Query latency (p50/p95) of the store commands on a store of 100,000 generated articles.

    .venv/bin/python bench/store_query_bench.py [--n 100000] [--db bench/out/store-100k.db]
        [--pg URL --pg-n 20000] [--rebuild]

The store is built from bench/gen_corpus.py (analysed Articles assembled from PolNeAR and
sample paragraphs with varied dates, outlets and wording, ~30 % syndicated copies) with
store_articles() — the same per-article transactions as `whosaid ingest`, without
re-running spaCy. It is kept in bench/out/ (git-ignored data) and reused unless --rebuild.

Each query runs once per parameter (speakers from the store's top PERSON entities, half
by their last name alone; words drawn from stored statements; random article ids), after
one warm-up. Baseline, same run: statements by speaker deduplicated at query time with a
GROUP BY over every copy, as a store without the ``quotes`` table would have to.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate, load_seed_paras  # noqa: E402
from whosaid.model import Article  # noqa: E402
from whosaid.store import open_store, queries  # noqa: E402
from whosaid.store import tables as t  # noqa: E402
from whosaid.store.ingest import store_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, path: str | None, distinct: bool = False) -> Iterator[Article]:
    """Articles from a gen_corpus.py JSONL file when given, else generated on the fly.

    The generator reuses its seeds' quotations verbatim across unrelated stories, so its
    100k articles hold only ~5k distinct quotations. ``distinct`` tags each quotation with
    its story id, giving real-world cardinality (one quote per story, shared by copies).
    """
    def tagged(a: Article, story: str) -> Article:
        if distinct:
            for s in a.statements:
                s.content = f"{s.content} [{story}]"
        return a

    if path:
        with open(path, encoding="utf-8") as f:
            for line, _ in zip(f, range(n), strict=False):
                d = json.loads(line)
                story = d.pop("_story", "")
                yield tagged(Article.from_dict(d), story)
        return
    pool = load_seed_paras(progress=True, any_cache=True)
    yield from (tagged(a, story) for a, story in generate(n, seed=0, paras=pool))


def build(engine: Engine, n: int, path: str | None = None, distinct: bool = False) -> float:
    with engine.connect() as c:
        have = c.execute(select(func.count()).select_from(t.articles)).scalar_one()
    if have >= n:
        return 0.0
    arts = corpus(n, path, distinct)
    t0 = time.perf_counter()
    done = have
    for i, _ in enumerate(store_articles(engine, (a for j, a in enumerate(arts) if j >= have))):
        done = have + i + 1
        if done % 5000 == 0:
            rate = (done - have) / (time.perf_counter() - t0)
            print(f"  stored {done:,} ({rate:,.0f} articles/s)", file=sys.stderr)
    return (done - have) / (time.perf_counter() - t0)


def grouping_quality(engine: Engine, n: int, path: str | None) -> str:
    """Pairwise precision/recall of the stored story grouping against the generator's
    true story ids (the articles are regenerated: generation is deterministic)."""
    from collections import Counter

    truth: dict[str, str] = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line, _ in zip(f, range(n), strict=False):
                d = json.loads(line)
                truth[d["id"]] = d["_story"]
    else:
        pool = load_seed_paras(any_cache=True)
        truth = {a.id: story for a, story in generate(n, seed=0, paras=pool)}
    with engine.connect() as c:
        pred = dict(c.execute(select(t.articles.c.uid, t.articles.c.story_id)).all())
    both = [(pred[u], truth[u]) for u in truth if u in pred]
    if len(both) < 0.99 * len(truth):
        return (f"story grouping: only {len(both):,} of {len(truth):,} generated ids are in the "
                "store (built from another corpus version?): pass the build's --corpus file")

    def pairs(counter: Counter[Any]) -> int:
        return sum(k * (k - 1) // 2 for k in counter.values())

    tp = pairs(Counter(both))
    p_pairs, t_pairs = pairs(Counter(p for p, _ in both)), pairs(Counter(x for _, x in both))
    prec, rec = tp / max(p_pairs, 1), tp / max(t_pairs, 1)
    return (f"story grouping over {len(both):,} articles: pairwise precision {prec:.4f}, "
            f"recall {rec:.4f} ({tp:,} of {t_pairs:,} true same-story pairs found, "
            f"{p_pairs - tp:,} false)")


def naive_by_speaker(engine: Engine, name: str) -> list[Any]:
    keys = select(t.entity_aliases.c.entity_key).where(
        t.entity_aliases.c.norm == name.lower()).scalar_subquery()
    s = t.statements
    q = (select(s.c.quote_id, func.min(s.c.said_on).label("d"), func.count(s.c.article_id.distinct()))
         .where(s.c.speaker_key.in_(keys)).group_by(s.c.quote_id)
         .order_by(text("d DESC")).limit(50))
    with engine.connect() as c:
        return c.execute(q).all()


def params(engine: Engine, rng: random.Random) -> dict[str, list[Any]]:
    people = queries.entities(engine, type="PERSON", limit=30)
    speakers = [p.name if i % 2 else p.name.split()[-1] for i, p in enumerate(people)]
    with engine.connect() as c:
        top = c.execute(select(func.max(t.statements.c.id))).scalar_one()
        words: list[str] = []
        while len(words) < 30:
            content = c.execute(select(t.statements.c.content)
                                .where(t.statements.c.id >= rng.randint(1, top)).limit(1)).scalar()
            cand = [w for w in re.findall(r"[A-Za-z]{6,}", content or "")]
            if cand:
                words.append(rng.choice(cand))
        uids = [c.execute(select(t.articles.c.uid).where(t.articles.c.id >= rng.randint(1, 10**9)
                % (top or 1)).limit(1)).scalar() or "x" for _ in range(30)]
        dates = sorted(c.execute(select(t.quotes.c.first_date).where(
            t.quotes.c.first_date.is_not(None)).limit(2000)).scalars())
    return {"speaker": speakers, "about": words, "uid": uids, "date": dates}


def measure(fn: Callable[[Any], Any], args: list[Any]) -> tuple[float, float, int]:
    fn(args[0])  # warm-up
    ms, rows = [], 0
    for a in args:
        t0 = time.perf_counter()
        r = fn(a)
        ms.append((time.perf_counter() - t0) * 1000)
        rows += len(r) if hasattr(r, "__len__") else 1
    ms.sort()
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return statistics.median(ms), p95, rows // len(args)


def suite(engine: Engine, rng: random.Random) -> list[tuple[str, float, float, int]]:
    p = params(engine, rng)
    sp, ab, dates = p["speaker"], p["about"], p["date"]
    pairs = list(zip(sp, ab, strict=False))
    d0 = dates[len(dates) // 2] if dates else "2024-06-01"
    cases: list[tuple[str, Callable[[Any], Any], list[Any]]] = [
        ("statements --speaker NAME", lambda s: queries.statements(engine, speaker=s), sp),
        ("statements --about WORD", lambda w: queries.statements(engine, about=w), ab),
        ("statements --speaker --about", lambda x: queries.statements(
            engine, speaker=x[0], about=x[1]), pairs),
        ("statements (newest 50)", lambda _: queries.statements(engine), list(range(20))),
        ("statements --since --until", lambda s: queries.statements(
            engine, speaker=s, since=d0, until=dates[-1] if dates else None), sp),
        ("timeline NAME --by day", lambda s: queries.timeline(engine, s), sp),
        ("timeline NAME --about --by week", lambda x: queries.timeline(
            engine, x[0], about=x[1], by="week"), pairs),
        ("entities --type PERSON", lambda _: queries.entities(engine, type="PERSON"),
         list(range(20))),
        ("entities", lambda _: queries.entities(engine), list(range(20))),
        ("stories", lambda _: queries.stories(engine), list(range(20))),
        ("show ARTICLE_ID", lambda u: queries.show(engine, u), p["uid"]),
        ("baseline: by speaker, GROUP BY copies", lambda s: naive_by_speaker(engine, s), sp),
    ]
    return [(label, *measure(fn, args)) for label, fn, args in cases]


def report(name: str, n: int, rate: float, rows: list[tuple[str, float, float, int]]) -> None:
    built = f", built at {rate:,.0f} articles/s" if rate else " (reused)"
    print(f"\n{name}: {n:,} articles{built}")
    print(f"{'query':<40} {'p50 ms':>8} {'p95 ms':>8} {'rows':>5}")
    for label, p50, p95, nrows in rows:
        print(f"{label:<40} {p50:8.1f} {p95:8.1f} {nrows:5d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", default=str(ROOT / "bench/out/store-100k.db"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--corpus", help="a JSONL file written by gen_corpus.py (else generate)")
    ap.add_argument("--distinct-quotes", action="store_true",
                    help="tag quotations with their story id (real-world quote cardinality)")
    ap.add_argument("--pg", help="also measure PostgreSQL (a fresh schema on this server)")
    ap.add_argument("--pg-n", type=int, default=20_000)
    args = ap.parse_args()
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    engine = open_store(args.db)
    rate = build(engine, args.n, args.corpus, args.distinct_quotes)
    with engine.connect() as c:
        n = c.execute(select(func.count()).select_from(t.articles)).scalar_one()
        nq = c.execute(select(func.count()).select_from(t.quotes)).scalar_one()
        ns = c.execute(select(func.count()).select_from(t.statements)).scalar_one()
    print(f"{ns:,} statements, {nq:,} distinct quotations")
    report(f"SQLite {args.db}", n, rate, suite(engine, random.Random(0)))
    print(grouping_quality(engine, n, args.corpus))
    if args.pg:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.pg.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.begin() as c:
            c.exec_driver_sql(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in args.pg else "?"
            pg = open_store(f"{args.pg}{sep}options=-csearch_path%3D{schema}")
            rate = build(pg, args.pg_n, args.corpus, args.distinct_quotes)
            with pg.connect() as c:
                c.exec_driver_sql("ANALYZE")
            report(f"PostgreSQL (schema {schema})", args.pg_n, rate, suite(pg, random.Random(0)))
        finally:
            with admin.begin() as c:
                c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()

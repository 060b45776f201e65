"""Story grouping of syndicated copies: pairwise precision/recall against known truth.

    .venv/bin/python bench/dedup.py [--n 5000] [--seed 0] [--sweep]

Builds a generated set (bench/gen_corpus.py: ~30% syndicated copies in groups of 2–6) in
three settings — ``light`` edits (new headline, a cut/added paragraph, credit, dateline,
re-typed quotes), ``heavy`` edits (truncation, many cuts, added and swapped paragraphs,
15% of words re-worded) and ``shared-background`` (light edits, but unrelated stories share
runs of paragraphs) — and groups articles into stories the way the store does:
LSH candidates via ``syndication.band_keys`` in a dict, confirmed by ``similarity``,
union-find. Baselines in the same run: exact hash of the normalised body, and equal
normalised titles. Prints pairwise precision/recall/F1 (pairs put in one story vs pairs
truly in one story) and throughput. ``--sweep`` also scores shingle sizes and thresholds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from whosaid.store import syndication as syn

HERE = Path(__file__).resolve().parent


def _gen_corpus():  # bench/ is not a package
    spec = importlib.util.spec_from_file_location("gen_corpus", HERE / "gen_corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_lsh(
    sigs: Sequence[bytes], keys: Callable[[bytes], list[str]] = syn.band_keys,
    threshold: float = syn.SAME_STORY_THRESHOLD,
) -> tuple[list[int], int]:
    """Story label per article, and how many candidate pairs were checked."""
    buckets: dict[str, list[int]] = {}
    uf = UnionFind(len(sigs))
    checked = 0
    for i, sig in enumerate(sigs):
        seen: set[int] = set()
        for k in keys(sig):
            bucket = buckets.setdefault(k, [])
            for j in bucket:
                if j not in seen:
                    seen.add(j)
                    checked += 1
                    if syn.similarity(sigs[j], sig) >= threshold:
                        uf.union(i, j)
            bucket.append(i)
    return [uf.find(i) for i in range(len(sigs))], checked


def group_by_key(values: Sequence[str | None]) -> list[int]:
    first: dict[str, int] = {}
    return [first.setdefault(v, i) if v else i for i, v in enumerate(values)]


def pairwise(pred: Sequence[int], truth: Sequence[str]) -> tuple[float, float, float]:
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    tp = pairs(Counter(zip(pred, truth, strict=True)))
    p_pairs, t_pairs = pairs(Counter(pred)), pairs(Counter(truth))
    prec = tp / p_pairs if p_pairs else 1.0
    rec = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def custom_keys(threshold: float) -> Callable[[bytes], list[str]]:
    """Band keys for another threshold (sweep only; the store uses syn.band_keys)."""
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, syn.NUM_PERM, 0.5, 0.5)

    def keys(sig: bytes) -> list[str]:
        return [f"{i}:{sig[i * r * 8:(i + 1) * r * 8].hex()}" for i in range(b)]

    return keys


def run_setting(name: str, arts: list, truth: list[str], lines: list[str]) -> None:
    texts = [a.text for a in arts]
    t0 = time.perf_counter()
    sigs = [syn.signature(t) for t in texts]
    t1 = time.perf_counter()
    pred, checked = group_lsh(sigs)
    t2 = time.perf_counter()
    exact = group_by_key([hashlib.sha1(syn.normalize(t).encode()).hexdigest() for t in texts])
    title = group_by_key([syn.normalize(a.title) if a.title else None for a in arts])
    n_copies = len(arts) - len(set(truth))
    lines.append(f"\n### {name} — {len(arts):,} articles, {len(set(truth)):,} stories, "
                 f"{n_copies:,} copies ({n_copies / len(arts):.0%})\n")
    lines.append("| method | pairwise precision | pairwise recall | F1 |")
    lines.append("|---|---|---|---|")
    for label, labels in [
        (f"MinHash LSH (k={syn.SHINGLE_SIZE}, t={syn.SAME_STORY_THRESHOLD}, "
         f"b={syn.BANDS}×r={syn.ROWS})", pred),
        ("baseline: exact hash of normalised body", exact),
        ("baseline: equal normalised title", title),
    ]:
        p, r, f = pairwise(labels, truth)
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} |")
    lines.append(
        f"\nThroughput: signatures {len(arts) / (t1 - t0):,.0f} articles/s "
        f"({(t1 - t0) / len(arts) * 1e3:.2f} ms each, mean body {sum(map(len, texts)) / len(texts):,.0f} chars); "
        f"LSH grouping {len(arts) / (t2 - t1):,.0f} articles/s ({checked:,} candidate pairs checked)."
    )
    by_story: dict[str, list[int]] = {}
    for i, s in enumerate(truth):
        by_story.setdefault(s, []).append(i)
    misses = [(i, j) for g in by_story.values() for i in g for j in g if i < j and pred[i] != pred[j]]
    if misses:
        sims = sorted(syn.similarity(sigs[i], sigs[j]) for i, j in misses)
        lines.append(f"Missed pairs: {len(misses):,}, their estimated Jaccard median "
                     f"{sims[len(sims) // 2]:.2f} (max {sims[-1]:.2f}).")


def sweep(arts: list, truth: list[str], lines: list[str]) -> None:
    lines.append(f"\n#### Sweep ({len(arts):,} articles): shingle size × threshold\n")
    lines.append("| shingle words | threshold | precision | recall | F1 |")
    lines.append("|---|---|---|---|---|")
    default = syn.SHINGLE_SIZE
    try:
        for k in (3, 5, 7):
            syn.SHINGLE_SIZE = k  # read at call time by syn.shingles
            sigs = [syn.signature(a.text) for a in arts]
            for t in (0.3, 0.4, 0.5, 0.6):
                pred, _ = group_lsh(sigs, custom_keys(t), t)
                p, r, f = pairwise(pred, truth)
                lines.append(f"| {k} | {t} | {p:.3f} | {r:.3f} | {f:.3f} |")
    finally:
        syn.SHINGLE_SIZE = default


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sweep", action="store_true", help="also score shingle sizes × thresholds")
    ap.add_argument("--setting", choices=["light", "heavy", "shared-background", "all"], default="all")
    ap.add_argument("--write", type=Path, help="also write the figures to this markdown file")
    args = ap.parse_args(argv)
    gc = _gen_corpus()
    pool = gc.load_seed_paras(progress=True, any_cache=True)
    lines = [
        f"Command: `.venv/bin/python bench/dedup.py {' '.join(argv if argv is not None else sys.argv[1:])}`",
        f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Machine: 2 cores, 24 GB, no GPU "
        f"(Python {platform.python_version()}); 1-min load average {os.getloadavg()[0]:.1f} when written.",
        f"Seed paragraphs: {len(pool):,} from {len({p.seed for p in pool})} seed texts.",
    ]
    for name, heavy, shared in [
        ("light", False, False), ("heavy", True, False), ("shared-background", False, True),
    ]:
        if args.setting not in (name, "all"):
            continue
        gen = list(gc.generate(args.n, args.seed, 0.3, heavy=heavy, paras=pool, shared_background=shared))
        run_setting(f"{name} edits" if not shared else "light edits, shared background",
                    [a for a, _ in gen], [s for _, s in gen], lines)
        if args.sweep:
            sweep([a for a, _ in gen], [s for _, s in gen], lines)
    out = "\n".join(lines)
    print(out)
    if args.write:
        args.write.write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

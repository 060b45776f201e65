"""Throughput of the full ``analyze`` pipeline against bare spaCy, in one run.

    .venv/bin/python bench/throughput.py [--limit N] [--rounds R]

Text input: the PolNeAR dev articles plus the bundled sample. HTML input: the pages of the
article-extraction benchmark. The baseline is ``nlp.pipe`` of the same spaCy model over the
same raw texts, measured in the same process, rounds interleaved so that machine load hits
both alike. Prints articles/s and the ratio analyze / bare spaCy (target ≥ 0.75 for text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import statistics
import time
from pathlib import Path

from whosaid.model import RawItem
from whosaid.nlp import get_nlp
from whosaid.pipeline import analyze_items

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REF = dt.date(2026, 11, 28)


def text_items(limit: int) -> list[RawItem]:
    paths = sorted((SHARED / "eval/polnear/data/dev/text").glob("*.txt"))[:limit]
    paths.append(ROOT / "examples/kyiv-nato-wire.txt")
    return [RawItem(name=p.name, text=p.read_text(encoding="utf-8")) for p in paths]


def html_items(limit: int) -> list[RawItem]:
    paths = sorted((SHARED / "eval/article_extraction/html").glob("*.html.gz"))[:limit]
    return [RawItem(name=p.name, html=gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
            for p in paths]


def rate(fn, n: int) -> float:
    t0 = time.perf_counter()
    fn()
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=84, help="articles per input kind")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    nlp = get_nlp()
    texts = text_items(args.limit)
    pages = html_items(args.limit)
    raw = [i.text or "" for i in texts]
    list(nlp.pipe(raw[:4]))  # warm-up: lazy init of the pipeline
    list(analyze_items(texts[:4], reference_date=REF))

    bare, full, html = [], [], []
    for _ in range(args.rounds):
        bare.append(rate(lambda: list(nlp.pipe(raw, batch_size=32)), len(raw)))
        full.append(rate(lambda: list(analyze_items(texts, reference_date=REF)), len(texts)))
        html.append(rate(lambda: list(analyze_items(pages, reference_date=REF)), len(pages)))
    med = statistics.median
    chars = sum(map(len, raw)) / len(raw)
    print(f"text articles: {len(texts)} (mean {chars:,.0f} chars); HTML pages: {len(pages)}")
    print(f"{'':28}{'articles/s (median of ' + str(args.rounds) + ')':>28}")
    print(f"{'bare spaCy nlp.pipe (text)':28}{med(bare):>28.2f}")
    print(f"{'whosaid analyze (text)':28}{med(full):>28.2f}")
    print(f"{'whosaid analyze (HTML)':28}{med(html):>28.2f}")
    print(f"ratio analyze/bare spaCy (text): {med(full) / med(bare):.2f}  (target >= 0.75)")


if __name__ == "__main__":
    main()

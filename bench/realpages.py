"""Suspicious output shapes on real scraped pages: a tripwire, not an accuracy figure.

    .venv/bin/python bench/realpages.py                     # analyse the 181 pages, count
    .venv/bin/python bench/realpages.py --from out.jsonl    # count an earlier run's output
    .venv/bin/python bench/realpages.py --sample 100 --seed 7 --show   # a sample to judge by hand

Data: ../shared/eval/article_extraction/html (181 news pages as crawled, 161 English).
PolNeAR scores statements on clean political news; these pages carry what users feed in
(datelines, product pages, recipes, quoted show names). There is no gold here, so the
script counts output shapes that are almost always wrong and that a reader of the JSON
would notice. Each count went down when an error class was fixed (bench/results/realpages.md
has the figures and the hand-judged samples drawn with ``--sample``):

- ``subordinate_start``: an indirect/mixed content that starts with "although", "if",
  "while" … (often a fronted adverbial clause taken for what was said);
- ``dateline``: a content that starts with a dateline ("VIENNA — …");
- ``prep_start``: an indirect content that starts with "at", "in", "on" … (often where
  or when it was said rather than what);
- ``tiny_direct``: a direct quote of one or two words (often a quoted name);
- ``edge_mark``: a content that starts with a closing quote mark or ends with an opening one;
- ``same_stretch``: two statements of one article covering the same text (≥ 90 % both ways);
- ``nameless_entity``: an entity whose name is empty;
- ``shared_surname``: two PERSON entities of one article with the same last word (some are
  real pairs: Joe and Hunter Biden).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "eval" / "article_extraction" / "html"
_SUBORDINATE = re.compile(r"(?i)(although|though|while|because|if|when|as|since|after|before|whereas|unless)\b")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'()-]{2,}\s*[—–-]")
_PREPS = frozenset(["at", "in", "on", "during", "with", "from"])
KINDS = ("subordinate_start", "dateline", "prep_start", "tiny_direct", "edge_mark", "same_stretch",
         "nameless_entity", "shared_surname")


def shape(s: dict[str, Any]) -> str | None:
    c = s["content"].strip()
    words = c.split()
    if s["kind"] != "direct" and _SUBORDINATE.match(c):
        return "subordinate_start"
    if _DATELINE.match(c):
        return "dateline"
    if s["kind"] != "direct" and words and words[0].lower() in _PREPS:
        return "prep_start"
    if s["kind"] == "direct" and len(words) <= 2:
        return "tiny_direct"
    if c[:1] in "”»" or c[-1:] in "“«":
        return "edge_mark"
    return None


def _chars(s: dict[str, Any]) -> set[int]:
    return {i for a, b in s["content_spans"] for i in range(a, b)}


def count(articles: list[dict[str, Any]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for a in articles:
        if a.get("language") != "en":
            continue
        c["articles"] += 1
        stmts = [s for s in a["statements"] if s["source"] == "text"]
        c["statements"] += len(stmts)
        for s in stmts:
            k = shape(s)
            if k:
                c[k] += 1
        spans = [_chars(s) for s in stmts]
        for i, x in enumerate(spans):
            for y in spans[i + 1:]:
                both = len(x & y)
                if x and y and both >= 0.9 * len(x) and both >= 0.9 * len(y):
                    c["same_stretch"] += 1
        c["nameless_entity"] += sum(1 for e in a["entities"] if not e["name"].strip())
        last = Counter(e["name"].split()[-1] for e in a["entities"] if e["type"] == "PERSON" and e["name"].split())
        c["shared_surname"] += sum(1 for n in last.values() if n > 1)
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from", dest="src", type=Path, help="count this JSONL output instead of analysing")
    ap.add_argument("--sample", type=int, default=0, help="also draw N English text statements")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true", help="print the sample with its context")
    ap.add_argument("--cues", choices=["all", "lexicon"], default="all", help="whosaid analyze --cues")
    args = ap.parse_args()
    if args.src is not None:
        lines = args.src.read_text(encoding="utf-8").splitlines()
    else:
        if not PAGES.exists():
            sys.exit(f"{PAGES} not found (run from the repo root next to ../shared)")
        out = subprocess.run([sys.executable, "-c", "from whosaid.cli import main; main()", "analyze", str(PAGES),
                              "--format", "jsonl", "--cues", args.cues],
                             capture_output=True, text=True, check=False)
        lines = out.stdout.splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    c = count(articles)
    print(f"{c['articles']} English articles, {c['statements']} statements (source text)")
    for k in KINDS:
        print(f"  {k:18} {c[k]}")
    if args.sample:
        pool = [(a, s) for a in articles if a.get("language") == "en" for s in a["statements"] if s["source"] == "text"]
        for a, s in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
            m = s.get("speaker_mention")
            mention = a["text"][m[0]:m[1]] if m else None
            print(f"{a['id']} {s['id']} [{s['kind']}] cue={s['cue']!r} mention={mention!r} speaker={s['speaker_name']!r}")
            if args.show:
                print(f"    {s['content'][:200]!r}")


if __name__ == "__main__":
    main()

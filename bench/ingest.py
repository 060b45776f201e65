"""Ingest throughput: whosaid.ingest.read_paths against the bare library call per input kind.

Each kind is timed twice in the same run: whosaid's reader (content sniffing,
encoding detection, record validation, error handling) and a baseline that does
only the unavoidable work for that kind, knowing the format in advance:

  html.gz   181 eval pages (../shared/eval/article_extraction)  vs gzip + utf-8 decode
  text      400 copies of the sample wire story                 vs Path.read_text
  cp1252    400 cp1252 articles (encoding unknown to whosaid)   vs decode("cp1252")
  jsonl     one file of 5,000 records (~2.5 kB of text each)    vs json.loads per line
  warc.gz   one archive of 600 HTML responses (+ requests)      vs warcio ArchiveIterator

Best of --repeat runs (default 3). Timings on a shared machine vary by ±20 %.

Run:  .venv/bin/python bench/ingest.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from whosaid.ingest import read_paths
from whosaid.model import RawItem

ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = ROOT.parent / "shared" / "eval" / "article_extraction" / "html"
SAMPLE = ROOT / "examples" / "kyiv-nato-wire.txt"
PARA = ("The minister said on Monday that talks with Kyiv would resume next week, adding that "
        "“no decision has been taken” on the sanctions package. Café owners in Zürich protested. ")


def make_inputs(tmp: Path) -> dict[str, list[Path]]:
    text_dir, legacy_dir = tmp / "text", tmp / "cp1252"
    text_dir.mkdir()
    legacy_dir.mkdir()
    sample = SAMPLE.read_text(encoding="utf-8")
    for i in range(400):
        (text_dir / f"{i:04}.txt").write_text(sample, encoding="utf-8")
        (legacy_dir / f"{i:04}.txt").write_bytes((f"Story {i}. " + PARA * 12).encode("cp1252"))
    jsonl = tmp / "feed.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for i in range(5000):
            f.write(json.dumps({"id": str(i), "url": f"https://www.example.com/{i}",
                                "published": "2024-12-22T10:00:00Z", "title": f"Story {i}",
                                "text": PARA * 12}, ensure_ascii=False) + "\n")
    warc = tmp / "news.warc.gz"
    with warc.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(600):
            body = (f"<!DOCTYPE html><html><head><title>Story {i}</title></head><body><article>"
                    + f"<p>{PARA}</p>" * 40 + "</article></body></html>").encode()
            url = f"https://www.example.com/news/{i}"
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return {
        "html.gz": sorted(HTML_DIR.glob("*.html.gz")),
        "text": sorted(text_dir.iterdir()),
        "cp1252": sorted(legacy_dir.iterdir()),
        "jsonl": [jsonl],
        "warc.gz": [warc],
    }


def baseline(kind: str, paths: list[Path]) -> int:
    n = 0
    for p in paths:
        if kind == "html.gz":
            gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
            n += 1
        elif kind == "text":
            p.read_text(encoding="utf-8")
            n += 1
        elif kind == "cp1252":
            p.read_bytes().decode("cp1252")
            n += 1
        elif kind == "jsonl":
            with p.open("rb") as f:
                n += sum(1 for line in f if json.loads(line))
        elif kind == "warc.gz":
            with p.open("rb") as f:
                for rec in ArchiveIterator(f):
                    if rec.rec_type == "response":
                        rec.content_stream().read().decode("utf-8")
                        n += 1
    return n


def whosaid(paths: list[Path]) -> int:
    items = list(read_paths(str(p) for p in paths))
    assert all(isinstance(i, RawItem) for i in items), [i for i in items if not isinstance(i, RawItem)][:3]
    return len(items)


def best_of(repeat: int, fn: Callable[[], int]) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return min(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = make_inputs(Path(tmp))
        print(f"{'kind':<9} {'items':>6} {'MB':>7} {'whosaid items/s':>16} {'baseline items/s':>17} {'ratio':>6}")
        for kind, paths in inputs.items():
            if not paths:
                print(f"{kind:<9} (no input available)")
                continue
            mb = sum(p.stat().st_size for p in paths) / 1e6
            t_base, n_base = best_of(args.repeat, lambda k=kind, ps=paths: baseline(k, ps))
            t_ours, n_ours = best_of(args.repeat, lambda ps=paths: whosaid(ps))
            assert n_ours == n_base, (kind, n_ours, n_base)
            print(f"{kind:<9} {n_ours:>6} {mb:>7.1f} {n_ours / t_ours:>16,.0f} {n_base / t_base:>17,.0f} "
                  f"{t_base / t_ours:>6.2f}")


if __name__ == "__main__":
    main()

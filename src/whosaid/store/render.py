"""Text renderings of query results for the terminal: tables, bar charts, marked articles."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any

import click


def records(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [asdict(r) if is_dataclass(r) and not isinstance(r, type) else dict(r) for r in rows]


def as_json(rows: Sequence[Any]) -> str:
    return json.dumps(records(rows), ensure_ascii=False, indent=2)


def as_csv(rows: Sequence[Any]) -> str:
    recs = records(rows)
    if not recs:
        return ""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(recs[0]), lineterminator="\n")
    w.writeheader()
    for r in recs:
        w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in r.items()})
    return buf.getvalue()


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else " ".join(str(v).split())
    return s if len(s) <= width else s[: max(width - 1, 0)] + "…"


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], widths: Sequence[int]) -> str:
    """Fixed-width columns; a width of 0 means 'as wide as the content'."""
    cols = list(zip(*([list(headers)] + [list(r) for r in rows]), strict=True))
    real = [w or max(len(_cell(v, 10**6)) for v in col) for w, col in zip(widths, cols, strict=True)]
    real = [min(w, max(len(_cell(v, w)) for v in col)) for w, col in zip(real, cols, strict=True)]
    lines = []
    for i, r in enumerate([headers, *rows]):
        lines.append("  ".join(_cell(v, w).ljust(w) for v, w in zip(r, real, strict=True)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in real))
    return "\n".join(lines)


def bars(points: Sequence[tuple[str, int]], width: int = 50) -> str:
    """A horizontal bar chart, one line per period."""
    if not points:
        return ""
    top = max(c for _, c in points) or 1
    label = max(len(p) for p, _ in points)
    out = []
    for p, c in points:
        n = round(c / top * width)
        out.append(f"{p.ljust(label)} │{'█' * n}{'▏' if c and not n else ''} {c}")
    return "\n".join(out)


def mark(text: str, spans: Sequence[tuple[int, int, str]], color: bool) -> str:
    """The text with each (start, end, label) span marked: [[…]]^label, or coloured."""
    out, pos = [], 0
    for start, end, label in sorted(spans):
        if start < pos or end > len(text):
            continue  # overlapping or stale span: leave unmarked rather than garble
        out.append(text[pos:start])
        piece = text[start:end]
        if color:
            out.append(click.style(piece, fg="yellow", bold=True) + click.style(f"[{label}]", dim=True))
        else:
            out.append(f"[[{piece}]]{label}")
        pos = end
    out.append(text[pos:])
    return "".join(out)

"""The PolNeAR benchmark's metric and its bootstrap intervals, on hand-made items."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from polnear import Item, Score, bootstrap  # noqa: E402


def item(a: int, b: int, src: tuple[int, int] | None = None) -> Item:
    return Item(frozenset(range(a, b)), frozenset(range(*src)) if src else None, "indirect")


def article(found: bool) -> Score:
    sc = Score()
    # one gold of 100 characters; the prediction covers half of it, or all of it
    sc.add([item(0, 100, (200, 205))], [item(0, 50 if not found else 100, (200, 203))])
    return sc


def test_coverage_thresholds_and_speaker():
    t = article(found=False).table()
    assert (t["R@0.3"], t["R@0.8"]) == (100.0, 0.0)  # half the gold: found at 30 %, not at 80 %
    assert t["P@0.8"] == 100.0  # all of the prediction lies in the gold
    assert t["spk@0.3"] == 100.0


def test_bootstrap_interval_brackets_the_figure_and_narrows_to_a_point():
    mixed = [article(i % 2 == 0).c for i in range(40)]
    lo, hi = bootstrap(mixed, 200)["F1@0.8"]
    whole = Score()
    for c in mixed:
        whole.c.update(c)
    assert lo < whole.table()["F1@0.8"] < hi
    same = [article(True).c for _ in range(10)]
    assert bootstrap(same, 50)["F1@0.8"] == (100.0, 100.0)

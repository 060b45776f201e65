"""Train the content-extent model (src/whosaid/statements/data/extent_model.json) on PolNeAR train.

    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy               # fit on all train
    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy --validate 600
    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy --validate-first 300

For every indirect or mixed candidate with one span (``find_candidates(doc,
extents=False)``) that overlaps a gold content, each alternative extent
(``extent.alternatives``) is an example, positive when it and that gold cover ≥ 80 % of
each other. scikit-learn's L2 logistic regression over ``extent.features``; only the
weights ship. ``--validate N`` fits on the first N articles and prints the PolNeAR metric
on the rest with and without the model; ``--validate-first N`` fits on the rest and
scores the first N. Dev is never read here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import Item, Score, _best, chars, gold_items, load  # noqa: E402
from train_cues import arguments, candidate_items, fit, parsed, write_model  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "whosaid" / "statements" / "data" / "extent_model.json"


def examples(rows: list[dict[str, Any]], docs: list[Any]) -> tuple[list[list[str]], list[int]]:
    from whosaid.statements import find_candidates
    from whosaid.statements.extent import alternatives, applicable, features

    X: list[list[str]] = []
    y: list[int] = []
    for d, doc in zip(rows, docs, strict=True):
        text, golds = d["text"], gold_items(d)
        for cand in find_candidates(doc, extents=False):
            keep = chars(text, cand.spans)
            if not applicable(cand) or not keep:
                continue
            gold, ov = _best(Item(keep, None, "x"), golds)
            if gold is None:
                continue
            for name, (a, b) in alternatives(doc, cand).items():
                got = chars(text, [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))])
                both = len(got & gold.content)
                X.append(features(doc, cand, name, (a, b)))
                y.append(int(bool(got) and both >= 0.8 * len(gold.content) and both >= 0.8 * len(got)))
    return X, y


def validate(rows: list[dict[str, Any]], docs: list[Any], split: int, c: float, min_count: int,
             first: bool = False) -> None:
    """Fit on the first ``split`` articles and score the rest; ``first`` swaps the parts."""
    from whosaid.statements import find_candidates
    from whosaid.statements.extent import choose_extents

    fit_part, test_part = (slice(split, None), slice(None, split)) if first else (slice(None, split), slice(split, None))
    X, y = examples(rows[fit_part], docs[fit_part])
    model = fit(X, y, c, min_count)
    print(f"fit on {len(rows[fit_part])} articles: {len(y)} alternatives, {sum(y)} good, {len(model['weights'])} weights")
    for use in (False, True):
        sc = Score()
        for d, doc in zip(rows[test_part], docs[test_part], strict=True):
            cands = find_candidates(doc, extents=False)
            if use:
                choose_extents(doc, cands, model)
            sc.add(gold_items(d), candidate_items(d["text"], cands))
        t = sc.table()
        print(f"  {'extent model' if use else 'rules cuts':>12}: F1@0.3 {t['F1@0.3']:.1f} (P {t['P@0.3']:.1f} R {t['R@0.3']:.1f})"
              f"  F1@0.8 {t['F1@0.8']:.1f} (P {t['P@0.8']:.1f} R {t['R@0.8']:.1f})  mention@0.3 {t['spk@0.3']:.1f}")


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--validate-first", type=int, default=None, metavar="N",
                    help="fit on the articles after the first N, score the first N")
    args = ap.parse_args()
    rows = load("train", None)
    docs = parsed(rows, args.cache)
    if args.validate:
        validate(rows, docs, args.validate, args.c, args.min_count)
        return
    if args.validate_first:
        validate(rows, docs, args.validate_first, args.c, args.min_count, first=True)
        return
    X, y = examples(rows, docs)
    write_model(MODEL, "bench/train_extent.py", args, len(rows), X, y)


if __name__ == "__main__":
    main()

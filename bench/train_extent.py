"""Train the content-extent model (src/whosaid/statements/data/extent_model.json) on PolNeAR train.

    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy                     # fit on all train
    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy --validate 600
    .venv/bin/python bench/train_extent.py --cache /tmp/train.spacy --validate-first 300

For every indirect or mixed candidate with one span (``find_candidates(doc,
extents=False)``) that overlaps a gold content, each alternative extent that touches no
other statement (``extent.open_alternatives``) is an example. The metric counts a gold
found when a prediction covers ≥ 80 % of it and a prediction correct when ≥ 80 % of it
lies in one gold, so an extent is worth 0–2 of those; an alternative is positive when it
is worth more than the rules' cut, negative when it is worth less or the same (ties
weigh less: they cost nothing at 0.8 but move the content at 0.3). Weighted
scikit-learn L2 logistic regression over ``extent.features``; only the weights ship.
``--validate N`` fits on the first N articles and prints the PolNeAR metric on the rest
with and without the model (several thresholds); ``--validate-first N`` fits on the
rest and scores the first N. Dev is never read here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import Item, Score, _best, chars, gold_items  # noqa: E402
from train_cues import (  # noqa: E402
    FINGERPRINT_ARTICLES,
    arguments,
    candidate_items,
    digest,
    fit,
    train_split,
    write_model,
)

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "whosaid" / "statements" / "data" / "extent_model.json"
TIE_WEIGHT = 0.3


def _worth(text: str, doc: Any, rng: tuple[int, int], gold: Item, golds: list[Item]) -> int:
    """What an extent earns at 0.8: its gold found (recall) plus itself correct (precision)."""
    got = chars(text, [(doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1]))])
    if not got:
        return 0
    _, ov = _best(Item(got, None, "x"), golds)
    return int(len(got & gold.content) >= 0.8 * len(gold.content)) + int(ov >= 0.8 * len(got))


def examples(rows: list[dict[str, Any]], docs: list[Any]) -> tuple[list[list[str]], list[int], list[float]]:
    from whosaid.statements import find_candidates
    from whosaid.statements.extent import applicable, features, open_alternatives

    X: list[list[str]] = []
    y: list[int] = []
    w: list[float] = []
    for d, doc in zip(rows, docs, strict=True):
        text, golds = d["text"], gold_items(d)
        cands = find_candidates(doc, extents=False)
        for cand in cands:
            keep = chars(text, cand.spans)
            if not applicable(cand) or not keep:
                continue
            gold, _ = _best(Item(keep, None, "x"), golds)
            if gold is None:
                continue
            span = doc.char_span(*cand.spans[0], alignment_mode="expand")
            base = _worth(text, doc, (span.start, span.end), gold, golds)
            for name, rng in open_alternatives(doc, cand, cands).items():
                gain = _worth(text, doc, rng, gold, golds) - base
                X.append(features(doc, cand, name, rng))
                y.append(int(gain > 0))
                w.append(float(abs(gain)) if gain else TIE_WEIGHT)
    return X, y, w


def fingerprint(rows: list[dict[str, Any]], docs: list[Any]) -> str:
    """The digest of the chooser's examples on the first FINGERPRINT_ARTICLES articles."""
    n = FINGERPRINT_ARTICLES
    return digest(*examples(rows[:n], docs[:n]))


def validate(rows: list[dict[str, Any]], docs: list[Any], split: int, c: float, min_count: int,
             first: bool = False) -> None:
    """Fit on the first ``split`` articles and score the rest; ``first`` swaps the parts."""
    from whosaid.statements import find_candidates
    from whosaid.statements.extent import choose_extents

    fit_part, test_part = (slice(split, None), slice(None, split)) if first else (slice(None, split), slice(split, None))
    X, y, w = examples(rows[fit_part], docs[fit_part])
    model = fit(X, y, c, min_count, w)
    print(f"fit on {len(rows[fit_part])} articles: {len(y)} alternatives, {sum(y)} better, {len(model['weights'])} weights")
    test = list(zip(rows[test_part], docs[test_part], strict=True))
    for threshold in (None, 0.35, 0.4, 0.45, 0.5, 0.55):
        sc = Score()
        for d, doc in test:
            cands = find_candidates(doc, extents=False)
            if threshold is not None:
                choose_extents(doc, cands, {**model, "threshold": threshold})
            sc.add(gold_items(d), candidate_items(d["text"], cands))
        t = sc.table()
        name = "rules cuts" if threshold is None else f"model @{threshold}"
        print(f"  {name:>12}: F1@0.3 {t['F1@0.3']:.1f} (P {t['P@0.3']:.1f} R {t['R@0.3']:.1f})"
              f"  F1@0.8 {t['F1@0.8']:.2f} (P {t['P@0.8']:.1f} R {t['R@0.8']:.1f})  mention@0.3 {t['spk@0.3']:.2f}")


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--threshold", type=float, default=0.4)
    args = ap.parse_args()
    split = train_split(args, validate)
    if split is None:
        return
    rows, docs = split
    X, y, w = examples(rows, docs)
    # The same example weights as the held-out check: ties weigh less.
    write_model(MODEL, "bench/train_extent.py", args, len(rows), X, y, w,
                threshold=args.threshold, tie_weight=TIE_WEIGHT, fingerprint=fingerprint(rows, docs),
                fingerprint_all=digest(X, y, w))


if __name__ == "__main__":
    main()

"""Train the learned cue model (src/whosaid/statements/data/cue_model.json) on PolNeAR train.

    .venv/bin/python bench/train_cues.py                       # fit on all train, write the model
    .venv/bin/python bench/train_cues.py --validate 600        # fit on the first 600, score the rest
    .venv/bin/python bench/train_cues.py --validate-first 300  # fit on the rest, score the first 300

Examples are the verbs the rules leave alone (``learned.eligible`` over the rules'
own candidates, ``find_candidates(doc, learned=False)``); a verb is positive when it
lies inside a gold cue span of the primary annotator. The model is scikit-learn's
L2 logistic regression over ``learned.features``; only its weights are shipped.
``--validate N`` fits on the first N train articles and prints the full PolNeAR metric
on the others for several thresholds: that is how C and the threshold were chosen.
Dev is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import Item, Score, chars, gold_items, load  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "src" / "whosaid" / "statements" / "data" / "cue_model.json"
# The shipped model records a digest of the examples the rules yield on these first
# train articles; tests/test_models_current.py recomputes it, so a rule change that
# alters what a model was trained on fails the tests until the model is retrained.
FINGERPRINT_ARTICLES = 50


def parsed(rows: list[dict[str, Any]], cache: Path | None) -> list[Any]:
    from spacy.tokens import DocBin

    from whosaid.nlp import get_nlp

    nlp = get_nlp()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(rows):
            return docs
    docs = list(nlp.pipe([d["text"] for d in rows], batch_size=16))
    if cache is not None:
        db = DocBin()
        for doc in docs:
            db.add(doc)
        db.to_disk(cache)
    return docs


def examples(rows: list[dict[str, Any]], docs: list[Any]) -> tuple[list[list[str]], list[int]]:
    from whosaid.statements import find_candidates
    from whosaid.statements.candidate import inside
    from whosaid.statements.learned import eligible, features, object_content, rule_territory

    X: list[list[str]] = []
    y: list[int] = []
    for d, doc in zip(rows, docs, strict=True):
        text = d["text"]
        golds = [
            ([tuple(s) for s in a["cue"]["spans"]], chars(text, a["content"]["spans"]))
            for a in d["attributions"] if a.get("cue") and a.get("content")
        ]
        for tok in eligible(doc, rule_territory(find_candidates(doc, learned=False))):
            X.append(features(tok))
            # A cue counts only when its content can be cut from the parse: a cue whose
            # content the extractor misses would be a false positive all the same.
            parts = object_content(doc, tok)
            got = chars(text, parts) if parts else frozenset()
            y.append(int(any(
                inside(tok.idx, cue) and len(got & content) >= 0.3 * max(1, len(got))
                for cue, content in golds
            )))
    return X, y


def fit(X: list[list[str]], y: list[int], c: float, min_count: int,
        w: list[float] | None = None) -> dict[str, Any]:
    """L2 logistic regression over the examples (``w``: per-example weights), as the
    weights the package scores with."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    # Features seen in fewer than min_count verbs are names and typos: they only overfit.
    counts = Counter(f for fs in X for f in set(fs))
    vec = DictVectorizer()
    A = vec.fit_transform([{f: 1 for f in fs if counts[f] >= min_count} for fs in X])
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(A, y, sample_weight=w)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 0.005}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}


def digest(X: list[list[str]], y: list[int], w: list[float] | None = None) -> str:
    """A short digest of training examples (features, label and weight, in order)."""
    import hashlib

    h = hashlib.sha256()
    for i, (fs, label) in enumerate(zip(X, y, strict=True)):
        h.update(f"{'|'.join(fs)}={label}@{w[i] if w is not None else 1}\n".encode())
    return h.hexdigest()[:16]


def fingerprint(rows: list[dict[str, Any]], docs: list[Any]) -> str:
    """The digest of the cue model's examples on the first FINGERPRINT_ARTICLES articles."""
    n = FINGERPRINT_ARTICLES
    return digest(*examples(rows[:n], docs[:n]))


def candidate_items(text: str, cands: list[Any]) -> list[Item]:
    """Candidates (before speakers are resolved) as the metric's items."""
    items = [Item(chars(text, c.spans), chars(text, [c.mention]) if c.mention else None, c.kind)
             for c in cands]
    return [i for i in items if i.content]


def validate(rows: list[dict[str, Any]], docs: list[Any], split: int, c: float, min_count: int,
             first: bool = False) -> None:
    """Fit on the first ``split`` articles and score the rest; ``first`` swaps the
    parts (fit on the rest, score the first ``split``) for a second held-out check.

    Each threshold runs the package's own path with the refit model in place of the
    shipped one (``find_candidates(doc, cue_model=...)``): the page gate, the filters
    against direct quotes and same-stretch cues, the extent chooser and the kinds, as
    shipped. The extent chooser is the shipped one (fit on all train, the scored part
    included); the "no learned cues" line is that path with the cue model silenced, so
    the gain of the cues alone is the difference to it, not to "rules only"
    (``learned=False``: neither model)."""
    from whosaid.statements import find_candidates

    fit_part, test_part = (slice(split, None), slice(None, split)) if first else (slice(None, split), slice(split, None))
    X, y = examples(rows[fit_part], docs[fit_part])
    model = fit(X, y, c, min_count)
    print(f"fit on {len(rows[fit_part])} articles: {len(y)} verbs, {sum(y)} cues, {len(model['weights'])} weights")
    test = list(zip(rows[test_part], docs[test_part], strict=True))
    # 1.01: a probability never reaches it, so no learned cue at all
    for threshold in (None, 1.01, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        sc = Score()
        for d, doc in test:
            if threshold is None:
                cands = find_candidates(doc, learned=False)
            else:
                cands = find_candidates(doc, cue_model={**model, "threshold": threshold})
            sc.add(gold_items(d), candidate_items(d["text"], cands))
        t = sc.table()
        name = "rules only" if threshold is None else "no learned cues" if threshold > 1 else f"threshold {threshold}"
        print(f"  {name:>15}: pred {t['pred']:.0f}  "
              f"F1@0.3 {t['F1@0.3']:.2f} (P {t['P@0.3']:.1f} R {t['R@0.3']:.1f})  F1@0.8 {t['F1@0.8']:.2f} (P {t['P@0.8']:.1f})  "
              f"mention@0.3 {t['spk@0.3']:.1f}")


def arguments(doc: str) -> argparse.ArgumentParser:
    """The options both training scripts share."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=3, help="drop rarer features")
    ap.add_argument("--validate", type=int, default=None, metavar="N",
                    help="fit on the first N articles, score the rest")
    ap.add_argument("--validate-first", type=int, default=None, metavar="N",
                    help="fit on the articles after the first N, score the first N")
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of the parsed train split")
    return ap


def train_split(args: argparse.Namespace, validate: Callable[..., None]) -> tuple[list[Any], list[Any]] | None:
    """The parsed train split to fit on; None when ``--validate``/``--validate-first``
    asked for a held-out check instead (``validate`` has run)."""
    rows = load("train", None)
    docs = parsed(rows, args.cache)
    if args.validate:
        validate(rows, docs, args.validate, args.c, args.min_count)
        return None
    if args.validate_first:
        validate(rows, docs, args.validate_first, args.c, args.min_count, first=True)
        return None
    return rows, docs


def write_model(path: Path, script: str, args: argparse.Namespace, n_articles: int,
                X: list[list[str]], y: list[int], w: list[float] | None = None, **extra: Any) -> None:
    """Fit on all the examples (weighted by ``w``) and write the weights with what they
    were fit on."""
    model = {
        "about": f"whosaid; {script} on PolNeAR train (primary annotator)",
        "articles": n_articles, "examples": len(y), "positives": sum(y), "c": args.c,
        "min_count": args.min_count, **extra, **fit(X, y, args.c, args.min_count, w),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(model['weights'])} weights, {path.stat().st_size // 1024} KB)")


def main() -> None:
    ap = arguments(__doc__)
    ap.add_argument("--threshold", type=float, default=0.3)
    args = ap.parse_args()
    split = train_split(args, validate)
    if split is None:
        return
    rows, docs = split
    X, y = examples(rows, docs)
    write_model(MODEL, "bench/train_cues.py", args, len(rows), X, y, threshold=args.threshold,
                fingerprint=fingerprint(rows, docs), fingerprint_all=digest(X, y))


if __name__ == "__main__":
    main()

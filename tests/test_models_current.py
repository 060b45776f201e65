"""The shipped learned models match the rules they run behind.

Both models are trained on examples the rules produce (the cue model on the verbs the
rules leave alone, the extent chooser on the rules' cuts). A rule change that alters
those examples leaves a model trained for rules that no longer exist, and no other test
notices. Each model file records a digest of its examples on the first train articles
(``bench/train_cues.FINGERPRINT_ARTICLES``), recomputed here from the current rules, and
one over all of train, recomputed by the slow test (a change that only touches later
articles — a page-level gate, a rare shape — slips past the first). When either fails,
retrain as the README says (bench/train_cues.py, then bench/train_extent.py) and re-run
their held-out checks.
"""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from conftest import ROOT, shared_path

sys.path.insert(0, str(ROOT / "bench"))
DATA = ROOT / "src" / "whosaid" / "statements" / "data"


@pytest.fixture(scope="module")
def train_sample():
    shared_path("eval", "polnear", "gold_train.jsonl")
    from polnear import load
    from train_cues import FINGERPRINT_ARTICLES, parsed

    rows = load("train", None)[:FINGERPRINT_ARTICLES]
    return rows, parsed(rows, None)


@pytest.mark.parametrize("script, model", [("train_cues", "cue_model.json"), ("train_extent", "extent_model.json")])
def test_model_was_trained_on_what_the_rules_now_produce(train_sample, script, model):
    rows, docs = train_sample
    shipped = json.loads((DATA / model).read_text(encoding="utf-8"))
    now = importlib.import_module(script).fingerprint(rows, docs)
    assert shipped.get("fingerprint") == now, (
        f"{model} was trained on other examples than the current rules yield: retrain with "
        f"bench/{script}.py (README, 'Learned cue model')"
    )


@pytest.fixture(scope="module")
def train_all():
    shared_path("eval", "polnear", "gold_train.jsonl")
    from polnear import load
    from train_cues import parsed

    rows = load("train", None)
    return rows, parsed(rows, None)


@pytest.mark.slow
@pytest.mark.parametrize("script, model", [("train_cues", "cue_model.json"), ("train_extent", "extent_model.json")])
def test_model_was_trained_on_what_the_rules_now_produce_on_all_of_train(train_all, script, model):
    from train_cues import digest

    rows, docs = train_all
    shipped = json.loads((DATA / model).read_text(encoding="utf-8"))
    now = digest(*importlib.import_module(script).examples(rows, docs))
    assert shipped.get("fingerprint_all") == now, (
        f"{model} was trained on other examples than the current rules yield on PolNeAR train: "
        f"retrain with bench/{script}.py (README, 'Learned cue model')"
    )

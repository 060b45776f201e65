"""``find_candidates(doc, cue_model=...)``: a cue model in place of the shipped one, run
through the package's own path (bench/train_cues.py scores refit models this way).
Sentences are written for the tests."""

from __future__ import annotations

from whosaid.nlp import get_nlp
from whosaid.statements import find_candidates
from whosaid.statements.learned import load_model

# "cheer" is no rule cue: only the learned model finds this statement.
CHEERED = "Local business owners cheered the decision to reopen the bridge."


def _cues(text: str, cands: list) -> list[str]:
    return [text[c.cue_span[0]:c.cue_span[1]] for c in cands if c.cue_span]


def _one(lemma: str) -> dict:
    """A model that knows a single cue lemma."""
    return {"bias": -10.0, "weights": {f"l={lemma}": 20.0}, "threshold": 0.5}


def test_threshold_of_the_given_model_is_honoured():
    doc = get_nlp()(CHEERED)
    assert find_candidates(doc, learned=False) == []
    assert _cues(CHEERED, find_candidates(doc)) == ["cheered"]
    # A probability never reaches 1.01: no learned cue at all.
    assert find_candidates(doc, cue_model={**load_model(), "threshold": 1.01}) == []


def test_shipped_model_given_explicitly_is_the_default():
    doc = get_nlp()(CHEERED)
    assert [vars(c) for c in find_candidates(doc, cue_model=load_model())] == \
        [vars(c) for c in find_candidates(doc)]


def test_weights_of_the_given_model_are_honoured():
    text = "The mayor scolded the council for delaying the housing vote."
    doc = get_nlp()(text)
    assert find_candidates(doc) == []  # the shipped model does not take "scold"
    (cand,) = find_candidates(doc, cue_model=_one("scold"))
    assert _cues(text, [cand]) == ["scolded"]
    assert text[slice(*cand.spans[0])] == "the council for delaying the housing vote"
    assert find_candidates(get_nlp()(CHEERED), cue_model=_one("scold")) == []


def test_given_model_goes_through_the_same_stretch_filter():
    # "issued" carries the content the rules gave "warning" (a statement warning that
    # …): one statement, not two, for a given model's finds as for the shipped model's.
    text = ("The union issued a statement warning that the strike would spread to other ports. "
            "The mayor scolded the council for delaying the housing vote.")
    model = {"bias": -10.0, "weights": {"l=issue": 20.0, "l=scold": 20.0}, "threshold": 0.5}
    assert _cues(text, find_candidates(get_nlp()(text), cue_model=model)) == ["warning", "scolded"]

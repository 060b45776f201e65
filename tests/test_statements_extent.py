"""The content-extent chooser (statements.extent): which alternative cuts exist, and that
a choice never swallows another statement. The mechanism is tested with hand-set
weights; the shipped weights are checked for agreement with the features."""

from __future__ import annotations

import math

from whosaid.nlp import get_nlp
from whosaid.statements import find_candidates
from whosaid.statements.candidate import Candidate
from whosaid.statements.extent import (
    alternatives,
    choose_extents,
    features,
    load_model,
    open_alternatives,
)


def cand_for(doc, content: str, cue: str) -> Candidate:
    s = doc.text.index(content)
    c = doc.text.index(cue)
    return Candidate("indirect", [(s, s + len(content))], cue_span=(c, c + len(cue)))


def words(doc, rng: tuple[int, int]) -> str:
    return doc[rng[0]:rng[1]].text


def test_alternatives_are_parse_cuts_around_the_rules_cut():
    doc = get_nlp()("Officials warned the storm would hit the coast, forcing thousands to flee.")
    cand = cand_for(doc, "the storm would hit the coast", "warned")
    alts = {k: words(doc, v) for k, v in alternatives(doc, cand).items()}
    assert alts["keep"] == "the storm would hit the coast"
    assert alts["to_sent_end"] == "the storm would hit the coast, forcing thousands to flee"
    # Only cuts shrink; extensions contain the rules' cut.
    assert "cut_first_punct" not in alts
    assert all(alts["keep"] in v for k, v in alts.items() if k != "cut_first_punct")


def test_extension_stops_at_a_colon():
    doc = get_nlp()("The report cited three problems: the costs have doubled since May.")
    cand = cand_for(doc, "three problems", "cited")
    alts = {k: words(doc, v) for k, v in alternatives(doc, cand).items()}
    assert alts.get("to_sent_end", "three problems") == "three problems"


def test_a_content_running_past_its_sentence_is_left_whole():
    text = 'Gunn said the ruling was "in conflict with the law. The threat is clear." He left.'
    doc = get_nlp()(text)
    cand = cand_for(doc, 'the ruling was "in conflict with the law. The threat is clear."', "said")
    assert list(alternatives(doc, cand)) == ["keep"]


def test_choice_follows_the_weights_but_never_swallows_another_statement():
    doc = get_nlp()("Officials warned the storm would hit the coast, forcing thousands to flee.")
    extend = {"bias": 0.0, "weights": {"v=to_sent_end": 3.0}}
    cand = cand_for(doc, "the storm would hit the coast", "warned")
    choose_extents(doc, [cand], extend)
    assert doc.text[slice(*cand.spans[0])] == "the storm would hit the coast, forcing thousands to flee"

    cand = cand_for(doc, "the storm would hit the coast", "warned")
    other = cand_for(doc, "thousands to flee", "forcing")
    choose_extents(doc, [cand, other], extend)
    assert doc.text[slice(*cand.spans[0])] == "the storm would hit the coast"


def test_direct_quotes_are_not_recut():
    doc = get_nlp()('"We will win," she said, smiling at the crowd.')
    before = [(c.kind, c.spans) for c in find_candidates(doc, extents=False)]
    after = [(c.kind, c.spans) for c in find_candidates(doc)]
    assert [a for a in after if a[0] == "direct"] == [b for b in before if b[0] == "direct"]


def test_trailing_aside_and_next_phrase_are_alternatives():
    doc = get_nlp()("The mayor said wages rose 3 percent, the legal minimum, in May, before the vote.")
    cand = cand_for(doc, "wages rose 3 percent, the legal minimum, in May", "said")
    alts = {k: words(doc, v) for k, v in alternatives(doc, cand).items()}
    assert alts["cut_first_punct"] == "wages rose 3 percent"
    assert alts["cut_last_punct"] == "wages rose 3 percent, the legal minimum"
    assert alts["to_sent_end"] == "wages rose 3 percent, the legal minimum, in May, before the vote"
    # No two alternatives are the same extent.
    assert len(set(alts.values())) == len(alts)


def test_the_rules_cut_stays_unless_an_alternative_clears_the_threshold():
    doc = get_nlp()("Officials warned the storm would hit the coast, forcing thousands to flee.")
    weights = {"v=to_sent_end": 1.0}
    cand = cand_for(doc, "the storm would hit the coast", "warned")
    choose_extents(doc, [cand], {"bias": 0.0, "weights": weights, "threshold": 0.8})  # p = 0.73
    assert doc.text[slice(*cand.spans[0])] == "the storm would hit the coast"
    choose_extents(doc, [cand], {"bias": 0.0, "weights": weights, "threshold": 0.6})
    assert doc.text[slice(*cand.spans[0])] == "the storm would hit the coast, forcing thousands to flee"


def test_shipped_model_is_trained_and_knows_its_features(sample_text):
    model = load_model()
    assert len(model["weights"]) > 500 and model["positives"] > 500 and 0 < model["threshold"] < 1
    assert all(math.isfinite(w) for w in model["weights"].values())
    doc = get_nlp()(sample_text)
    feats = [
        f for c in find_candidates(doc, extents=False) if c.kind != "direct" and len(c.spans) == 1
        for name, rng in alternatives(doc, c).items() if name != "keep" for f in features(doc, c, name, rng)
    ]
    assert len(feats) > 100 and sum(f in model["weights"] for f in feats) / len(feats) > 0.6


def test_an_adjunct_of_the_reporting_verb_can_be_cut_off():
    doc = get_nlp()("The governor endorsed the new budget at a rally in Columbus on Tuesday.")
    cand = cand_for(doc, "the new budget at a rally in Columbus on Tuesday", "endorsed")
    alts = {k: words(doc, v) for k, v in alternatives(doc, cand).items()}
    assert alts["cut_adjunct"] == "the new budget"


def test_the_writers_clause_after_a_report_is_never_an_alternative():
    doc = get_nlp()("She said the plant would close, and her staff were already packing boxes.")
    cand = cand_for(doc, "the plant would close", "said")
    assert open_alternatives(doc, cand, [cand]) == {}
    # With a modal the second clause may still be hers: the model decides.
    doc = get_nlp()("She said the plant would close, and the workers would lose their jobs.")
    cand = cand_for(doc, "the plant would close", "said")
    assert "to_sent_end" in open_alternatives(doc, cand, [cand])


def test_a_cut_at_a_comma_inside_a_quotation_keeps_its_closing_mark():
    text = 'In the debate, Warren called the plan "a giveaway," a jab at the banker backing the bill.'
    doc = get_nlp()(text)
    cand = cand_for(doc, 'the plan "a giveaway," a jab at the banker backing the bill', "called")
    alts = {k: words(doc, v) for k, v in alternatives(doc, cand).items()}
    assert alts["cut_first_punct"] == 'the plan "a giveaway,"'
    assert all(v.count('"') % 2 == 0 for v in alts.values())



def test_no_extension_runs_past_the_bracket_the_content_sits_in():
    text = "My first car was a Ford (I wish I still had that Escort), but this one is better."
    doc = get_nlp()(text)
    cand = cand_for(doc, "I still had that Escort", "wish")
    close = next(t.i for t in doc if t.text == ")")
    assert all(end <= close + 1 for _, end in alternatives(doc, cand).values())
    assert all(not words(doc, v).endswith("better") for v in alternatives(doc, cand).values())

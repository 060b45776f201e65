"""The learned cue model only speaks for someone in text that reports speech
(statements.learned.reports / person_like). On shop pages, recipes and how-to posts —
text where the rules find no one saying anything — the model, trained on political
news, took "therapy explores the connection …" for an attribution. Sentences are
written for the tests, in the shape of the scraped pages that motivated the gate."""

from __future__ import annotations

import pytest

from conftest import at
from conftest import statements_of as run

HOW_TO = "Cognitive therapy explores the connection between your thoughts and your eating patterns."
QUOTED = "“Hydration is everything,” said Dana Wills, a nutritionist in Denver."


@pytest.mark.parametrize(
    "text",
    [
        HOW_TO,
        "Our guide explores the connection between your thoughts, feelings and eating patterns.",
        "Aim to get at least seven hours of sleep every night. "
        "A simple journal explores the link between your habits and your mood.",
    ],
)
def test_no_learned_statement_where_no_one_reports_and_no_one_holds_it(text):
    assert [s.cue for s in run(text)] == []


def test_the_same_sentence_in_reported_text_keeps_its_statement():
    text = f"{QUOTED} {HOW_TO}"
    assert [s.cue for s in run(text)] == ["said", "explores"]


def test_the_writers_own_telling_is_not_reporting():
    # A blogger's "I always tell my clients: “…”" is a quote the rules keep, but no sign
    # that the page reports what others said.
    text = f"I always tell my clients: “Plan your snacks before the game.” {HOW_TO}"
    assert [s.cue for s in run(text)] == ["tell"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("They railed against the new parking rules.", "railed against", "They"),
        ("Critics railed against the new parking rules.", "railed against", "Critics"),
        ("Residents who railed against the new parking rules packed the hall.", "railed against", "Residents who"),
    ],
)
def test_someone_who_holds_a_view_needs_no_reporting_around_it(text, cue, speaker):
    (s,) = run(text)
    assert (s.cue, at(text, s.speaker_mention)) == (cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Say goodbye to that feeling of overwhelm you've been carrying around.",
        "Having said that, the new model is faster than the old one.",
        "That being said, the new model is faster.",
    ],
)
def test_the_learned_model_keeps_the_rules_exclusions(text):
    # Imperatives to the reader and "said" in a connective are no one's statement, for
    # the learned model as for the rules.
    assert [s.cue for s in run(text)] == []


def test_a_connective_is_not_a_clause_that_was_said():
    assert [s.cue for s in run("Having said that he would run, Smith withdrew.")] == ["said"]

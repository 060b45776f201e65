"""Where indirect contents start when the parse hides part of them: an "as"-clause
source, a question asked with "if", a clause subject the parser took for an object.
Sentences are written for the tests."""

from __future__ import annotations

import pytest

from conftest import at, by_cue, statements_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As the Herald reported, the county board was refusing to release the audit.",
         "the county board was refusing to release the audit", "the Herald"),
        ("As reported by the Ledger, investigators found dozens of missing ballots.",
         "investigators found dozens of missing ballots", "the Ledger"),
        ("The tax cuts would widen the deficit, as the budget office noted in March.",
         "The tax cuts would widen the deficit", "the budget office"),
    ],
)
def test_as_clause_names_the_source_of_the_rest(text, content, speaker):
    s = by_cue(text, "reported" if "reported" in text else "noted")
    assert s.content == content
    assert at(text, s.speaker_mention) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The crowd grew restless as the speaker explained.",
        "The hall emptied slowly as the chairman reported.",
    ],
)
def test_as_clause_without_commas_says_when(text):
    assert not [s for s in statements_of(text) if s.cue in ("explained", "reported")]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The candidate shook hands and asked diners if they planned to vote on Tuesday.",
         "asked", "if they planned to vote on Tuesday", "The candidate"),
        ("The senator was asked if he would support the nominee in November.",
         "asked", "if he would support the nominee in November", None),
    ],
)
def test_if_clause_is_the_question_asked(text, cue, content, speaker):
    s = by_cue(text, cue)
    assert s.content == content
    assert (at(text, s.speaker_mention) if s.speaker_mention else None) == speaker


def test_clause_subject_parsed_as_object_starts_the_content():
    text = "The mayor explained the council's refusal to fund the shelter is a serious mistake."
    s = by_cue(text, "explained")
    assert s.content == "the council's refusal to fund the shelter is a serious mistake"
    assert at(text, s.speaker_mention) == "The mayor"


def test_object_of_a_cue_with_its_own_clause_subject_stays_out():
    text = "She told reporters the plan would fail."
    s = by_cue(text, "told")
    assert s.content == "the plan would fail"

"""Indirect attributions whose cue is more than a verb with a clause (statements.phrasal)
and the object-cue refinements that came with them. Sentences are written for the tests."""

from __future__ import annotations

import pytest

from conftest import at
from conftest import statements_of as run
from whosaid.model import Statement


def one(text: str) -> Statement:
    stmts = run(text)
    assert len(stmts) == 1, [(s.cue, s.content) for s in stmts]
    return stmts[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ("The mayor raised questions about the stadium financing on Monday.",
         "the stadium financing", "The mayor", "raised questions about"),
        ("The union made the same allegations against the contractor last spring.",
         "the contractor", "The union", "made the same allegations against"),
        ("The governor took a swipe at the legislature during the briefing.",
         "the legislature", "The governor", "took a swipe at"),
        ("The senator expressed concern that the tariff would hurt farmers.",
         "the tariff would hurt farmers", "The senator", "expressed concern"),
    ],
)
def test_light_verb_with_attitude_noun(text, content, speaker, cue):
    s = one(text)
    assert s.kind == "indirect"
    assert s.content == content
    assert at(text, s.speaker_mention) == speaker
    assert at(text, s.cue_span) == cue


def test_light_verb_without_attitude_noun_is_no_statement():
    assert run("The developer made a fortune in real estate before the crash.") == []


def test_passive_cue_with_agent():
    text = "The resignation was first reported by the local newspaper on Friday."
    s = one(text)
    assert s.content == "The resignation"
    assert at(text, s.speaker_mention) == "the local newspaper"


def test_passive_cue_without_agent_is_no_statement():
    # "was criticized" with no "by": nobody named holds the view, and the subject is
    # what was criticized, not a speaker.
    assert run("The plan was criticized as reckless.") == []


def test_call_for_clause():
    text = "The governor is calling for the legislature to pass the budget before July."
    s = one(text)
    assert s.content == "the legislature to pass the budget before July"
    assert at(text, s.speaker_mention) == "The governor"
    assert at(text, s.cue_span) == "calling for"


def test_possessed_noun_with_that_clause():
    text = "Her claim that the budget was balanced drew ridicule from economists."
    stmts = run(text)
    s = next(s for s in stmts if s.cue == "claim")
    assert s.content == "the budget was balanced"
    assert at(text, s.speaker_mention) == "Her"


def test_stance_noun_without_holder():
    text = "Support for the mayor has grown among older voters."
    s = one(text)
    assert s.content == "the mayor"
    assert s.speaker_mention is None


def test_endorsed_person_pronoun():
    text = "Only three senators publicly endorsed him."
    s = one(text)
    assert s.content == "him"
    assert at(text, s.speaker_mention) == "Only three senators"


def test_called_object_with_apposition():
    text = "The minister called the envoy a reliable partner who had been badly misjudged."
    s = one(text)
    assert s.content.startswith("the envoy a reliable partner")
    assert at(text, s.speaker_mention) == "The minister"


def test_called_object_then_double_apostrophe_quote():
    text = "He has called the treaty ''reckless and naive,'' and said more."
    stmts = run(text)
    s = next(s for s in stmts if s.cue and s.cue.startswith("called"))
    assert s.content.startswith("the treaty ''reckless")


@pytest.mark.parametrize(
    ("text", "content", "holder", "cue"),
    [
        ("The senator is worried that the deal will collapse.",
         "the deal will collapse", "The senator", "worried"),
        ("The governor is opposed to the pipeline.", "the pipeline", "The governor", "opposed to"),
        ("He was critical of the zoning plan.", "the zoning plan", "He", "critical of"),
        ("The coach is eager to face the champions again.", "to face the champions again",
         "The coach", "eager"),
    ],
)
def test_attitude_predicate(text, content, holder, cue):
    s = one(text)
    assert s.content == content
    assert at(text, s.speaker_mention) == holder
    assert at(text, s.cue_span) == cue


def test_impersonal_attitude_predicate_is_no_statement():
    assert run("It is clear that the plan failed.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Many farmers view the tariff as a betrayal.", "the tariff as a betrayal", "Many farmers"),
        ("Voters are looking for a candidate who listens to them.",
         "a candidate who listens to them", "Voters"),
        ("The union pushed for a vote on the contract.", "a vote on the contract", "The union"),
        ("Reporters asked about the missing invoices.", "the missing invoices", "Reporters"),
    ],
)
def test_more_object_cues(text, content, speaker):
    s = one(text)
    assert s.content == content
    assert at(text, s.speaker_mention) == speaker


def test_looked_at_is_no_statement():
    assert run("The inspector looked at the damaged bridge.") == []


def test_expletive_passive_has_no_speaker():
    text = "It was announced on Friday that the plant will close in June."
    s = one(text)
    assert s.content == "the plant will close in June"
    assert s.speaker_mention is None


def test_poll_opening_a_sentence_is_the_source():
    text = "In a statewide poll released on Monday, the governor led his challenger by nine points."
    s = one(text)
    assert s.content == "the governor led his challenger by nine points"
    assert at(text, s.speaker_mention) == "a statewide poll released on Monday"
    assert at(text, s.cue_span) == "In"


def test_interview_opening_a_sentence_leaves_the_speaker_to_the_verb():
    text = "In an interview, the mayor said the budget was balanced."
    s = one(text)
    assert s.content == "the budget was balanced"
    assert at(text, s.speaker_mention) == "the mayor"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The senator spoke favorably of the new trade agreement.", "the new trade agreement",
         "The senator"),
        ("The company did not respond to several questions about the recall.",
         "several questions about the recall", "The company"),
        ("The challenger has hit the mayor over the transit delays.",
         "the mayor over the transit delays", "The challenger"),
    ],
)
def test_prepositional_and_stance_objects(text, content, speaker):
    s = one(text)
    assert s.content == content
    assert at(text, s.speaker_mention) == speaker


def test_stance_holder_noun_predicate():
    text = "Both senators are longtime critics of the pipeline."
    s = one(text)
    assert s.content == "the pipeline"
    assert at(text, s.speaker_mention) == "Both senators"
    assert at(text, s.cue_span) == "critics of"


def test_noun_predicate_without_topic_is_no_statement():
    assert run("The senator is a fan.") == []

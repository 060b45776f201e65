"""Attributions the rules missed on PolNeAR train (session 7, second recall round), each
on a sentence written for the test in the shape of the missed ones."""

from __future__ import annotations

from tests.conftest import at, by_cue


def test_trailing_frame_with_two_subjects_takes_the_one_after_the_verb():
    # The parser makes "The pledge" the subject of "said" too, and the headline reading
    # then took the speaker's name for what was said.
    text = ("The pledge to cut property taxes and rebuild the old bridge appeals to older homeowners "
            "who want a quieter town, said Maria Delgado, a planner at the county office.")
    s = by_cue(text, "said")
    assert s.content.startswith("The pledge to cut property taxes")
    assert s.content.endswith("who want a quieter town")
    assert at(text, s.speaker_mention).startswith("Maria Delgado")


def test_headline_second_subject_still_reads_as_content():
    text = "Governor says budget deal 'close'"
    s = by_cue(text, "says")
    assert "budget deal" in s.content


def test_called_something_an_adjective_the_parser_hung_inside_the_object():
    text = "Still, the senator called the governor's long feud with the teachers union unusual."
    s = by_cue(text, "called")
    assert s.content == "the governor's long feud with the teachers union unusual"
    assert at(text, s.speaker_mention) == "the senator"


def test_called_with_two_complements_is_finite_not_a_naming_participle():
    text = 'That proposal prompted a vote; one lawmaker called Trump "the orange prince of American self-publicity."'
    s = by_cue(text, "called")
    assert s.content.startswith('Trump "the orange prince')
    assert at(text, s.speaker_mention) == "one lawmaker"


def test_naming_participle_with_one_complement_stays_no_statement():
    from tests.conftest import statements_of

    assert not [s for s in statements_of("She grew up in a small town called Springfield.") if s.cue == "called"]


def test_it_with_a_speech_verb_and_a_reported_clause_is_the_company():
    text = ("The airline announced new fees on Monday. It also said it had hired more staff "
            "to handle complaints at its busiest airports.")
    s = by_cue(text, "said")
    assert s.content.startswith("it had hired more staff")
    assert at(text, s.speaker_mention) == "It"


def test_it_of_a_non_speech_verb_is_still_no_speaker():
    from tests.conftest import statements_of

    text = "It seems that the council will vote on the budget next week."
    assert not [s for s in statements_of(text) if s.speaker_mention and at(text, s.speaker_mention) == "It"]


def test_said_to_raises_the_subject_of_what_is_reported():
    # Attributed to no one named; PolNeAR's content is the subject and the infinitive.
    text = "Several board members are said to be pressing the mayor to sign the transit deal before June."
    s = by_cue(text, "said")
    assert s.speaker_mention is None
    assert s.content.startswith("Several board members")
    assert s.content.endswith("to be pressing the mayor to sign the transit deal before June")


def test_said_to_with_an_agent_keeps_its_speaker():
    text = "The chairman was said by two aides to be furious with the candidate."
    from tests.conftest import statements_of

    said = [s for s in statements_of(text) if s.cue == "said"]
    assert all(s.speaker_mention is not None for s in said), [(s.content, s.speaker_mention) for s in said]

"""Copular and participial attitude predicates, characterisation passives."""

from __future__ import annotations

import pytest

from conftest import at, statements_of


def one(text: str):
    found = statements_of(text)
    assert len(found) == 1, [s.content for s in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "holder", "cue"),
    [
        # a second attitude conjoined to the first shares its holder
        ("The mayor's aides were thrilled with the turnout and confident that the levy would pass.",
         "the levy would pass", "The mayor's aides", "confident"),
        # a reduced relative: the noun holds the attitude
        ("Farmers were not the only ones worried about grain prices collapsing this winter.",
         "grain prices collapsing this winter", "the only ones", "worried about"),
        # a predicative adjective after the main clause belongs to its subject
        ("Union leaders released the strike schedule on Monday, eager to show that their members "
         "are united.", "to show that their members are united", "Union leaders", "eager"),
        # states of mind the first lexicon left out
        ("The shop owner is terrified of losing her lease.", "losing her lease", "The shop owner",
         "terrified of"),
        ("Council members are mindful of how quickly the mood turned last spring.",
         "how quickly the mood turned last spring", "Council members", "mindful of"),
        # a fronted participle belongs to the subject of the clause it opens
        ("Disappointed in the remaining choices, many activists stayed home.",
         "the remaining choices", "many activists", "Disappointed in"),
        # an emotional passive: the subject is moved by what the agent names
        ("Several trustees were angered by the new tuition policy.", "the new tuition policy",
         "Several trustees", "angered by"),
    ],
)
def test_attitude_predicates_with_a_holder(text, content, holder, cue):
    s = [x for x in statements_of(text) if x.content == content]
    assert s, [x.content for x in statements_of(text)]
    assert at(text, s[0].speaker_mention) == holder
    assert at(text, s[0].cue_span) == cue


def test_attributive_adjective_before_its_noun_is_no_holder():
    assert statements_of("A worried farmer sold the land.") == []


def test_stance_passive_leaves_the_agent_as_holder():
    text = "The bill is opposed by gun owners in every county."
    assert not [s for s in statements_of(text) if s.speaker_mention and at(text, s.speaker_mention) == "The bill"]


@pytest.mark.parametrize(
    ("text", "parts", "speaker"),
    [
        ("The mayor was written off as a caretaker by most of the council.",
         ["The mayor", "a caretaker"], "most of the council"),
        ("The new coach is seen as the likeliest choice for the job.",
         ["The new coach", "the likeliest choice for the job"], None),
        ("She is regarded by colleagues as a careful negotiator.",
         ["She", "a careful negotiator"], "colleagues"),
    ],
)
def test_characterisation_passive(text, parts, speaker):
    s = one(text)
    assert [at(text, p) for p in s.content_spans] == parts
    assert at(text, s.speaker_mention) == speaker


def test_passive_without_as_is_no_characterisation():
    assert statements_of("The bridge was seen from the hill.") == []


def test_to_someone_opening_a_sentence_holds_the_view():
    text = "To many, the sheriff is a provocateur and a showman. To date, the board has met twice."
    s = one(text)
    assert s.content == "the sheriff is a provocateur and a showman"
    assert at(text, s.speaker_mention) == "many"
    assert at(text, s.cue_span) == "To"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The candidate was asked about her paid speeches to bankers.",
         "her paid speeches to bankers", None),
        ("He was pressed by reporters about the missing funds.", "the missing funds", "reporters"),
    ],
)
def test_asked_about_in_the_passive(text, content, speaker):
    s = one(text)
    assert s.content == content
    assert at(text, s.speaker_mention) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Last year, state police reported 312 attacks on shelters, ranging from arson to assault.",
         "312 attacks on shelters, ranging from arson to assault"),
        ("The state reported a 3.1 percent jobless rate in May, one of the lowest in the region.",
         "a 3.1 percent jobless rate in May, one of the lowest in the region"),
    ],
)
def test_closing_elaboration_of_an_object_cue(text, content):
    assert [s.content for s in statements_of(text)] == [content]


def test_certain_to_is_a_forecast_not_a_holder():
    text = "The court is almost certain to remain divided on the question."
    assert not [s for s in statements_of(text) if s.speaker_mention and at(text, s.speaker_mention) == "The court"]

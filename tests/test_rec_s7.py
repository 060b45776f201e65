"""Attributions the rules missed on PolNeAR train (session 7, recall), each on a
sentence written for the test in the shape of the missed ones: a question put to an
addressee ("asked the governor about …"), and a report inside a relative clause
("a bill that critics said was unconstitutional"), whose content starts with the
relative pronoun."""

from __future__ import annotations

from tests.conftest import at, by_cue, parts, statements_of, with_speakers


def test_asked_an_addressee_about_something():
    # "asked about X" was found; with the one asked in between, nothing was.
    text = "At the forum, a local reporter asked the governor about his ties to a company called Brightline."
    s = by_cue(text, "asked")
    assert s.content == "his ties to a company called Brightline"
    assert at(text, s.speaker_mention) == "a local reporter"


def test_asked_an_addressee_for_something():
    text = "After the ruling, the city's lawyer asked the appeals court for a quick decision on the permits."
    s = by_cue(text, "asked")
    assert s.content == "a quick decision on the permits"


def test_asked_about_without_an_addressee_keeps_its_cue():
    text = "At the forum, a local reporter asked about his ties to a company called Brightline."
    s = by_cue(text, "asked about")
    assert s.content == "his ties to a company called Brightline"


def test_report_in_a_relative_clause_inside_another_content():
    # The object of "vetoed" holds the critics' statement; PolNeAR marks both.
    text = "The governor vetoed a bill that critics said was unconstitutional."
    _, found = with_speakers(text)
    said = [s for s in found if s.cue == "said"]
    assert len(said) == 1, [(s.cue, s.content) for s in found]
    assert parts(text, said[0]) == ["that", "was unconstitutional"]
    assert at(text, said[0].speaker_mention) == "critics"
    assert any(s.cue == "vetoed" for s in found)


def test_relative_pronoun_opens_the_reported_clause():
    text = "The mayor proposed a new stadium tax, which the council had said was unaffordable."
    s = by_cue(text, "said")
    assert parts(text, s) == ["which", "was unaffordable"]
    assert at(text, s.speaker_mention) == "the council"


def test_relative_report_with_a_pronoun_subject():
    text = "Her aides described a long primary fight that she believes will reward her patience."
    s = by_cue(text, "believes")
    assert parts(text, s) == ["that", "will reward her patience"]


def test_relative_pronoun_not_added_when_it_is_the_cue_verbs_subject():
    # "voters who said …": "who" is the speaker's, not the start of what was said.
    text = "The clerk met several voters who said they had been turned away at the polls."
    found = [s for s in statements_of(text) if s.cue == "said"]
    assert found and found[0].content == "they had been turned away at the polls"

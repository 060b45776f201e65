"""Speaker mentions, third round: subjects the parser loses on PolNeAR train — a name
swallowed into an opening "At …" phrase, and a conjunct of a non-restrictive relative
clause hung off the main verb."""

from __future__ import annotations

from conftest import at, cue_starting


def test_name_swallowed_by_an_opening_phrase_is_the_subject():
    text = ("At a rally in Dayton, Ohio, 58-year-old Carol Miller also complained about the plant "
            "closures, and said the town had been forgotten.")
    s = cue_starting(text, "complained")
    assert "Carol Miller" in at(text, s.speaker_mention)


def test_conjunct_of_a_relative_clause_keeps_its_subject():
    text = ("The minister was questioned by the envoy, who is backing the accord, but has repeatedly "
            "denied that troops would stay.")
    s = cue_starting(text, "denied")
    assert at(text, s.speaker_mention) == "who"


def test_restrictive_relative_leaves_the_conjunct_to_the_main_subject():
    text = "Jackson is a voter who crossed party lines in the primary, but has said that he will stay home in November."
    s = cue_starting(text, "said")
    assert at(text, s.speaker_mention) == "Jackson"

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

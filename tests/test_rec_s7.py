"""Attributions the rules missed on PolNeAR train (session 7, recall), each on a
sentence written for the test in the shape of the missed ones: a question put to an
addressee ("asked the governor about …")."""

from __future__ import annotations

from tests.conftest import at, by_cue


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

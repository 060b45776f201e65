"""Speaker mentions, third round: subjects the parser loses on PolNeAR train — a name
swallowed into an opening "At …" phrase, and a conjunct of a non-restrictive relative
clause hung off the main verb."""

from __future__ import annotations

from conftest import at, statements_of


def _by_cue(text: str, cue: str):
    stmts = [s for s in statements_of(text) if s.cue and s.cue.lower().startswith(cue)]
    assert stmts, f"no statement with cue {cue!r}"
    return stmts[0]


def test_name_swallowed_by_an_opening_phrase_is_the_subject():
    text = ("At a rally in Dayton, Ohio, 58-year-old Carol Miller also complained about the plant "
            "closures, and said the town had been forgotten.")
    s = _by_cue(text, "complained")
    assert "Carol Miller" in at(text, s.speaker_mention)


def test_conjunct_of_a_relative_clause_keeps_its_subject():
    text = ("The minister was questioned by the envoy, who is backing the accord, but has repeatedly "
            "denied that troops would stay.")
    s = _by_cue(text, "denied")
    assert at(text, s.speaker_mention) == "who"


def test_restrictive_relative_leaves_the_conjunct_to_the_main_subject():
    text = "Jackson is a voter who crossed party lines in the primary, but has said that he will stay home in November."
    s = _by_cue(text, "said")
    assert at(text, s.speaker_mention) == "Jackson"

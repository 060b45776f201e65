"""Who the speaker mention is, in the forms PolNeAR's train split showed us getting wrong."""

from __future__ import annotations

from conftest import at
from conftest import with_speakers as run


def test_floating_quote_points_at_the_mention_its_speaker_came_from():
    text = (
        "“We have asked for a full audit,” said Maria Okafor, the council's treasurer. The vote was close.\n\n"
        "“Until it is done, no new contracts will be signed.”\n\n"
        "The review began on Monday."
    )
    _, stmts = run(text)
    first, floating = stmts
    assert floating.cue is None and floating.content.startswith("Until it is done")
    assert floating.speaker is not None and floating.speaker == first.speaker
    assert floating.speaker_mention == first.speaker_mention
    assert at(text, floating.speaker_mention) == "Maria Okafor"


def test_floating_quote_without_earlier_speaker_has_no_mention():
    text = "“Nobody saw it coming.”\n\nThe river rose two metres overnight."
    _, stmts = run(text)
    assert all(s.speaker_mention is None for s in stmts)


def test_gerund_after_preposition_takes_the_clause_subject():
    text = "The mayor opened the meeting by saying that the bridge would reopen in May."
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.cue == "saying"]
    assert at(text, s.speaker_mention) == "The mayor"
    assert s.content.startswith("the bridge would reopen")


def test_more_likely_to_say_takes_the_copula_subject():
    text = "Younger voters were far more likely to say that the economy was their top concern."
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.cue == "say"]
    assert at(text, s.speaker_mention) == "Younger voters"


def test_opening_passive_participle_names_no_asker():
    text = "Asked about the tax plan, the senator said she would wait for the final figures."
    _, stmts = run(text)
    said = [s for s in stmts if s.cue == "said"]
    assert len(said) == 1 and at(text, said[0].speaker_mention) == "the senator"
    asked = [s for s in stmts if s.cue and s.cue.startswith("Asked")]
    assert asked and all(s.speaker_mention is None for s in asked)


def test_perfect_participle_keeps_the_main_subject():
    text = "Having announced that the plant would close, the company's chief executive left the room."
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.cue and s.cue.startswith("announced")]
    assert at(text, s.speaker_mention) == "the company's chief executive"


def test_second_predicate_parsed_as_dep_shares_the_subject():
    text = "The minister paused, then revealed why the talks had collapsed."
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.cue and s.cue.startswith("revealed")]
    assert at(text, s.speaker_mention) == "The minister"

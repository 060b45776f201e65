"""A second reporting verb of the same speaker that the parser hangs inside the first
cue's reported clause (", suggesting that …", ", and called him “…”", "saying … and
suggesting …"): PolNeAR marks two attributions, so the first content ends before it and
the second cue is a statement of its own, with the first cue's speaker."""

from __future__ import annotations

from conftest import at, statements_of


def _by_cue(stmts: list, cue: str):
    found = [s for s in stmts if s.cue and s.cue.lower().startswith(cue)]
    assert len(found) == 1, f"cue {cue!r}: {[(s.cue, s.content) for s in stmts]}"
    return found[0]


def test_participle_after_a_closing_quote_ends_the_first_content():
    text = ('Walsh stressed that "the way to win is to get both unions talking to each other," '
            "suggesting that the only way to do that might be to extend the old contract.")
    stmts = statements_of(text)
    first = _by_cue(stmts, "stressed")
    assert "suggesting" not in first.content and "contract" not in first.content
    second = _by_cue(stmts, "suggesting")
    assert second.content == "the only way to do that might be to extend the old contract"
    assert at(text, second.speaker_mention) == "Walsh"


def test_and_verb_in_a_tense_the_clause_cannot_share_is_a_second_statement():
    text = ('The governor said the new rules would cost farmers millions, and called the agency '
            '"a bully with a badge."')
    stmts = statements_of(text)
    assert _by_cue(stmts, "said").content == "the new rules would cost farmers millions"
    called = _by_cue(stmts, "called")
    assert "a bully with a badge" in called.content
    assert at(text, called.speaker_mention) == "The governor"


def test_and_verb_after_a_perfect_clause_without_comma():
    text = "The coach said the team has improved a lot and praised the young players for their work."
    stmts = statements_of(text)
    assert _by_cue(stmts, "said").content == "the team has improved a lot"
    praised = _by_cue(stmts, "praised")
    assert at(text, praised.speaker_mention) == "The coach"


def test_second_participle_of_a_reporting_participle():
    text = ("The governor responded on Twitter, saying he would not sign the budget and suggesting "
            "that lawmakers should start over.")
    stmts = statements_of(text)
    assert _by_cue(stmts, "saying").content == "he would not sign the budget"
    second = _by_cue(stmts, "suggesting")
    assert second.content == "lawmakers should start over"
    assert at(text, second.speaker_mention) == "The governor"


def test_participle_after_a_bare_cue_is_not_its_content():
    text = "The governor responded on Twitter, saying he would not sign the budget."
    stmts = statements_of(text)
    assert [s.cue for s in stmts] == ["saying"]
    assert stmts[0].content == "he would not sign the budget"


def test_participle_after_an_object_closed_by_its_comma():
    text = ('Perez rejected the notion that the tax would hurt small shops, arguing that there is '
            '"plenty of room in the budget" for relief.')
    stmts = statements_of(text)
    assert _by_cue(stmts, "rejected").content == "the notion that the tax would hurt small shops"
    arguing = _by_cue(stmts, "arguing")
    assert arguing.content.startswith("there is") and at(text, arguing.speaker_mention) == "Perez"


def test_participle_speaker_is_the_reporter_not_the_clause_subject():
    # Already cut before this change; its speaker was "the plan", the clause's subject.
    text = "The minister said the plan would fail, arguing that the money had already been spent."
    s = _by_cue(statements_of(text), "arguing")
    assert at(text, s.speaker_mention) == "The minister"


def test_same_tense_conjunct_and_progressive_stay_in_the_clause():
    # "met … and asked" may be the clause subject's two acts; "was growing and adding"
    # shares the progressive.
    for text, part in (("He said he met the donors and asked them for money.", "asked them"),
                       ("She said the economy was growing and adding jobs.", "adding jobs")):
        stmts = statements_of(text)
        assert len(stmts) == 1 and part in stmts[0].content

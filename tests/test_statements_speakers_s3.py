"""Speaker mentions, session 3: a frame after a floating quote, a description named by
its apposition, a passive participle that names no speaker."""

from __future__ import annotations

import pytest

from conftest import at
from conftest import with_speakers as run
from whosaid.model import Article, Statement


def names(art: Article, s: Statement) -> str | None:
    return next((e.name for e in art.entities if e.id == s.speaker), None)


def _quote(stmts: list[Statement], start: str) -> Statement:
    return next(s for s in stmts if s.content.startswith(start))


_BEFORE = "The mayor, Lena Ortiz, said the budget would pass by Friday.\n\n"
_AFTER = "\n\nThe council meets again in May."


def test_frame_after_an_open_quote_names_its_speaker_not_the_last_one():
    # The frame's verb has content of its own ("mentioning …"), so the quote is left
    # floating; the name right after it is still its speaker, not the mayor.
    text = (
        _BEFORE + "“We have written two dozen proposals before the election,” Becker said, "
        "mentioning the final plan is “almost ready.”" + _AFTER
    )
    art, stmts = run(text)
    quote = _quote(stmts, "We have written")
    assert at(text, quote.speaker_mention) == "Becker"
    assert names(art, quote) != "Lena Ortiz"
    # "said" already frames the mixed statement after it: one cue, one statement
    assert quote.cue is None


def test_misparsed_frame_after_an_open_quote():
    text = (
        _BEFORE + "“We are going to tax you when those trucks come,” Becker said in March of "
        "the freight company Hollis Corp., whose owner moved its depot to Ohio." + _AFTER
    )
    _, stmts = run(text)
    assert at(text, _quote(stmts, "We are going to tax").speaker_mention) == "Becker"


def test_any_verb_frames_an_open_quote_when_its_subject_follows_at_once():
    text = _BEFORE + "“Go back to your office,” Becker barked and a guard walked the reporter out." + _AFTER
    _, stmts = run(text)
    quote = _quote(stmts, "Go back")
    assert at(text, quote.speaker_mention) == "Becker"
    assert quote.cue == "barked"


def test_clause_after_an_open_quote_is_not_a_frame():
    text = (
        "Mayor Lena Ortiz spoke to reporters on Monday.\n\n"
        "“The plan has been approved by every district in the city,” since most of them "
        "were consulted early, the mayor's office noted.\n\n"
        "The vote is next week."
    )
    _, stmts = run(text)
    quote = _quote(stmts, "The plan has been approved")
    assert at(text, quote.speaker_mention) != "since most of them"


def test_description_with_a_named_apposition_covers_the_name():
    text = (
        "The head of the teachers' union, Mark Ellison, criticized the governor's "
        "plan to cut school funding."
    )
    art, stmts = run(text)
    s = next(s for s in stmts if s.cue == "criticized")
    assert at(text, s.speaker_mention) == "The head of the teachers' union, Mark Ellison"
    assert names(art, s) == "Mark Ellison"


def test_named_apposition_leaves_out_its_relative_clause():
    text = (
        "“It may have been his first attempt to make his own statement to the board,” said "
        "his closest friend at college, Peter Dunn, who remembered the vote."
    )
    _, stmts = run(text)
    quote = _quote(stmts, "It may have been")
    assert at(text, quote.speaker_mention) == "his closest friend at college, Peter Dunn"


def test_name_with_a_described_apposition_stays_the_name():
    text = "Mark Ellison, the head of the teachers' union, criticized the governor's plan."
    _, stmts = run(text)
    s = next(s for s in stmts if s.cue == "criticized")
    assert at(text, s.speaker_mention) == "Mark Ellison"


def test_passive_participle_names_no_speaker():
    text = (
        "A senator known to be skeptical of the deal met the delegation on Tuesday. "
        "The talks lasted three hours."
    )
    _, stmts = run(text)
    known = [s for s in stmts if s.cue == "known"]
    assert all(s.speaker_mention is None for s in known)


def test_trailing_frame_after_a_phrase_names_the_speaker():
    text = (
        _BEFORE + "“The current mood is reminiscent of the 1970s,” the years of the oil shock, "
        "Becker says." + _AFTER
    )
    _, stmts = run(text)
    quote = _quote(stmts, "The current mood")
    assert at(text, quote.speaker_mention) == "Becker"


def test_inverted_trailing_frame_does_not_take_the_addressee():
    text = (
        _BEFORE + "“That was a fine speech you gave last night,” after the vote on the bridge, "
        "said Peter Dunn to the mayor." + _AFTER
    )
    _, stmts = run(text)
    quote = _quote(stmts, "That was a fine speech")
    assert at(text, quote.speaker_mention) == "Peter Dunn"


def test_frame_after_the_first_part_of_a_joined_quote():
    text = (
        _BEFORE + "“You know, it happens to every one of us, right?” Becker went on, as if he "
        "had not heard her. "
        "“But you have to get over it and keep working.”" + _AFTER
    )
    _, stmts = run(text)
    quote = _quote(stmts, "You know")
    assert at(text, quote.speaker_mention) == "Becker"


def test_block_quote_signed_on_its_last_line():
    text = (
        "Economists were divided over the plan.\n\n"
        "\"I worry that we may see a return of budget hawks as the council tries to cut "
        "spending.\nJane Roe, Center for Urban Policy.\"\n\n"
        "The mayor did not respond."
    )
    _, stmts = run(text)
    quote = _quote(stmts, "I worry")
    assert at(text, quote.speaker_mention) == "Jane Roe, Center for Urban Policy"


def test_dateline_place_is_not_the_speaker():
    text = (
        "Paris (AFP) – Award-winning novelist Claire Duval, author of a best-selling trilogy, "
        "is not sure she can vote for the president again.\n\n"
        "She did not say whom she would back."
    )
    art, stmts = run(text)
    s = next(s for s in stmts if s.cue == "sure")
    assert at(text, s.speaker_mention) == "Award-winning novelist Claire Duval"
    assert names(art, s) == "Claire Duval"


# (text, cue, speaker mention): who does a participle or infinitive hanging off a noun
@pytest.mark.parametrize("text, cue, mention", [
    # the subject of the verb the noun's phrase hangs off ("spent … defending")
    ("The former governor, who spent much of his final speech defending the tax cuts, left early.",
     "defending", "who"),
    # the noun's possessor
    ("The row started after the senator's use of a crude term to describe the mayor's budget.",
     "describe", "the senator's"),
    # an infinitive on an object, or on the object of a preposition: the clause's subject
    ("The treasurer had every reason to know that the audit would fail.", "know", "The treasurer"),
    ("A nurse at the clinic has nothing but good things to say about the new director.",
     "say about", "A nurse at the clinic"),
    # a passive control verb hands its infinitive to the passive subject
    ("The debate was so calm that the senator was prompted to say that she could not believe it.",
     "say", "the senator"),
    # the object of an object-control verb does its infinitive
    ("The new rule requires lawmakers to disclose that they own shares.", "disclose", "lawmakers"),
])
def test_who_does_a_participle_or_infinitive_on_a_noun(text, cue, mention):
    _, stmts = run(text)
    s = next(s for s in stmts if s.cue == cue)
    assert at(text, s.speaker_mention) == mention


def test_second_predicate_made_the_root_shares_the_first_ones_subject():
    text = (
        "The governor jokingly offered the man a job as his driver, then says he will welcome "
        "advice from anyone who wants to talk to him."
    )
    _, stmts = run(text)
    s = next(s for s in stmts if s.cue == "says")
    assert at(text, s.speaker_mention) == "The governor"


def test_subject_inside_a_quote_is_not_the_frames():
    text = "“Yes, I support the senator,” the founder of the group tells the paper in an interview."
    _, stmts = run(text)
    assert all(at(text, s.speaker_mention) != "I" for s in stmts if s.cue == "tells")


def test_headline_line_names_its_speaker_first():
    text = (
        "Senator Ann Ford To Release Tax Returns After Pressure From Rivals.\n\n"
        "The senator said on Monday that she had nothing to hide."
    )
    art, stmts = run(text)
    s = next(s for s in stmts if s.cue == "Release")
    assert at(text, s.speaker_mention) == "Senator Ann Ford"
    assert names(art, s) == "Ann Ford"


def test_sentence_case_line_is_not_a_headline():
    from whosaid.statements.speakers import headline_subject

    text = "Senator Ann Ford plans to release her tax returns after pressure from her rivals."
    art, _ = run(text)
    cue = (text.index("release"), text.index("release") + len("release"))
    assert headline_subject(art.doc, text, cue, [t.idx for t in art.doc]) is None

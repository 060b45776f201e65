"""Direct quotes split around their frame (session 7): a quote that goes on after the
frame is one statement with the first part (PolNeAR joins them). Sentences are written
for these tests in the shape of the train articles that showed each miss."""

from __future__ import annotations

from conftest import at
from conftest import statements_of as run
from whosaid.model import Statement


def holding(stmts: list[Statement], words: str) -> Statement:
    found = [s for s in stmts if words in s.content]
    assert len(found) == 1, [(s.cue, s.content) for s in stmts]
    return found[0]


# -- a short quoted name inside the frame --------------------------------------------


def test_quoted_name_inside_the_frame_does_not_stop_the_continuation():
    text = (
        "\"I haven't made up my mind about the tax plan,\" said retired teacher Helen Moss "
        "of Concord, N.H., before the town meeting, a \"No-Frills U.S.A.\" supper run by the "
        "local historical society. \"Maybe I will decide on the morning of the vote.\""
    )
    s = holding(run(text), "made up my mind")
    assert s.kind == "direct" and s.cue == "said"
    assert len(s.content_spans) == 2 and s.content.endswith("on the morning of the vote.")
    assert "Helen Moss" in at(text, s.speaker_mention)


def test_name_given_inside_the_frame_does_not_stop_the_continuation():
    text = (
        "\"I haven't made up my mind about the tax plan,\" said retired teacher Helen Moss "
        "of Concord, before the town meeting, which the organizers call \"Pie and Politics,\" "
        "at the old mill. \"Maybe I will decide on the morning of the vote.\""
    )
    s = holding(run(text), "made up my mind")
    assert len(s.content_spans) == 2 and s.content.endswith("on the morning of the vote.")


def test_quoted_term_in_a_relative_clause_of_the_frame():
    text = (
        "\"Sales have picked up since the spring,\" said Mr. Alvarez, who noted that during the "
        "slump the value of some stores had \"collapsed\" to a third of the old price. "
        "\"We are not out of the woods yet, but the trend is good.\""
    )
    s = holding(run(text), "Sales have picked up")
    assert len(s.content_spans) == 2 and s.content.endswith("the trend is good.")


# -- an abbreviation ends the frame sentence -----------------------------------------


def test_state_abbreviation_ending_the_frame_before_the_next_quote():
    text = (
        "\"She answers every question straight - does she always get it right? No,\" said "
        "Frank Ortiz, 61, who drove four hours with his daughter to the rally on Friday in "
        "Dayton, Ohio, and Lafayette, Ind. \"... What I want is someone who talks like a "
        "neighbor. That's why people trust her.\""
    )
    s = holding(run(text), "answers every question")
    assert len(s.content_spans) == 2 and s.content.endswith("That's why people trust her.")
# -- the next paragraph goes on with the quote ---------------------------------------


def test_next_paragraph_quote_goes_on_after_a_frame_that_ends_the_paragraph():
    text = (
        "The mayor spoke at the opening of the new library on Saturday.\n\n"
        "“Every child in this city deserves a quiet place to read,” Patel said, "
        "pointing at the reading room behind her.\n\n"
        "“We waited ten years for this building, and it was worth the wait.”\n\n"
        "The library opens to the public on Monday."
    )
    s = holding(run(text), "quiet place to read")
    assert s.kind == "direct" and s.cue == "said"
    assert len(s.content_spans) == 2 and s.content.endswith("it was worth the wait.")
    assert at(text, s.speaker_mention) == "Patel"


def test_next_paragraph_after_two_sentences_of_narration_stays_apart():
    text = (
        "“We will fix the bridge this year,” Patel said. She then took questions from the crowd.\n\n"
        "“Who is going to pay for all of it?”"
    )
    s = holding(run(text), "fix the bridge")
    assert "pay for all of it" not in s.content


def test_next_paragraph_with_a_frame_of_its_own_stays_apart():
    text = (
        "“We will fix the bridge this year,” Patel said.\n\n"
        "“The money is already in the budget,” her deputy added."
    )
    s = holding(run(text), "fix the bridge")
    assert "already in the budget" not in s.content

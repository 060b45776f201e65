"""Indirect-content edges that went wrong on scraped news pages (not PolNeAR): a double
closing mark written as two right single marks, contents opening on a closing mark or
ending on the next quotation's opening one, a that-clause after a setting's relative
clause, a citation's closing parenthesis, a fronted relative pronoun, a that-clause the
parser hung off the addressee's relative clause, "That's according to …", and a quote
left open after an attitude predicate. Sentences are written for the tests in the shape
of the pages' ones."""

from __future__ import annotations

from conftest import at, by_cue, cued
from conftest import statements_of as run
from whosaid.model import Statement

_OPENERS = "“«„"
_CLOSERS = "”»"


def _clean_edges(found: list[Statement]) -> None:
    for s in found:
        if s.kind == "direct":
            continue
        c = s.content.strip()
        assert c[:1] not in _CLOSERS and not c.startswith("’’"), (s.cue, c)
        assert c[-1:] not in _OPENERS, (s.cue, c)


# 1. ’’ closes a double quote: the content stops there, not at the next opening mark.

def test_two_right_single_marks_close_the_quote_of_a_that_clause():
    text = ("After the vote, the regulator issued a statement warning that “voters deserve honesty from "
            "every campaign.’’ It also said that it has “no power over what adverts say.’’")
    found = run(text)
    _clean_edges(found)
    assert not any("It also said" in s.content for s in found), [(s.cue, s.content) for s in found]
    assert any(s.content.startswith("voters deserve honesty") or "that “voters deserve" in s.content
               for s in found)


# 2. No content opens on a closing mark or ends on an opening one.

def test_a_quoted_pseudonym_does_not_open_the_rest_of_the_sentence():
    text = "In the messages, Weiner wrote under the pseudonym “Carlos Danger,” and the woman later shared them."
    found = run(text)
    _clean_edges(found)
    assert cued(text, "wrote") == []


def test_a_quoted_pseudonym_with_straight_marks_opens_nothing_either():
    text = 'Weiner wrote under the pseudonym "Carlos Danger," according to the website, which published the messages.'
    found = run(text)
    assert not any(s.content.startswith('"') for s in found), [(s.cue, s.content) for s in found]
    assert cued(text, "wrote") == []


def test_a_straight_quote_closing_a_characterisation_is_kept():
    text = 'The minister described the idea that the base trains rebels as "certainly absurd."'
    s = by_cue(text, "described")
    assert s.content.endswith('"certainly absurd."')


# 3. A setting's own relative clause comes before the that-clause of what was said.

def test_that_clause_after_the_relative_clause_of_a_rally():
    text = "The senator said at a rally that drew thousands that taxes would fall next year."
    s = by_cue(text, "said")
    assert s.content == "taxes would fall next year"
    assert at(text, s.speaker_mention) == "The senator"


def test_that_clause_after_the_relative_clause_of_a_hearing():
    text = "The senator argued at a hearing that ran late into the night that the agency had failed."
    s = by_cue(text, "argued")
    assert s.content == "the agency had failed"


def test_a_relative_clause_alone_is_still_no_content():
    text = "She spoke at a rally that drew crowds that cheered loudly."
    assert cued(text, "spoke") == []


# 4. Shapes found reading a sample of the pages' indirect statements.

def test_a_citation_keeps_its_closing_parenthesis():
    text = "One trial in 40 adults showed that keeping a diary was linked with fewer episodes of overeating (12)."
    s = by_cue(text, "showed")
    assert s.content == "keeping a diary was linked with fewer episodes of overeating (12)"


def test_a_fronted_relative_pronoun_and_the_cue_stay_out_of_the_content():
    text = "The striker will sign the contract today, which the club hopes to announce tomorrow."
    s = by_cue(text, "hopes")
    assert "hopes" not in s.content and not s.content.startswith("which")


def test_the_that_clause_after_an_addressees_relative_clause_is_what_was_told():
    text = ("The union president told a crowd of teachers who filled the square that the state should "
            "spend its reserves on schools.")
    s = by_cue(text, "told")
    assert s.content == "the state should spend its reserves on schools"
    assert at(text, s.speaker_mention) == "The union president"
    assert cued(text, "filled") == []


def test_thats_according_to_reports_the_sentence_before():
    text = "Kids love the new phones. That is according to a survey released by the bank."
    s = by_cue(text, "according to")
    assert s.content == "Kids love the new phones"


def test_thats_according_to_does_not_reach_into_the_paragraph_before():
    text = "Kids love the new phones.\n\nThat is according to a survey released by the bank."
    assert cued(text, "according to") == []


def test_a_quote_after_an_attitude_predicate_is_closed():
    text = "But the investors were completely baffled by this “online business thing.”"
    s = by_cue(text, "baffled by")
    assert s.content == "this “online business thing.”"


def test_a_quote_opening_the_paragraph_keeps_its_opening_mark():
    # The parser leaves the opening mark with the frame's clause, not the reported one.
    text = "He spoke.\n\n“The people of this country aren’t buying” impeachment, Trump said at a rally last week."
    s = by_cue(text, "said")
    assert s.content == "“The people of this country aren’t buying” impeachment"


def test_a_bracket_left_outside_the_object_is_closed():
    # The parser hangs the ")" off the verb, outside the object's phrase.
    text = "The vendor launched a new monitoring platform designed to address the needs of Intensive Care Units (ICUs)."
    assert all(not s.content.endswith("(ICUs") for s in run(text)), [(s.cue, s.content) for s in run(text)]
    assert any(s.content.endswith("Intensive Care Units (ICUs)") for s in run(text))

"""Indirect-speech shapes that went wrong on scraped news pages (not PolNeAR): a fronted
adverbial clause read as the cue's content, a verb with its own object read as a
trailing frame, a trailing frame the parser hung off a noun, a setting phrase read as
an object, a dateline inside a content, and a that-clause hung off the setting of the
cue. Sentences are written for the tests in the shape of the pages' ones."""

from __future__ import annotations

from conftest import at, by_cue, cued, parts
from conftest import statements_of as run
from whosaid.nlp import parse_text
from whosaid.statements import find_candidates

# 1. A fronted adverbial clause is not what the main verb reports.

def test_fronted_concessive_clause_is_not_the_content_of_the_main_verb():
    text = "Though most fans stayed calm, a small group of supporters have responded with shocking violence."
    assert cued(text, "responded") == []


def test_fronted_when_clause_is_not_the_content_of_the_main_verb():
    text = "When I heard that the deal had finally been signed, I immediately thought of my father."
    assert all(not s.content.startswith("When") for s in run(text))


def test_fronted_clause_gives_way_to_a_that_clause_hung_off_a_time_phrase():
    # The parser hangs "that …" off "decades"; it is what was argued all the same.
    text = ("Although Napoleon was born in Corsica in 1769, Italy argued for decades that it was the first "
            "victim of French imperialism, having been invaded by Napoleon's France in 1796.")
    s = by_cue(text, "argued")
    assert s.content.startswith("it was the first victim of French imperialism")
    assert at(text, s.speaker_mention) == "Italy"


def test_a_reported_sentence_may_open_with_a_phrase():
    text = "After the vote, turnout fell sharply in the capital, officials said on Monday."
    s = by_cue(text, "said")
    assert s.content == "After the vote, turnout fell sharply in the capital"


def test_a_reported_sentence_may_open_with_a_conditional_around_the_frame():
    text = "If the deal holds, the bank said, prices will fall by spring."
    s = by_cue(text, "said")
    assert parts(text, s) == ["If the deal holds", "prices will fall by spring"]


def test_a_parenthetical_frame_still_joins_its_halves():
    text = "The plan, he said, will fail."
    assert parts(text, by_cue(text, "said")) == ["The plan", "will fail"]


# 2. A verb with its own complement does not frame the clause before it.

def test_verb_with_its_own_infinitive_is_not_a_trailing_frame():
    text = "But it is not merely that the board will not cut the fees; they continue to raise them."
    assert cued(text, "continue") == []


def test_bare_continued_and_told_with_an_addressee_still_frame():
    text = "The bridge will close in May, she continued."
    assert by_cue(text, "continued").content == "The bridge will close in May"
    text = "The bridge will close in May, she told reporters."
    assert by_cue(text, "told").content == "The bridge will close in May"


def test_inverted_subject_is_not_an_object_of_the_frame():
    text = "The bridge will close in May, said another engineer on the project, Maria Okafor."
    assert by_cue(text, "said").content == "The bridge will close in May"


def test_a_frame_does_not_reach_back_over_a_semicolon():
    text = ("In Ohio, they voted for control of the state Senate; in Iowa, Kansas and Nebraska, "
            "they voted for control of the governor's mansion.")
    assert all(not s.content.startswith("In Ohio") for s in run(text))


# 3. A trailing frame with adjuncts; a setting is never an object cue's content.

def test_trailing_frame_the_parser_hung_off_a_noun():
    text = ("SEATTLE — Seattle's flagship carrier Alaska Airlines finalized a deal to purchase 30 of "
            "Airbus's A321-200 jets, executives of both companies announced Wednesday at the Paris Air Show.")
    s = by_cue(text, "announced")
    assert s.content == "Seattle's flagship carrier Alaska Airlines finalized a deal to purchase 30 of Airbus's A321-200 jets"
    assert at(text, s.speaker_mention) == "executives of both companies"
    assert cued(text, "finalized") == []


def test_setting_phrase_is_not_the_object_of_a_cue():
    text = ("Germany's flagship carrier Lufthansa finalized a deal to buy 40 of Airbus's A350-900 jets, "
            "executives of both companies announced Monday at the Berlin Air Show.")
    s = by_cue(text, "announced")
    assert s.content == "Germany's flagship carrier Lufthansa finalized a deal to buy 40 of Airbus's A350-900 jets"
    assert at(text, s.speaker_mention) == "executives of both companies"


# 4. A dateline is the wire's, not part of what was said.

def test_dateline_is_trimmed_from_a_preceding_content():
    text = "WASHINGTON — The Senate will vote on the bill next week, Republican leaders said Tuesday."
    s = by_cue(text, "said")
    assert s.content == "The Senate will vote on the bill next week"
    text = ("LONDON — The pub where Charles Dickens wrote his first novel will be turned into a museum, "
            "Britain's culture minister said on Monday.")
    assert by_cue(text, "said").content.startswith("The pub where")


# 5. A that-clause hung off the setting of the cue: the addressee is not content.

def test_that_clause_hung_off_a_press_conference_excludes_the_addressee():
    text = ("Nestle chief executive Mark Schneider, meanwhile, told investors at a press conference that the "
            "company — the largest food maker in the world — will recommence its acquisitions in the early "
            "2020s, following its current period of consolidation.")
    s = by_cue(text, "told")
    assert s.content.startswith(
        "the company — the largest food maker in the world — will recommence its acquisitions in the early 2020s")
    assert at(text, s.speaker_mention) == "Nestle chief executive Mark Schneider"


def test_that_read_as_a_relative_object_in_a_clause_with_an_object():
    # The parser reads "that" as the object of "restart", which has one: a complement.
    # (The extent model may still cut the content at the first dash; the rules' cut is
    # the whole clause.)
    text = ("Boeing President Kevin McAllister, meanwhile, told analysts at a briefing that the company — the "
            "largest aircraft maker in the world — will restart its hiring in the early 2020s.")
    doc = parse_text(text)
    told = [c for c in find_candidates(doc, extents=False) if c.cue_span and text[slice(*c.cue_span)] == "told"]
    assert [text[b:e] for b, e in told[0].spans] == [
        "the company — the largest aircraft maker in the world — will restart its hiring in the early 2020s"]


def test_that_clause_after_at_the_time():
    text = "The senator did not know at the time that her aide was working for a lobbying firm."
    assert by_cue(text, "know").content == "her aide was working for a lobbying firm"


def test_relative_clause_on_a_setting_is_not_a_content():
    text = "The mayor told reporters at the meeting that ran late on Tuesday."
    assert all(s.content != "ran late on Tuesday" for s in run(text))

"""Rule-found indirect statements that were no attributions on scraped news pages: a
discourse connective read as a speaker ("That said, …"), an imperative addressed to
the reader, a reduced passive participle after a noun taking the sentence's subject as
its speaker, and a dash-aside with its own topic swallowing the sentence around it.
Run through the lexicon cues (the rules, no open-class cue model), as on real pages.
Sentences are written for the tests in the shape of the pages' ones."""

from __future__ import annotations

from whosaid.model import Article
from whosaid.nlp import parse
from whosaid.statements import find_statements


def lexicon(text: str) -> list:
    art = Article(id="t", text=text)
    parse([art])
    find_statements(art, cues="lexicon")
    return art.statements


def said(text: str, cue: str) -> list:
    return [s for s in lexicon(text) if s.cue == cue]


def at(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


# 1. "That said, …" is a connective, not "That" saying the rest of the sentence.

def test_that_said_is_a_connective():
    assert said("That said, early retirement comes in many shapes and sizes.", "said") == []


def test_that_being_said_and_having_said_that_stay_connectives():
    # (already so before the "That said" rule; kept as a guard)
    assert said("That being said, the new tablet is a solid upgrade.", "said") == []
    assert said("Having said that, the new tablet is a solid upgrade.", "said") == []


def test_a_real_saying_still_counts_after_the_connective():
    text = "That said, the agency says that the northern route remains the main one."
    found = lexicon(text)
    assert [s.cue for s in found] == ["says"]
    assert at(text, found[0].speaker_mention) == "the agency"


def test_having_said_with_a_clause_is_still_a_statement():
    text = "Having said that he would resign, the minister left the room."
    s = said(text, "said")
    assert len(s) == 1 and s[0].content == "he would resign"


# 2. An imperative addresses the reader: nobody is reported.

def test_imperative_cue_is_no_statement():
    assert said("Say goodbye to the stress you have been carrying around all year!", "Say") == []
    assert said("Don't worry, Ohio, nobody is going to steal your slogan.", "worry") == []


def test_a_question_with_its_own_subject_is_not_an_imperative():
    text = "Do analysts think that the merger will close this year?"
    s = said(text, "think")
    assert len(s) == 1 and at(text, s[0].speaker_mention) == "analysts"


# 3. A reduced passive participle names no speaker: the sentence's subject is not one.

def test_reduced_participle_does_not_borrow_the_sentence_subject():
    text = "Israel seized control of the territories, seen as pivotal parts of any future state, in the 1967 war."
    assert said(text, "seen as") == []


def test_trailing_passive_participle_is_not_the_subjects_saying():
    # He was accused; he did not accuse anyone of fraud.
    assert said("The treasurer resigned in March, accused of fraud.", "accused of") == []


def test_naming_participle_is_no_statement():
    assert said("Such scarring, called pulmonary fibrosis, is permanent and irreversible.", "called") == []


def test_participle_misread_as_past_tense_after_its_noun():
    text = "The mayor has sanctioned officials deemed responsible for the abuses."
    assert said(text, "deemed") == []


def test_participle_with_a_by_agent_keeps_its_speaker():
    text = "The bill, described by aides as sweeping, passed on Friday."
    s = said(text, "described")
    assert len(s) == 1 and at(text, s[0].speaker_mention) == "aides"


# 4. A dash-aside about its own topic does not frame the sentence around it.

def test_aside_with_its_own_topic_does_not_take_the_sentence():
    text = "The tremors — the late neurologist wrote about similar cases in his memoir — are rarely fatal."
    assert all("rarely fatal" not in s.content for s in lexicon(text))


def test_bare_aside_still_frames_the_sentence():
    text = "The tremors — the neurologist wrote in his memoir — are rarely fatal."
    assert any(s.content.startswith("The tremors") for s in lexicon(text))


# 5. "referred X to Y" passes something on; only "referred to X" is said of X.

def test_referring_a_matter_on_is_no_statement():
    text = "The office referred the call to the Capitol Police, who opened an inquiry."
    assert said(text, "referred") == []


def test_referred_to_still_attributes():
    text = "The senator repeatedly referred to the memo as a smear."
    s = said(text, "referred to")
    assert len(s) == 1 and s[0].content == "the memo as a smear"


# 6. "Let us know what you think" asks the reader.

def test_let_us_know_is_no_statement():
    assert said("Let us know which laptop you picked this year.", "know") == []
    assert said("Leave a comment and let us know which laptop you picked this year.", "know") == []

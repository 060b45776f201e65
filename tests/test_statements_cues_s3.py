"""Cue and content cuts added in session 3: a that-clause hung off the document a
statement was made in, one-word answers ("said so", "said no", "would not say when"),
and a preposition after a particle or adverb belonging to a learned cue. Sentences are
written for the tests, in the shape of the PolNeAR train statements that motivated them."""

from __future__ import annotations

import pytest

from conftest import at
from whosaid.nlp import get_nlp
from whosaid.statements import find_candidates


def _rules(text: str) -> list[tuple[str, str | None]]:
    doc = get_nlp()(text)
    return [
        (" | ".join(at(text, s) for s in c.spans), at(text, c.cue_span) if c.cue_span else None)
        for c in find_candidates(doc, learned=False)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union's general secretary said in a statement that the strike would go ahead on Monday.",
         "the strike would go ahead on Monday"),
        ("The ministry wrote in a letter that the subsidies would end next spring.",
         "the subsidies would end next spring"),
    ],
)
def test_that_clause_of_the_document_is_what_was_said(text, content):
    assert content in [c for c, _ in _rules(text)]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Asked whether he would run again, the mayor said no.", "no", "said"),
        ("Four in 10 now back the plan, after a third said so in the spring poll.", "so", "said"),
        ("The agency confirmed the leak, but its director would not say when.", "when", "say"),
    ],
)
def test_one_word_answer_is_the_content(text, content, cue):
    assert (content, cue) in _rules(text)


def test_no_with_an_object_is_not_a_one_word_answer():
    text = "The senator said no to the pipeline."
    assert ("no", "said") not in _rules(text)


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        ("The governor lashed out at the council over its budget.", "lashed", "the council over its budget"),
        ("The coach bragged openly about his team's defence.", "bragged", "his team's defence"),
    ],
)
def test_preposition_after_a_particle_belongs_to_the_learned_cue(text, verb, content):
    from whosaid.statements.learned import object_content

    doc = get_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    parts = object_content(doc, tok)
    assert parts is not None and [at(text, p) for p in parts] == [content]


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ("Senate Minority Leader Slams Budget Deal Over Farm Cuts\n\nThe deal was signed on Friday.",
         "Budget Deal Over Farm Cuts", "Slams", "Senate Minority Leader"),
        ("Veteran Union Organizer Endorses Maria Lopez\n\nThe endorsement came late.",
         "Maria Lopez", "Endorses", "Veteran Union Organizer"),
    ],
)
def test_title_case_headline_verb_the_parser_took_for_a_name(text, content, cue, source):
    doc = get_nlp()(text)
    found = [(at(text, c.spans[0]), at(text, c.cue_span), at(text, c.mention))
             for c in find_candidates(doc, learned=False)]
    assert (content, cue, source) in found


def test_title_case_line_without_a_cue_verb_is_no_statement():
    text = "Attacks Rise In Northern Suburbs\n\nPolice gave no figures."
    doc = get_nlp()(text)
    assert not [c for c in find_candidates(doc, learned=False) if at(text, c.cue_span) == "Attacks"]

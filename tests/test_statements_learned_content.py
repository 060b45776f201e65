"""Content cuts of the learned cue model (statements.learned.object_content), tested on
parsed sentences directly: the model's scores are not assumed. Sentences are written
for the tests, in the shape of the PolNeAR train statements that motivated each cut."""

from __future__ import annotations

import pytest

from conftest import at
from whosaid.nlp import get_nlp


def _content(text: str, verb: str) -> list[str | None] | None:
    from whosaid.statements.learned import object_content

    doc = get_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    parts = object_content(doc, tok)
    return None if parts is None else [at(text, p) for p in parts]


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        # The statement only carries the attitude: what it condemns is the content.
        ("The senator issued a statement condemning the new tariffs on steel.",
         "issued", "the new tariffs on steel"),
        # An ordinary object keeps its participle: the bill is what was signed.
        ("The governor signed a bill banning plastic bags.",
         "signed", "a bill banning plastic bags"),
    ],
)
def test_a_document_carrying_an_attitude_gives_way_to_what_it_says(text, verb, content):
    assert _content(text, verb) == [content]


@pytest.mark.parametrize(
    ("text", "verb", "content"),
    [
        ("The House blocked a $2 billion aid package, which the governors had requested in March.",
         "blocked", "a $2 billion aid package"),
        ("The mayor bought a house, which she later sold.", "bought", "a house"),
    ],
)
def test_a_relative_clause_after_a_comma_is_the_writers_aside(text, verb, content):
    assert _content(text, verb) == [content]


def test_an_opened_quote_runs_on_to_its_closing_mark():
    text = "The mayor mocked the council's “grand plan for the river. It will never happen,” at the meeting."
    assert _content(text, "mocked") == ["the council's “grand plan for the river. It will never happen,”"]

"""Direct-quote errors seen on scraped news pages (session 4): quoted names taken for
statements, a quote and its frame pulled apart by a show named in the speaker phrase,
and one stretch of text reported twice. Sentences are written for these tests in the
shape of the pages that showed each error."""

from __future__ import annotations

import pytest

from conftest import at, statements_of, with_speakers
from whosaid.statements.quotes import find_quotes


def _covering(text: str, sts: list, words: str) -> list:
    """Statements whose content holds ``words``."""
    return [s for s in sts if words in s.content]


# -- a quoted title inside the speaker phrase ----------------------------------------


def test_show_named_inside_the_speaker_phrase_is_part_of_the_speaker():
    text = (
        "The actress posted a photo of the family on the beach.\n\n"
        '"Holding her for the first time was something I will never forget," the '
        '"Gilded Hours" actress previously said on "Morning Live." She has two sons.'
    )
    _, sts = with_speakers(text)
    assert not [s for s in sts if s.content.strip(' ,."') == "Gilded Hours"]
    (quote,) = _covering(text, sts, "Holding her for the first time")
    assert quote.kind == "direct" and quote.cue == "said"
    assert at(text, quote.speaker_mention) == 'the "Gilded Hours" actress'


def test_nickname_before_the_host_does_not_cut_the_frame():
    text = '"Baking is how I unwind after a long week," the "Breakfast Club" host told viewers on Monday.'
    sts = statements_of(text)
    (quote,) = [s for s in sts if s.kind == "direct"]
    assert quote.content.startswith("Baking is how I unwind") and quote.cue == "told"


# -- one stretch of text, one statement ------------------------------------------------


_COLON_RUN_ON = (
    "Lead author Dr. Anna Kell, assistant professor of nutrition at Harwood University, "
    'commented: "Heavy sugar intake in childhood is linked to lasting damage to the liver.\n\n'
    '"Given what we found across age groups, schools should cut sugary drinks and teach '
    'families about the risks. Parents deserve clear labels on every product," Kell said.'
)


def test_colon_quote_over_paragraphs_is_not_also_an_indirect_statement():
    _, sts = with_speakers(_COLON_RUN_ON)
    covering = _covering(_COLON_RUN_ON, sts, "Heavy sugar intake in childhood")
    assert len(covering) == 1
    assert covering[0].kind == "direct" and covering[0].speaker_name == "Anna Kell"


def test_frame_before_a_quote_over_paragraphs_is_its_cue():
    _, sts = with_speakers(_COLON_RUN_ON)
    (quote,) = _covering(_COLON_RUN_ON, sts, "Heavy sugar intake in childhood")
    assert quote.cue == "commented"
    assert "Parents deserve clear labels" in quote.content


def test_learned_cue_does_not_claim_a_quote_framed_by_another_cue():
    text = ("Audience members laughed when he urged voters, “Look at what I said I would do as "
            "a leader and look at what I have delivered.”")
    sts = statements_of(text)
    (quote,) = _covering(text, sts, "Look at what I said")
    assert quote.kind == "direct" and quote.cue == "urged"


def test_nested_attribution_holding_a_quote_stays():
    # PolNeAR marks the outer statement too: only a content inside the quote is a copy.
    text = (
        '"If my children talked like that, I would scold them," Mr. Holm said. He said he '
        "could hardly imagine that ''a nominee talking like that is going to win over most "
        "voters.''"
    )
    sts = statements_of(text)
    assert any(s.kind != "direct" and s.content.startswith("he could hardly imagine") for s in sts)


def test_two_cues_of_one_statement_give_one_statement():
    text = (
        "In a sign of the confusion, the Election Board, which oversees campaign spending, "
        "issued a statement warning that voters deserve honesty from every campaign in the "
        "run-up to the vote."
    )
    contents = [s.content for s in statements_of(text)]
    assert "voters deserve honesty from every campaign in the run-up to the vote" in contents
    assert len(contents) == len(set(contents))


# -- quoted names are not statements ---------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ('He denied that he and the envoy ran an "irregular" channel, for which they were '
     'known as the "Three Musketeers."', "Three Musketeers"),
    ('She had fallen for a sharp script called "Harbour Lights," a story about a '
     "stubborn fisherman and his daughter.", "Harbour Lights"),
    ("Both songwriters who had previously written music for the television show "
     '"Riverside," the pair came to the project with a shared idea.', "Riverside"),
    ("The beauty of traditional dance was revealed at ‘2019 Spring Lantern Festival’!",
     "2019 Spring Lantern Festival"),
    ('I was wary of the manual at first, described as for the "GSX750R", the US version.',
     "GSX750R"),
    # a title with its subtitle, the marks mispaired: neither half is what was said
    ("At the last minute, a demo came in called “Harbour (“Far From Shore”). “It grabbed me "
     "the moment I heard it,” he said.", "Far From Shore"),
])
def test_quoted_name_after_its_frame_is_not_a_direct_statement(text, name):
    sts = statements_of(text)
    assert not [s for s in sts if s.kind == "direct" and name in s.content]


def test_naming_verb_has_no_statement_of_its_own():
    text = ('She had fallen for a sharp script called "Harbour Lights," a story about a '
            "stubborn fisherman and his daughter.")
    assert not [s for s in statements_of(text) if s.cue == "called"]


def test_quote_after_a_quoted_name_is_what_the_naming_verb_says():
    text = ("The game is finally coming out after years of waiting. Developer Ridgeway called "
            "‘Night Harbor: Echo’ \"a flagship VR game.\"")
    sts = statements_of(text)
    assert [(s.kind, s.content, s.cue) for s in sts] == [("direct", "a flagship VR game.", "called")]


@pytest.mark.parametrize("text, words", [
    # a judgement, not a name
    ('In a clip that District Judge Ann Rowe called "distasteful," the man said he would leave.',
     "distasteful"),
    # a headline capitalises every word: no telling a name from words said
    ("Jane Doe Got Real About Being Called “A Real Woman.”", "A Real Woman"),
])
def test_characterisation_after_a_naming_verb_stays_a_statement(text, words):
    sts = statements_of(text)
    assert [s for s in sts if s.kind == "direct" and words in s.content]


# -- a phrase one might say, said by no one ----------------------------------------


@pytest.mark.parametrize("text, words", [
    ("- Quick access to the assistant by saying “Hey Alexa”\n\n- Up to five hours of "
     "listening time", "Hey Alexa"),
    ("This is an easy way to enjoy game day food without having to tell yourself “no.”",
     "no."),
])
def test_short_utterance_with_no_speaker_is_not_a_statement(text, words):
    sts = statements_of(text)
    assert not [s for s in sts if s.kind == "direct" and s.content.strip() == words]


@pytest.mark.parametrize("text, words", [
    ("The president ended his list of cities by saying “Too many.”", "Too many."),
    ("Cruz backers watched footage from the rally, where his supporters were shown "
     "chanting “Marco! Marco!”", "Marco! Marco!"),
])
def test_short_utterance_with_a_speaker_stays(text, words):
    sts = statements_of(text)
    assert [s for s in sts if s.kind == "direct" and s.content.strip() == words]


# -- a verb after a quote is not always its frame ------------------------------------


def test_subjectless_verb_after_a_quote_in_running_text_frames_nothing():
    text = ("The senator has already lied about his staff’s prior contacts with the "
            "“whistleblower,” read into the record a complete rewriting of the presidential call "
            "summary, and leaked supposed proof.")
    sts = statements_of(text)
    assert not [s for s in sts if s.kind == "direct" and "whistleblower" in s.content]


def test_verb_of_the_next_sentence_does_not_frame_a_finished_quote():
    text = ("The fact-checker examined the claim and rated it “True.” The news service "
            "pointed to a review board finding that security was inadequate.")
    sts = statements_of(text)
    assert not [s for s in sts if s.kind == "direct" and s.cue == "pointed"]


# -- quote marks ------------------------------------------------------------------------


def test_two_right_single_marks_close_a_double_quote():
    text = ("The board warned that “voters are entitled to honesty.’’ Critically, it said it "
            "has no “role in policing campaign content.’’ The end.")
    assert [q.text(text) for q in find_quotes(text)] == [
        "voters are entitled to honesty.", "role in policing campaign content.",
    ]

"""Where an indirect statement's content starts and ends (statements.indirect): the cuts
that differed most from PolNeAR's on the train split. Sentences are written for the tests."""

from __future__ import annotations

from conftest import by_cue, parts
from whosaid.nlp import parse_text
from whosaid.statements.candidate import trim_tokens


def test_what_appears_so_includes_its_subject():
    text = "The governor appears to have a narrow lead in the latest count."
    s = by_cue(text, "appears")
    assert parts(text, s) == ["The governor", "to have a narrow lead in the latest count"]
    assert s.speaker_mention is None


def test_what_is_expected_includes_its_whole_subject():
    text = "Many of the staff are expected to move to the new office in March."
    s = by_cue(text, "expected")
    assert parts(text, s) == ["Many of the staff", "to move to the new office in March"]


def test_one_word_subject_before_a_parenthetical_cue():
    text = "Microsoft, she predicted, would come to the table."
    s = by_cue(text, "predicted")
    assert parts(text, s) == ["Microsoft", "would come to the table"]


def test_one_word_subject_before_according_to():
    text = "Turnout, according to the county clerk, has doubled since March."
    s = by_cue(text, "according to")
    assert parts(text, s) == ["Turnout", "has doubled since March"]


def test_clause_after_a_mid_sentence_cue_goes_on_with_the_content():
    text = "The bridge is unsafe, said Howard, but the council will reopen it anyway."
    s = by_cue(text, "said")
    assert parts(text, s) == ["The bridge is unsafe", "but the council will reopen it anyway"]


def test_second_that_clause_hung_off_the_cue():
    text = "The mayor believes there are no easy answers, but that the city must act before winter."
    s = by_cue(text, "believes")
    assert s.content == "there are no easy answers, but that the city must act before winter"


def test_second_clause_after_a_that_clause():
    text = "Investigators found that the alarms had been disabled, but no one was ever disciplined."
    s = by_cue(text, "found")
    assert s.content == "the alarms had been disabled, but no one was ever disciplined"


def test_narrators_clause_after_a_bare_clause_stays_out():
    text = "He said he would run again, and his aides were already booking venues."
    assert by_cue(text, "said").content == "he would run again"


def test_next_sentence_is_not_content():
    text = "The bridge is unsafe, he said. Repairs will take a year."
    assert by_cue(text, "said").content == "The bridge is unsafe"


def test_quotation_runs_on_to_its_closing_mark():
    text = (
        'Gunn said the ruling was "in direct conflict with the law of the land. The threat to '
        'our liberty is very clear." His bill passed a month later.'
    )
    s = by_cue(text, "said")
    assert s.content.startswith("the ruling was")
    assert s.content.endswith('is very clear."')
    assert "His bill" not in s.content


def test_called_on_includes_the_addressee():
    text = "The union called on the city council to reject the contract."
    assert by_cue(text, "called").content == "the city council to reject the contract"


def test_purpose_infinitive_after_an_object():
    text = "The president has approved a small team of advisers to train local forces."
    assert by_cue(text, "approved").content == "a small team of advisers to train local forces"


def test_manner_adverb_after_an_object():
    text = "Many residents view the governor unfavorably."
    assert by_cue(text, "view").content == "the governor unfavorably"


def test_a_reported_question_keeps_whether():
    text = "Reporters asked whether she would release the transcripts."
    assert by_cue(text, "asked").content == "whether she would release the transcripts"


def test_dangling_conjunction_is_trimmed():
    doc = parse_text("She has seen her standing erode since last fall and even more.")
    start, end = trim_tokens(doc, 3, 10)  # "her standing … last fall and"
    assert doc[start:end].text == "her standing erode since last fall"


def test_names_after_a_colon_spell_out_the_object():
    text = "The report cited three problems: cost, delays and safety."
    assert by_cue(text, "cited").content == "three problems: cost, delays and safety"


def test_clause_after_a_colon_is_not_spelled_out():
    text = "The report cited three problems: the costs have doubled since May."
    assert by_cue(text, "cited").content == "three problems"

"""Speaker mentions, second round: forms PolNeAR's train split (articles 0-300) showed
us getting wrong — participles on a noun, datelines, object control, gerunds, relative
pronouns, "seems", and the addressee of "asked"."""

from __future__ import annotations

from conftest import at, cue_starting


def test_participle_on_a_noun_is_what_the_noun_does():
    text = "Last year, the company gave four million dollars to a group backing Bush, the former Florida governor."
    s = cue_starting(text, "backing")
    assert at(text, s.speaker_mention) == "a group"


def test_participle_on_a_message_stays_with_its_issuer():
    text = "The ministry issued a statement on Tuesday saying that the talks had collapsed."
    s = cue_starting(text, "saying")
    assert at(text, s.speaker_mention) == "The ministry"


def test_participle_on_a_setting_is_not_its_holder():
    text = "Trump was heard on a microphone telling Christie to get on a plane and go home."
    s = cue_starting(text, "telling")
    assert at(text, s.speaker_mention) != "a microphone"


def test_upper_case_dateline_is_not_the_subject():
    text = "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory in the elections."
    s = cue_starting(text, "predicted")
    assert at(text, s.speaker_mention) == "Aung San Suu Kyi's political allies"


def test_dateline_with_agency_is_not_the_subject():
    text = "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that his comments do more harm than good."
    s = cue_starting(text, "saying")
    assert at(text, s.speaker_mention) == "Democrat Hillary Clinton"


def test_object_of_a_control_verb_does_what_its_infinitive_says():
    text = "Even the timing of the debate led Republicans to say that Democrats were hiding their candidate."
    s = cue_starting(text, "say")
    assert at(text, s.speaker_mention) == "Republicans"


def test_object_control_with_a_participle():
    text = "The vague answer has left many Republicans wondering what he really believes."
    s = cue_starting(text, "wondering")
    assert at(text, s.speaker_mention) == "many Republicans"


def test_participle_after_a_comma_keeps_the_subject():
    text = "The senator urged voters, arguing that the new tax was unfair to farmers."
    s = cue_starting(text, "arguing")
    assert at(text, s.speaker_mention) == "The senator"


def test_gerund_after_an_adverb_and_preposition_is_the_clause_subject():
    text = "The mayor praised the prosecutor but stopped short of calling for the chief to be fired."
    s = cue_starting(text, "calling")
    assert at(text, s.speaker_mention) == "The mayor"


def test_gerund_after_an_adjective_is_the_clause_subject():
    text = "At the same time, Trump has been the most aggressive in the field in denouncing the mainstream media."
    s = cue_starting(text, "denouncing")
    assert at(text, s.speaker_mention) == "Trump"


def test_gerund_after_a_possessed_noun_is_the_possessor():
    text = "The two rivals abandoned their strategy of attacking the front-runner on the debate stage."
    s = cue_starting(text, "attacking")
    assert at(text, s.speaker_mention) == "their"


def test_relative_pronoun_mention_reads_with_its_antecedent():
    text = "The bill is opposed by gun advocates who want ready access to firearms in every state."
    s = cue_starting(text, "want")
    assert at(text, s.speaker_mention) == "gun advocates who"


def test_bare_asked_names_no_asker():
    text = "Asked what a firm commitment looks like, the spokesman said the talks had barely begun."
    s = cue_starting(text, "asked")
    assert s.speaker_mention is None


def test_when_asked_after_the_subject_names_no_asker():
    text = "“You bet I would,” Christie said when asked whether he would order a quarantine for travelers."
    s = cue_starting(text, "asked")
    assert s.speaker_mention is None


def test_seems_is_the_writers_impression():
    from whosaid.nlp import parse_text
    from whosaid.statements.learned import holder

    doc = parse_text("The new government seems ready to join the agreement next year.")
    seems = next(t for t in doc if t.lower_ == "seems")
    assert holder(seems) is None

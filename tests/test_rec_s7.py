"""Attributions the rules missed on PolNeAR train (session 7, recall), each on a
sentence written for the test in the shape of the missed ones: a question put to an
addressee ("asked the governor about …"), and a report inside a relative clause
("a bill that critics said was unconstitutional"), whose content starts with the
relative pronoun."""

from __future__ import annotations

from tests.conftest import at, by_cue, cue_starting, parts, statements_of, with_speakers


def test_asked_an_addressee_about_something():
    # "asked about X" was found; with the one asked in between, nothing was.
    text = "At the forum, a local reporter asked the governor about his ties to a company called Brightline."
    s = by_cue(text, "asked")
    assert s.content == "his ties to a company called Brightline"
    assert at(text, s.speaker_mention) == "a local reporter"


def test_asked_an_addressee_for_something():
    text = "After the ruling, the city's lawyer asked the appeals court for a quick decision on the permits."
    s = by_cue(text, "asked")
    assert s.content == "a quick decision on the permits"


def test_asked_about_without_an_addressee_keeps_its_cue():
    text = "At the forum, a local reporter asked about his ties to a company called Brightline."
    s = by_cue(text, "asked about")
    assert s.content == "his ties to a company called Brightline"


def test_report_in_a_relative_clause_inside_another_content():
    # The object of "vetoed" holds the critics' statement; PolNeAR marks both.
    text = "The governor vetoed a bill that critics said was unconstitutional."
    _, found = with_speakers(text)
    said = [s for s in found if s.cue == "said"]
    assert len(said) == 1, [(s.cue, s.content) for s in found]
    assert parts(text, said[0]) == ["that", "was unconstitutional"]
    assert at(text, said[0].speaker_mention) == "critics"
    assert any(s.cue == "vetoed" for s in found)


def test_relative_pronoun_opens_the_reported_clause():
    text = "The mayor proposed a new stadium tax, which the council had said was unaffordable."
    s = by_cue(text, "said")
    assert parts(text, s) == ["which", "was unaffordable"]
    assert at(text, s.speaker_mention) == "the council"


def test_relative_report_with_a_pronoun_subject():
    text = "Her aides described a long primary fight that she believes will reward her patience."
    s = by_cue(text, "believes")
    assert parts(text, s) == ["that", "will reward her patience"]


def test_relative_pronoun_not_added_when_it_is_the_cue_verbs_subject():
    # "voters who said …": "who" is the speaker's, not the start of what was said.
    text = "The clerk met several voters who said they had been turned away at the polls."
    found = [s for s in statements_of(text) if s.cue == "said"]
    assert found and found[0].content == "they had been turned away at the polls"


def test_finding_with_its_poll_after_it():
    text = "Kasich was at 12 percent support in the latest Quinnipiac survey."
    s = by_cue(text, "in")
    assert s.content == "Kasich was at 12 percent support"
    assert at(text, s.speaker_mention) == "the latest Quinnipiac survey"


def test_poll_phrase_the_parser_hangs_off_the_object():
    # "in a Gallup poll" hangs off "vote"; it still closes the clause of "won".
    text = "The former governor won just 4 percent of the vote in a Gallup poll released Tuesday."
    s = by_cue(text, "in")
    assert s.content == "The former governor won just 4 percent of the vote"
    assert at(text, s.speaker_mention) == "a Gallup poll released Tuesday"


def test_standing_in_the_polls_is_no_finding():
    # Plural "the polls" is a standing, not one poll's finding (PolNeAR marks it rarely).
    text = "The protest came at a time when Johnson has slipped in the polls."
    assert not [s for s in statements_of(text) if s.cue == "in"]


def test_cue_verb_keeps_its_own_content_before_a_poll():
    # "viewed him favorably in the poll": the view is the statement, not the poll's.
    text = "Forty percent of voters viewed him favorably in the January poll."
    assert not [s for s in statements_of(text) if s.cue == "in"]


def test_opening_poll_with_a_dated_possessive():
    # "In his filing, he …" is the author's own; "In March's poll, …" names no author.
    text = "In March's Gallup poll, Kasich led Cruz among independents by nine points."
    s = by_cue(text, "In")
    assert s.content == "Kasich led Cruz among independents by nine points"


def test_headline_colon_line_without_a_verb_the_tagger_sees():
    text = "Harris: No outside pressure on the budget probe.\n\nThe attorney general said on Monday that the inquiry would go on."
    s = by_cue(text, ":")
    assert s.content == "No outside pressure on the budget probe."
    assert at(text, s.speaker_mention) == "Harris"


def test_headline_colon_line_in_title_case():
    text = "Poll: Kasich Ties Clinton In Three-Way Ohio Contest.\n\nThe governor has gained ground since March."
    s = by_cue(text, ":")
    assert at(text, s.speaker_mention) == "Poll"


def test_headline_subtitle_with_an_article_is_no_statement():
    text = "Morning Briefing: A World at War.\n\nThe governor has gained ground since March."
    assert not [s for s in statements_of(text) if s.cue == ":"]


def test_verbless_colon_line_inside_the_body_stays_a_label():
    text = "The governor has gained ground since March.\n\nPortion Guide: Two Green Cups, One Red Cup.\n\nHe spoke on Monday."
    assert not [s for s in statements_of(text) if s.cue == ":"]


def test_asked_past_the_setting_and_date():
    # The parser hangs "about" off "briefing"; it is still what was asked about.
    text = ("Asked at a briefing Monday about the envoy's future role, the press secretary said "
            "she had been a strong voice for reform.")
    s = by_cue(text, "Asked")
    assert s.content == "the envoy's future role"


def test_asked_by_an_agent_names_the_asker():
    text = ("When asked by reporters on Thursday about raising the gas tax, the governor said: "
            "\"That is not on the table.\"")
    s = by_cue(text, "asked")
    assert s.content == "raising the gas tax"
    assert at(text, s.speaker_mention) == "reporters"


def test_spoke_to_someone_on_a_day_about_something():
    text = "The mayor spoke to reporters on Tuesday about the stadium deal."
    s = cue_starting(text, "spoke")
    assert s.content == "the stadium deal"


def test_spoke_on_condition_of_anonymity_is_no_topic():
    text = "A second aide spoke to the Times on condition of anonymity."
    assert not [s for s in statements_of(text) if s.cue and s.cue.startswith("spoke")]


def test_spoke_favorably_of_keeps_its_cue():
    text = "In the interview he spoke favorably of the new trade agreement."
    s = by_cue(text, "spoke favorably of")
    assert s.content == "the new trade agreement"


def test_report_nested_in_a_reported_clause():
    # PolNeAR marks the aides' belief inside what the spokesman said as well.
    text = "The spokesman said on Monday that senior aides believe the budget talks have stalled."
    believe = by_cue(text, "believe")
    assert believe.content == "the budget talks have stalled"
    assert at(text, believe.speaker_mention) == "senior aides"
    assert by_cue(text, "said").content.startswith("senior aides believe")


def test_object_cue_nested_in_a_reported_clause():
    text = "The senator said last week that the governor had criticized the pension plan in a closed meeting."
    criticized = by_cue(text, "criticized")
    assert criticized.content.startswith("the pension plan")
    assert at(text, criticized.speaker_mention) == "the governor"


def test_attitude_adjective_nested_in_a_reported_clause():
    text = "The mayor said on Monday that many shop owners were worried about the new parking fees."
    worried = cue_starting(text, "worried")
    assert worried.content == "the new parking fees"
    assert at(text, worried.speaker_mention) == "many shop owners"


def test_nested_action_of_a_thing_is_no_statement():
    # A nested action needs someone who can hold a view: the drug supports nothing it
    # could be quoted on (science and product pages gave many such).
    text = "Doctors said the new drug supports the growth of healthy cells."
    assert [s.cue for s in statements_of(text)] == ["said"]

"""Direct and floating quotes, second round: speaker frames the parser bends (long and
inverted names, shows and participles after the verb, nouns read for verbs), quotes
signed on the next line or introduced by a colon after an object, floating quotes after
a narrating paragraph, and lead-ins that make a quote mixed — forms PolNeAR's train
split showed us getting wrong."""

from __future__ import annotations

from conftest import at, statements_of


def _quote(text: str, start: str):
    stmts = [s for s in statements_of(text) if s.content.startswith(start)]
    assert stmts, f"no statement starting {start!r}"
    return stmts[0]


def _mention(text: str, start: str) -> str | None:
    return at(text, _quote(text, start).speaker_mention)


# --- frames after the quote -------------------------------------------------------------

def test_two_titled_names_run_past_the_usual_frame():
    text = ("“We can only wonder whether the intent is to reopen the door to fraud,” state Senate "
            "leader Paul Ortega and House Speaker Tim Brandt, both Republicans, said in a statement.")
    assert "Paul Ortega" in (_mention(text, "We can only wonder") or "")


def test_show_named_after_the_verb_is_not_its_complement():
    text = "“I would love to have him run, I think I would do very well,” Trump said Sunday on NBC’s Meet the Press."
    assert _mention(text, "I would love") == "Trump"


def test_inverted_name_parsed_as_several_objects():
    text = ("“Imagine him going up against both of them on the same stage,” mused Blaze co-host "
            "Sam Keller. “Not to mention the ratings.”")
    assert "Keller" in (_mention(text, "Imagine him") or "")


def test_participle_after_an_inverted_name_describes_the_speaker():
    text = ('"I\'m not going to say it is a mistake, so forget about it," said retired neurosurgeon '
            "Ben Carson, asked about his claims that he had received a scholarship offer.")
    assert "Ben Carson" in (_mention(text, "I'm not going") or "")


def test_participle_before_the_noun_is_part_of_the_name():
    text = ("“He needs to stop blaming everyone else and decide what he wants,” the "
            "conservative-leaning newspaper wrote.")
    assert _mention(text, "He needs to stop") == "the conservative-leaning newspaper"


def test_any_verb_right_after_a_long_quote_and_its_speaker_frames_it():
    text = "“They’re all here because he’s promising to give them all this free stuff,” Bennett shot back with a laugh."
    s = _quote(text, "They’re all here")
    assert s.cue is not None and at(text, s.speaker_mention) == "Bennett"


def test_short_scare_quote_in_running_text_is_not_framed_by_any_verb():
    text = 'His assumption was that "as voters get more educated," they would graduate from his rival.'
    assert not any(s.kind == "direct" and s.cue == "graduate" for s in statements_of(text))


def test_age_between_commas_does_not_cut_the_name_off():
    text = "“We were tremendously wrong not to confront him from the beginning,” Ramos, 58, told AFP in an interview."
    assert _mention(text, "We were tremendously") == "Ramos"


def test_gerund_after_said_tells_how_not_what():
    text = ("“I think I was asked this a couple of months ago, and I said that term carries legal "
            "weight,” Clinton said answering a question at a town hall in Berlin, New Hampshire.")
    assert _mention(text, "I think I was asked") == "Clinton"


# --- signed quotes and colons -------------------------------------------------------------

def test_quote_signed_on_the_next_line_takes_the_signature():
    text = ("The senator repeated a familiar claim.\n\n"
            "“Boeing and GE and other multinationals pay zero taxes.”\n\n"
            "- Bernie Sanders.\n\n"
            "This is a complex issue, subject to fierce debate.")
    s = _quote(text, "Boeing and GE")
    assert at(text, s.speaker_mention) == "Bernie Sanders"


def test_quoted_transcript_line_names_its_speaker():
    text = ("The panel was not impressed.\n\n"
            '"Chris Matthews: Seriously, seriously about this. He says he will pay for all of it with a tax."')
    assert _mention(text, "Chris Matthews:") == "Chris Matthews"


def test_colon_after_an_object_hands_the_quote_to_the_subject():
    text = ("Perez hammered Trump and contrasted the Republican candidate with Clinton: “What I have "
            "seen working with her is that she is a steady hand.”")
    assert _mention(text, "What I have seen") == "Perez"


def test_colon_after_a_setting_with_no_one_keeps_the_last_speaker():
    text = ("“I never said we made a mistake,” he told a reporter in October.\n\n"
            "Then, later that month on CNN: “I have never said we made a mistake going into Afghanistan.”")
    first = _quote(text, "I never said")
    second = _quote(text, "I have never said")
    assert second.speaker_mention == first.speaker_mention


def test_colon_after_the_speaker_still_names_them():
    text = "The timing does not surprise Republican pollster Daron Shaw: “Historically, surges like this fade by March.”"
    assert "Daron Shaw" in (_mention(text, "Historically") or "")


# --- floating quotes ----------------------------------------------------------------------

def test_floating_quote_after_a_paragraph_about_someone_else():
    text = ("Opinion polls see Le Pen reaching a run-off in May, the pollster Ifop said.\n\n"
            "She shares with Trump a strategy that banks on presenting herself as an outsider.\n\n"
            "“What we have in common is that we are not insiders, we depend on no one.”\n")
    assert _mention(text, "What we have in common") == "She"


# --- mixed: words of the speaker that run into the quote -----------------------------------

def test_sentence_that_opens_before_the_quote_is_mixed():
    text = "This is a “raw time for the city,” said David Axelrod, a longtime ally of the mayor."
    s = _quote(text, "This is a")
    assert s.kind == "mixed" and "David Axelrod" in (at(text, s.speaker_mention) or "")


def test_lead_in_skips_the_scene_setting_phrase():
    text = "Behind the scenes, Mr. Vander Plaats is “activating his personal network,” said Bryan English."
    s = _quote(text, "Mr. Vander Plaats")
    assert s.kind == "mixed"


def test_lower_case_quote_goes_on_from_the_words_before_the_frame():
    text = "Sooner or later, the New Jersey governor told reporters, “it starts to pay off.”"
    s = _quote(text, "Sooner or later")
    assert s.kind == "mixed" and "governor" not in s.content
    assert "governor" in (at(text, s.speaker_mention) or "")


def test_setting_before_an_aside_frame_stays_out():
    text = "In the United States, they write, “to be religious is to be in sync with mainstream norms.”"
    s = _quote(text, "to be religious")
    assert s.kind == "direct"


def test_narrating_clause_before_a_quote_is_not_a_lead_in():
    text = "Trump has hailed the vote to leave the European Union as “fantastic for the country,” reporters said."
    assert not any(s.content.startswith("Trump has hailed") and s.kind == "mixed" for s in statements_of(text))


# --- speakers the parser hangs elsewhere --------------------------------------------------

def test_speaker_parsed_as_an_apposition_to_a_date():
    text = ("But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military "
            "spokesman in Baghdad, said, “I mean, a raid is a combat operation. There is no way around that.”")
    assert "Warren" in (_mention(text, "I mean, a raid") or "")


def test_speaker_of_a_verb_parsed_as_an_aside():
    text = ("So far, Sanders has shown little inclination. But Sen. Richard J. Durbin (D-Ill.), noting "
            "the size of Sanders's following, said, \"Let me tell you, he's got a heck of an email list.\"")
    assert "Durbin" in (_mention(text, "Let me tell you") or "")


def test_inverted_name_then_a_manner_clause():
    text = "“I'm more skilled with my hands than I am with my brain,” said Robin Maynard, half joking. He laughed."
    assert "Robin Maynard" in (_mention(text, "I'm more skilled") or "")


def test_that_after_the_addressee_of_a_framing_verb_is_relative():
    text = ("“There seems to be a lot of name-calling going on, but labels are for soup cans,” the former "
            "president told a crowd that the campaign estimated at 3,000 people.")
    assert _mention(text, "There seems to be") == "the former president"

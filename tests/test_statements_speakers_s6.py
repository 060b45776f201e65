"""Speaker mentions, session 6: the author a document is "by", the poll an opening "In a
… poll" names for a share of its respondents, the subject a possessive repeats, and the
unnamed holder of an attitude the subject only meets ("faced questions about")."""

from __future__ import annotations

from conftest import at, cue_starting


def test_according_to_a_tally_covers_its_author():
    text = "Ortiz had won 412 delegates by Friday, according to a tally by the Hartford Courant."
    s = cue_starting(text, "according to")
    assert at(text, s.speaker_mention) == "a tally by the Hartford Courant"


def test_an_estimate_by_an_office_covers_the_office():
    text = "A 2019 estimate by the state budget office projected that the tax cut would cost $2 billion."
    s = cue_starting(text, "projected")
    assert at(text, s.speaker_mention) == "A 2019 estimate by the state budget office"


def test_a_memo_sent_out_by_someone_covers_its_sender():
    text = "A campaign memo sent out by Lena Ortiz on Monday warned that the race would tighten in March."
    s = cue_starting(text, "warned")
    assert "Lena Ortiz" in at(text, s.speaker_mention)


def test_opening_poll_speaks_for_the_share_it_counted():
    text = "In a Quinnipiac poll released Tuesday, 62 percent of voters said the governor should resign."
    s = cue_starting(text, "said")
    assert at(text, s.speaker_mention) == "a Quinnipiac poll"


def test_share_without_an_opening_poll_stays_the_speaker():
    text = "Sixty-two percent of voters said the governor should resign, in a poll released Tuesday."
    s = cue_starting(text, "said")
    assert at(text, s.speaker_mention) == "Sixty-two percent of voters"


def test_possessive_of_the_attitude_repeats_the_subject():
    text = "Senator Ortiz stepped up her attacks on the governor's budget plan this week."
    s = cue_starting(text, "attacks")
    assert at(text, s.speaker_mention) == "Senator Ortiz"


def test_possessive_that_cannot_stand_for_the_subject_stays():
    text = "The two rivals abandoned their strategy of attacking the front-runner on the debate stage."
    s = cue_starting(text, "attacking")
    assert at(text, s.speaker_mention) == "their"


def test_questions_the_subject_faces_have_no_named_holder():
    text = "The governor faced sharp questions about the missing pension funds on Tuesday."
    s = cue_starting(text, "questions")
    assert s.speaker_mention is None


def test_possessive_of_another_number_keeps_the_possessive():
    text = "Ms. Reyes articulated their fear that the plant would close."
    s = cue_starting(text, "fear")
    assert at(text, s.speaker_mention) == "their"


def test_trailing_name_with_a_description_hung_on_the_content_is_the_subject():
    # the parser hangs the name on "storage" as an apposition and leaves "wrote" without a subject
    text = ("Two cables sent to the embassy have been placed in secure storage, Patrick F. Kennedy, "
            "the director for compliance, wrote in a memo to the inspector general.")
    s = cue_starting(text, "wrote")
    assert at(text, s.speaker_mention) == "Patrick F. Kennedy"


def test_name_in_apposition_to_another_name_stays_the_subject():
    text = ("On Monday in Denver, while campaigning for his sister, state senator Lena Ortiz, former mayor "
            "Tom Ortiz said she was ready to lead.")
    s = cue_starting(text, "said")
    assert "Tom Ortiz" in at(text, s.speaker_mention)


def test_stance_a_verb_takes_in_is_its_subjects():
    text = "On Thursday, Senator Hale voted in support of the water bill."
    s = cue_starting(text, "support")
    assert at(text, s.speaker_mention) == "Senator Hale"


def test_stance_with_no_verb_to_take_it_names_no_one():
    text = "Support for the water bill has grown in the rural counties."
    s = cue_starting(text, "support")
    assert s.speaker_mention is None

"""Datelines in title case ("Indianapolis – …", "San Juan, Puerto Rico — …") at the start
of a paragraph: the place is not the speaker and not part of what was said
(statements.clauses.dateline_dash). Only capitals or an agency bracket were read as a
dateline, so scraped local news lost the speaker to the place. Sentences are written
for the tests, in the shape of those pages."""

from __future__ import annotations

import pytest

from conftest import at, by_cue

LEAD = "Crews worked through the night to restore power.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("San Juan, Puerto Rico — Officials said the storm had knocked out power to most of the island.",
         "Officials"),
        ("Fort Wayne, Ind. – Mayor Tom Henry said the bridge would reopen next month.", "Mayor Tom Henry"),
        ("Kansas City - Police said the suspect fled on foot.", "Police"),
        # a dateline opening a later paragraph
        (LEAD + "Dayton, Ohio – Several thousand teachers said they would strike on Monday.",
         "Several thousand teachers"),
    ],
)
def test_title_case_dateline_is_not_the_speaker(text, speaker):
    s = by_cue(text, "said")
    assert at(text, s.speaker_mention) == speaker


def test_title_case_dateline_is_not_part_of_the_content():
    text = "Boise, Idaho – The number of homes for sale fell again, according to a report from the state's realtors."
    s = by_cue(text, "according to")
    assert s.content.startswith("The number of homes")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a person and an aside between dashes, not a place line
        ("Maria Lopez – the mayor's spokeswoman – said the budget was balanced.", "Maria Lopez"),
        # a place with an aside opened by a capitalised word: closed by a second dash
        ("Ukraine – Europe's largest country by area – said it would hold elections next year.", "Ukraine"),
        # an aside opened by a lower-case word
        ("Chicago – which hosted the summit last year – said it would not bid again.", "Chicago"),
        # not at the start of a paragraph: the place line of a wire story opens one
        ("Turnout was low across the county. Denver – The city said it would count every ballot.", "Denver"),
    ],
)
def test_a_dash_after_a_name_is_not_always_a_dateline(text, speaker):
    s = by_cue(text, "said")
    assert at(text, s.speaker_mention) == speaker

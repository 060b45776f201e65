"""Indirect statements whose content was no attribution on PolNeAR train (session 7,
precision): classes of false positives fixed with small general rules. Sentences are
written for the tests in the shape of the errors."""

from __future__ import annotations

from tests.conftest import statements_of


def contents(text: str) -> list[str]:
    return [s.content for s in statements_of(text)]


# 1. "spoke on condition of anonymity", "on X's behalf", "on a radio show": how, for
#    whom or through what something was said, never what it was about.

def test_on_condition_of_anonymity_is_no_content():
    text = "A senior official spoke on condition of anonymity because he was not authorized to comment."
    assert not any("anonymity" in c for c in contents(text))


def test_anonymity_aside_leaves_the_real_statement():
    text = ("The adviser, who spoke on the condition of anonymity to discuss internal plans, "
            "said the campaign would regroup.")
    found = contents(text)
    assert "the campaign would regroup" in found
    assert not any(c.startswith("the condition") for c in found)


def test_speaking_on_someones_behalf_is_no_content():
    assert not any("behalf" in c for c in contents("The governor spoke on behalf of the families at the memorial."))


def test_speaking_on_a_radio_show_is_no_content():
    found = contents("Speaking on a local radio show, the senator said the bill would pass.")
    assert found == ["the bill would pass"]


def test_speaking_on_a_topic_still_counts():
    assert any(c.startswith("immigration") for c in contents("The governor spoke on immigration at the memorial."))


def test_reporting_on_a_condition_still_counts():
    # only "condition of anonymity" / "on condition that" are manner
    found = contents("The agency reported on the condition of the roads after the storm.")
    assert any(c.startswith("the condition of the roads") for c in found)


# 2. "won the support of X", "received the endorsement of X", "with the support of X":
#    backing someone gets; the "of" names who gives it, not what is backed.

def test_support_won_from_voters_is_no_content():
    text = "The mayor has struggled to win the support of older voters in the north of the city."
    assert not any("older voters" in c for c in contents(text))


def test_endorsement_received_from_a_governor_is_no_content():
    text = "The senator received the endorsement of Gov. Tom Hale on Friday."
    assert not any("Tom Hale" in c for c in contents(text))


def test_with_the_support_of_a_group_is_no_content():
    text = "With the support of local unions, the council approved the budget."
    assert not any("local unions" in c for c in contents(text))


def test_support_of_a_policy_still_counts():
    text = "The minister voiced her support of free trade at the summit."
    assert any(c.startswith("free trade") for c in contents(text))


# 3. Markup left in a text ("<tweet author=…>…</tweet>"): the tag name is no verb.

def test_markup_tag_name_is_no_cue():
    text = ('<tweet pic="" author="SenJaneDoe" timestamp="1449075600">Our hearts go out to the '
            'families in Springfield tonight.</tweet>')
    found = statements_of(text)
    assert not any(s.cue == "tweet" for s in found)
    assert not any("author=" in s.content for s in found)


def test_tweet_as_a_verb_still_counts():
    found = statements_of("The senator tweeted that the families were in her thoughts.")
    assert [s.content for s in found if s.cue == "tweeted"] == ["the families were in her thoughts"]


# 4. "addressed a rally", "to address the nation": spoke to an audience, not about it.

def test_addressing_a_rally_is_no_content():
    assert not any("rally" in c for c in contents("The governor addressed a rally in the state capital on Friday."))


def test_addressing_the_nation_is_no_content():
    assert not any("nation" in c for c in contents("The president is due to address the nation on Tuesday night."))


def test_addressing_an_issue_still_counts():
    found = contents("The mayor addressed the concerns of residents about flooding.")
    assert any(c.startswith("the concerns of residents") for c in found)


# 5. "showed up at the polls": turned up, showed nothing.

def test_showing_up_is_no_cue():
    found = statements_of("Thousands of new voters showed up at the polls on Tuesday.")
    assert not any(s.cue and s.cue.startswith("showed") for s in found)


def test_showing_evidence_still_counts():
    assert contents("The poll showed that voters were tired of the fight.") == ["voters were tired of the fight"]

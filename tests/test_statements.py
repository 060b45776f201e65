"""The statements stage, one test per form, on realistic news sentences."""

from __future__ import annotations

import pytest

from whosaid.model import Article, Statement
from whosaid.nlp import parse
from whosaid.statements import find_statements


def run(text: str, title: str | None = None) -> tuple[Article, list[Statement]]:
    art = Article(id="t", text=text, title=title)
    parse([art])
    find_statements(art)
    return art, art.statements


def at(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else text[span[0]:span[1]]


def only(stmts: list[Statement], cue: str) -> Statement:
    found = [s for s in stmts if s.cue == cue]
    assert len(found) == 1, [(s.cue, s.content) for s in stmts]
    return found[0]


def test_direct_cue_after_pronoun():
    text = "“We will not raise taxes on working families,” he said on Tuesday."
    _, (s,) = run(text)
    assert s.kind == "direct"
    assert s.content == "We will not raise taxes on working families,"
    assert at(text, s.speaker_mention) == "he"
    assert s.cue == "said" and at(text, s.cue_span) == "said"


def test_direct_inverted_description():
    text = "“There are no talks planned,” said the Kremlin spokesman, Dmitry Peskov."
    _, (s,) = run(text)
    assert s.kind == "direct"
    assert "Kremlin spokesman" in at(text, s.speaker_mention)


def test_direct_colon_introduced():
    text = "The finance minister told reporters in Brussels: “The deficit will be closed by 2027.”"
    _, (s,) = run(text)
    assert s.kind == "direct"
    assert s.content == "The deficit will be closed by 2027."
    assert at(text, s.speaker_mention) == "The finance minister"
    assert s.cue == "told"


def test_split_quote_has_two_spans():
    text = "“The bridge is safe,” the engineer said, “but the ramps need work before winter.”"
    _, (s,) = run(text)
    assert s.kind == "direct"
    assert len(s.content_spans) == 2
    assert s.content == "The bridge is safe, but the ramps need work before winter."
    assert at(text, s.speaker_mention) == "the engineer"


def test_quote_continues_after_frame_sentence():
    text = (
        "“Our players gave everything tonight,” coach Maria Lopez said. "
        "“We will be back next season, stronger than before.”"
    )
    _, (s,) = run(text)
    assert len(s.content_spans) == 2
    assert s.content.endswith("stronger than before.")


def test_multi_paragraph_quote():
    text = (
        "The governor spoke at length. “We have cut the waiting lists in half,” she said. "
        "“The money went to nurses, not to consultants.\n\n"
        "“Next year we will open three new clinics in the north.”\n\nThe opposition disagreed."
    )
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.kind == "direct"]
    assert s.content.endswith("three new clinics in the north.")
    assert len(s.content_spans) == 3


def test_floating_quote_takes_previous_speaker():
    text = (
        "“Turnout was higher than we expected,” the election commissioner said. Counting went on overnight.\n\n"
        "“Polling stations in the east stayed open two extra hours to cope with queues.”\n\n"
        "Results are due on Monday."
    )
    _, stmts = run(text)
    assert len(stmts) == 2
    first, floating = stmts
    assert floating.kind == "direct"
    assert floating.cue is None
    assert floating.speaker_mention == first.speaker_mention  # carried with the speaker
    assert floating.speaker == first.speaker
    assert floating.content.startswith("Polling stations")


def test_stray_guillemet_closes_quote():
    text = "“We can only win this if we fight for it at every level. »\n\nThe talks continue."
    art, stmts = run("The minister was blunt on Monday.\n\n" + text)
    assert all("»" not in s.content for s in stmts)


@pytest.mark.parametrize(
    ("sentence", "cue", "content_start", "speaker"),
    [
        ("The senator said that the bill would pass before the recess.", "said", "the bill", "The senator"),
        ("Merkel stressed that Europe must take its security into its own hands.", "stressed", "Europe", "Merkel"),
        ("The health minister warned that hospitals could run out of beds by January.", "warned", "hospitals", "The health minister"),
        ("The company insisted it had done nothing wrong.", "insisted", "it had", "The company"),
        ("The mayor argued that the new tram line would pay for itself within a decade.", "argued", "the new tram", "The mayor"),
        ("Police noted that the suspect had no prior convictions.", "noted", "the suspect", "Police"),
        ("The prime minister urged farmers to end the blockade of the ports.", "urged", "farmers", "The prime minister"),
        ("The ministry denied that any troops had crossed the border.", "denied", "any troops", "The ministry"),
        ("She reiterated that the offer remains open until Friday.", "reiterated", "the offer", "She"),
        ("The central bank maintains that inflation will fall next year.", "maintains", "inflation", "The central bank"),
        ("Analysts believe the merger will cut hundreds of jobs.", "believe", "the merger", "Analysts"),
    ],
)
def test_indirect_under_cue(sentence, cue, content_start, speaker):
    _, stmts = run(sentence)
    s = only(stmts, cue)
    assert s.kind == "indirect"
    assert s.content.startswith(content_start)
    assert at(sentence, s.speaker_mention) == speaker
    assert at(sentence, s.cue_span) == cue


def test_cited_as_object():
    text = "The government has cited rising energy prices as the main reason for the delay."
    _, stmts = run(text)
    s = only(stmts, "cited")
    assert s.content.startswith("rising energy prices as the main reason")


def test_accused_object():
    text = "The opposition accused the government of hiding the true cost of the project."
    _, stmts = run(text)
    s = only(stmts, "accused")
    assert s.content.startswith("the government of hiding")


def test_according_to():
    text = "According to the fire brigade, the blaze started in a kitchen on the third floor."
    _, (s,) = run(text)
    assert s.cue == "According to"
    assert at(text, s.speaker_mention) == "the fire brigade"
    assert s.content == "the blaze started in a kitchen on the third floor"


def test_according_to_at_end():
    text = "Ticket prices will rise by ten percent in March, according to the rail operator."
    _, (s,) = run(text)
    assert s.content == "Ticket prices will rise by ten percent in March"
    assert at(text, s.speaker_mention) == "the rail operator"


def test_possessive_view_is_that():
    text = "The union's view is that the pension reform cannot be saved."
    _, (s,) = run(text)
    assert s.cue == "view"
    assert at(text, s.speaker_mention) == "The union's"
    assert s.content == "the pension reform cannot be saved"


def test_trailing_cue_after_comma():
    text = "The ceasefire talks will resume in Doha on Monday, a senior diplomat said."
    _, (s,) = run(text)
    assert s.kind == "indirect"
    assert s.content == "The ceasefire talks will resume in Doha on Monday"
    assert at(text, s.speaker_mention) == "a senior diplomat"


def test_parenthetical_cue_splits_content():
    text = "The new terminal, the airport's director said, will open in the spring."
    _, (s,) = run(text)
    assert len(s.content_spans) == 2
    assert s.content == "The new terminal will open in the spring"


def test_mixed_quote_fragment():
    text = "The chancellor said on Friday that a trade deal with India was “within reach” this year."
    _, (s,) = run(text)
    assert s.kind == "mixed"
    assert s.content == "a trade deal with India was “within reach” this year"
    assert s.cue == "said"


def test_fragment_after_cue_is_mixed_not_direct():
    # The sentence runs on after the quote: the quote is a fragment of indirect speech.
    text = "The coach said “it makes me angry” every time the referee ignores a foul."
    _, (s,) = run(text)
    assert s.kind == "mixed"
    assert s.content.endswith("ignores a foul")


def test_scare_quotes_are_not_statements():
    text = "The army described the operation as the “final phase” of the campaign in the north."
    _, stmts = run(text)
    assert all(s.content != "final phase" for s in stmts)
    text = "Investors fear a “hard landing” for the economy next year."
    _, stmts = run(text)
    assert all(s.kind != "direct" for s in stmts)


def test_quoted_subheading_is_not_a_statement():
    text = (
        "The budget passed after a long night of talks.\n\n“A historic compromise”\n\n"
        "Both parties claimed victory on Wednesday."
    )
    _, stmts = run(text)
    assert all("historic compromise" not in s.content for s in stmts)


def test_speech_verbs_inside_quotes_are_not_statements():
    text = "“I think we said that the plan would work,” the director said."
    _, (s,) = run(text)
    assert s.kind == "direct" and s.cue == "said"
    assert at(text, s.cue_span) == "said" and s.cue_span[0] > 40


def test_headline_statement():
    title = "Minister says budget deal ‘close’ after all-night talks"
    _, stmts = run("The talks ended at dawn.", title=title)
    (s,) = [s for s in stmts if s.source == "title"]
    assert s.cue == "says"
    assert at(title, s.speaker_mention) == "Minister"
    assert s.content.startswith("budget deal ‘close’")
    assert s.kind == "mixed"


def test_colon_headline_line():
    text = "Warren: Trump Is a ‘Proven Failure’ in Business\n\nThe senator spoke in Boston."
    _, stmts = run(text)
    s = only(stmts, ":")
    assert at(text, s.speaker_mention) == "Warren"
    assert s.content == "Trump Is a ‘Proven Failure’ in Business"


@pytest.mark.parametrize(
    "line",
    [
        # labels over lists and notes, seen on scraped pages
        "Meal Plan Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.",
        "Jonathan R. Miller: Possession of methamphetamine, held in jail in lieu of $70,000 bond.",
        "Group B: Bosnia and Herzegovina, Slovakia, Northern Ireland",
        # a dateline in capitals, a salutation, a bracket
        "NEW DELHI: Their savings gone, nearly 150 deported workers returned home on Wednesday.",
        "DEAR ABBY: My husband of twenty years just bought tickets to India.",
        "Home Depot (ticker: HD) reported higher earnings for the quarter.",
    ],
)
def test_colon_lines_that_state_nothing_or_name_no_speaker(line):
    _, stmts = run(f"The page opens here.\n\n{line}\n\nIt goes on.")
    assert [s for s in stmts if s.cue == ":"] == []


def test_colon_headline_with_an_infinitive_is_a_statement():
    text = "Report: Walker to speak at the convention\n\nThe governor has not confirmed."
    _, stmts = run(text)
    assert only(stmts, ":").content == "Walker to speak at the convention"


def test_statement_fields_are_consistent():
    text = (
        "“We are not leaving,” the protest leader said, “until the minister resigns.” "
        "Police said the crowd had grown to several thousand."
    )
    art, stmts = run(text)
    assert [s.id for s in stmts] == ["S1", "S2"]
    for s in stmts:
        assert s.content == " ".join(text[a:b] for a, b in s.content_spans)
        assert s.cue == at(text, s.cue_span)
        assert s.sentence_span is not None
        a, b = s.sentence_span
        assert all(a <= x and y <= b for x, y in s.content_spans)
        assert s.date is None and s.source == "text"


def test_relative_pronoun_mention_is_who():
    text = "The governor, who said the budget would be balanced by June, left early."
    _, stmts = run(text)
    s = only(stmts, "said")
    assert at(text, s.speaker_mention) == "who"
    assert s.content.startswith("the budget would be balanced")


def test_any_verb_frames_a_quote_ending_in_comma():
    text = "“You will not divide this city,” an angry mayor retorted."
    _, (s,) = run(text)
    assert s.kind == "direct"
    assert at(text, s.speaker_mention) == "an angry mayor"
    assert s.cue == "retorted"


def test_unlisted_verb_with_that_clause():
    text = "Investigators learned that the pilot had flown for fourteen hours without rest."
    _, (s,) = run(text)
    assert s.cue == "learned"
    assert s.content.startswith("the pilot had flown")


def test_possessive_noun_with_object():
    text = "The senator's support for the new pipeline surprised environmental groups."
    _, stmts = run(text)
    s = only(stmts, "support")
    assert s.content == "the new pipeline"
    assert at(text, s.speaker_mention) == "The senator's"


def test_seems_to_has_no_speaker():
    text = "The president seemed to rule out any new tax increases before the election."
    _, (s,) = run(text)
    assert s.cue == "seemed" and s.speaker_mention is None
    # What seems so is that the president rules them out: the subject is content too.
    assert [text[b:e] for b, e in s.content_spans][0] == "The president"
    assert s.content.startswith("The president to rule out")


def test_object_cue_with_preposition():
    text = "The foreign minister referred to the border dispute as a matter for the courts."
    _, stmts = run(text)
    s = only(stmts, "referred to")
    assert s.content.startswith("the border dispute")


def test_date_only_clause_is_not_content():
    # "In December" is not something said.
    text = "In December, the spokesman said."
    _, stmts = run(text)
    assert stmts == []


def test_sample_article(sample_text):
    title = "Zelensky says kyiv’s NATO membership ‘feasible’"
    art, stmts = run(sample_text, title=title)
    body = [s for s in stmts if s.source == "text"]

    def find(cue: str, start: str) -> Statement:
        hits = [s for s in body if s.cue == cue and s.content.startswith(start)]
        assert hits, (cue, start, [(s.cue, s.content[:40]) for s in body])
        return hits[0]

    mixed = find("said", "membership in the North Atlantic Treaty Organization")
    assert mixed.kind == "mixed" and "“achievable”" in mixed.content
    assert find("stressed", "kyiv must work hard").kind == "indirect"
    find("reiterated", "his country’s desire to join")
    direct = [s for s in body if s.kind == "direct"]
    assert direct[0].content.startswith("We all understand")
    assert direct[0].content.endswith("at all necessary levels.")  # the stray » is not content
    find("stressed", "Ukraine’s allies must recognize")
    find("urged", "European nations to provide")
    find("reiterating", "NATO membership remains")
    find("suggested", "NATO membership of unoccupied parts")
    moscow = find("said", "any peace deal would require")
    assert at(sample_text, moscow.speaker_mention) == "Moscow"
    kiev = find("maintains", "joining the NATO mutual defense pact")
    assert at(sample_text, kiev.speaker_mention) == "Kiev"
    find("cited", "Ukraine’s potential membership as a key justification")
    (head,) = [s for s in stmts if s.source == "title"]
    assert head.cue == "says" and at(title, head.speaker_mention) == "Zelensky"
    assert head.content == "kyiv’s NATO membership ‘feasible’"
    # "hot phase" is a scare quote inside an indirect statement, not a statement.
    assert all(s.content != "hot phase" for s in stmts)


def test_colon_at_end_of_previous_paragraph_frames_quote():
    text = (
        "The secretary of state explained the rules in a statement:\n\n"
        "“By law, the president sets the maximum number of refugees every year.”\n\n"
        "Critics disagreed."
    )
    _, (s,) = run(text)
    assert s.kind == "direct" and s.cue == "explained"
    assert at(text, s.speaker_mention) == "The secretary of state"


def test_called_with_quoted_predicate_but_not_called_a_meeting():
    text = "The senator called the ruling “a disgrace to the court.” She called a meeting for Monday."
    _, stmts = run(text)
    (s,) = [s for s in stmts if s.cue == "called"]
    assert s.kind == "mixed" and s.content.startswith("the ruling “a disgrace")


def test_trailing_participle_cue_is_its_own_statement():
    text = "The senator said she would publish her tax returns on Friday, calling them “very dull reading.”"
    _, stmts = run(text)
    said = only(stmts, "said")
    assert said.content == "she would publish her tax returns on Friday"
    calling = only(stmts, "calling")
    assert calling.kind == "mixed" and "very dull reading" in calling.content


def test_quoted_headline_or_subheading_without_cue_is_not_a_statement():
    title = "“We will never surrender our independence”"
    text = (
        "The president spoke for an hour on Sunday.\n\n"
        "“A long road to a lasting peace in the region”\n\n"
        "Talks resume next week."
    )
    _, stmts = run(text, title=title)
    assert stmts == []


def test_floating_quote_with_british_punctuation():
    text = (
        "“Prices will keep rising this winter”, the regulator said. Bills went up in October.\n\n"
        "“Households on fixed tariffs are protected until March”.\n\nMore follows."
    )
    _, stmts = run(text)
    assert len(stmts) == 2 and stmts[1].content.startswith("Households on fixed tariffs")

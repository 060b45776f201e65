"""The 'done when' of issues 2 and 3, checked on the bundled wire story end to end."""

from __future__ import annotations


def _by_cue(article, cue):
    return [s for s in article.statements if s.cue and s.cue.startswith(cue)]


def test_clean_article_and_metadata(sample_article):
    a = sample_article
    assert a.title == "Zelensky says kyiv’s NATO membership ‘feasible’"
    assert a.title not in a.text
    lines = set(a.text.splitlines())
    assert not {"close", "Learn more"} & lines
    assert a.credit == "With the contribution of agencies"
    assert "With the contribution" not in a.text
    assert a.standfirst and a.standfirst.startswith("Zelensky reiterated his country’s desire")
    assert (a.published, a.published_source, a.language) == ("2024-12-22", "inferred", "en")
    assert "An “achievable” goal?" in lines  # a real short subheading stays


def test_every_zelensky_statement_is_one_entity(sample_article):
    a = sample_article
    zel = [e for e in a.entities if e.name == "Volodymyr Zelenskyy"]
    assert len(zel) == 1 and zel[0].type == "PERSON"
    zid = zel[0].id
    assert {"Zelensky", "Zelenskyy"} <= set(zel[0].aliases)

    mixed = [s for s in a.statements if s.kind == "mixed" and "“achievable”" in s.content]
    assert mixed and mixed[0].speaker == zid and mixed[0].cue == "said"
    assert mixed[0].date == "2024-12-22"

    direct = [s for s in a.statements if s.kind == "direct"]
    quotes = [a.text[b:e] for s in direct for b, e in s.content_spans]
    assert any(q.startswith("We all understand") for q in quotes)
    second = [q for q in quotes if q.startswith("The alliance for Ukraine is feasible")]
    assert second and second[0].endswith("levels.")  # the stray » is not content
    assert all(s.speaker == zid for s in direct)

    for cue in ("stressed", "urged", "reiterating", "suggested"):
        found = _by_cue(a, cue)
        assert found, cue
        assert all(s.speaker == zid for s in found), cue

    headline = [s for s in a.statements if s.source == "title"]
    assert headline and headline[0].speaker == zid
    b, e = headline[0].content_spans[0]
    assert "NATO membership" in a.title[b:e]


def test_capitals_speak_for_governments(sample_article):
    a = sample_article
    names = {e.id: e.name for e in a.entities}
    moscow = [s for s in a.statements if s.content.startswith("any peace deal would require")]
    assert moscow and names[moscow[0].speaker] == "Russia"
    assert a.text[slice(*moscow[0].speaker_mention)] == "Moscow"
    kiev = _by_cue(a, "maintains")
    assert kiev and names[kiev[0].speaker] == "Ukraine"
    assert a.text[slice(*kiev[0].speaker_mention)] == "Kiev"


def test_kyiv_spellings_are_one_entity(sample_article):
    a = sample_article
    kyiv = [e for e in a.entities if e.name == "Kyiv"]
    assert len(kyiv) == 1
    spelled = {a.text[b:e] for b, e in kyiv[0].mentions}
    assert spelled == {"kyiv", "Kiev"}


def test_times_carry_values(sample_article):
    values = {t.text: t.value for t in sample_article.times}
    assert values["Sunday (December 22)"] == "2024-12-22"
    assert values["Last week"] == "2024-W51"
    assert values["2022"] == "2022"


def test_core_disagreement_as_stances(sample_article):
    a = sample_article
    got = {(p.holder_name, p.polarity, p.target_key) for p in a.stances}
    assert ("Volodymyr Zelenskyy", "support", "nato membership") in got
    assert ("Russia", "oppose", "nato expansion") in got
    assert ("Russia", "support", "ukraine neutrality") in got

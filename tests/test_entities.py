"""The entities stage on the bundled sample and on articles written for the tests."""

from __future__ import annotations

import pytest

from whosaid import nlp
from whosaid.entities import find_entities, resolve_speaker
from whosaid.entities.gazetteer import get_gazetteer
from whosaid.entities.mentions import Raw, fix_labels
from whosaid.entities.normalize import fold
from whosaid.model import Article


def article(text: str, title: str | None = None) -> Article:
    a = Article(id="t", text=text, title=title)
    nlp.parse([a])
    find_entities(a)
    return a


def by_name(a: Article, name: str):
    (e,) = [e for e in a.entities if e.name == name]
    return e


def span_of(text: str, sub: str, within: str | None = None) -> tuple[int, int]:
    i = text.index(within or sub)
    if within:
        i += within.index(sub)
    return i, i + len(sub)


# --- the sample article -------------------------------------------------------------


def test_kyiv_kiev_and_lowercase_kyiv_are_one_city(sample_article):
    a = sample_article
    kyiv = by_name(a, "Kyiv")
    assert kyiv.type == "GPE"  # the NER tags "Kiev" as PERSON in the sample
    assert kyiv.key == "city:UA:kyiv"
    seen = {a.text[s:e] for s, e in kyiv.mentions}
    assert seen == {"kyiv", "Kiev"}
    assert len(kyiv.mentions) == a.text.count("kyiv") + a.text.count("Kiev")
    assert not [e for e in a.entities if e is not kyiv and "kyiv" in fold(" ".join(e.aliases))]


def test_zelenskyy_spellings_are_one_person(sample_article):
    a = sample_article
    people = [e for e in a.entities if e.type == "PERSON"]
    assert len(people) == 1
    z = people[0]
    assert z.name == "Volodymyr Zelenskyy"
    assert z.key == "person:zelenski"
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"} <= set(z.aliases)
    assert z.descriptions[0] == "Ukrainian President"
    # "Zelenskyy previously suggested" is not tagged by the NER and must still be a mention.
    assert "Zelenskyy" in {a.text[s:e] for s, e in z.mentions}


def test_nato_and_its_expansion_are_one_org(sample_article):
    a = sample_article
    nato = by_name(a, "North Atlantic Treaty Organization")
    assert nato.type == "ORG" and nato.key == "org:nato"
    assert "NATO" in nato.aliases
    assert [e for e in a.entities if "NATO" in e.aliases] == [nato]


def test_countries_and_demonyms_stay_separate_from_capitals(sample_article):
    a = sample_article
    ukraine = by_name(a, "Ukraine")
    assert ukraine.key == "country:UA" and ukraine.type == "GPE"
    assert by_name(a, "Kyiv").id != ukraine.id
    assert by_name(a, "Ukrainian").type == "NORP"


def test_mentions_are_sorted_disjoint_and_point_at_an_alias(sample_article):
    a = sample_article
    all_spans = []
    for e in a.entities:
        assert e.mentions == sorted(e.mentions)
        aliases = {fold(x) for x in e.aliases}
        for s, t in e.mentions:
            assert fold(a.text[s:t]) in aliases
        all_spans += e.mentions
    all_spans.sort()
    assert all(b[0] >= a_[1] for a_, b in zip(all_spans, all_spans[1:], strict=False))
    assert [e.id for e in a.entities] == [f"E{i}" for i in range(1, len(a.entities) + 1)]


def test_sample_speakers_moscow_kiev_and_title(sample_article):
    a = sample_article
    russia = by_name(a, "Russia")
    ukraine = by_name(a, "Ukraine")
    zelenskyy = by_name(a, "Volodymyr Zelenskyy")
    assert resolve_speaker(a, span_of(a.text, "Moscow", "Moscow has said")) == russia.id
    assert resolve_speaker(a, span_of(a.text, "Kiev", "Kiev maintains")) == ukraine.id
    assert resolve_speaker(a, span_of(a.title, "Zelensky"), field="title") == zelenskyy.id


# --- keys are stable across articles -------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Zelensky said on Monday that talks had stalled.",
         "Ukrainian President Volodymyr Zelenskyy said on Monday that talks had stalled."),
        ("NATO said on Monday it would expand.",
         "The North Atlantic Treaty Organization said on Monday it would expand."),
        ("Officials in Kiev said on Monday the city was calm.",
         "Officials in Kyiv said on Monday the city was calm."),
    ],
)
def test_same_entity_gets_the_same_key_in_different_articles(first, second):
    a, b = article(first), article(second)
    keys_a = {e.key for e in a.entities}
    keys_b = {e.key for e in b.entities}
    assert keys_a & keys_b


def test_merge_within_article_by_case_and_country_names():
    a = article(
        "The United States said on Monday it would send aid. Officials in kyiv welcomed "
        "the US decision, and Kyiv thanked America."
    )
    us = [e for e in a.entities if e.key == "country:US"]
    assert len(us) == 1 and us[0].name == "United States"
    assert len(us[0].mentions) == 3
    kyiv = [e for e in a.entities if e.key == "city:UA:kyiv"]
    assert len(kyiv) == 1 and len(kyiv[0].mentions) == 2


def test_lowercase_english_words_are_not_taken_for_places():
    # Malé (Maldives) and Nice are in the gazetteer; "male" and "nice" are words.
    a = article("The male lion rested in the shade. Officials in nice weather said little.")
    assert not [e for e in a.entities if e.type == "GPE"]


def test_one_word_person_that_is_a_capital_becomes_a_place_unless_a_full_name_has_it():
    gaz = get_gazetteer()
    # The sample's "Kiev maintains ..." is tagged PERSON by the small model.
    kiev = Raw(0, 1, "PERSON", "Kiev")
    fix_labels([kiev], gaz)
    assert kiev.label == "GPE" and kiev.place is not None and kiev.place.name == "Kyiv"
    # "Reginald Moscow ... Moscow added": the bare surname stays a person.
    full, bare = Raw(0, 2, "PERSON", "Reginald Moscow"), Raw(9, 10, "PERSON", "Moscow")
    fix_labels([full, bare], gaz)
    assert bare.label == "PERSON" and bare.place is None
    mr = Raw(1, 2, "PERSON", "Lima", honorific="f")
    fix_labels([mr], gaz)
    assert mr.label == "PERSON"


def test_appositive_and_premodifier_descriptions():
    a = article(
        "Dmitry Peskov, the Kremlin spokesman, told reporters the offer was unacceptable. "
        "Polish Prime Minister Donald Tusk disagreed."
    )
    assert by_name(a, "Dmitry Peskov").descriptions == ["the Kremlin spokesman"]
    assert by_name(a, "Donald Tusk").descriptions == ["Polish Prime Minister"]


def test_courtesy_titles_are_not_descriptions():
    a = article("Emmanuel Macron arrived in Berlin. Mr Macron said the talks went well.")
    assert by_name(a, "Emmanuel Macron").descriptions == []


def test_parenthesised_acronym_merges_even_when_initials_differ():
    # The NER span here is "The Islamic State (" : the bracket must be trimmed off too.
    a = article("The Islamic State (ISIS) claimed the attack on Monday. ISIS said it targeted soldiers.")
    orgs = [e for e in a.entities if e.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].key == "org:isis" and orgs[0].name == "Islamic State"
    assert len(orgs[0].mentions) == 3


def test_empty_article_has_no_entities():
    a = article("")
    assert a.entities == []


def test_no_break_space_inside_a_name_is_a_plain_space_in_name_and_aliases():
    a = article("Donald\u00a0Trump said on Monday he would win. Trump repeated the claim.")
    trump = [e for e in a.entities if e.type == "PERSON"]
    assert len(trump) == 1 and trump[0].name == "Donald Trump"
    assert trump[0].aliases == ["Donald Trump", "Trump"]
    assert a.text[slice(*trump[0].mentions[0])] == "Donald\u00a0Trump"


def test_bare_surname_tagged_org_joins_the_person():
    gaz = get_gazetteer()
    full, bare = Raw(0, 2, "PERSON", "Donald Trump"), Raw(8, 9, "ORG", "Trump")
    fix_labels([full, bare], gaz)
    assert bare.label == "PERSON"
    # An acronym is an organisation whatever the people around it are called.
    who = Raw(12, 13, "ORG", "WHO")
    fix_labels([Raw(0, 2, "PERSON", "Bill Who"), who], gaz)
    assert who.label == "ORG"


def test_org_name_tagged_as_a_place_joins_the_org():
    gaz = get_gazetteer()
    org, gpe = Raw(0, 2, "ORG", "Green Party"), Raw(8, 10, "GPE", "Green Party")
    fix_labels([org, gpe], gaz)
    assert gpe.label == "ORG"


def test_demonym_belongs_to_the_most_populous_country():
    a = article("American officials said on Monday the talks would resume.")
    (norp,) = [e for e in a.entities if e.type == "NORP"]
    assert norp.key == "norp:US" and norp.name == "American"


def test_indefinite_predicate_is_not_a_description():
    a = article("Mark Cuban is a billionaire. Mark Cuban is the owner of the Dallas Mavericks.")
    (cuban,) = [e for e in a.entities if e.type == "PERSON"]
    assert cuban.descriptions == ["the owner of the Dallas Mavericks"]

"""Person and product entities as scraped pages really give them: compound surnames,
initials, words the NER lets into a name, model numbers. Each case is the shape of an
error seen on real pages (../shared/eval/article_extraction), in sentences of our own."""

from __future__ import annotations

from whosaid import nlp
from whosaid.entities import find_entities
from whosaid.model import Article


def people(text: str) -> list[tuple[str, list[str]]]:
    a = Article(id="t", text=text)
    nlp.parse([a])
    find_entities(a)
    return [(e.name, e.aliases) for e in a.entities if e.type == "PERSON"]


def test_a_compound_surname_alone_is_the_full_name():
    got = people("Actor James Van Der Beek was voted off the show on Monday. "
                 "Van Der Beek said he was proud of the season.")
    assert got == [("James Van Der Beek", ["James Van Der Beek", "Van Der Beek"])]


def test_a_two_word_surname_alone_is_the_full_name():
    got = people("Forward Joel Eriksson Ek scored twice for Minnesota. Eriksson Ek said the team "
                 "had finally found its rhythm.")
    assert got == [("Joel Eriksson Ek", ["Joel Eriksson Ek", "Eriksson Ek"])]


def test_initials_fit_the_spelt_out_first_name_and_lose_the_canonical_name_to_it():
    got = people("The motion was tabled by Dr. B. U. Nzeribe on Tuesday. Benjamin Nzeribe later "
                 "told reporters the vote would go ahead.")
    assert got == [("Benjamin Nzeribe", ["B. U. Nzeribe", "Benjamin Nzeribe"])]


def test_two_first_names_of_one_surname_stay_two_people():
    names = [n for n, _ in people("Joe Biden spoke first. Hunter Biden did not attend.")]
    assert names == ["Joe Biden", "Hunter Biden"]


def test_a_sentence_opening_participle_is_not_part_of_the_name():
    # the small model tags "Questioning" NNP and runs the PERSON span over it
    got = people("Questioning Vindman, the committee's counsel pressed for details. "
                 "Vindman said he had reported his concerns.")
    assert [n for n, _ in got] == ["Vindman"]


def test_a_paragraph_opening_participle_is_not_part_of_the_name():
    got = people("The summit opens on Monday.\n\nHosting Cook at the summit is a coup, Benioff said. "
                 "Cook will speak on privacy.")
    assert "Hosting Cook" not in [n for n, _ in got]


def test_a_first_name_that_ends_in_ing_stays():
    assert [n for n, _ in people("Irving Fisher said the market would hold.")] == ["Irving Fisher"]


def test_scores_after_a_name_are_not_part_of_it():
    got = people("Final results: Grace Hanks 1 goal, Megan Cook 4 assists.")
    assert [n for n, _ in got] == ["Grace Hanks", "Megan Cook"]


def test_model_numbers_are_other_products_not_spellings():
    from whosaid.entities.normalize import same_word

    # both jets were once merged into one "A350" entity on an airline story
    assert not same_word("A350", "A380")
    assert not same_word("F-16", "F-15")
    assert same_word("Kyiv", "Kiev") and same_word("Odesa", "Odessa")


def orgs(text: str) -> list[tuple[str, str, list[str]]]:
    a = Article(id="t", text=text)
    nlp.parse([a])
    find_entities(a)
    return [(e.name, e.key, e.aliases) for e in a.entities if e.type == "ORG"]


def test_names_that_only_share_initials_are_two_organisations_with_two_keys():
    # "University of Miami" and "U.S.-Mexico" (tagged ORG) were one entity keyed org:um
    got = orgs("Researchers at the University of Miami led the U.S.-Mexico study of the border.")
    assert [(n, k) for n, k, _ in got] == [("University of Miami", "org:um"), ("U.S.-Mexico", "org:um:usmexico")]


def test_an_acronym_still_joins_its_one_expansion_and_its_british_spelling():
    got = orgs("The North Atlantic Treaty Organization met in Brussels. The North Atlantic Treaty "
               "Organisation said NATO would grow.")
    assert got == [("North Atlantic Treaty Organization", "org:nato",
                    ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "NATO"])]


def test_legal_forms_and_plurals_are_still_one_organisation():
    assert [(n, k) for n, k, _ in orgs("McClatchy Co. filed for bankruptcy. McClatchy said it would "
                                        "keep printing.")] == [("McClatchy Co.", "org:mclatchi")]
    got = orgs("Sierra Nevada Corporation won the contract. Sierra Nevada said work starts in May.")
    assert [k for _, k, _ in got] == ["org:sn"]


def test_a_paragraph_break_the_ner_tagged_is_no_entity():
    # the small model tags "the\n\n" ORG when a sentence runs on over a scraped line break
    a = Article(id="t", text="The actress Kate Henshaw, who in 2008, won the\n\nAfrica Movie Academy Award for "
                             "Best Actress, said so.")
    nlp.parse([a])
    find_entities(a)
    assert a.entities and all(e.name.strip() for e in a.entities)


def test_iso_codes_that_are_other_words_are_no_countries():
    # "UM students" was the United States Minor Outlying Islands; "7 PM" risks Saint Pierre
    a = Article(id="t", text="UM students and IT workers said the US and the UK should talk to UAE envoys.")
    nlp.parse([a])
    find_entities(a)
    names = {e.name for e in a.entities}
    assert "United States Minor Outlying Islands" not in names and "Italy" not in names
    assert {"United States", "United Kingdom", "United Arab Emirates"} <= names


def test_a_lower_case_word_the_ner_calls_a_person_is_no_entity():
    # The small model tags "marijuana" PERSON here.
    assert people("The legalization of marijuana passed in Ohio.") == []


def test_a_capitalised_common_noun_the_article_also_writes_in_lower_case_is_no_person():
    # "Meth" opens a sentence and the model tags it PERSON; "the meth crisis" shows the word.
    assert people("Meth use is rising in rural counties, officials said. The meth crisis "
                  "has hit farm towns hardest.") == []


def test_a_word_name_that_does_something_stays_a_person():
    got = people("Rice said the talks would resume. The rice harvest was poor.")
    assert [n for n, _ in got] == ["Rice"]

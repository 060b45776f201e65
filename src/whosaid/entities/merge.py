"""Group an article's mentions into entities: surname ↔ full name, case, transliteration
variants, acronym ↔ expansion, and gazetteer places (Kiev = Kyiv = kyiv)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from whosaid.entities.gazetteer import Gazetteer, Place
from whosaid.entities.governments import seat_country
from whosaid.entities.mentions import Raw, TokenView, covered_tokens, form_entry, scan
from whosaid.entities.normalize import (
    fold,
    initials,
    is_acronym,
    name_key,
    same_word,
    strip_possessive,
    word_key,
)

_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Legal-form words that do not belong in an organisation's key.
_ORG_SUFFIXES = re.compile(r"\s+(?:inc|ltd|llc|plc|corp|co|corporation|group|ag|sa|gmbh)\.?$", re.I)
_KEY_PREFIX = {"PERSON": "person", "ORG": "org", "GPE": "gpe", "LOC": "loc", "NORP": "norp"}


@dataclass
class Cluster:
    label: str
    key: str
    place: Place | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # token spans
    forms: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)  # word keys
    firsts: set[str] = field(default_factory=set)
    honorifics: Counter[str] = field(default_factory=Counter)

    def add(self, start: int, end: int, text: str) -> None:
        self.spans.append((start, end))
        self.forms.append(text)

    def absorb(self, other: Cluster) -> None:
        """Take over another cluster's mentions (it is left empty, to be dropped)."""
        self.spans += other.spans
        self.forms += other.forms
        self.surnames |= other.surnames
        self.honorifics += other.honorifics
        other.spans, other.forms = [], []


def cluster(
    doc: Any, view: TokenView, ents: list[Any], raws: list[Raw], gaz: Gazetteer
) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    persons: list[Raw] = []
    for r in raws:
        if r.label == "PERSON":
            persons.append(r)
            continue
        c = _non_person(r, gaz, by_key)
        c.add(r.start, r.end, r.text)
    _link_parenthesised_acronyms(doc, raws, by_key, gaz)
    clusters = _settle_initials(list(by_key.values()))
    clusters += _persons(persons)
    _merge_spelling_variants(clusters)
    clusters = [c for c in clusters if c.spans]
    _add_missed(doc, view, ents, clusters, gaz)
    return clusters


def _key_of(r: Raw, gaz: Gazetteer) -> tuple[str, str, Place | None]:
    """(label, key, place) of a non-person mention."""
    if r.place is not None:
        return "GPE", r.place.key, r.place
    if r.label == "NORP":
        iso = gaz.country_of_demonym(r.text)
        return "NORP", f"norp:{iso}" if iso else f"norp:{_slug(r.text)}", None
    seat = seat_country(r.text)
    if seat is not None:
        return r.label, f"seat:{seat}:{fold(strip_possessive(r.text)).replace(' ', '-')}", None
    if r.label == "ORG":
        return "ORG", org_key(r.text), None
    prefix = _KEY_PREFIX.get(r.label, r.label.lower())
    return r.label, f"{prefix}:{_slug(r.text)}", None


def org_key(name: str) -> str:
    """Organisations are keyed by their initials so that "NATO" and "North Atlantic Treaty
    Organization" get the same key in articles that only use one of them."""
    name = _ORG_SUFFIXES.sub("", name.strip())
    if is_acronym(name):
        return f"org:{name.lower()}"
    abbr = initials(name)
    if len(abbr) >= 2:
        return f"org:{abbr.lower()}"
    return f"org:{_slug(name)}"


def _slug(name: str) -> str:
    return name_key(name).replace(" ", "-") or fold(name).replace(" ", "-")


_BRITISH = re.compile(r"is(?=ation|e|ed|ing)")


def _spelt_alike(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(
        same_word(x, y) or _spelling(x) == _spelling(y) for x, y in zip(wa, wb, strict=True))


def _spelling(word: str) -> str:
    """British -ise and plural -s folded away: "Organisation", "Pros"."""
    w = _BRITISH.sub("iz", fold(word))
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _slot(r: Raw, label: str, key: str) -> str:
    """Where a mention is grouped: its key, but a spelt-out organisation's name also by
    its words: "University of Miami" and "U.S.-Mexico" share initials, not an entity."""
    if label == "ORG" and key.startswith("org:") and not is_acronym(r.text):
        return f"{key}|{_slug(_ORG_SUFFIXES.sub('', r.text.strip()).rstrip(', '))}"
    return key


def _non_person(r: Raw, gaz: Gazetteer, by_key: dict[str, Cluster]) -> Cluster:
    label, key, place = _key_of(r, gaz)
    slot = _slot(r, label, key)
    c = by_key.get(slot)
    if c is None:
        c = by_key[slot] = Cluster(label, key, place)
    return c


def _settle_initials(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym joins the one spelt-out name with its initials ("NATO" and "North
    Atlantic Treaty Organization"); names that only share initials stay apart, the most
    mentioned keeping the initials' key and the others keyed by their own words."""
    groups: dict[str, list[Cluster]] = {}
    for c in clusters:
        if c.label == "ORG" and c.key.startswith("org:"):
            groups.setdefault(c.key, []).append(c)
    for key, group in groups.items():
        acronyms = [c for c in group if all(is_acronym(f) for f in c.forms)]
        names: list[Cluster] = []
        for c in group:
            if c in acronyms:
                continue
            same = next((n for n in names if any(
                _spelt_alike(f, g) for f in n.forms for g in c.forms if not is_acronym(f) and not is_acronym(g))), None)
            if same is None:
                names.append(c)
            else:  # "Organization" / "Organisation"
                same.absorb(c)
        if len(names) == 1:
            for a in acronyms:
                names[0].absorb(a)
        elif len(names) > 1:
            names.sort(key=lambda c: -len(c.spans))
            for other in names[1:]:
                other.key = f"{key}:{_slug(other.forms[0])}"
    return [c for c in clusters if c.spans]


def _link_parenthesised_acronyms(
    doc: Any, raws: list[Raw], by_key: dict[str, Cluster], gaz: Gazetteer
) -> None:
    """ "Doctors Without Borders (MSF)": a name directly followed by a bracketed acronym
    is the same organisation even when the initials differ."""
    starts = {r.start: r for r in raws if r.label == "ORG"}
    for r in raws:
        if r.label != "ORG" or r.end + 2 >= len(doc) or doc[r.end].text != "(":
            continue
        inner = starts.get(r.end + 1)
        if inner is None or inner.end >= len(doc) or doc[inner.end].text != ")":
            continue
        if not is_acronym(inner.text):
            continue
        long_key, short_key = (_slot(x, *_key_of(x, gaz)[:2]) for x in (r, inner))
        if long_key != short_key and long_key in by_key and short_key in by_key:
            # The acronym's key wins: it is what other articles use on its own.
            short = by_key[short_key]
            short.absorb(by_key.pop(long_key))


def _persons(raws: list[Raw]) -> list[Cluster]:
    """Full names first, then single names attached to the full name with that surname."""
    clusters: list[Cluster] = []
    singles: list[Raw] = []
    for r in raws:
        words = [w for w in r.text.split() if w.lower() not in _NAME_SUFFIXES]
        if len(words) < 2:
            singles.append(r)
            continue
        first, last = word_key(words[0]), word_key(words[-1])
        c = next(
            (
                c for c in clusters
                if any(same_word(last, s) for s in c.surnames) and _first_fits(first, c.firsts)
            ),
            None,
        )
        if c is None:
            c = Cluster("PERSON", "")
            clusters.append(c)
        c.surnames.add(last)
        c.firsts.add(first)
        _add_person(c, r)
    clusters = _join_name_tails(clusters)
    for r in singles:
        k = word_key(r.text)
        matches = [c for c in clusters if any(same_word(k, s) for s in c.surnames)]
        if not matches:
            matches = [c for c in clusters if k in c.firsts]
        if matches:
            # With two people of one surname, a bare surname means the one last named.
            c = max(matches, key=lambda c: max((s for s, _ in c.spans if s < r.start), default=-1))
        else:
            c = Cluster("PERSON", "")
            c.surnames.add(k)
            clusters.append(c)
        _add_person(c, r)
    _person_keys(clusters)
    return clusters


def _first_fits(first: str, firsts: set[str]) -> bool:
    """A first name fits a person's: the same, or an initial of one ("B. U. Nzeribe" is
    "Benjamin Nzeribe"). Nicknames (Josh / Joshua) are left apart: "Chris" and
    "Christina" of one surname are as often two people."""
    if not firsts or first in firsts:
        return True
    return any((len(first) == 1 or len(f) == 1) and first[:1] == f[:1] for f in firsts)


def _join_name_tails(clusters: list[Cluster]) -> list[Cluster]:
    """A name that is the tail of a longer one is that person's compound surname:
    "Van Der Beek" (James Van Der Beek), "Eriksson Ek" (Joel Eriksson Ek)."""
    out: list[Cluster] = []
    for c in sorted(clusters, key=lambda c: -max(len(f.split()) for f in c.forms)):
        tails = [f.split() for f in c.forms]
        home = next(
            (o for o in out if all(
                any(len(w) < len(g.split()) and [x.lower() for x in g.split()[-len(w):]] == [x.lower() for x in w]
                    for g in o.forms)
                for w in tails)),
            None,
        )
        if home is None:
            out.append(c)
            continue
        home.absorb(c)
    out.sort(key=lambda c: min(c.spans))
    return out


def _add_person(c: Cluster, r: Raw) -> None:
    c.add(r.start, r.end, r.text)
    if r.honorific:
        c.honorifics[r.honorific] += 1


def _person_keys(clusters: list[Cluster]) -> None:
    """Keyed on the surname alone ("person:zelenski") so an article that only says
    "Zelensky" links to one that names him in full; people sharing a surname in one
    article get their first name's key appended."""
    surnames = Counter(min(c.surnames) for c in clusters)
    for c in clusters:
        s = min(c.surnames)
        c.key = f"person:{s}"
        if surnames[s] > 1 and c.firsts:
            c.key += f":{min(c.firsts)}"


def _merge_spelling_variants(clusters: list[Cluster]) -> None:
    """Places and organisations outside the gazetteer whose one-word names are spelling
    variants of each other (a rebel-held town spelt two ways) are one entity."""
    for i, a in enumerate(clusters):
        if not a.spans or a.label == "PERSON" or a.place is not None or " " in a.forms[0]:
            continue
        for b in clusters[i + 1 :]:
            if (
                b.spans and b.label == a.label and b.place is None
                and " " not in b.forms[0] and same_word(a.forms[0], b.forms[0])
            ):
                a.absorb(b)


def _add_missed(
    doc: Any, view: TokenView, ents: list[Any], clusters: list[Cluster], gaz: Gazetteer
) -> None:
    forms: dict[str, list[tuple[tuple[str, ...], Any, bool]]] = {}
    surnames: dict[str, Any] = {}
    for c in clusters:
        seen: set[tuple[str, ...]] = set()
        for s, e in c.spans:
            words = tuple(view.text[s:e])
            if words in seen:
                continue
            seen.add(words)
            first, entry = form_entry(words, c)
            forms.setdefault(first, []).append(entry)
        if c.label == "PERSON":
            for surname in c.surnames:
                surnames.setdefault(surname, c)
    for entries in forms.values():
        entries.sort(key=lambda e: -len(e[0]))
    by_key = {c.key: c for c in clusters}

    def is_place(target: Any) -> bool:
        return isinstance(target, Place) or (isinstance(target, Cluster) and target.place is not None)

    covered = covered_tokens(len(view.low), ents, (sp for c in clusters for sp in c.spans))
    for hit in scan(view, covered, forms, surnames, gaz, is_place):
        target = hit.target
        if isinstance(target, Place):
            target = by_key.get(target.key)
            if target is None:
                target = by_key[hit.target.key] = Cluster("GPE", hit.target.key, hit.target)
                clusters.append(target)
        target.add(hit.start, hit.end, doc[hit.start : hit.end].text)  # as written

"""Titles and appositions an article gives an entity ("Ukrainian President", "the Kremlin
spokesman"), and the grammatical gender of people, read off the parse."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

_PRE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod"})
_APPOS_CUT = frozenset({"relcl", "acl", "punct", "appos", "cc", "conj", "advcl"})
MAX_DESCRIPTION_TOKENS = 10

# Courtesy titles say nothing about a role; "Sen." and "Gen." do and are kept.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
HE = frozenset({"he", "him", "his", "himself"})
SHE = frozenset({"she", "her", "hers", "herself"})
_MALE_NOUN = re.compile(r"(?:man|men|king|prince|father|husband|son|brother|uncle|boy|lord|sir)$")
_FEMALE_NOUN = re.compile(
    r"(?:woman|women|queen|princess|mother|wife|daughter|sister|aunt|girl|lady|actress|dame)$"
)


def descriptions(doc: Any, start: int, end: int, person: bool = True) -> list[str]:
    """Descriptions attached to the name at tokens [start, end)."""
    out: list[str] = []
    head = doc[start:end].root
    # Pre-modifier titles: "Ukrainian President Volodymyr Zelenskyy", "Ukraine's President Zelensky".
    j = start - 1
    while j >= 0 and doc[j].dep_ in _PRE_DEPS and j < doc[j].head.i < end and not doc[j].is_punct:
        j -= 1
    while j + 1 < start and doc[j + 1].lower_.rstrip(".") in _HONORIFICS:
        j += 1
    pre = doc[j + 1 : start]
    if len(pre) and any(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in pre):
        out.append(pre.text)
    # Apposition after the name: "Dmitry Peskov, the Kremlin spokesman, said".
    for child in head.rights:
        if child.dep_ == "appos" and child.i >= end and _is_description(doc, child, person):
            first, last = _phrase(doc, child)
            if _bracketed(doc, end, last + 1):
                out.append(doc[first : last + 1].text)
    # The name as apposition to a description: "the Kremlin spokesman, Dmitry Peskov, said".
    if (
        head.dep_ == "appos" and head.head.i < start and head.head.pos_ == "NOUN"
        and _is_description(doc, head.head, person)
    ):
        first, last = _phrase(doc, head.head, stop=start)
        out.append(doc[first : last + 1].text)
    # Copula: "Dmitry Peskov is the Kremlin spokesman", "Peskov, who is Putin's spokesman".
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i > head.i:
        for child in verb.rights:
            if child.dep_ == "attr" and child.pos_ == "NOUN" and _is_description(doc, child, person):
                first, last = _phrase(doc, child)
                # Only definite roles: "the spokesman", "Ukraine's president"; "is a liar"
                # is a predication, not a title.
                if doc[first].lower_ == "the" or any(c.dep_ == "poss" for c in child.children):
                    out.append(doc[first : last + 1].text)
    # "Stein, 15 percent polling threshold": a figure is a misparsed apposition.
    return [
        d for d in out
        if d and len(d.split()) <= MAX_DESCRIPTION_TOKENS and not d.split()[0][0].isdigit()
    ]


def _is_description(doc: Any, noun: Any, person: bool) -> bool:
    # A plural ("the party leaders") describes a group, not the one person named.
    return not noun.ent_type_ and not (person and noun.tag_ in ("NNS", "NNPS"))


def _bracketed(doc: Any, name_end: int, phrase_end: int) -> bool:
    """An apposition stands between commas, dashes or brackets, or ends the sentence;
    "Harrison, Christie's stare seemed ..." is a misparse, not a description."""
    if name_end >= len(doc) or doc[name_end].text not in (",", "—", "–", "(", "-"):
        return False
    nxt = doc[phrase_end] if phrase_end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.is_sent_start is True


def _phrase(doc: Any, noun: Any, stop: int | None = None) -> tuple[int, int]:
    """First and last token of the noun with its determiners, modifiers and "of"
    complements, without clauses."""
    first = noun.left_edge.i
    last = noun.i
    for child in noun.rights:
        if child.dep_ in _APPOS_CUT:
            break
        if child.dep_ == "prep":
            last = child.right_edge.i
    if stop is not None:
        last = min(last, stop - 1)
    while last > first and doc[last].is_punct:
        last -= 1
    return first, last


def gender_votes(
    doc: Any, view: Any, person_spans: list[tuple[int, int, int]]
) -> dict[int, Counter[str]]:
    """Votes per person cluster index from he/she pronouns: a pronoun votes for the person
    named before it in the same or the previous sentence when that person is the only one.

    ``view`` is the article's ``TokenView``; ``person_spans`` a sorted list of
    (start token, end token, cluster index).
    """
    votes: dict[int, Counter[str]] = {}
    if not person_spans:
        return votes
    positions = [p for p, _, _ in person_spans]
    sents = view.sent_starts
    for i, low in enumerate(view.low):
        if low not in HE and low not in SHE:
            continue
        here = bisect.bisect_right(sents, i) - 1
        sent_prev = sents[max(here - 1, 0)]
        last = bisect.bisect_left(positions, i) - 1
        if last < 0 or positions[last] < sent_prev:
            continue
        # Only a pronoun with one person in reach votes: with two ("Sanders beat Clinton,
        # but she ...") neither subjecthood nor recency is reliable enough to fix a gender
        # that later acts as a hard filter.
        k = last
        while k > 0 and positions[k - 1] >= sent_prev:
            k -= 1
        if len({c for _, _, c in person_spans[k : last + 1]}) != 1:
            continue
        k = last
        votes.setdefault(person_spans[k][2], Counter())["m" if low in HE else "f"] += 1
    return votes


def gender_of_descriptions(descs: list[str]) -> str | None:
    for d in descs:
        for w in d.lower().split():
            if _FEMALE_NOUN.search(w):
                return "f"
            if _MALE_NOUN.search(w) and not w.endswith(("german", "roman", "human", "ottoman")):
                return "m"
    return None

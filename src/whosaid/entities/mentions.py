"""Named-entity mentions from the parse: trimmed NER spans, type fixes, and the mentions
the NER missed (lower-case "kyiv", an untagged "Zelenskyy")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whosaid.entities.gazetteer import Gazetteer, Place
from whosaid.entities.names import is_first_name
from whosaid.entities.normalize import fold, word_key

# Labels that name someone or something a statement can come from or be about.
ENTITY_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# Honorifics the NER leaves out of (or sometimes puts into) a PERSON span, with the
# gender they tell.
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f",
    "ms.": "f", "miss": "f", "dame": "f", "lady": "f", "dr": None, "dr.": None,
}
# Lower-case words that belong to a surname: "van Gogh", "de Blasio", "bin Salman".
NAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "y",
})
_TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", "-", "–", "—", ":", ";"})


@dataclass
class Raw:
    start: int  # token offsets, half-open
    end: int
    label: str
    text: str
    honorific: str | None = None  # "m"/"f" when a Mr/Ms precedes the name
    place: Place | None = None


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words known to the pipeline's lemmatizer (WordNet-derived), plus
    stop words: a lower-case token in this set is a word, not a misspelt place name."""
    from whosaid.nlp import get_nlp

    nlp = get_nlp()
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        tables = nlp.get_pipe("lemmatizer").lookups
        if tables.has_table("lemma_index"):
            for lemmas in tables.get_table("lemma_index").values():
                words.update(w for w in lemmas if "_" not in w)
    return frozenset(words)


def collect(doc: Any, ents: Iterable[Any], gaz: Gazetteer) -> list[Raw]:
    """Trimmed NER mentions of ENTITY_LABELS, with obvious label errors fixed."""
    raws: list[Raw] = []
    for ent in ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].is_stop and doc[end - 1].text.islower()):
            end -= 1  # "iPad Pro and", "MacBook Pro for": the NER ran on into the sentence
        honorific = None
        if ent.label_ == "PERSON":
            while start < end - 1 and doc[start].lower_ in HONORIFICS:
                honorific = HONORIFICS[doc[start].lower_] or honorific
                start += 1
            if start > 0 and doc[start - 1].lower_ in HONORIFICS:
                honorific = HONORIFICS[doc[start - 1].lower_] or honorific
            while start < end - 1 and _not_a_name_word(doc[start]):
                start += 1
            # Scores and stats the NER runs on into ("Uchiyama 6-2", "K. Hupfer 1 goal")
            while end - 1 > start and (doc[end - 1].like_num or doc[end - 1].text.islower()
                                       or doc[end - 1].text in ("-", "–")):
                end -= 1
        if start >= end:
            continue
        text = doc[start:end].text
        if ent.label_ == "PERSON" and gaz.find(text) is None and _common_noun(doc[start:end]):
            continue
        raws.append(Raw(start, end, ent.label_, text, honorific))
    fix_labels(raws, gaz)
    return raws


def _common_noun(span: Any) -> bool:
    """A "person" the small model made of a common noun: written without a capital ("the
    legalization of marijuana"), or English words, none a first name, that the article
    also writes in lower case ("Meth use is rising … the meth crisis"). One that does
    something ("Rice said …" beside "the rice harvest") stays a person."""
    text = span.text
    if not any(ch.isupper() for ch in text):
        return True
    words = text.split()
    if span.root.dep_ in ("nsubj", "nsubjpass") or any(is_first_name(w) for w in words) \
            or not all(w.lower() in english_words() for w in words):
        return False
    return re.search(rf"(?<![\w-]){re.escape(text.lower())}(?![\w-])", span.doc.text) is not None


def _not_a_name_word(tok: Any) -> bool:
    """A word the NER let into the front of a person's name: a lower-case word that is
    no name particle ("rang Taylor", "older Smith"; "van", "de", "bin" stay), a
    possessive ending, or a sentence-opening participle ("Questioning Vindman, …"; the
    small model tags it NNP) that is no first name ("Sterling", "Irving" stay)."""
    if tok.text in _TRAILING:
        return True
    if tok.text.islower():
        return tok.text not in NAME_PARTICLES
    return (
        (tok.is_sent_start is True or tok.i > 0 and "\n" in tok.doc[tok.i - 1].text)
        and tok.lower_.endswith("ing") and _is_english_verb_ing(tok.lower_)
        and not is_first_name(tok.text)
    )


def _is_english_verb_ing(word: str) -> bool:
    """ "hosting" (host), "questioning", "making" (make), "running" (run)."""
    stem, words = word[:-3], english_words()
    return word in words or stem in words or stem + "e" in words or (
        len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words)


def fix_labels(raws: list[Raw], gaz: Gazetteer) -> None:
    """The small model tags some capitals as people ("Kiev maintains ...") and countries
    as organisations; a one-word "person" that is a gazetteer place and is never part of
    a full personal name in the article is the place. It also tags a bare surname as an
    organisation now and then ("Trump" beside "Donald Trump"), and an organisation's name
    as a place ("the Green Party" once ORG, once GPE)."""
    person_words = {
        word_key(w) for r in raws if r.label == "PERSON" and " " in r.text for w in r.text.split()
    }
    # A one-word person counts too: "Questioning Vindman" (PERSON) and "Vindman said"
    # (ORG) are one man once the first is trimmed.
    surnames = {word_key(r.text.split()[-1]) for r in raws if r.label == "PERSON"}
    org_names = {fold(r.text) for r in raws if r.label == "ORG"}
    for r in raws:
        if r.label == "ORG" and " " not in r.text and not r.text.isupper():
            if word_key(r.text) in surnames:
                r.label = "PERSON"
                continue
        elif (
            r.label in ("GPE", "LOC", "FAC", "NORP") and fold(r.text) in org_names
            and gaz.find(r.text) is None and gaz.country_of_demonym(r.text) is None
        ):
            r.label = "ORG"
            continue
        place = gaz.find(r.text)
        if place is None or r.label == "NORP":
            continue
        if r.label == "PERSON":
            if " " in r.text or r.honorific or word_key(r.text) in person_words:
                continue
            r.label = "GPE"
        elif r.label in ("ORG", "LOC", "FAC") and place.kind != "country":
            # "Washington said" tagged ORG is the capital standing for its government.
            if not (place.capital and " " not in r.text):
                continue
            r.label = "GPE"
        else:
            r.label = "GPE"
        r.place = place


@dataclass
class Found:
    start: int
    end: int
    target: Any  # a cluster from merge, or a gazetteer Place


class TokenView:
    """Token attributes read once per article: the scan below looks at every token, and
    spaCy's per-token attribute access is the cost that matters there."""

    def __init__(self, doc: Any, text: str) -> None:
        from spacy.attrs import IDX, IS_ALPHA, POS, SENT_START, SPACY
        from spacy.symbols import PROPN

        # LENGTH is slow to export; a token's text is its slice up to the next token, less
        # the one trailing space spaCy records in SPACY.
        rows = doc.to_array([IDX, SPACY, IS_ALPHA, POS, SENT_START]).tolist() if len(doc) else []
        ends = [r[0] for r in rows[1:]] + [len(text)] if rows else []
        # ``text`` is the string the doc was made from; ``doc.text`` would rebuild it token by token.
        self.text: list[str] = [
            text[r[0] : end - r[1]] for r, end in zip(rows, ends, strict=True)
        ]
        self.idx: list[int] = [r[0] for r in rows]
        self.low: list[str] = [t.lower() if t.isascii() else fold(t) for t in self.text]
        self.alpha: list[bool] = [bool(r[2]) for r in rows]
        self.propn: list[bool] = [r[3] == PROPN for r in rows]
        # Token indices where sentences start (SENT_START is 1 there; the first token always starts one).
        self.sent_starts: list[int] = [i for i, r in enumerate(rows) if r[4] == 1 or i == 0]
        self.sent_start = set(self.sent_starts)


def scan(
    view: TokenView,
    covered: list[bool],
    forms: dict[str, list[tuple[tuple[str, ...], Any, bool]]],
    surnames: dict[str, Any],
    gaz: Gazetteer,
    is_place: Callable[[Any], bool],
) -> list[Found]:
    """Mentions of known names outside every NER span.

    ``forms`` maps a folded first word to (folded words, target, case-sensitive) entries
    built from the article's own entities; ``surnames`` maps a person's surname key to its
    cluster so that spelling variants ("Zelenskyy" beside "Zelensky") are found too.
    Lower-case hits are kept only for places and only when the token is not an English
    word, so "kyiv" is found but "male" (Malé) or "nice" are not.
    """
    words = english_words()
    found: list[Found] = []
    low, text = view.low, view.text
    n = len(low)
    i = 0
    while i < n:
        if covered[i] or not view.alpha[i]:
            i += 1
            continue
        hit = None
        if low[i] in forms:
            hit = _match_forms(view, i, forms, covered)
        if hit is None and low[i] in gaz.first_words:
            hit = _match_gazetteer(view, i, gaz, covered)
        if hit is None and text[i][0].isupper() and len(low[i]) > 3:
            target = surnames.get(word_key(text[i]))
            if target is not None:
                hit = Found(i, i + 1, target)
        if hit is not None and _acceptable(view, hit, words, is_place):
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _acceptable(
    view: TokenView, hit: Found, words: frozenset[str], is_place: Callable[[Any], bool]
) -> bool:
    span_low = view.low[hit.start : hit.end]
    if view.text[hit.start][0].isupper():
        # "Nice weather", "Chad said": a capitalised English word at a sentence start is
        # only a name when the tagger also thinks so.
        return not (
            hit.end - hit.start == 1
            and span_low[0] in words
            and (hit.start in view.sent_start or not view.propn[hit.start])
        )
    if not is_place(hit.target):
        return False
    return all(w not in words and len(w) > 3 for w in span_low)


def _match_forms(
    view: TokenView, i: int, forms: dict[str, list[tuple[tuple[str, ...], Any, bool]]],
    covered: list[bool],
) -> Found | None:
    for words, target, exact in forms[view.low[i]]:
        j = i + len(words)
        if j > len(view.low) or any(covered[i:j]):
            continue
        if tuple((view.text if exact else view.low)[i:j]) == words:
            return Found(i, j, target)
    return None


def _match_gazetteer(view: TokenView, i: int, gaz: Gazetteer, covered: list[bool]) -> Found | None:
    longest = gaz.first_words[view.low[i]]
    for size in range(min(longest, len(view.low) - i), 0, -1):
        if any(covered[i : i + size]):
            continue
        place = gaz.places.get(" ".join(view.low[i : i + size]))
        if place is not None:
            return Found(i, i + size, place)
    return None


def form_entry(
    words: tuple[str, ...], target: Any
) -> tuple[str, tuple[tuple[str, ...], Any, bool]]:
    """Index entry for a surface form given as its token texts: acronyms ("NATO") match
    case-sensitively, other forms case- and accent-insensitively."""
    exact = len(words) == 1 and words[0].isupper() and len(words[0]) <= 8
    parts = words if exact else tuple(fold(w) for w in words)
    return parts[0].lower(), (parts, target, exact)


def covered_tokens(n: int, ents: Iterable[Any], spans: Iterable[tuple[int, int]]) -> list[bool]:
    covered = [False] * n
    for ent in ents:
        for k in range(ent.start, ent.end):
            covered[k] = True
    for s, e in spans:
        for k in range(s, e):
            covered[k] = True
    return covered

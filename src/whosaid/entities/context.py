"""Per-article lookup tables for speaker resolution, built once by ``find_entities`` and
kept in ``doc.user_data`` so that every ``resolve_speaker`` call is a few dict look-ups."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from whosaid.entities.gazetteer import Gazetteer, Place, get_gazetteer
from whosaid.entities.governments import seat_country
from whosaid.entities.normalize import fold, name_key, strip_possessive, word_key
from whosaid.model import Article, Entity

USER_DATA_KEY = "whosaid.entities"
_SENTENCE_END = re.compile(r"[.!?][\"'”’»]?\s+")


# Abbreviated titles as they stand before names, and the role noun a later description uses.
TITLE_ABBREVIATIONS = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
    "gen.": "general", "pres.": "president", "sec.": "secretary", "amb.": "ambassador",
    "adm.": "admiral", "col.": "colonel", "lt.": "lieutenant", "supt.": "superintendent",
}


@dataclass
class Info:
    entity: Entity
    place: Place | None = None
    seat_of: str | None = None  # ISO alpha-2 when the entity is a seat of government
    gender: str | None = None  # "m" / "f" for people when the article tells
    nations: set[str] = field(default_factory=set)  # ISO alpha-2 named in its descriptions
    desc_words: set[str] = field(default_factory=set)  # folded words of its descriptions


@dataclass
class MentionRec:
    start: int
    end: int
    sent: int
    subject: bool
    info: Info
    main: bool = False  # the subject of its sentence's main verb ("Locksley had found …")
    in_pp: bool = False  # the object of a preposition ("according to Reuters")


@dataclass
class Context:
    infos: list[Info]
    by_id: dict[str, Info]
    by_key: dict[str, Info]
    alias: dict[str, Info]  # folded alias → entity
    keyed: dict[str, Info]  # spelling key of an alias → entity
    surnames: dict[str, list[Info]]  # surname word key → people
    mentions: list[MentionRec]  # sorted by start
    starts: list[int]
    sent_starts: list[int]  # char offsets of sentence starts in article.text
    parses: dict[str, tuple[str, Any]] = field(default_factory=dict)  # field → (text, Doc)

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self.sent_starts, char) - 1

    def mention_at(self, char: int) -> MentionRec | None:
        k = bisect.bisect_right(self.starts, char) - 1
        if k >= 0 and self.mentions[k].start <= char < self.mentions[k].end:
            return self.mentions[k]
        return None

    def before(self, char: int) -> list[MentionRec]:
        """Mentions that start before ``char``, nearest first."""
        k = bisect.bisect_left(self.starts, char)
        return self.mentions[:k][::-1]

    def add(self, info: Info) -> None:
        self.infos.append(info)
        self.by_id[info.entity.id] = info
        self.by_key[info.entity.key] = info
        for a in [info.entity.name, *info.entity.aliases]:
            self.alias.setdefault(_alias_key(a), info)
            self.keyed.setdefault(name_key(a), info)
        if info.entity.type == "PERSON":
            for a in [info.entity.name, *info.entity.aliases]:
                words = strip_possessive(a).split()
                if words:
                    bucket = self.surnames.setdefault(word_key(words[-1]), [])
                    if info not in bucket:
                        bucket.append(info)


def _alias_key(text: str) -> str:
    key = fold(strip_possessive(text))
    return key[4:] if key.startswith("the ") else key


def make_info(entity: Entity, gaz: Gazetteer, gender: str | None = None) -> Info:
    info = Info(entity, gender=gender)
    if entity.key.startswith(("country:", "city:")):
        info.place = gaz.find(entity.name)
    info.seat_of = seat_country(entity.name) if entity.type in ("ORG", "FAC", "GPE", "LOC") else None
    texts = list(entity.descriptions)
    if entity.type == "ORG":
        texts.append(entity.name)  # "Foreign Ministry of Ukraine" is Ukraine's
    for d in texts:
        for w in fold(d).replace("'s", "").split():
            info.desc_words.add(w)
            if w in TITLE_ABBREVIATIONS:
                info.desc_words.add(TITLE_ABBREVIATIONS[w])
            iso = gaz.country_of_demonym(w)
            place = gaz.find(w) if iso is None else None
            iso = iso or (place.iso2 if place is not None and place.kind == "country" else None)
            iso = iso or seat_country(w)
            if iso:
                info.nations.add(iso)
    return info


def build_context(
    article: Article, genders: dict[str, str] | None = None, sent_starts: list[int] | None = None
) -> Context:
    """``sent_starts``: char offsets of sentence starts when the caller has them."""
    gaz = get_gazetteer()
    doc = article.doc
    if sent_starts is not None:
        pass
    elif doc is not None and doc.has_annotation("SENT_START"):
        sent_starts = [s.start_char for s in doc.sents]
    else:
        sent_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(article.text)]
    ctx = Context([], {}, {}, {}, {}, {}, [], [], sent_starts)
    for e in article.entities:
        ctx.add(make_info(e, gaz, (genders or {}).get(e.id)))
    recs: list[MentionRec] = []
    for info in ctx.infos:
        for s, end in info.entity.mentions:
            subject, main, in_pp = _syntax(doc, s, end)
            recs.append(MentionRec(s, end, ctx.sentence_of(s), subject, info, main, in_pp))
    recs.sort(key=lambda r: r.start)
    ctx.mentions = recs
    ctx.starts = [r.start for r in recs]
    return ctx


def _syntax(doc: Any, start: int, end: int) -> tuple[bool, bool, bool]:
    """(a subject at all, the subject of the sentence's main verb, a preposition's object)."""
    if doc is None:
        return False, False, False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, False, False
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False, False, root.dep_ == "pobj"
    return True, root.head.dep_ == "ROOT", False


def get_context(article: Article) -> Context:
    """The context ``find_entities`` stored, or one rebuilt from ``article.entities``."""
    doc = article.doc
    if doc is not None:
        ctx = doc.user_data.get(USER_DATA_KEY)
        if isinstance(ctx, Context) and len(ctx.infos) == len(article.entities):
            return ctx
    ctx = build_context(article)
    if doc is not None:
        doc.user_data[USER_DATA_KEY] = ctx
    return ctx

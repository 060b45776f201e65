"""``find_entities``: NER mentions → clusters → ``Entity`` records plus the lookup context."""

from __future__ import annotations

from collections import Counter
from typing import Any

from whosaid.entities.context import USER_DATA_KEY, build_context
from whosaid.entities.describe import descriptions, gender_of_descriptions, gender_votes
from whosaid.entities.gazetteer import get_gazetteer
from whosaid.entities.mentions import TokenView, collect
from whosaid.entities.merge import Cluster, cluster
from whosaid.entities.names import first_name_gender
from whosaid.entities.normalize import fold, strip_possessive
from whosaid.model import Article, Entity


def find_entities(article: Article) -> None:
    doc = article.doc
    article.entities = []
    if doc is None:
        return
    gaz = get_gazetteer()
    ents = list(doc.ents)
    view = TokenView(doc, article.text)
    clusters = [c for c in cluster(doc, view, ents, collect(doc, ents, gaz), gaz) if c.spans]
    for c in clusters:
        c.spans = _non_overlapping(c.spans)
    clusters.sort(key=lambda c: c.spans[0])
    votes = gender_votes(
        doc,
        view,
        sorted((s, e, i) for i, c in enumerate(clusters) if c.label == "PERSON" for s, e in c.spans),
    )
    genders: dict[str, str] = {}
    for i, c in enumerate(clusters):
        entity = _entity(doc, view, c, f"E{i + 1}", gaz)
        article.entities.append(entity)
        gender = _gender(c, entity, votes.get(i))
        if gender:
            genders[entity.id] = gender
    _drop_shared_spans(article.entities)
    sent_chars = [view.idx[i] for i in view.sent_starts] if view.idx else [0]
    doc.user_data[USER_DATA_KEY] = build_context(article, genders, sent_chars)


def _entity(doc: Any, view: TokenView, c: Cluster, eid: str, gaz: Any) -> Entity:
    aliases: list[str] = []
    seen: set[str] = set()
    for form in c.forms:
        # One plain space between words: wire copy puts no-break spaces inside names.
        form = " ".join(strip_possessive(form).split())
        if form not in seen:
            seen.add(form)
            aliases.append(form)
    descs: list[str] = []
    if c.label in ("PERSON", "ORG"):
        dseen: set[str] = set()
        for s, e in c.spans:
            for d in descriptions(doc, s, e, person=c.label == "PERSON"):
                if fold(d) not in dseen:
                    dseen.add(fold(d))
                    descs.append(d)
    mentions = [(view.idx[s], view.idx[e - 1] + len(view.text[e - 1])) for s, e in c.spans]
    return Entity(eid, c.key, _canonical(c, aliases, gaz), c.label, aliases, mentions, descs)


def _canonical(c: Cluster, aliases: list[str], gaz: Any) -> str:
    if c.place is not None:
        return str(c.place.name)
    if c.label == "NORP" and c.key.startswith("norp:") and c.key[5:].isupper():
        return str(gaz.demonym_of.get(c.key[5:], aliases[0]))
    counts = Counter(" ".join(strip_possessive(f).split()) for f in c.forms)
    # The most complete name: most spelt-out words ("Benjamin Nzeribe" over "B. U.
    # Nzeribe"), most words, then capitalised, most often written, longest.
    return max(aliases, key=lambda a: (
        sum(len(w.rstrip(".")) > 1 for w in a.split()), len(a.split()), a[:1].isupper(), counts[a], len(a)))


def _gender(c: Cluster, entity: Entity, votes: Counter[str] | None) -> str | None:
    if c.label != "PERSON":
        return None
    if c.honorifics:
        return c.honorifics.most_common(1)[0][0]
    from_desc = gender_of_descriptions(entity.descriptions)
    if from_desc:
        return from_desc
    if votes:
        (top, n), *rest = votes.most_common()
        if not rest or n > 2 * rest[0][1]:
            return top
    # Last resort, the first name of the fullest name: "Kevin" is not the "she" of a quote.
    words = entity.name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def _non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _drop_shared_spans(entities: list[Entity]) -> None:
    """A char range belongs to one entity only (first come, as entities are in text order)."""
    taken: set[tuple[int, int]] = set()
    for e in entities:
        e.mentions = [m for m in e.mentions if m not in taken]
        taken.update(e.mentions)

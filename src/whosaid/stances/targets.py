"""What a stance is about: the issue phrase as written and a key that compares across
actors and articles ("join NATO", "NATO membership", "membership in the North Atlantic
Treaty Organization" → "nato membership")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whosaid.entities import fold, get_context, org_key, strip_possessive
from whosaid.model import Article, Entity, TextField
from whosaid.stances.lexicon import (
    ISSUE_NOUNS,
    JOIN_VERBS,
    KEY_DROP_WORDS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_WRAPPERS,
    ORG_DESCRIPTIONS,
    TRANSFER_VERBS,
)

# Left dependents that belong to the issue: "NATO's eastward expansion", "peace deal".
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_MEMBERSHIP_PREPS = frozenset({"in", "of", "to", "into", "with"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’", "s"})
_TRAILING = frozenset({",", ";", ":", "–", "—", "-", "."})
_ABOUT_PREPS = frozenset({"on", "against", "between", "of"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Heads that only quantify or classify: "a kind of deal" is about the deal.
_OF_HEADS = frozenset({
    "kind", "sort", "type", "form", "series", "host", "raft", "set", "number", "lot", "slew", "range",
})
_PRONOUN_TARGETS = frozenset({
    "one", "people", "thing", "everything", "anyone", "everyone", "someone", "it", "this",
    "that", "these", "those", "them", "which", "what", "something", "anything", "nothing",
})


@dataclass
class Target:
    text: str  # as written
    key: str


def entity_label(entity: Entity) -> str:
    """The form an entity takes inside a target key: stable across articles because it is
    read off the entity key ("org:nato" → "nato"), except where the key is only a code
    ("country:UA") and the canonical name is the readable stable form."""
    # "person:clinton:hilari" → "clinton hilari"; "city:UA:kyiv" → "kyiv" (codes dropped).
    words = [seg.replace("-", " ") for seg in entity.key.split(":")[1:] if seg.islower()]
    return " ".join(words) or fold(entity.name)


class EntityLookup:
    """Which entity a token belongs to, in the field being read."""

    def __init__(self, article: Article, field: TextField) -> None:
        self.article = article
        self.field = field
        self.ctx = get_context(article) if field == "text" and article.doc is not None else None
        self.alias: dict[str, Entity] = {}
        if self.ctx is None:
            for e in article.entities:
                for a in (e.name, *e.aliases):
                    self.alias.setdefault(fold(strip_possessive(a)), e)

    def at(self, tok: Any) -> Entity | None:
        found = self._known(tok)
        if found is None and tok.ent_type_ == "ORG":
            # An organisation only the headline names ("EU"): keyed like the entities stage
            # would key it, so the target still compares across articles. (Walking the IOB
            # tags, not ``doc.ents``, which builds every entity span of the document.)
            doc, start, end = tok.doc, tok.i, tok.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            name = strip_possessive(doc[start:end].text)
            found = Entity(id="", key=org_key(name), name=name, type="ORG")
        return found

    def _known(self, tok: Any) -> Entity | None:
        if self.ctx is not None:
            rec = self.ctx.mention_at(tok.idx)
            return rec.info.entity if rec is not None else None
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return None
        e = self.alias.get(fold(strip_possessive(tok.text)))
        if e is None:
            first = tok
            while True:
                left = [c for c in first.lefts if c.dep_ == "compound"]
                if not left:
                    break
                first = left[0]
            if first is not tok:
                e = self.alias.get(fold(tok.doc[first.i : tok.i + 1].text))
        return e

    def described_org(self, tok: Any) -> Entity | None:
        """"the alliance", "the Western military alliance": the organisation last named
        before it. Only definite descriptions, only organisations."""
        if tok.lemma_.lower() not in ORG_DESCRIPTIONS or self.ctx is None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for rec in self.ctx.before(tok.idx):
            if rec.info.entity.type == "ORG":
                return rec.info.entity
        return None

    def org_in(self, tok: Any) -> Entity | None:
        """The organisation a phrase headed by ``tok`` names, if any."""
        best: Entity | None = None
        for t in tok.doc[tok.left_edge.i : _phrase_end(tok).i + 1]:
            e = self.at(t)
            if e is not None and (best is None or (e.type == "ORG" and best.type != "ORG")):
                best = e
        if best is not None and best.type == "ORG":
            return best
        return self.described_org(tok) or best


def target_of(head: Any, look: EntityLookup) -> Target | None:
    """The target phrase headed by ``head`` (a noun, or a verb for "join NATO"), or None
    when it is no issue (a pronoun, a bare verb)."""
    if head.pos_ in ("VERB", "AUX"):
        return _verb_target(head, look)
    if head.pos_ in ("PRON", "NUM") or head.lower_ in _PRONOUN_TARGETS or head.lemma_.lower() in _PRONOUN_TARGETS:
        return None
    lemma = head.lemma_.lower()
    if lemma in _OF_HEADS:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            return target_of(pobj, look)
    if lemma in MEMBERSHIP_NOUNS or lemma in MEMBERSHIP_WRAPPERS:
        t = _membership(head, look)
        if t is not None or lemma in MEMBERSHIP_NOUNS:
            return t
    return _noun_target(head, look)


def _verb_target(verb: Any, look: EntityLookup) -> Target | None:
    lemma = verb.lemma_.lower()
    obj = _object(verb)
    if lemma in JOIN_VERBS:
        org = look.org_in(obj) if obj is not None else None
        if org is None or obj is None or org.type != "ORG":
            return None
        return Target(_text(verb, _phrase_end(obj)), f"{entity_label(org)} membership")
    if obj is None:
        return None
    inner = target_of(obj, look)
    if inner is None:
        return None
    if lemma in TRANSFER_VERBS:
        return inner
    return Target(_text(verb, _phrase_end(obj)), f"{lemma} {inner.key}")


def _object(verb: Any) -> Any:
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "into"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _membership(head: Any, look: EntityLookup) -> Target | None:
    org: Entity | None = None
    end = head
    for c in head.lefts:
        if c.dep_ in ("compound", "nmod", "amod"):
            e = look.at(c) or (look.org_in(c) if c.lemma_.lower() in MEMBERSHIP_NOUNS else None)
            if e is not None and e.type == "ORG":
                org = e
    if org is None:
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ in _MEMBERSHIP_PREPS:
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                e = look.org_in(pobj)
                if e is not None and e.type == "ORG":
                    org, end = e, pobj.right_edge
                    break
    if org is None:
        return None
    return Target(_text(_left_start(head), end), f"{entity_label(org)} membership")


def _noun_target(head: Any, look: EntityLookup) -> Target | None:
    own = look.at(head) if head.pos_ == "PROPN" else look.described_org(head)
    if own is not None:
        return Target(_text(_left_start(head), head), entity_label(own))
    if (
        head.lemma_.lower() not in ISSUE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in head.children)
        and not any(c.dep_ in _MODIFIER_DEPS for c in head.lefts)
    ):
        return None  # "this decision": an unresolved reference, not a comparable issue
    words: list[str] = []
    seen: set[str] = set()
    end = head
    # "sanctions against Russia", "the merger between Siemens and Alstom": the entities
    # the issue is about belong in the key, in front like a possessor.
    for c in head.rights:
        if c.dep_ != "prep" or c.lower_ not in _ABOUT_PREPS:
            continue
        for pobj in c.children:
            if pobj.dep_ != "pobj":
                continue
            for t in [pobj, *(x for x in pobj.children if x.dep_ == "conj")]:
                e = look.at(t)
                if e is not None and e.key not in seen:
                    seen.add(e.key)
                    words.append(entity_label(e))
                    end = max(end, _phrase_end(t), key=lambda x: x.i)
        break
    for t in _modifiers(head, look):
        if t.is_punct or t.dep_ in ("det", "case", "predet") or t.lower_ in _POSSESSIVE_MARKS:
            continue
        if t.pos_ in ("PRON", "NUM", "ADV", "VERB", "AUX") or t.lower_ in KEY_DROP_WORDS:
            continue
        e = look.at(t)
        if e is not None:
            if e.key in seen:
                continue
            seen.add(e.key)
            words.append(entity_label(e))
        else:
            words.append(t.lemma_.lower() if t.pos_ in ("NOUN", "VERB") else t.lower_)
    e = look.at(head)
    if e is not None and e.key not in seen:
        words.append(entity_label(e))
    elif e is None:
        words.append(head.lemma_.lower())
    key = " ".join(w for w in words if w)
    if not key:
        return None
    return Target(_text(_left_start(head), end), key)


def _modifiers(head: Any, look: EntityLookup) -> list[Any]:
    """The left modifiers of the head and their own left modifiers, in text order; a
    possessor that is an entity counts as the entity alone ("President Bill Clinton's
    crime bill" → the Clinton entity, not "president")."""
    out: list[Any] = []
    for c in head.lefts:
        if c.dep_ == "poss" and look.at(c) is not None:
            out.append(c)
        elif c.dep_ in _MODIFIER_DEPS:
            out.extend(t for t in c.subtree if t.i < head.i)
    return sorted(out, key=lambda t: t.i)


def _left_start(head: Any) -> Any:
    first = head
    for c in head.lefts:
        if c.dep_ in _MODIFIER_DEPS or c.dep_ in ("det", "predet", "nummod", "quantmod"):
            first = c.left_edge if c.left_edge.i < first.i else first
    while first.i < head.i and first.is_punct:
        first = first.doc[first.i + 1]
    return first


def _phrase_end(head: Any) -> Any:
    """Where the noun phrase headed by ``head`` ends, before relative clauses and appositions."""
    end = head
    for c in head.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            break
        end = c.right_edge
    return end


def _text(first: Any, last: Any) -> str:
    doc = first.doc
    while last.i > first.i and (last.text in _TRAILING or last.is_space):
        last = doc[last.i - 1]
    return doc[first.i : last.i + 1].text

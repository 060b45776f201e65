"""``resolve_speaker``: the entity a speaker mention refers to."""

from __future__ import annotations

from typing import Any

from whosaid.entities.context import Context, Info, get_context, make_info
from whosaid.entities.coref import pronoun_class, resolve_description, resolve_pronoun
from whosaid.entities.gazetteer import get_gazetteer
from whosaid.entities.governments import seat_country
from whosaid.entities.merge import org_key
from whosaid.entities.normalize import fold, name_key, strip_possessive, word_key
from whosaid.model import Article, Entity, Span, TextField

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# What speaks for its owner: "Donald Trump's campaign said", "Putin's office said".
_SPEAKS_FOR_OWNER = frozenset({
    "campaign", "office", "team", "spokesman", "spokeswoman", "spokesperson", "government",
    "administration", "aides", "aide", "lawyer", "lawyers", "attorney", "attorneys",
    "representative", "representatives", "staff", "camp", "ministry", "press",
})


def resolve_speaker(
    article: Article,
    span: Span,
    *,
    field: TextField = "text",
    previous: str | None = None,
) -> str | None:
    """Return the id of the entity in ``article.entities`` that the mention at ``span``
    (offsets into ``getattr(article, field)``) refers to, or None.

    Handles names and aliases, pronouns (agreement, recency; ``previous`` is the id of
    the previous statement's speaker), descriptions ("the Ukrainian leader"),
    organisations and capitals/buildings for governments ("Moscow", "the White House").
    May add an entity to ``article.entities`` when the mention names one not yet listed
    (the country whose capital speaks, a name only the title uses).
    """
    text = getattr(article, field, None) or ""
    start, end = max(0, span[0]), min(len(text), span[1])
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if start >= end:
        return None
    ctx = get_context(article)
    info = _resolve(article, ctx, text, start, end, field, previous)
    return info.entity.id if info is not None else None


def _resolve(
    article: Article, ctx: Context, text: str, start: int, end: int, field: str, previous: str | None
) -> Info | None:
    surface = text[start:end]
    cls = pronoun_class(surface)
    if cls is not None:
        if field != "text":
            prev = ctx.by_id.get(previous) if previous else None
            return prev
        return _government(article, ctx, resolve_pronoun(ctx, cls, start, previous, surface))

    doc = _doc_for(article, ctx, field)
    tokens = _tokens(doc, start, end)
    root = _root(tokens) if tokens else None
    if root is not None and root.lower_ in _RELATIVE and root.head.dep_ in ("relcl", "acl"):
        # "Bernie Sanders, who on Tuesday endorsed Clinton, ...": the noun the clause hangs on.
        root = root.head.head
        tokens = [root]
        start, end = root.idx, root.idx + len(root.text)
        surface = root.text

    if field == "text":
        rec = ctx.mention_at(root.idx if root is not None else start)
        if rec is None and tokens:
            rec = _appositive_mention(ctx, tokens, root)
        if rec is not None:
            return _government(article, ctx, rec.info)

    owner = _possessor(ctx, root) if field == "text" and root is not None else None
    if owner is not None:
        return _government(article, ctx, owner)
    np = _noun_phrase(doc, tokens, root) if root is not None else []
    phrase_tokens = [t for t in np if t.lower_ not in _DETERMINERS] if np else []
    info = _by_name(ctx, phrase_tokens, surface)
    if info is not None:
        return _government(article, ctx, info)
    iso = seat_country(surface) or (seat_country(_text(phrase_tokens)) if phrase_tokens else None)
    place = get_gazetteer().find(surface)
    if iso is None and place is not None and (place.kind == "country" or place.capital):
        iso = place.iso2
    if iso is not None:
        return _country(article, ctx, iso)
    if root is not None and root.pos_ in ("NOUN", "PROPN"):
        found = resolve_description(ctx, np, root, start if field == "text" else len(article.text), previous)
        if isinstance(found, str):
            return _country(article, ctx, found)
        if found is not None:
            return _government(article, ctx, found)
    if root is not None and doc is not None and field != "text":
        return _new_named(article, ctx, doc, root)
    return None


def _doc_for(article: Article, ctx: Context, field: str) -> Any:
    if field == "text":
        return article.doc
    text = getattr(article, field, None) or ""
    cached = ctx.parses.get(field)
    if cached is None or cached[0] != text:
        from whosaid.nlp import parse_text

        cached = (text, parse_text(text))
        ctx.parses[field] = cached
    return cached[1]


def _tokens(doc: Any, start: int, end: int) -> list[Any]:
    if doc is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _root(tokens: list[Any]) -> Any:
    """The token whose head lies outside the span (the first such, as spaCy's Span.root)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in inside or t.head.i == t.i:
            return t
    return tokens[-1]


def _noun_phrase(doc: Any, tokens: list[Any], root: Any) -> list[Any]:
    """The root with its left modifiers, so a span of just "spokesman" still sees "the
    Kremlin" before it, and a long span is cut to the phrase that names the speaker."""
    first = min(root.left_edge.i, tokens[0].i)
    return [t for t in doc[first : root.i + 1] if not t.is_punct]


def _possessor(ctx: Context, root: Any) -> Info | None:
    if root.lemma_.lower() not in _SPEAKS_FOR_OWNER and root.lower_ not in _SPEAKS_FOR_OWNER:
        return None
    owners = [c for c in root.children if c.dep_ == "poss"]
    if not owners:
        return None
    owner = max(owners, key=lambda c: c.i)
    # Only the nearest owner speaks: in "Bolivia's public defender's office" (the parser
    # hangs the first possessive on "office") the office is the defender's, not Bolivia's.
    if any(t.dep_ == "case" and t.head.i != owner.i for t in root.doc[owner.i + 1 : root.i]):
        return None
    rec = ctx.mention_at(owner.idx)
    return rec.info if rec is not None else None


def _appositive_mention(ctx: Context, tokens: list[Any], root: Any) -> Any:
    """ "the Kremlin spokesman, Dmitry Peskov": the named appositive is the speaker."""
    for child in root.children:
        if child.dep_ == "appos" and child.i in {t.i for t in tokens}:
            rec = ctx.mention_at(child.idx)
            if rec is not None:
                return rec
    return None


def _text(tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens)


def _by_name(ctx: Context, tokens: list[Any], surface: str) -> Info | None:
    candidates = [surface]
    # Suffixes ending at the head: "Ukrainian President Volodymyr Zelenskyy" → ... "Zelenskyy".
    candidates += [_text(tokens[i:]) for i in range(len(tokens))]
    for c in candidates:
        key = fold(strip_possessive(c))
        key = key[4:] if key.startswith("the ") else key
        info = ctx.alias.get(key) or ctx.keyed.get(name_key(c))
        if info is not None:
            return info
    if tokens and tokens[-1].text[:1].isupper():
        people = ctx.surnames.get(word_key(strip_possessive(tokens[-1].text)))
        if people:
            return people[0]
        if tokens[-1].text.isupper():
            return ctx.by_key.get(org_key(tokens[-1].text))
    return None


def _government(article: Article, ctx: Context, info: Info | None) -> Info | None:
    """A capital or a seat of government speaks for its country."""
    if info is None:
        return None
    if info.seat_of:
        return _country(article, ctx, info.seat_of)
    if info.place is not None and info.place.kind == "city" and info.place.capital:
        return _country(article, ctx, info.place.iso2)
    return info


def _country(article: Article, ctx: Context, iso2: str) -> Info | None:
    key = f"country:{iso2}"
    if key in ctx.by_key:
        return ctx.by_key[key]
    place = get_gazetteer().country(iso2)
    if place is None:
        return None
    return _append(article, ctx, Entity(_next_id(article), key, place.name, "GPE"))


def _new_named(article: Article, ctx: Context, doc: Any, root: Any) -> Info | None:
    """A person or organisation named only in the title or standfirst."""
    for ent in doc.ents:
        if ent.start <= root.i < ent.end and ent.label_ in ("PERSON", "ORG"):
            name = strip_possessive(ent.text)
            words = name.split()
            key = f"person:{word_key(words[-1])}" if ent.label_ == "PERSON" else org_key(name)
            if key in ctx.by_key:
                return ctx.by_key[key]
            return _append(article, ctx, Entity(_next_id(article), key, name, ent.label_, [name]))
    return None


def _append(article: Article, ctx: Context, entity: Entity) -> Info:
    article.entities.append(entity)
    info = make_info(entity, get_gazetteer())
    ctx.add(info)
    return info


def _next_id(article: Article) -> str:
    nums = [int(e.id[1:]) for e in article.entities if e.id[1:].isdigit()]
    return f"E{max(nums, default=0) + 1}"

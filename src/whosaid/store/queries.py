"""The Python query API: who said what about X, when — deduplicated across syndicated copies.

Every function takes an :class:`~sqlalchemy.Engine` (or an open Connection) from
:func:`whosaid.store.open_store` and returns plain dataclasses; :func:`to_frame` turns a
list of them into a pandas DataFrame.

>>> from whosaid.store import open_store
>>> from whosaid.store import queries as q
>>> db = open_store("whosaid.db")                                      # doctest: +SKIP
>>> q.statements(db, speaker="Zelensky", about="NATO", limit=5)       # doctest: +SKIP
>>> q.to_frame(q.timeline(db, "Zelensky", by="week"))                 # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Select, func, or_, select

from whosaid.store import fts
from whosaid.store import tables as t
from whosaid.store.normalize import alias_key


@dataclass
class StatementRow:
    """One quotation, shown once however many syndicated copies carry it."""

    quote_id: int
    article: str  # Article.id of the earliest copy
    article_id: int  # the store's id of that copy (``whosaid show`` takes either)
    outlet: str | None
    date: str | None  # when said: the statement's date if the text gives one, else published
    speaker: str | None
    speaker_key: str | None
    kind: str
    content: str
    sentence: str | None
    copies: int  # articles carrying this quotation
    title: str | None = None
    url: str | None = None


@dataclass
class TimelinePoint:
    period: str  # 2024-12-22 (day) or 2024-W51 (week)
    count: int  # distinct quotations first said in the period


@dataclass
class EntityRow:
    key: str
    name: str
    type: str
    n_articles: int
    n_mentions: int
    n_statements: int
    aliases: list[str] = field(default_factory=list)


@dataclass
class StoryArticle:
    article: str
    article_id: int
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None
    original: bool
    similarity: float | None
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class StoryRow:
    story_id: int
    published: str | None
    title: str | None  # the original's headline
    n_articles: int
    articles: list[StoryArticle] = field(default_factory=list)


@dataclass
class ArticleView:
    article: str
    article_id: int
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    text: str
    story_id: int | None
    whosaid_version: str
    statements: list[dict[str, Any]] = field(default_factory=list)


def to_frame(rows: Sequence[Any]) -> Any:
    """A pandas DataFrame with one row per dataclass (needs the ``export`` extra)."""
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in rows])


@contextmanager
def _connect(bind: Engine | Connection) -> Iterator[Connection]:
    if isinstance(bind, Connection):
        yield bind
    else:
        with bind.connect() as conn:
            yield conn


def speaker_keys(conn: Connection, name: str) -> list[str]:
    """Entity keys whose name or any alias matches ``name``: exactly (by ``alias_key``:
    case, accents and transliteration variants) if any does, else as a whole-word part
    ("Zelenskiy" → "Volodymyr Zelenskyy")."""
    f = alias_key(name)
    if not f:
        return []
    a = t.entity_aliases
    exact = conn.execute(select(a.c.entity_key).where(a.c.norm == f).distinct()).scalars().all()
    if exact:
        return list(exact)
    part = or_(a.c.norm.like(f + " %"), a.c.norm.like("% " + f), a.c.norm.like("% " + f + " %"))
    return list(conn.execute(select(a.c.entity_key).where(part).distinct()).scalars().all())


def _filter(
    conn: Connection, q: Select[Any], *, speaker: str | None, about: str | None,
    since: str | None, until: str | None, keys: Sequence[str] | None = None,
    walk_by_date: bool = False,
) -> Select[Any] | None:
    """Apply the shared filters to a select over ``quotes``; None when nothing can match.

    ``keys`` overrides the speaker lookup; ``walk_by_date`` tests the full-text condition
    per quote (EXISTS) instead of collecting every match first (IN).
    """
    qt, s = t.quotes, t.statements
    if speaker or keys is not None:
        keys = list(keys) if keys is not None else speaker_keys(conn, speaker or "")
        if not keys:
            return None
        q = q.where(qt.c.speaker_key.in_(keys))
    if about and fts.words(about):
        if walk_by_date:
            s2 = s.alias("s2")
            q = q.where(select(s2.c.id).where(s2.c.quote_id == qt.c.id,
                                              fts.matches(conn, about, s2)).exists())
        else:
            hits = select(s.c.quote_id).where(fts.matches(conn, about))
            q = q.where(qt.c.id.in_(hits.scalar_subquery()))
    if since:
        q = q.where(qt.c.first_date >= since)
    if until:
        q = q.where(qt.c.first_date <= until)
    return q


def statements(
    bind: Engine | Connection, *, speaker: str | None = None, about: str | None = None,
    since: str | None = None, until: str | None = None, kinds: Sequence[str] = (),
    limit: int | None = 50,
) -> list[StatementRow]:
    """Quotations newest first, each once with the number of copies carrying it.

    ``speaker`` matches any alias; ``about`` is full-text search (every word, stemmed) over
    the content and the sentence; ``since``/``until`` are ISO dates, inclusive.
    """
    s, a, qt = t.statements, t.articles, t.quotes
    base = (
        select(qt.c.id, a.c.uid, a.c.id, a.c.outlet, qt.c.first_date, s.c.speaker_name,
               qt.c.speaker_key, s.c.kind, s.c.content, s.c.sentence, qt.c.n_articles,
               a.c.title, a.c.url)
        .select_from(qt.join(s, s.c.id == qt.c.first_statement_id)
                     .join(a, a.c.id == s.c.article_id))
    )
    with _connect(bind) as conn:
        keys = speaker_keys(conn, speaker) if speaker else None
        if keys is not None and not keys:
            return []
        # A common word matches too many statements to collect and sort: then walk the
        # quotes newest first and test each (stops after ``limit``); a rare one is collected.
        walk = bool(about and limit and fts.many_matches(conn, about))
        # (the date index answers this at once; most stores have no undated quote at all)
        undated_exist = conn.execute(
            select(qt.c.id).where(qt.c.first_date.is_(None)).limit(1)).first() is not None
        rows: list[StatementRow] = []
        # One query per speaker key: each walks its (speaker_key, first_date) index and stops
        # after ``limit`` rows, where an IN over several keys would sort all their quotes.
        for key_set in ([[k] for k in keys] if keys else [None]):
            q = _filter(conn, base, speaker=None, about=about, since=since, until=until,
                        keys=key_set, walk_by_date=walk)
            if q is None:
                continue
            if kinds:
                q = q.where(s.c.kind.in_(list(kinds)))
            # Dated quotes newest first, then undated ones: two queries so both SQLite and
            # PostgreSQL (whose DESC puts NULLs first) walk the date index backwards.
            dated = q.where(qt.c.first_date.is_not(None)).order_by(
                qt.c.first_date.desc(), qt.c.id.desc())
            found = [StatementRow(*r) for r in conn.execute(
                dated.limit(limit) if limit else dated)]
            if undated_exist and (not limit or len(found) < limit):
                undated = q.where(qt.c.first_date.is_(None)).order_by(qt.c.id.desc())
                if limit:
                    undated = undated.limit(limit - len(found))
                found += [StatementRow(*r) for r in conn.execute(undated)]
            rows += found
    # newest day first; within a day the latest article first, in reading order
    rows.sort(key=lambda r: (r.date or "", r.article_id, -r.quote_id), reverse=True)
    return rows[:limit] if limit else rows


def _period(date: str, by: str) -> str:
    if by == "week":
        y, w, _ = dt.date.fromisoformat(date).isocalendar()
        return f"{y}-W{w:02d}"
    return date


def _periods(first: str, last: str, by: str) -> list[str]:
    step = dt.timedelta(days=7 if by == "week" else 1)
    d, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if by == "week":
        d -= dt.timedelta(days=d.weekday())
    out = []
    while d <= end:
        out.append(_period(d.isoformat(), by))
        d += step
    return out


def timeline(
    bind: Engine | Connection, speaker: str, *, about: str | None = None,
    since: str | None = None, until: str | None = None, by: Literal["day", "week"] = "day",
) -> list[TimelinePoint]:
    """Distinct quotations by ``speaker`` per day or ISO week (copies counted once); empty
    periods between the first and last are included with 0."""
    qt = t.quotes
    per_day = (select(qt.c.first_date, func.count()).where(qt.c.first_date.is_not(None))
               .group_by(qt.c.first_date))
    with _connect(bind) as conn:
        # a common word: test the speaker's quotes one by one rather than collect its matches
        walk = bool(about and fts.many_matches(conn, about))
        q = _filter(conn, per_day, speaker=speaker, about=about, since=since, until=until,
                    walk_by_date=walk)
        if q is None:
            return []
        days = sorted((d, n) for d, n in conn.execute(q))
    if not days:
        return []
    counts: Counter[str] = Counter()
    for day, n in days:
        counts[_period(day, by)] += n
    span = _periods(days[0][0], days[-1][0], by)
    keys = span if len(span) <= 2000 else sorted(counts)
    return [TimelinePoint(p, counts.get(p, 0)) for p in keys]


def entities(
    bind: Engine | Connection, *, type: str | None = None, name: str | None = None,
    limit: int | None = 50,
) -> list[EntityRow]:
    """Entities by the number of articles mentioning them, with their aliases."""
    e, qt = t.entities, t.quotes
    n_st = (select(func.count()).where(qt.c.speaker_key == e.c.key).scalar_subquery())
    q = select(e.c.key, e.c.name, e.c.type, e.c.n_articles, e.c.n_mentions, n_st).where(
        e.c.n_articles > 0)
    with _connect(bind) as conn:
        if type:
            q = q.where(e.c.type == type.upper())
        if name:
            q = q.where(e.c.key.in_(speaker_keys(conn, name)))
        q = q.order_by(e.c.n_articles.desc(), e.c.n_mentions.desc(), e.c.key)
        if limit:
            q = q.limit(limit)
        rows = [EntityRow(*r) for r in conn.execute(q)]
        if rows:
            al = t.entity_aliases
            for key, alias in conn.execute(
                select(al.c.entity_key, al.c.alias)
                .where(al.c.entity_key.in_([r.key for r in rows])).order_by(al.c.id)
            ):
                next(r for r in rows if r.key == key).aliases.append(alias)
    return rows


def stories(
    bind: Engine | Connection, *, min_articles: int = 2, since: str | None = None,
    until: str | None = None, limit: int | None = 20,
) -> list[StoryRow]:
    """Stories newest first with their copies, the original first."""
    st, a = t.stories, t.articles
    q = (select(st.c.id, st.c.published, a.c.title, st.c.n_articles, st.c.original_id)
         .select_from(st.join(a, a.c.id == st.c.original_id))
         .where(st.c.n_articles >= min_articles))
    if since:
        q = q.where(st.c.published >= since)
    if until:
        q = q.where(st.c.published <= until)
    if limit:
        q = q.limit(limit)
    with _connect(bind) as conn:
        newest = st.c.published.desc()  # walks the published index; NULLs last as on SQLite
        if conn.dialect.name == "postgresql":
            newest = newest.nulls_last()
        q = q.order_by(newest, st.c.id.desc())
        found = conn.execute(q).all()
        out = [StoryRow(*r[:4]) for r in found]
        originals = {r[0]: r[4] for r in found}
        by_id = {s.story_id: s for s in out}
        if by_id:
            members = conn.execute(
                select(a.c.story_id, a.c.uid, a.c.id, a.c.outlet, a.c.published, a.c.title,
                       a.c.url, a.c.similarity, a.c.diff)
                .where(a.c.story_id.in_(list(by_id)))
                .order_by(a.c.published.is_(None), a.c.published, a.c.id)
            )
            for sid, uid, aid, outlet, pub, title, url, sim, diff in members:
                diff = diff or {}
                by_id[sid].articles.append(StoryArticle(
                    uid, aid, outlet, pub, title, url, aid == originals[sid], sim,
                    list(diff.get("added", [])), list(diff.get("removed", []))))
    return out


def find_article(conn: Connection, ref: str) -> int | None:
    """The store id of an article given its Article.id (as analyze printed it) or store id."""
    a = t.articles
    aid = conn.execute(select(a.c.id).where(a.c.uid == ref).order_by(a.c.id)).scalars().first()
    if aid is None and ref.isdigit():
        aid = conn.execute(select(a.c.id).where(a.c.id == int(ref))).scalar_one_or_none()
    return aid


def show(bind: Engine | Connection, ref: str) -> ArticleView | None:
    """An article with its statements (spans into ``text`` unless ``source`` says otherwise)."""
    a, s = t.articles, t.statements
    with _connect(bind) as conn:
        aid = find_article(conn, ref)
        if aid is None:
            return None
        r = conn.execute(select(a.c.uid, a.c.id, a.c.url, a.c.title, a.c.outlet, a.c.published,
                                a.c.text, a.c.story_id, a.c.whosaid_version)
                         .where(a.c.id == aid)).one()
        view = ArticleView(*r)
        cols = [s.c.local_id, s.c.kind, s.c.content, s.c.content_spans, s.c.speaker_name,
                s.c.speaker_key, s.c.cue, s.c.date, s.c.source, s.c.sentence, s.c.quote_id]
        for row in conn.execute(select(*cols).where(s.c.article_id == aid).order_by(s.c.id)):
            view.statements.append(dict(row._mapping))
    return view

"""Writing analysed articles: one transaction per article, idempotent, safe to interrupt.

An article's row, its entities, mentions, statements, quote occurrences, times and LSH
bands commit together or not at all, so a killed ingest leaves no half-written article and
a restart stores exactly what is missing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, Literal

from packaging.version import InvalidVersion, Version
from sqlalchemy import Connection, Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from whosaid import __version__
from whosaid.model import SCHEMA_VERSION, Article
from whosaid.store import stories
from whosaid.store import syndication as syn
from whosaid.store.db import WRITE, StoreError
from whosaid.store.normalize import alias_key, fold, identity
from whosaid.store.tables import (
    article_entities,
    articles,
    entities,
    entity_aliases,
    mentions,
    quotes,
    statements,
    times,
)

log = logging.getLogger(__name__)
Status = Literal["new", "updated", "unchanged"]
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
RETRIES = 8


@dataclass
class Stored:
    article_id: int
    uid: str
    status: Status
    story_id: int | None


@functools.cache
def _stmts(dialect: str) -> SimpleNamespace:
    """The statements ingest runs for every article, built once per dialect: building
    SQLAlchemy expressions per call cost more than executing them."""
    from sqlalchemy.dialects import postgresql, sqlite

    upsert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    ent = upsert(entities)
    s, q = statements.c, quotes.c
    first = (select(s.id).where(s.quote_id == quotes.c.id)
             .order_by(s.said_on.is_(None), s.said_on, s.article_id, s.id).limit(1))
    return SimpleNamespace(
        find=select(articles.c.id, articles.c.analysis_hash, articles.c.whosaid_version,
                    articles.c.story_id).where(articles.c.ident == bindparam("ident")),
        new_article=insert(articles).returning(articles.c.id),
        set_article=update(articles).where(articles.c.id == bindparam("aid")),
        entities=ent.on_conflict_do_update(index_elements=["key"], set_={
            "name": ent.excluded.name, "type": ent.excluded.type,
            "n_articles": entities.c.n_articles + 1,
            "n_mentions": entities.c.n_mentions + ent.excluded.n_mentions}),
        aliases=upsert(entity_aliases).on_conflict_do_nothing(
            index_elements=["entity_key", "norm"]),
        article_entities=insert(article_entities).returning(
            article_entities.c.id, sort_by_parameter_order=True),
        mentions=insert(mentions),
        quotes=upsert(quotes).on_conflict_do_nothing(index_elements=["quote_key"]),
        quote_ids=select(q.quote_key, q.id).where(
            q.quote_key.in_(bindparam("keys", expanding=True))),
        statements=insert(statements),
        times=insert(times),
        refresh_quotes=update(quotes).where(q.id.in_(bindparam("ids", expanding=True))).values(
            n_occurrences=select(func.count()).where(s.quote_id == q.id).scalar_subquery(),
            n_articles=select(func.count(s.article_id.distinct()))
            .where(s.quote_id == q.id).scalar_subquery(),
            first_statement_id=first.scalar_subquery(),
            first_date=select(func.min(s.said_on)).where(s.quote_id == q.id).scalar_subquery()),
        drop_quotes=delete(quotes).where(q.id.in_(bindparam("ids", expanding=True)),
                                         q.n_occurrences == 0),
    )


def analysis_hash(article: Article) -> str:
    """A digest of everything the analysis says about the article. The dataclass repr
    covers every serialised field (not the spaCy Doc) and costs a fraction of to_dict()."""
    return hashlib.sha256(repr(article).encode("utf-8")).hexdigest()


def _older(stored: str, ours: str) -> bool:
    try:
        return Version(ours) < Version(stored)
    except InvalidVersion:
        return False


def store_article(conn: Connection, article: Article, *, version: str = __version__) -> Stored:
    """Store one article inside the caller's transaction; replace an older analysis of it."""
    st = _stmts(conn.dialect.name)
    ident = identity(article.url, article.text)
    digest = analysis_hash(article)
    row = conn.execute(st.find, {"ident": ident}).first()
    if row is not None and (
        (row.analysis_hash == digest and row.whosaid_version == version)
        or _older(row.whosaid_version, version)  # never replace a newer analysis
    ):
        return Stored(row.id, article.id, "unchanged", row.story_id)
    values = {
        "uid": article.id, "ident": ident, "url": article.url, "title": article.title,
        "standfirst": article.standfirst, "credit": article.credit, "dateline": article.dateline,
        "outlet": article.outlet, "published": article.published,
        "published_source": article.published_source, "language": article.language,
        "text": article.text, "removed": [r.__dict__ for r in article.removed],
        "warnings": list(article.warnings), "analysis_hash": digest,
        "whosaid_version": version, "schema_version": SCHEMA_VERSION,
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    if row is None:
        aid = conn.execute(st.new_article, values).scalar_one()
        status: Status = "new"
    else:
        aid = row.id
        _delete_derived(conn, aid)
        conn.execute(st.set_article, {"aid": aid, **values})
        status = "updated"
    keys = _store_entities(conn, st, aid, article)
    _store_statements(conn, st, aid, article, keys)
    if article.times:
        conn.execute(st.times, [
            {"article_id": aid, "local_id": t.id, "text": t.text, "span_start": t.span[0],
             "span_end": t.span[1], "type": t.type, "value": t.value} for t in article.times
        ])
    story_id = stories.assign(conn, aid, article.text, article.published)
    return Stored(aid, article.id, status, story_id)


def _aliases(key: str, names: Iterable[str]) -> list[dict[str, str]]:
    rows: dict[str, str] = {}
    for n in names:
        f = alias_key(n) if n else ""
        if f:
            rows.setdefault(f, n)
    return [{"entity_key": key, "alias": a, "norm": f} for f, a in rows.items()]


def _store_entities(conn: Connection, st: SimpleNamespace, aid: int,
                    article: Article) -> dict[str, str]:
    """Entities, aliases and mentions; returns article-local id → global key."""
    ents = article.entities
    if not ents:
        return {}
    conn.execute(st.entities, [{"key": e.key, "name": e.name, "type": e.type, "n_articles": 1,
                                "n_mentions": len(e.mentions)} for e in ents])
    conn.execute(st.aliases, [r for e in ents for r in _aliases(e.key, [e.name, *e.aliases])])
    ids = conn.execute(st.article_entities, [
        {"article_id": aid, "local_id": e.id, "entity_key": e.key, "name": e.name, "type": e.type,
         "aliases": list(e.aliases), "descriptions": list(e.descriptions)} for e in ents
    ]).scalars().all()
    spans = [{"article_entity_id": i, "article_id": aid, "span_start": a, "span_end": b}
             for i, e in zip(ids, ents, strict=True) for a, b in e.mentions]
    if spans:
        conn.execute(st.mentions, spans)
    return {e.id: e.key for e in ents}


def _store_statements(conn: Connection, st: SimpleNamespace, aid: int, article: Article,
                      keys: dict[str, str]) -> None:
    if not article.statements:
        return
    rows: list[dict[str, Any]] = []
    pseudo: list[dict[str, str]] = []
    places = _place_keys(article)
    for s in article.statements:
        key = keys.get(s.speaker or "")
        if key is None and s.speaker_name and fold(s.speaker_name):
            # No entity: a name-derived key still lets --speaker find and group it.
            key = "name:" + fold(s.speaker_name)[:290]
            pseudo += _aliases(key, [s.speaker_name])
        field = getattr(article, s.source, None) or ""
        if key is not None and s.speaker_mention is not None:
            pseudo += _aliases(key, _metonym(places, s, field))
        sentence = field[s.sentence_span[0]:s.sentence_span[1]] if s.sentence_span else None
        said = s.date if s.date and _FULL_DATE.fullmatch(s.date) else article.published
        rows.append({
            "article_id": aid, "local_id": s.id, "kind": s.kind, "content": s.content,
            "content_spans": [list(c) for c in s.content_spans], "speaker_local": s.speaker,
            "speaker_key": key, "speaker_name": s.speaker_name,
            "speaker_mention": list(s.speaker_mention) if s.speaker_mention else None,
            "cue": s.cue, "cue_span": list(s.cue_span) if s.cue_span else None,
            "date": s.date, "source": s.source,
            "sentence_span": list(s.sentence_span) if s.sentence_span else None,
            "sentence": sentence, "said_on": said,
            "quote_key": syn.quote_key(s.content, key),
        })
    if pseudo:
        conn.execute(st.aliases, pseudo)
    qkeys = {r["quote_key"]: r["speaker_key"] for r in rows}
    conn.execute(st.quotes, [{"quote_key": k, "speaker_key": sk, "n_occurrences": 0,
                              "n_articles": 0} for k, sk in qkeys.items()])
    ids: dict[str, int] = {k: i for k, i in conn.execute(st.quote_ids, {"keys": list(qkeys)})}
    for r in rows:
        r["quote_id"] = ids[r.pop("quote_key")]
    conn.execute(st.statements, rows)
    refresh_quotes(conn, set(ids.values()))


_PLACES = frozenset(["GPE", "LOC", "FAC", "ORG"])


def _place_keys(article: Article) -> dict[str, set[str]]:
    """alias key → ids of the article's places and organisations that go by it."""
    out: dict[str, set[str]] = {}
    for e in article.entities:
        if e.type in _PLACES:
            for n in (e.name, *e.aliases):
                out.setdefault(alias_key(n), set()).add(e.id)
    return out


def _metonym(places: dict[str, set[str]], s: Any, field: str) -> list[str]:
    """A place or building that spoke for its government ("Moscow has said", "the White
    House said"): the name as written becomes an alias of the speaker, so that
    ``--speaker Moscow`` finds Russia's statements."""
    a, b = s.speaker_mention
    written = field[a:b]
    if places.get(alias_key(written), set()) - {s.speaker}:
        return [written.removeprefix("the ").removeprefix("The ")]
    return []


def refresh_quotes(conn: Connection, quote_ids: set[int]) -> None:
    """Recompute each quote's occurrence counts and earliest occurrence; drop unused ones."""
    if not quote_ids:
        return
    st = _stmts(conn.dialect.name)
    ids = sorted(quote_ids)
    conn.execute(st.refresh_quotes, {"ids": ids})
    conn.execute(st.drop_quotes, {"ids": ids})


def _delete_derived(conn: Connection, aid: int) -> None:
    """Remove everything computed from an article's analysis (its row stays, id kept)."""
    qids = set(conn.execute(
        select(statements.c.quote_id).where(statements.c.article_id == aid,
                                            statements.c.quote_id.is_not(None))
    ).scalars())
    conn.execute(delete(statements).where(statements.c.article_id == aid))
    refresh_quotes(conn, qids)
    counts = conn.execute(
        select(article_entities.c.entity_key, func.count(mentions.c.id))
        .select_from(article_entities.outerjoin(mentions))
        .where(article_entities.c.article_id == aid).group_by(article_entities.c.entity_key)
    ).all()
    if counts:
        conn.execute(
            update(entities).where(entities.c.key == bindparam("k")).values(
                n_articles=entities.c.n_articles - 1,
                n_mentions=entities.c.n_mentions - bindparam("m")),
            [{"k": k, "m": m} for k, m in counts],
        )
    conn.execute(delete(mentions).where(mentions.c.article_id == aid))
    conn.execute(delete(article_entities).where(article_entities.c.article_id == aid))
    conn.execute(delete(times).where(times.c.article_id == aid))
    stories.detach(conn, aid)  # also drops its LSH bands


def _retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):  # another process stored the same article first
        return True
    msg = str(exc.orig).lower()
    code = getattr(exc.orig, "sqlstate", None)
    return (isinstance(exc, OperationalError) and ("locked" in msg or "busy" in msg)) or code in (
        "40001", "40P01")


def store_articles(
    engine: Engine,
    articles_: Iterable[Article],
    *,
    version: str = __version__,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[Stored]:
    """Store each article in its own transaction, retrying when another writer holds the
    store (``on_wait`` receives a message each time it waits)."""
    # One connection for the batch: checking one out per article cost more than storing.
    with engine.connect() as conn:
        conn = conn.execution_options(**WRITE)
        with conn.begin():
            if not stories.scheme_is_current(conn):
                raise StoreError(
                    f"the store's story signatures were made with {stories.signature_version(conn)}, "
                    f"this whosaid makes {syn.SIGNATURE_VERSION}: run `whosaid db upgrade` to "
                    "recompute them before ingesting")
        for art in articles_:
            for attempt in range(RETRIES + 1):
                try:
                    with conn.begin():
                        result = store_article(conn, art, version=version)
                    break
                except DBAPIError as exc:
                    if attempt == RETRIES or not _retryable(exc):
                        raise
                    wait = min(0.2 * 2**attempt, 10.0)
                    msg = (f"store busy (another whosaid process is writing?), retrying "
                           f"{art.source_name or art.id} in {wait:.1f}s")
                    (on_wait or log.warning)(msg)
                    time.sleep(wait)
            yield result


def integrity_problems(engine: Engine) -> list[str]:
    """Consistency checks used by tests and ``whosaid db check``: empty list when sound."""
    problems: list[str] = []
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            res = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if res != "ok":
                problems.append(f"integrity_check: {res}")
        checks = {
            "articles without a story": "SELECT count(*) FROM articles WHERE story_id IS NULL",
            "statements without a quote": "SELECT count(*) FROM statements WHERE quote_id IS NULL",
            "quotes with wrong counts": "SELECT count(*) FROM quotes q WHERE n_occurrences <> "
            "(SELECT count(*) FROM statements s WHERE s.quote_id = q.id)",
            "stories with wrong counts": "SELECT count(*) FROM stories t WHERE n_articles <> "
            "(SELECT count(*) FROM articles a WHERE a.story_id = t.id)",
            "entities with wrong counts": "SELECT count(*) FROM entities e WHERE n_articles <> "
            "(SELECT count(*) FROM article_entities x WHERE x.entity_key = e.key)",
            "articles without bands": "SELECT count(*) FROM articles a WHERE length(text) > 40 "
            "AND NOT EXISTS (SELECT 1 FROM lsh_bands b WHERE b.article_id = a.id)",
        }
        for what, sql in checks.items():
            n = conn.execute(text(sql)).scalar_one()
            if n:
                problems.append(f"{n} {what}")
        scheme = stories.signature_version(conn)
        if scheme != syn.SIGNATURE_VERSION:
            problems.append(f"story signatures made with {scheme}, not {syn.SIGNATURE_VERSION} "
                            "(run `whosaid db upgrade`)")
    return problems

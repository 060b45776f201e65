"""Story identity at ingest: syndicated copies of one wire story share a ``stories`` row.

Candidates are articles sharing an LSH band key with the new one; a candidate is confirmed
when the MinHash similarity reaches ``SAME_STORY_THRESHOLD``; the new article joins the
story of its most similar confirmed candidate. A story's original is its earliest published
copy (undated copies count as later than dated ones; ties go to the first ingested), and
every other copy stores what it added or removed against that original.

Statements are built once at import: ingest runs them for every article, and building
SQLAlchemy expressions per call cost more than executing them.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from whosaid.store import syndication as syn
from whosaid.store.db import xact_lock
from whosaid.store.tables import articles, lsh_bands, store_meta, stories

_a, _b, _s = articles.c, lsh_bands.c, stories.c
_CANDIDATES = (
    select(_a.id, _a.signature, _a.story_id)
    .where(_a.id.in_(select(_b.article_id).where(_b.band_key.in_(bindparam("keys", expanding=True)))))
    .where(_a.id != bindparam("aid"), _a.story_id.is_not(None))
)
_ADD_BANDS = insert(lsh_bands)
_NEW_STORY = insert(stories).returning(_s.id)
_SET_ARTICLE = update(articles).where(_a.id == bindparam("aid"))
_MEMBERS = (select(_a.id, _a.published).where(_a.story_id == bindparam("sid"))
            .order_by(_a.published.is_(None), _a.published, _a.id))
_STORY = select(_s.original_id).where(_s.id == bindparam("sid"))
_SET_STORY = update(stories).where(_s.id == bindparam("sid"))
_TEXT_SIG = select(_a.text, _a.signature).where(_a.id == bindparam("aid"))
# Two PostgreSQL writers storing copies of one story at the same instant would each miss
# the other's uncommitted copy and open two stories. A transaction-level advisory lock
# makes the second wait until the first commits; under READ COMMITTED its candidate
# query then sees the first copy. Assignment is the last step of an article's
# transaction, so only that tail is serialised; ``detach`` takes it too, so a re-analysis
# cannot hold a story row that an assignment waits for. (SQLite serialises writers already.)


def assign(conn: Connection, article_id: int, text: str, published: str | None) -> int:
    """Put the (already inserted) article into a story; return the story id."""
    sig = syn.signature(text)
    keys = syn.band_keys(sig)
    _lock(conn)
    best: tuple[float, int] | None = None
    if keys:
        for _cid, csig, cstory in conn.execute(_CANDIDATES, {"keys": keys, "aid": article_id}):
            sim = syn.similarity(sig, csig) if csig is not None else 0.0
            if sim >= syn.SAME_STORY_THRESHOLD and (best is None or sim > best[0]):
                best = (sim, cstory)
        conn.execute(_ADD_BANDS, [{"band_key": k, "article_id": article_id} for k in keys])
    if best is None:  # a new story: the article is its own original, nothing to diff
        story_id = conn.execute(_NEW_STORY, {"original_id": article_id, "published": published,
                                             "n_articles": 1}).scalar_one()
        conn.execute(_SET_ARTICLE, {"aid": article_id, "story_id": story_id, "signature": sig,
                                    "similarity": 1.0, "diff": None})
        return story_id
    story_id = best[1]
    conn.execute(_SET_ARTICLE, {"aid": article_id, "story_id": story_id, "signature": sig})
    refresh(conn, story_id, changed=article_id)
    return story_id


def detach(conn: Connection, article_id: int) -> None:
    """Take an article out of its story (before re-analysis replaces it)."""
    _lock(conn)
    story_id = conn.execute(
        select(_a.story_id).where(_a.id == article_id)
    ).scalar_one_or_none()
    conn.execute(delete(lsh_bands).where(_b.article_id == article_id))
    conn.execute(_SET_ARTICLE, {"aid": article_id, "story_id": None, "signature": None,
                                "similarity": None, "diff": None})
    if story_id is not None:
        refresh(conn, story_id, changed=None)


def _lock(conn: Connection) -> None:
    xact_lock(conn, b"whosaid-stories")


def refresh(conn: Connection, story_id: int, *, changed: int | None) -> None:
    """Recompute the story's original and size; the diff of ``changed`` against the
    original, or of every member when the original changed."""
    members = conn.execute(_MEMBERS, {"sid": story_id}).all()
    if not members:
        conn.execute(delete(stories).where(_s.id == story_id))
        return
    original = members[0]
    old = conn.execute(_STORY, {"sid": story_id}).scalar_one_or_none()
    conn.execute(_SET_STORY, {"sid": story_id, "original_id": original.id,
                              "published": original.published, "n_articles": len(members)})
    redo = [m.id for m in members] if old != original.id else [changed] if changed else []
    if not redo:
        return
    o_text, o_sig = conn.execute(_TEXT_SIG, {"aid": original.id}).one()
    for aid in redo:
        if aid == original.id:
            values: dict[str, object] = {"similarity": 1.0, "diff": None}
        else:
            text, sig = conn.execute(_TEXT_SIG, {"aid": aid}).one()
            values = {"similarity": syn.similarity(o_sig, sig) if sig and o_sig else None,
                      "diff": syn.paragraph_diff(o_text, text)}
        conn.execute(_SET_ARTICLE, {"aid": aid, **values})


_SCHEME = select(store_meta.c.value).where(store_meta.c.key == "signature_version")


def signature_version(conn: Connection) -> str | None:
    """The MinHash scheme the store's signatures were made with (None: an empty store
    created before any was recorded)."""
    return conn.execute(_SCHEME).scalar_one_or_none()


def scheme_is_current(conn: Connection) -> bool:
    """Are the store's signatures comparable with this whosaid's? An empty store simply
    takes this whosaid's scheme."""
    if signature_version(conn) == syn.SIGNATURE_VERSION:
        return True
    if conn.execute(select(_a.id).limit(1)).first() is None:
        _record_scheme(conn)
        return True
    return False


def _record_scheme(conn: Connection) -> None:
    conn.execute(delete(store_meta).where(store_meta.c.key == "signature_version"))
    conn.execute(insert(store_meta).values(key="signature_version", value=syn.SIGNATURE_VERSION))


def regroup(conn: Connection) -> int:
    """Recompute every signature and band key with this whosaid's scheme, rebuild the
    stories from them in ingest order and record the scheme; returns the articles seen.
    Runs inside the caller's transaction: a kill leaves the old grouping whole."""
    _lock(conn)
    conn.execute(delete(lsh_bands))
    conn.execute(update(articles).values(story_id=None, signature=None, similarity=None, diff=None))
    conn.execute(delete(stories))
    ids = conn.execute(select(_a.id).order_by(_a.id)).scalars().all()
    for aid in ids:  # one at a time: a crawl's texts need not fit in memory together
        text, published = conn.execute(select(_a.text, _a.published).where(_a.id == aid)).one()
        assign(conn, aid, text, published)
    _record_scheme(conn)
    return len(ids)

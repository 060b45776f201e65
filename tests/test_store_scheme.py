"""The store records the MinHash scheme of its syndication signatures; a store written
with another scheme is refused at ingest and regrouped by `whosaid db upgrade`."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

import test_store_support as support
from test_store_support import unrelated, wire_copy, wire_original
from whosaid.store import StoreError, open_store, queries
from whosaid.store import db as store_db
from whosaid.store import tables as t
from whosaid.store.ingest import integrity_problems, store_articles
from whosaid.store.syndication import SIGNATURE_VERSION


@pytest.fixture(params=support.BACKENDS)
def db_url(request, tmp_path):
    yield from support.backend_url(request.param, tmp_path)


def scheme(engine) -> str | None:
    with engine.connect() as c:
        return c.execute(select(t.store_meta.c.value)
                         .where(t.store_meta.c.key == "signature_version")).scalar_one_or_none()


def grouping(engine) -> list[tuple[str, ...]]:
    return sorted(tuple(a.article for a in s.articles) for s in queries.stories(engine, min_articles=1))


def test_a_new_store_records_the_scheme(db_url):
    db = open_store(db_url)
    assert scheme(db) == SIGNATURE_VERSION
    assert integrity_problems(db) == []


def test_signatures_of_another_scheme_are_refused_then_recomputed(db_url):
    db = open_store(db_url)
    list(store_articles(db, [wire_original(), unrelated(), wire_copy()]))
    before = grouping(db)
    assert before == [("fed",), ("orig", "copy")]
    with db.begin() as c:  # what an older whosaid with other MinHash parameters left
        c.execute(text("UPDATE store_meta SET value = 'minhash-legacy-p64' WHERE key = 'signature_version'"))
        c.execute(text("UPDATE lsh_bands SET band_key = 'old-' || band_key"))
    with pytest.raises(StoreError, match="minhash-legacy-p64.*run `whosaid db upgrade`"):
        list(store_articles(db, [wire_copy(id="copy2", url="https://other.example/z")]))
    assert any("minhash-legacy-p64" in p for p in integrity_problems(db))
    assert store_db.upgrade(db)[2] == 3
    assert scheme(db) == SIGNATURE_VERSION
    assert grouping(db) == before
    with db.connect() as c:
        assert c.execute(select(func.count()).select_from(t.lsh_bands)
                         .where(t.lsh_bands.c.band_key.like("old-%"))).scalar_one() == 0
    # and ingest goes on, a new copy joining the rebuilt story
    list(store_articles(db, [wire_copy(id="copy2", url="https://other.example/z")]))
    assert grouping(db) == [("fed",), ("orig", "copy", "copy2")]
    assert integrity_problems(db) == []


def test_an_empty_store_simply_takes_this_scheme(db_url):
    db = open_store(db_url)
    with db.begin() as c:
        c.execute(text("UPDATE store_meta SET value = 'minhash-legacy-p64'"))
    assert [s.status for s in store_articles(db, [unrelated()])] == ["new"]
    assert scheme(db) == SIGNATURE_VERSION


def test_upgrade_from_0002_records_the_scheme_those_stores_used(db_url):
    db = open_store(db_url)
    list(store_articles(db, [wire_original()]))
    with db.begin() as c:
        c.execute(text("DROP TABLE store_meta"))
        c.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    assert store_db.upgrade(db) == ("0002", "0003", 0)  # that scheme is still this one
    assert scheme(db) == SIGNATURE_VERSION
    assert integrity_problems(db) == []

"""Two PostgreSQL writers storing copies of one wire story at the same instant still make
one story: the second waits for the first to commit before it looks for candidates."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

import test_store_support as support
from test_store_support import OTHER, make_article
from whosaid.store import open_store
from whosaid.store import tables as t
from whosaid.store.ingest import integrity_problems, store_article, store_articles

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(tmp_path):
    yield from support.backend_url("postgres", tmp_path)


def _blocked(engine) -> bool:
    with engine.connect() as c:
        return bool(c.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        )).scalar_one())


def test_simultaneous_copies_join_one_story(pg_url):
    # Copies with no entities and no quotations: shared entity or quote rows would make the
    # second writer wait on their unique keys anyway; here only the story lock can.
    original = make_article(OTHER, [], id="ap", url="https://ap.example/fed", published="2024-12-18")
    copy = make_article([p.replace("(AP)", "(Daily)") for p in OTHER], [], id="daily",
                        url="https://daily.example/fed", published="2024-12-18")
    engine = open_store(pg_url)
    done: list[str] = []
    with engine.connect() as first:
        tx = first.begin()
        store_article(first, original)  # stored, not yet committed
        second = threading.Thread(
            target=lambda: done.extend(s.status for s in store_articles(engine, [copy])))
        second.start()
        deadline = time.monotonic() + 20
        # until the second writer is blocked or, were it not serialised, done on its own
        while second.is_alive() and not _blocked(engine) and time.monotonic() < deadline:
            time.sleep(0.05)
        tx.commit()
    second.join(timeout=30)
    assert done == ["new"]
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(t.articles)).scalar_one() == 2
        assert c.execute(select(func.count()).select_from(t.stories)).scalar_one() == 1
    assert integrity_problems(engine) == []

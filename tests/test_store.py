"""The store on SQLite and PostgreSQL: idempotent ingest, re-analysis, syndication, queries."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

import test_store_support as support
from test_store_support import unrelated, wire_copy, wire_original
from whosaid.store import StoreError, open_store, queries
from whosaid.store import tables as t
from whosaid.store.ingest import integrity_problems, store_articles


@pytest.fixture(params=support.BACKENDS)
def db_url(request, tmp_path):
    yield from support.backend_url(request.param, tmp_path)


def count(engine, table) -> int:
    with engine.connect() as c:
        return c.execute(select(func.count()).select_from(table)).scalar_one()


def store(engine, *arts, version="0.1.0"):
    return [s.status for s in store_articles(engine, arts, version=version)]


def test_same_article_twice_is_stored_once(db_url):
    db = open_store(db_url)
    assert store(db, wire_original()) == ["new"]
    assert store(db, wire_original()) == ["unchanged"]
    assert count(db, t.articles) == 1
    assert count(db, t.statements) == 4
    assert count(db, t.quotes) == 4
    assert integrity_problems(db) == []


def test_identity_is_text_when_no_url(db_url):
    db = open_store(db_url)
    a = wire_original(url=None)
    b = wire_original(url=None, id="other-id")  # same text, another input id
    b.text = b.text.replace("  ", " ") + "\n"  # whitespace does not change the identity
    assert store(db, a, b) == ["new", "updated"]
    assert count(db, t.articles) == 1


def test_newer_version_replaces_derived_rows(db_url):
    db = open_store(db_url)
    store(db, wire_original(), version="0.1.0")
    with db.connect() as c:
        aid = c.execute(select(t.articles.c.id)).scalar_one()
    newer = wire_original()
    newer.statements = newer.statements[:2]  # the new analysis finds fewer statements
    assert store(db, newer, version="0.2.0") == ["updated"]
    with db.connect() as c:
        assert c.execute(select(t.articles.c.id, t.articles.c.whosaid_version)).one() == (
            aid, "0.2.0")
        assert c.execute(select(func.count()).select_from(t.statements)).scalar_one() == 2
    assert count(db, t.quotes) == 2  # the dropped statements' quotes are gone
    assert count(db, t.lsh_bands) > 0
    # an older whosaid never overwrites a newer analysis
    assert store(db, wire_original(), version="0.1.0") == ["unchanged"]
    assert count(db, t.statements) == 2
    assert integrity_problems(db) == []


def test_syndicated_copy_joins_story_and_earliest_is_original(db_url):
    db = open_store(db_url)
    # the copy arrives first; the original, published a day earlier, takes over
    assert store(db, wire_copy(), unrelated(), wire_original()) == ["new"] * 3
    assert count(db, t.stories) == 2
    (story,) = queries.stories(db)
    assert story.n_articles == 2
    assert story.title == "Zelensky says NATO membership feasible"
    orig, copy = story.articles
    assert (orig.article, orig.original) == ("orig", True)
    assert (copy.article, copy.original) == ("copy", False)
    assert copy.similarity is not None and copy.similarity >= 0.5
    # the cut paragraph, and the dateline paragraph whose agency changed
    assert [p[:12] for p in copy.removed] == ["KYIV (Reuter", "Moscow has l"]
    assert [p[:12] for p in copy.added] == ["KYIV (AFP) -", "The European"]
    assert [s.story_id for s in queries.stories(db, min_articles=1)].count(story.story_id) == 1
    assert integrity_problems(db) == []


def test_statements_shown_once_across_copies(db_url):
    db = open_store(db_url)
    store(db, wire_original(), wire_copy(), unrelated())
    rows = queries.statements(db, speaker="Zelensky", about="NATO")
    assert [r.content[:20] for r in rows] == ["membership in NATO w", "We all understand th"]
    assert all(r.copies == 2 and r.article == "orig" and r.outlet == "Reuters" for r in rows)
    assert rows[0].date == "2024-12-22" and rows[0].speaker == "Volodymyr Zelenskyy"
    assert "Ukrainian President" in (rows[0].sentence or "")
    # any alias, any case, doubled letters folded
    for name in ("zelenskyy", "ZELENSKY", "Volodymyr Zelensky", "Zelenskyy"):
        assert len(queries.statements(db, speaker=name, about="NATO")) == 2, name
    assert queries.statements(db, speaker="Peskov", about="NATO") == []
    assert queries.statements(db, speaker="Nobody Atall") == []
    # the sentence is searched too, words are stemmed
    assert len(queries.statements(db, about="diplomats decisions")) == 1
    assert len(queries.statements(db, speaker="Zelensky")) == 3
    assert [r.kind for r in queries.statements(db, kinds=["indirect"])] == ["indirect"] * 2


def test_dates_newest_first_and_filters(db_url):
    db = open_store(db_url)
    late = wire_original(said={WIRE_QUOTE_3: "2024-12-24"})
    store(db, late)
    rows = queries.statements(db, speaker="Zelensky")
    assert [r.date for r in rows] == ["2024-12-24", "2024-12-22", "2024-12-22"]
    assert len(queries.statements(db, since="2024-12-23")) == 1
    assert len(queries.statements(db, until="2024-12-22")) == 3
    assert len(queries.statements(db, limit=1)) == 1


WIRE_QUOTE_3 = ("The alliance for Ukraine is feasible, but only if we fight for this decision "
                "at all necessary levels,")


def test_timeline_counts_copies_once(db_url):
    db = open_store(db_url)
    # the original dates one quotation two days before publication; the copy does not
    store(db, wire_original(said={WIRE_QUOTE_3: "2024-12-20"}), wire_copy())
    days = queries.timeline(db, "Zelensky")
    assert [(p.period, p.count) for p in days] == [
        ("2024-12-20", 1), ("2024-12-21", 0), ("2024-12-22", 2)]
    weeks = queries.timeline(db, "Zelensky", by="week", about="NATO")
    assert [(p.period, p.count) for p in weeks] == [("2024-W51", 2)]
    assert queries.timeline(db, "Nobody") == []


def test_entities_and_show(db_url):
    db = open_store(db_url)
    store(db, wire_original(), wire_copy())
    people = queries.entities(db, type="person")
    assert [(e.name, e.n_articles, e.n_statements) for e in people] == [
        ("Volodymyr Zelenskyy", 2, 3), ("Dmitry Peskov", 2, 1)]
    assert "Zelensky" in people[0].aliases
    assert [e.key for e in queries.entities(db, name="nato")] == ["org:nato"]
    view = queries.show(db, "copy")
    assert view is not None and view.outlet == "Daily Example"
    s1 = view.statements[0]
    a, b = s1["content_spans"][0]
    assert view.text[a:b] == s1["content"]
    assert queries.show(db, str(view.article_id)).article == "copy"
    assert queries.show(db, "missing") is None


def test_to_frame(db_url):
    pytest.importorskip("pandas")
    db = open_store(db_url)
    store(db, wire_original())
    frame = queries.to_frame(queries.statements(db))
    assert list(frame.columns[:3]) == ["quote_id", "article", "article_id"]
    assert len(frame) == 4


def test_old_schema_is_refused_with_upgrade_hint(db_url):
    db = open_store(db_url)
    with db.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    with pytest.raises(StoreError, match="run `whosaid db upgrade"):
        open_store(db_url)


def test_name_folding_meets_transliteration_variants():
    from whosaid.store.normalize import fold, identity

    assert fold("Volodymyr Zelenskyy") == fold("volodymyr ZELENSKY") == "volodymyr zelensky"
    assert fold("Emmanuel Macron") == fold("Emmanuel  Macron.") == "emanuel macron"
    assert fold("Recep Tayyip Erdoğan") == fold("Recep Tayyip Erdogan")
    assert fold("Zelenskyj") != fold("Zelensky")  # not a doubling: stays apart
    # the URL is the identity when given: scheme, www, fragment and trailing slash ignored
    assert identity("https://www.Example.com/a/b/#top", "x") == identity("http://example.com/a/b", "y")
    assert identity(None, "Same  text\n") == identity(None, "Same text")


def test_common_word_walk_gives_the_same_rows(db_url, monkeypatch):
    """Above fts.MANY matches, --about walks quotes newest first (EXISTS) instead of
    collecting matches (IN): both plans must return the same rows."""
    from whosaid.store import fts

    db = open_store(db_url)
    store(db, wire_original(), wire_copy(), unrelated())
    collected = queries.statements(db, about="NATO", limit=3)
    monkeypatch.setattr(fts, "MANY", 0)
    assert queries.statements(db, about="NATO", limit=3) == collected
    assert queries.timeline(db, "Zelensky", about="NATO")[0].count == 2
    assert len(collected) == 2


def test_undated_statements_come_after_dated_ones(db_url):
    db = open_store(db_url)
    store(db, unrelated(), wire_original(url=None, published=None, id="undated"))
    rows = queries.statements(db, limit=0)
    assert [r.date for r in rows] == [None] * 4 and rows[0].article == "undated"
    store(db, wire_copy())  # dated copies of the same quotations: now they have a date
    rows = queries.statements(db, limit=2)
    assert [r.date for r in rows] == ["2024-12-23", "2024-12-23"]
    assert len(queries.statements(db, speaker="Peskov", limit=5)) == 1


def test_any_transliteration_finds_the_speaker(db_url):
    db = open_store(db_url)
    store(db, wire_original())
    # "Zelenskiy" is in neither article: the spelling key, not a stored alias, meets it
    for name in ("Zelenskiy", "Volodymyr Zelenskiy", "zelenskij"):
        assert len(queries.statements(db, speaker=name, about="NATO")) == 2, name


def test_upgrade_rekeys_aliases_stored_under_the_old_folding(db_url):
    from whosaid.store import db as store_db

    db = open_store(db_url)
    store(db, wire_original())
    with db.begin() as c:  # what a 0001 store holds: norms folded the old way
        c.execute(text("UPDATE entity_aliases SET norm = 'old ' || norm"))
        c.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    store_db.upgrade(db)
    assert len(queries.statements(db, speaker="Zelenskiy", about="NATO")) == 2
    with db.connect() as c:
        norms = c.execute(select(t.entity_aliases.c.norm)).scalars().all()
    assert norms and not any(n.startswith("old ") for n in norms)


def test_a_capital_that_spoke_for_its_government_finds_it(db_url, sample_article):
    # "Moscow has said …" resolves to Russia; the name as written finds it too.
    db = open_store(db_url)
    store(db, sample_article)
    rows = queries.statements(db, speaker="Moscow")
    assert rows and {r.speaker for r in rows} == {"Russia"}
    assert len(rows) == len(queries.statements(db, speaker="Russia"))

"""The store's schema as SQLAlchemy Core tables (the migrations create exactly these).

Design notes (why, not what):
- ``articles.id`` is an integer surrogate so re-analysis can replace derived rows while
  keeping the article's id stable; ``ident`` (URL or normalised-text hash) is the identity.
- ``quotes`` holds one row per distinct quotation (normalised content + speaker key) with
  aggregates refreshed at ingest, so queries read deduplicated rows without GROUP BY over
  every copy; ``statements`` keep every occurrence with provenance.
- ``entities`` are global (by ``Entity.key``); ``article_entities`` keep the per-article view.
- Full-text search lives outside this metadata (see :mod:`whosaid.store.fts`): an FTS5
  table on SQLite, a generated tsvector column on PostgreSQL.
- Dates are ISO ``YYYY-MM-DD`` strings: they sort correctly on both backends.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("original_id", Integer),  # articles.id of the earliest copy (no FK: cycle)
    Column("published", String(10)),  # the original's date
    Column("n_articles", Integer, nullable=False, default=0),
    Index(None, "published"),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(200), nullable=False),  # Article.id as analyze printed it
    Column("ident", Text, nullable=False, unique=True),
    Column("url", Text), Column("title", Text), Column("standfirst", Text),
    Column("credit", Text), Column("dateline", Text),
    Column("outlet", String(300)), Column("published", String(10)),
    Column("published_source", String(16)), Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("removed", JSON), Column("warnings", JSON),
    Column("analysis_hash", String(64), nullable=False),
    Column("whosaid_version", String(32), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="SET NULL")),
    Column("signature", LargeBinary),
    Column("similarity", Float),  # to the story's original
    Column("diff", JSON),  # {"added": [...], "removed": [...]} against the original
    Index(None, "uid"), Index(None, "published"), Index(None, "story_id"), Index(None, "outlet"),
)

entities = Table(
    "entities", metadata,
    Column("key", String(300), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_mentions", Integer, nullable=False, default=0),
    Index(None, "type", "n_articles"), Index(None, "n_articles"),
)

# No FK to entities: speakers without an entity get a name-derived pseudo key here too.
entity_aliases = Table(
    "entity_aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_key", String(300), nullable=False),
    Column("alias", Text, nullable=False),
    Column("norm", String(300), nullable=False),
    UniqueConstraint("entity_key", "norm"),
    Index(None, "norm"),
)

article_entities = Table(
    "article_entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("entity_key", String(300), nullable=False),
    Column("name", Text, nullable=False), Column("type", String(32), nullable=False),
    Column("aliases", JSON), Column("descriptions", JSON),
    Index(None, "article_id"), Index(None, "entity_key"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_entity_id", Integer,
           ForeignKey("article_entities.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
    Index(None, "article_entity_id"), Index(None, "article_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("quote_key", String(128), nullable=False, unique=True),
    Column("speaker_key", String(300)),
    Column("n_occurrences", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("first_date", String(10)),
    Column("first_statement_id", Integer),  # the occurrence shown (earliest copy)
    Index(None, "speaker_key", "first_date"), Index(None, "first_date"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("content_spans", JSON, nullable=False),
    Column("speaker_local", String(16)), Column("speaker_key", String(300)),
    Column("speaker_name", Text), Column("speaker_mention", JSON),
    Column("cue", Text), Column("cue_span", JSON),
    Column("date", String(64)), Column("source", String(16), nullable=False),
    Column("sentence_span", JSON), Column("sentence", Text),
    Column("said_on", String(10)),  # statement date if a full date, else the article's
    Column("quote_id", Integer, ForeignKey("quotes.id", ondelete="SET NULL")),
    Index(None, "article_id"), Index(None, "quote_id", "said_on"),
    Index(None, "speaker_key"),
)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False), Column("span_end", Integer, nullable=False),
    Column("type", String(16), nullable=False), Column("value", String(64), nullable=False),
    Index(None, "article_id"), Index(None, "value"),
)

lsh_bands = Table(
    "lsh_bands", metadata,
    Column("band_key", String(64), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Index(None, "article_id"),
)

# Facts about the store as a whole: "signature_version" is the MinHash scheme
# (syndication.SIGNATURE_VERSION) its signatures and band keys were made with; signatures
# of two schemes are not comparable, so a change means recomputing them all.
store_meta = Table(
    "store_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

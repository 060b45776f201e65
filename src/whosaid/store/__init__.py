"""The store stage: durable storage of analysed articles and the query API over it.

- :mod:`whosaid.store.db` opens a store (a SQLite file path or a PostgreSQL URL) and keeps
  its schema at the Alembic head;
- :mod:`whosaid.store.ingest` writes analysed :class:`~whosaid.model.Article` objects, one
  transaction per article, recognising syndicated copies (:mod:`whosaid.store.stories`);
- :mod:`whosaid.store.queries` answers "who said what about X, when" as dataclasses;
- :mod:`whosaid.store.export` dumps tables as JSONL, CSV or Parquet.
"""

from __future__ import annotations

from whosaid.store.db import DEFAULT_DB, StoreError, open_store

__all__ = ["DEFAULT_DB", "StoreError", "open_store"]

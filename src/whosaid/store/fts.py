"""Full-text search over statements, one API over both backends.

SQLite: an FTS5 external-content table ``statements_fts`` (content, sentence) kept in step
by triggers. PostgreSQL: a generated ``statements.tsv`` column with a GIN index. Both stem
English words (porter / 'english'), and both treat the query as plain words that must all
occur; the DDL lives in the initial migration.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    bindparam,
    func,
    literal_column,
    select,
    text,
)

from whosaid.store.tables import statements

_WORD = re.compile(r"\w+")


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def fts5_query(query: str) -> str:
    """Plain words → an FTS5 query where every word must occur (each quoted, so words like
    NOT or NEAR and punctuation cannot be read as operators)."""
    return " ".join(f'"{w}"' for w in words(query))


def matches(conn: Connection, query: str, table: Any = statements) -> ColumnElement[bool]:
    """A condition on ``statements`` (or an alias of it): its content or sentence contains
    every word."""
    if conn.dialect.name == "sqlite":
        hits: Select[Any] = select(literal_column("rowid")).select_from(text("statements_fts")).where(
            text("statements_fts MATCH :fts_q").bindparams(fts_q=fts5_query(query)))
        return table.c.id.in_(hits.scalar_subquery())
    tsq = func.plainto_tsquery(literal_column("'english'"), bindparam("fts_q", " ".join(words(query))))
    return literal_column(f"{table.name}.tsv").op("@@")(tsq)


# Above this many matching statements, collecting them all costs more than walking quotes
# newest first and testing each (measured on the 100k store, bench/store_query_bench.py).
MANY = 2000


def many_matches(conn: Connection, query: str) -> bool:
    """Whether more than ``MANY`` statements match (SQLite; PostgreSQL plans this itself)."""
    if conn.dialect.name != "sqlite":
        return False
    sql = text("SELECT count(*) FROM (SELECT rowid FROM statements_fts "
               "WHERE statements_fts MATCH :q LIMIT :n)")
    return bool(conn.execute(sql, {"q": fts5_query(query), "n": MANY + 1}).scalar_one() > MANY)

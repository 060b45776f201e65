"""Exporting store tables as JSONL, CSV or Parquet, streamed in chunks."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import Engine, Select, select

from whosaid.store import tables as t

TABLES = ("articles", "statements", "entities", "times")
FORMATS = ("jsonl", "csv", "parquet")
_CHUNK = 2000


def query(table: str) -> Select[Any]:
    """The rows exported for ``table``: every stored field, with the article's Article.id
    (``article``) instead of internal join keys where that is what a reader needs."""
    a = t.articles
    if table == "articles":
        cols = [c for c in a.c if c.name not in ("signature", "analysis_hash")]
        return select(*cols).order_by(a.c.id)
    if table == "statements":
        s, q = t.statements, t.quotes
        return (select(a.c.uid.label("article"), a.c.outlet, a.c.published,
                       *[c for c in s.c if c.name != "quote_id"], q.c.quote_key,
                       q.c.n_articles.label("quote_copies"))
                .select_from(s.join(a, a.c.id == s.c.article_id)
                             .outerjoin(q, q.c.id == s.c.quote_id))
                .order_by(s.c.id))
    if table == "entities":
        e = t.article_entities
        return (select(a.c.uid.label("article"), *e.c)
                .select_from(e.join(a, a.c.id == e.c.article_id)).order_by(e.c.id))
    if table == "times":
        tm = t.times
        return (select(a.c.uid.label("article"), *tm.c)
                .select_from(tm.join(a, a.c.id == tm.c.article_id)).order_by(tm.c.id))
    raise ValueError(f"unknown table {table!r}: choose from {', '.join(TABLES)}")


def rows(engine: Engine, table: str) -> Iterator[list[dict[str, Any]]]:
    """The table's rows in chunks of dicts."""
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=_CHUNK).execute(query(table))
        for part in result.mappings().partitions():
            yield [dict(r) for r in part]


def _flat(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa
    from sqlalchemy import Float, Integer

    fields = []
    for c in query(table).selected_columns:
        typ = pa.int64() if isinstance(c.type, Integer) else (
            pa.float64() if isinstance(c.type, Float) else pa.string())
        fields.append(pa.field(c.name, typ))
    return pa.schema(fields)


def write(engine: Engine, table: str, fmt: str, out: IO[str] | str) -> int:
    """Write ``table`` as ``fmt`` to a text stream or (parquet: must be) a path; returns rows.

    Lists and objects (spans, aliases, diffs) become JSON strings in CSV and Parquet.
    """
    n = 0
    if fmt == "parquet":
        if not isinstance(out, str):
            raise ValueError("parquet needs an output file: -o FILE.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _arrow_schema(table)
        with pq.ParquetWriter(out, schema) as writer:
            for chunk in rows(engine, table):
                flat = [{k: _flat(v) for k, v in r.items()} for r in chunk]
                writer.write_table(pa.Table.from_pylist(flat, schema=schema))
                n += len(chunk)
        return n
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as f:
            return _write_text(engine, table, fmt, f)
    return _write_text(engine, table, fmt, out)


def _write_text(engine: Engine, table: str, fmt: str, stream: IO[str]) -> int:
    n = 0
    w = None
    for chunk in rows(engine, table):
        for r in chunk:
            if fmt == "jsonl":
                stream.write(json.dumps(r, ensure_ascii=False) + "\n")
            else:
                if w is None:
                    w = csv.DictWriter(stream, fieldnames=list(r), lineterminator="\n")
                    w.writeheader()
                w.writerow({k: _flat(v) for k, v in r.items()})
        n += len(chunk)
    if fmt == "csv" and w is None:
        stream.write(",".join(c.name for c in query(table).selected_columns) + "\n")
    return n

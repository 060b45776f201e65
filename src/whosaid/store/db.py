"""Opening a store: a plain path is a SQLite file, ``postgresql://…`` a PostgreSQL server.

The schema is kept at the Alembic head: a new store is created at head automatically,
an older one is refused with a message telling the user to run ``whosaid db upgrade``.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url

DEFAULT_DB = "whosaid.db"
ENV_VAR = "WHOSAID_DB"
# Long enough for another process's per-article transaction (and a WAL checkpoint) to end.
BUSY_TIMEOUT_S = 30.0
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Ingest opens its connections with this execution option: on SQLite the transaction then
# takes the write lock up front (BEGIN IMMEDIATE), so a read-then-write transaction cannot
# hit SQLITE_BUSY half-way, which busy_timeout does not retry.
WRITE = {"whosaid_write": True}


class StoreError(Exception):
    """A store cannot be used as asked; the message says what to do."""


def resolve(db: str | None) -> str:
    return db or os.environ.get(ENV_VAR) or DEFAULT_DB


def to_url(db: str) -> URL:
    if "://" not in db:
        return URL.create("sqlite+pysqlite", database=str(Path(db).expanduser().absolute()))
    url = make_url(db)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if not url.drivername.startswith(("sqlite", "postgresql")):
        raise StoreError(f"unsupported store {url.drivername!r}: give a file path or postgresql://…")
    return url


def make_engine(db: str | None = None, **kwargs: Any) -> Engine:
    url = to_url(resolve(db))
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, **kwargs)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_engine(url: URL, **kwargs: Any) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, **kwargs)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see WRITE)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL keeps the database consistent after a crash; only the last
        # commits may be lost on power failure, which re-ingesting repairs.
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        # Checkpoints fsync and rewrite hot index pages: a larger WAL between them made
        # ingest ~35 % faster (bench/store_bench.py); readers are unaffected.
        cur.execute("PRAGMA wal_autocheckpoint = 10000")
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("whosaid_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def is_sqlite(bind: Engine | Connection) -> bool:
    return bind.dialect.name == "sqlite"


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


_XACT_LOCK = text("SELECT pg_advisory_xact_lock(:k)")


def xact_lock(conn: Connection, name: bytes) -> None:
    """Hold the lock ``name`` until the transaction ends, so that writers in other
    processes wait here (PostgreSQL; on SQLite, BEGIN IMMEDIATE serialises writers already)."""
    if conn.dialect.name == "postgresql":
        conn.execute(_XACT_LOCK, {"k": zlib.crc32(name)})


def _lock(conn: Connection) -> None:
    """Serialise schema changes between processes."""
    xact_lock(conn, b"whosaid-schema")


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str, int]:
    """Migrate the store to ``revision``; returns (revision before, revision after,
    articles regrouped).

    At the head, signatures made with another MinHash scheme than this whosaid's are
    recomputed and the stories rebuilt (``stories.regroup``), in the same transaction."""
    from alembic import command

    from whosaid.store import stories

    with engine.execution_options(**WRITE).begin() as conn:
        _lock(conn)
        before = current_revision(conn)
        command.upgrade(_alembic_config(conn), revision)
        after = current_revision(conn) or ""
        regrouped = 0
        if after == head_revision() and not stories.scheme_is_current(conn):
            regrouped = stories.regroup(conn)
        return before, after, regrouped


def ensure_schema(engine: Engine, *, name: str = "") -> None:
    """Create a new store at head; refuse an old or foreign one with a clear message."""
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return
    if current is None:
        with engine.execution_options(**WRITE).begin() as conn:
            _lock(conn)
            current = current_revision(conn)  # another process may have created it meanwhile
            if current is None:
                if "articles" in inspect(conn).get_table_names():
                    raise StoreError(f"{name or engine.url} has tables but is not a whosaid store")
                from alembic import command

                command.upgrade(_alembic_config(conn), "head")
                return
    if current != head:
        where = f" --db {name}" if name else ""
        raise StoreError(
            f"the store {name or engine.url} is at schema revision {current} but this whosaid "
            f"needs {head}: run `whosaid db upgrade{where}`"
        )


def open_store(db: str | None = None, *, create: bool = True) -> Engine:
    """An engine on the store ``db`` (path or URL; default $WHOSAID_DB or whosaid.db).

    With ``create`` a missing store is created at the schema head; an out-of-date one raises
    :class:`StoreError`.
    """
    name = resolve(db)
    if not create and "://" not in name and not Path(name).exists():
        raise StoreError(f"no store at {name}: run `whosaid ingest PATH… --db {name}` first")
    engine = make_engine(name)
    ensure_schema(engine, name=name)
    return engine

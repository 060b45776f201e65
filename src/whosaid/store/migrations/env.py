"""Alembic environment, run programmatically by :mod:`whosaid.store.db` (no alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from whosaid.store.tables import metadata

config = context.config


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:  # the alembic command line: alembic -x url=... upgrade head
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
            "sqlalchemy.url"
        )
        if not url:
            raise SystemExit("give the store: alembic -x url=sqlite:///whosaid.db upgrade head")
        with create_engine(url).connect() as c:
            _migrate(c)
            c.commit()
        return
    _migrate(conn)


def _migrate(conn: Connection) -> None:
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()

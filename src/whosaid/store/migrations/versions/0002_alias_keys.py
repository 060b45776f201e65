"""speaker aliases matched by the entities stage's spelling key (Zelenskiy meets Zelenskyy)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 07:30:00

Data only: ``entity_aliases.norm`` was ``fold`` (case, accents, doubled letters) and is now
``alias_key``. Rows whose new norm collides with another alias of the same entity are
merged (the alias kept is the first by id order).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_aliases = sa.table(
    "entity_aliases", sa.column("id", sa.Integer), sa.column("entity_key", sa.String),
    sa.column("alias", sa.Text), sa.column("norm", sa.String),
)


def _rekey(key_of: Callable[[str], str]) -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(_aliases.c.id, _aliases.c.entity_key, _aliases.c.alias).order_by(_aliases.c.id)
    ).all()
    seen: set[tuple[str, str]] = set()
    drop: list[int] = []
    update: list[dict[str, object]] = []
    for rid, key, alias in rows:
        norm = key_of(alias)
        if not norm or (key, norm) in seen:
            drop.append(rid)
            continue
        seen.add((key, norm))
        update.append({"rid": rid, "new": norm})
    for i in range(0, len(drop), 500):
        conn.execute(sa.delete(_aliases).where(_aliases.c.id.in_(drop[i:i + 500])))
    if update:
        # Two passes through a unique-free placeholder: rows may swap norms within one entity.
        stmt = sa.update(_aliases).where(_aliases.c.id == sa.bindparam("rid"))
        conn.execute(stmt.values(norm=sa.literal("~", sa.String) + sa.cast(sa.bindparam("rid"), sa.String)), [{"rid": u["rid"]} for u in update])
        conn.execute(stmt.values(norm=sa.bindparam("new")), update)


def upgrade() -> None:
    from whosaid.store.normalize import alias_key

    _rekey(alias_key)


def downgrade() -> None:
    from whosaid.store.normalize import fold

    _rekey(lambda a: fold(a)[:300])

"""store_meta: the MinHash scheme the store's story signatures were made with

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:55:00

Stores up to 0002 were all written with one scheme, spelled out here (not imported: a
migration must keep meaning what it meant when it was written). ``whosaid db upgrade``
recomputes signatures when this whosaid's scheme differs (``stories.regroup``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SCHEME_BEFORE_0003 = "minhash-affine32-s1-p128-k5-b32r4-v1"


def upgrade() -> None:
    conn = op.get_bind()
    if "store_meta" not in sa.inspect(conn).get_table_names():
        op.create_table(
            'store_meta',
            sa.Column('key', sa.String(length=64), nullable=False),
            sa.Column('value', sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint('key', name=op.f('pk_store_meta')),
        )
    meta = sa.table("store_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    if conn.execute(sa.select(meta.c.value).where(meta.c.key == "signature_version")).first() is None:
        conn.execute(sa.insert(meta).values(key="signature_version", value=SCHEME_BEFORE_0003))


def downgrade() -> None:
    op.drop_table('store_meta')

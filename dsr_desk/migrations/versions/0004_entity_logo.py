"""entity letterhead logo

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: SQLite adds it in place, existing rows get NULL (no logo).
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35) instead of copying the table: a copy would
    # drop and recreate "entities", which the register and the requests refer to.
    with op.batch_alter_table("entities", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("logo")

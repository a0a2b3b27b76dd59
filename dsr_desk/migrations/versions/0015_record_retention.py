"""request records anonymised after their retention period (storage limitation)

Entities gain ``retention_records_years`` (5: the civil limitation period, art. 2224 of the
Code civil) and requests ``anonymised_on``. The search index is rebuilt with FTS5's own
``secure-delete`` option on, so that an anonymised requester's name and e-mail leave its
shadow tables at once (the old index is dropped with SQLite's ``secure_delete`` on). Adding a
column recreates no table, so the triggers stay.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 07:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dsr_desk.storage import search_index

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("retention_records_years", sa.Integer(), nullable=False, server_default="5")
        )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
    search_index.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("anonymised_on")
    with op.batch_alter_table("entities", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("retention_records_years")

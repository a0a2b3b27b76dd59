"""requester search key (accent- and case-insensitive search)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dsr_desk.domain.text import requester_search_key

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("requesters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    # Existing requesters get their folded key (computed in Python: SQLite cannot fold accents).
    connection = op.get_bind()
    table = sa.table(
        "requesters",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("email", sa.String),
        sa.column("search_key", sa.Text),
    )
    rows = connection.execute(sa.select(table.c.id, table.c.name, table.c.email)).all()
    if rows:
        connection.execute(
            table.update().where(table.c.id == sa.bindparam("row_id")),
            [
                {"row_id": row.id, "search_key": requester_search_key(row.name, row.email)}
                for row in rows
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("requesters", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("search_key")

"""free-text reasons kept with their request (the audit log refers to them): request_reasons

From this revision on, the vault has an audit anchor beside vault.json
(storage.vault.ANCHORED_SINCE_REVISION): a database at this revision without one is refused.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mac_key", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_request_reasons_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_reasons")),
    )
    op.create_index(
        op.f("ix_request_reasons_request_id"), "request_reasons", ["request_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_request_reasons_request_id"), table_name="request_reasons")
    op.drop_table("request_reasons")

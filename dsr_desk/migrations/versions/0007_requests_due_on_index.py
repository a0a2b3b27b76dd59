"""index requests by due date and reference (the register's default order)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:45:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX: a batch "move and copy" of requests would drop the search triggers.
    op.create_index("ix_requests_due_on_reference", "requests", ["due_on", "reference"])


def downgrade() -> None:
    op.drop_index("ix_requests_due_on_reference", table_name="requests")

"""let the dashboard count open requests from an index: (status, due_on) becomes (status, due_on, on_hold)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 21:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The open, overdue and due-this-week counts read status, due_on and on_hold of every open
    # request: with on_hold in the index they no longer fetch each request's row from the
    # table (a few thousand pages to decrypt on a cold start). The new index keeps the old
    # one's (status, due_on) prefix, so it serves every query the old one did.
    # Plain CREATE/DROP INDEX: a batch "move and copy" of requests would drop the triggers.
    op.create_index(
        "ix_requests_status_due_on_on_hold", "requests", ["status", "due_on", "on_hold"]
    )
    op.drop_index("ix_requests_status_due_on", table_name="requests")


def downgrade() -> None:
    op.create_index("ix_requests_status_due_on", "requests", ["status", "due_on"])
    op.drop_index("ix_requests_status_due_on_on_hold", table_name="requests")

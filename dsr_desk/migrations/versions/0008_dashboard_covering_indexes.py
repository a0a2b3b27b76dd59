"""cover the dashboard's monthly series with indexes (received_on, type), (closed_on, received_on)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 16:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX: a batch "move and copy" of requests would drop the search triggers.
    # (received_on, type) serves everything the old (received_on) index did, and more.
    op.create_index("ix_requests_received_on_type", "requests", ["received_on", "type"])
    op.drop_index("ix_requests_received_on", table_name="requests")
    op.create_index("ix_requests_closed_on_received_on", "requests", ["closed_on", "received_on"])


def downgrade() -> None:
    op.drop_index("ix_requests_closed_on_received_on", table_name="requests")
    op.create_index("ix_requests_received_on", "requests", ["received_on"])
    op.drop_index("ix_requests_received_on_type", table_name="requests")

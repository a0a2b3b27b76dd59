"""the audit log indexed by action: the latest entry of one action (the dashboard's last
backup, ``vault.backed_up``) is a lookup, where it read the whole log when there was none

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 13:50:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_audit_log_action_seq", "audit_log", ["action", "seq"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_action_seq", table_name="audit_log")

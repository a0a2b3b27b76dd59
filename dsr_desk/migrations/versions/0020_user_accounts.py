"""user accounts with roles: a new vault, and every existing one, gets one account, its owner
(role DPO, no password: unlocking the vault is the login), named after the user who creates
or opens it (``dsr_desk.user.current_user``)

Revision ID: 0020
Revises: 0018
Create Date: 2026-12-08 10:00:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from dsr_desk.user import current_user

revision: str = "0020"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    users = op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "dpo",
                "assistant",
                "auditor",
                native_enum=False,
                create_constraint=False,
                length=32,
                name="user_role",
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("is_owner", sa.Boolean(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.String(40), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("removed_at", sa.String(40), nullable=True),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    owner = " ".join(current_user().split())[:100] or "owner"
    op.bulk_insert(
        users,
        [
            {
                "name": owner,
                "role": "dpo",
                "password_hash": None,
                "is_owner": True,
                "failed_count": 0,
                "last_failed_at": None,
                "created_at": datetime.now(UTC).isoformat(timespec="microseconds"),
                "removed_at": None,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("users")

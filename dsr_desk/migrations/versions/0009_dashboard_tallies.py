"""dashboard tallies kept by triggers (received per month and type, answered per month by days)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 16:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

from dsr_desk.storage import dashboard_tallies

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    dashboard_tallies.install(op.get_bind())


def downgrade() -> None:
    dashboard_tallies.uninstall(op.get_bind())

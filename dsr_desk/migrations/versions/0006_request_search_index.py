"""request search index (FTS5 trigram over reference, requester name and e-mail)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:20:00.000000
"""

from collections.abc import Sequence

from alembic import op

from dsr_desk.storage import search_index

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())

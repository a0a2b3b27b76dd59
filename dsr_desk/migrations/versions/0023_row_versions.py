"""row versions: ``requests.version`` and ``requesters.version``, raised by every change to the
row or to what hangs off a request (its notes, documents, reasons...), so that a unit of work
that loaded an older version is refused (``Conflict``) instead of overwriting a colleague's
change (``storage.row_versions``). Existing rows start at 1.

Revision ID: 0023
Revises: 0022
Create Date: 2027-01-10 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("requesters", "requests"):
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # SQLite drops a plain column in place (3.35+): no copy of the table, whose rows other
    # tables' foreign keys refer to
    for table in ("requesters", "requests"):
        op.drop_column(table, "version")

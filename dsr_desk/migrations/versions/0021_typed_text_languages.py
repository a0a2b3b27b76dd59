"""the language of each typed text: the reasons of a closure (with a partial answer's granted
and withheld parts), of an extension and of a request for information are recorded with the
language they were typed in (``fr`` / ``en``). NULL on the rows written before: the request's
language, as was assumed then. Adding columns recreates no table, so the triggers stay.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome_lang", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("extension_reason_lang", sa.String(length=2), nullable=True))
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason_lang", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suspensions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("reason_lang")
    with op.batch_alter_table("requests", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("extension_reason_lang")
        batch_op.drop_column("outcome_lang")

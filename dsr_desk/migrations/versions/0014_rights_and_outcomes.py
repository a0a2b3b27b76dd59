"""what each right allows and every way a request ends: entity settings ("without delay" in
working days, months on hold before a request is flagged), the recorded outcome of a request
with what a partial answer grants and withholds, and the amount of a fee asked

Every column is added in place (nullable, or with a server default for the existing rows): no
table is recreated. Requests closed before this revision keep a NULL outcome: their final
status says it (``Outcome.of``).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("without_delay_days", sa.Integer(), nullable=False, server_default="5")
        )
        batch_op.add_column(
            sa.Column("on_hold_months", sa.Integer(), nullable=False, server_default="3")
        )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("outcome_granted", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("outcome_withheld", sa.Text(), nullable=True))
    with op.batch_alter_table("suspensions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amount_cents", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suspensions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("amount_cents")
    with op.batch_alter_table("requests", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("outcome_withheld")
        batch_op.drop_column("outcome_granted")
        batch_op.drop_column("outcome")
    with op.batch_alter_table("entities", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("on_hold_months")
        batch_op.drop_column("without_delay_days")

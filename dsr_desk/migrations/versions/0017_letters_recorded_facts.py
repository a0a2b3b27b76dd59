"""letters state recorded facts: English register texts, requester civility, the entity's
signer title, the Art. 19 notices recorded per request, and the means of identification
offered with a request for identity

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ENGLISH = (
    "name",
    "purpose",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decisions",
)


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    # Columns with a default are added in place (ALTER TABLE … ADD COLUMN): no table copy.
    with op.batch_alter_table("processing_activities", recreate="never") as batch_op:
        for name in _ENGLISH:
            batch_op.add_column(_text(f"{name}_en"))
    with op.batch_alter_table("requesters", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("civility", sa.String(8), nullable=False, server_default=""))
    with op.batch_alter_table("entities", recreate="never") as batch_op:
        batch_op.add_column(_text("signer_title"))
    with op.batch_alter_table("suspensions", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("id_means", sa.String(200), nullable=False, server_default="")
        )
    op.create_table(
        "recipient_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer(),
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient", sa.String(300), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_recipient_notices_request_id", "recipient_notices", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_recipient_notices_request_id", table_name="recipient_notices")
    op.drop_table("recipient_notices")
    with op.batch_alter_table("suspensions", recreate="never") as batch_op:
        batch_op.drop_column("id_means")
    with op.batch_alter_table("entities", recreate="never") as batch_op:
        batch_op.drop_column("signer_title")
    with op.batch_alter_table("requesters", recreate="never") as batch_op:
        batch_op.drop_column("civility")
    with op.batch_alter_table("processing_activities", recreate="never") as batch_op:
        for name in reversed(_ENGLISH):
            batch_op.drop_column(f"{name}_en")

"""who asks: the requester's capacity, the data subject's name, linked requests

Requests gain ``capacity`` (self, representative, guardian, heir; every request logged before
was made by the person concerned: "self"), ``subject_name`` (the data subject, when someone
else asks) and ``linked_to`` (the reference of the first request logged from the same message,
indexed: the linked requests are read by it). Adding columns recreates no table, so the
triggers stay.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("capacity", sa.String(length=32), nullable=False, server_default="self")
        )
        batch_op.add_column(sa.Column("subject_name", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("linked_to", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_requests_linked_to"), ["linked_to"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None, recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_linked_to"))
        batch_op.drop_column("linked_to")
        batch_op.drop_column("subject_name")
        batch_op.drop_column("capacity")

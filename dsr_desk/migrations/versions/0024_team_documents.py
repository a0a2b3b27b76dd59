"""team mode's documents: ``team_documents`` holds each document's ciphertext (the document
store's AES-256-GCM segmented format, one row per block: the header, then each sealed
segment), keyed by document id, so that every member of the team sees the documents. The
document's file key stays in ``documents.wrapped_key``, wrapped under a key derived from the
team key as a workstation's is under one derived from the vault key. Stays empty in a
workstation vault (its documents are files).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-22 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "team_documents",
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "part", name=op.f("pk_team_documents")),
    )


def downgrade() -> None:
    op.drop_table("team_documents")

"""team mode's keys and blind index: ``team_keys`` (who holds the team key: each user's key
pair, the recovery key's), ``requester_search_tokens`` (the keyed blind index of requesters'
names and e-mails); both stay empty in a workstation vault. On PostgreSQL the personal columns
become TEXT (room for their ciphertext, ``storage.team_crypto``) and the plaintext search key
is emptied (the blind index replaces it); SQLite keeps its columns as they are.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-15 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The personal columns of a bounded length (VARCHAR(n)) at 0021: (table, column, length).
_BOUNDED = (
    ("requesters", "name", 300),
    ("requesters", "email", 320),
    ("requesters", "phone", 64),
    ("requests", "subject_name", 300),
    ("identity_checks", "number_last_chars", 8),
    ("documents", "filename", 255),
)


def upgrade() -> None:
    op.create_table(
        "team_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("sealed_ephemeral", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_nonce", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_key", sa.LargeBinary(), nullable=False),
        sa.Column("private_nonce", sa.LargeBinary(), nullable=True),
        sa.Column("private_wrapped", sa.LargeBinary(), nullable=True),
        sa.Column("kdf_salt", sa.LargeBinary(), nullable=True),
        sa.Column("kdf_memory_kib", sa.Integer(), nullable=True),
        sa.Column("kdf_time_cost", sa.Integer(), nullable=True),
        sa.Column("kdf_parallelism", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_keys")),
        sa.UniqueConstraint("holder", name=op.f("uq_team_keys_holder")),
    )
    op.create_table(
        "requester_search_tokens",
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requesters.id"],
            name=op.f("fk_requester_search_tokens_requester_id_requesters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("requester_id", "token", name=op.f("pk_requester_search_tokens")),
    )
    op.create_index(op.f("ix_requester_search_tokens_token"), "requester_search_tokens", ["token"])
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _BOUNDED:
            op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length=length))
        op.execute("UPDATE requesters SET search_key = ''")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in _BOUNDED:
            op.alter_column(table, column, type_=sa.String(length=length), existing_type=sa.Text())
    op.drop_index(op.f("ix_requester_search_tokens_token"), table_name="requester_search_tokens")
    op.drop_table("requester_search_tokens")
    op.drop_table("team_keys")

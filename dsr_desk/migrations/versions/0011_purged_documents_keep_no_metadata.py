"""a purged document's row keeps only what the purge log needs: filename, media type, size and
sha256 become nullable and are cleared on rows already purged

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CLEARED = (
    ("filename", sa.String(length=255)),
    ("media_type", sa.String(length=100)),
    ("size", sa.Integer()),
    ("sha256", sa.String(length=64)),
)


def upgrade() -> None:
    # A batch "move and copy" of documents: no trigger is defined on it and no table refers
    # to it. With secure_delete on, the old table's pages are zeroed when it is dropped.
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for name, type_ in _CLEARED:
            batch_op.alter_column(name, existing_type=type_, nullable=True)
    # The name, size and hash of the plaintext of a document already crypto-shredded are
    # personal data about a file that no longer exists: the purge log needs none of them.
    op.execute(
        "UPDATE documents SET filename = NULL, media_type = NULL, size = NULL, sha256 = NULL "
        "WHERE purged_at IS NOT NULL"
    )


def downgrade() -> None:
    # The previous schema wants values: a purged row gets neutral ones (its data is gone).
    op.execute(
        "UPDATE documents SET filename = coalesce(filename, ''), "
        "media_type = coalesce(media_type, ''), size = coalesce(size, 0), "
        "sha256 = coalesce(sha256, '') WHERE purged_at IS NOT NULL"
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        for name, type_ in _CLEARED:
            batch_op.alter_column(name, existing_type=type_, nullable=False)

"""requester search keys folded again: letters without a separable accent (ł, đ, ħ...) and
typographic apostrophes are now spelt out (domain.text.fold), as the rest of the app matches

The keys are recomputed in Python (SQLite cannot fold accents); only the rows whose key
changes are written, and the search index follows them through its trigger
(``request_search_requester``, storage.search_index). No table is recreated.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 10:00:00.000000
"""

import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from dsr_desk.domain.text import requester_search_key

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REQUESTERS = sa.table(
    "requesters",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("email", sa.String),
    sa.column("search_key", sa.Text),
)

# The fold of revision 0012 and before (for the downgrade): "Łukasz" stayed "łukasz".
_OLD_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o"})


def _old_search_key(name: str, email: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", f"{name}\n{email or ''}".translate(_OLD_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _recompute(key_of: Callable[[str, str | None], str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            _REQUESTERS.c.id, _REQUESTERS.c.name, _REQUESTERS.c.email, _REQUESTERS.c.search_key
        )
    ).all()
    changed = [
        {"row_id": row.id, "search_key": key}
        for row in rows
        if (key := key_of(row.name, row.email)) != row.search_key
    ]
    if changed:
        connection.execute(
            _REQUESTERS.update().where(_REQUESTERS.c.id == sa.bindparam("row_id")), changed
        )


def upgrade() -> None:
    _recompute(requester_search_key)


def downgrade() -> None:
    _recompute(_old_search_key)

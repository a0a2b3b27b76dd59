"""Alembic environment: always run on a connection handed over by dsr_desk.storage.migrate,
so the SQLCipher key is already applied; never from a URL in a config file."""

from alembic import context

from dsr_desk.storage.derived_tables import alembic_include_name
from dsr_desk.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through dsr_desk.storage.migrate (the vault must be unlocked)."
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    # the FTS5 search index (and its shadow tables) is created by its own migration
    include_name=alembic_include_name,
)
with context.begin_transaction():
    context.run_migrations()

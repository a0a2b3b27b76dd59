"""Alembic migration scripts (batch mode, so SQLite can alter tables)."""

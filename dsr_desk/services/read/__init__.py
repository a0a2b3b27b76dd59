"""The read side: what the screens, the CLI's lists and the exports read, in plain SQL.

Services come in two shapes. Use cases (``dsr_desk.services.*``) take the unit of work first,
load domain objects through its repositories, apply the rule and commit. Readers (this package)
answer a question with rows built in SQL, fast with 100 000 requests. Every reader here:

- runs hand-written SQL on a DB-API connection (``storage.plain_sql.SqlConnection``): the
  vault's reader connection in the GUI, or ``uow.dbapi_connection`` inside a unit of work (it
  then sees that transaction's changes) — SQLCipher on a workstation, PostgreSQL in team mode.
  The SQL is written so both read it alike; ``storage.plain_sql`` converts the placeholders
  and holds the few fragments that differ;
- binds every value (``?``; dates as ``date``); the SQL text is put together only from fixed
  fragments, never from what the user typed;
- returns plain frozen rows (dataclasses of str, int, bool, date), never ORM objects;
- imports neither SQLAlchemy, the ORM mapping, the repositories nor the unit of work, so the
  GUI can draw its first screen before SQLAlchemy is loaded;
- never writes (no INSERT, UPDATE, DELETE): a read that must be audited is a use case that
  calls a reader inside its unit of work (``services.calendar``).

``tests/unit/test_read_side.py`` checks the imports.
"""

"""A team key for tests that write to a team database without going through ``init``."""

from __future__ import annotations

from sqlalchemy import Engine

from dsr_desk.storage.pg_engine import install_team_cipher
from dsr_desk.storage.team_crypto import TeamCipher
from dsr_desk.storage.team_keys import new_team_key


def with_team_key(engine: Engine) -> TeamCipher:
    """Install a fresh team key's cipher on ``engine`` (as a login would) and return it."""
    cipher = TeamCipher(new_team_key(), 1)
    install_team_cipher(engine, cipher)
    return cipher

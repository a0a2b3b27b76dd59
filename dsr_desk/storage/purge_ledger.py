"""The purge ledger: what was destroyed, kept outside the database so that a restore cannot
bring it back.

A purge crypto-shreds a document (its key is erased from the database) and an anonymisation
erases a request record's personal fields. A backup taken before either still holds them, so
restoring it would resurrect an ID copy whose retention had ended. ``purge-ledger.json``,
beside the vault header, lists every document id destroyed and every request record
anonymised, with the day; it is written into every backup, and a restore re-applies each
entry the restored database does not reflect yet (``services.backup``).

It holds no personal data: random document ids and request references (``DSR-2026-0001``),
with dates. It only ever grows: entries are merged, never dropped, so a restore of an old
backup keeps the entries made since. It belongs to one vault (``vault_id``): a ledger of
another vault is ignored, its references mean other requests there.

The database is the source of truth: the ledger is derived from it (``from_database``) after
every commit that destroyed something (``SqlUnitOfWork.flush_to_disk``) and at each backup; a
crash in between loses nothing that the next derivation does not find again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.atomic import atomic_replace
from dsr_desk.storage.plain_sql import SqlConnection, rows

LEDGER_FILE: Final = "purge-ledger.json"
FORMAT: Final = 1
MAX_LEDGER_BYTES: Final = 64 * 1024 * 1024  # ~1 million entries; refuse to slurp more
#: ``Session.info`` key under which a vault's sessions find its ledger (``SqlUnitOfWork``).
PURGE_LEDGER_INFO: Final = "dsr_desk.purge_ledger"


@dataclass(frozen=True)
class Ledger:
    """Destroyed document ids and anonymised request references, each with its day (ISO)."""

    vault_id: str
    documents: dict[str, str] = field(default_factory=dict)
    records: dict[str, str] = field(default_factory=dict)

    def merged(self, other: Ledger) -> Ledger:
        """Both ledgers' entries (the earlier day where both have one); ``other`` of another
        vault adds nothing."""
        if other.vault_id != self.vault_id:
            return self
        return Ledger(
            self.vault_id,
            _union(self.documents, other.documents),
            _union(self.records, other.records),
        )

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "documents": dict(sorted(self.documents.items())),
            "records": dict(sorted(self.records.items())),
        }
        return (json.dumps(document, indent=1) + "\n").encode("ascii")

    @classmethod
    def from_json(cls, raw: bytes, source: str) -> Ledger:
        """Parse strictly; ``VaultError`` naming ``source`` when it is not a ledger."""
        try:
            document = json.loads(raw.decode("ascii"))
            if not isinstance(document, dict) or document.get("format") != FORMAT:
                raise ValueError("not a purge ledger of this format")
            vault_id = document["vault_id"]
            documents = document["documents"]
            records = document["records"]
            if not isinstance(vault_id, str) or not all(
                isinstance(entries, dict)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items())
                for entries in (documents, records)
            ):
                raise ValueError("unexpected content")
        except (ValueError, KeyError, UnicodeDecodeError) as problem:
            raise VaultError(
                "The purge ledger {source} is damaged ({problem}).", source=source, problem=problem
            ) from None
        return cls(vault_id, dict(documents), dict(records))


def _union(first: dict[str, str], second: dict[str, str]) -> dict[str, str]:
    merged = dict(first)
    for key, day in second.items():
        merged[key] = min(day, merged.get(key, day))
    return merged


def from_database(db: SqlConnection, vault_id: str) -> Ledger:
    """What the database says was destroyed."""
    documents = {
        document_id: str(purged_at)[:10]
        for document_id, purged_at in rows(
            db, "SELECT document_id, purged_at FROM documents WHERE purged_at IS NOT NULL"
        )
    }
    records = {
        reference: str(anonymised_on)[:10]
        for reference, anonymised_on in rows(
            db, "SELECT reference, anonymised_on FROM requests WHERE anonymised_on IS NOT NULL"
        )
    }
    return Ledger(vault_id, documents, records)


def read_ledger(data_dir: Path, vault_id: str) -> Ledger:
    """The ledger kept in ``data_dir`` (empty when there is none, or when it is another
    vault's). ``VaultError`` when it is damaged."""
    path = data_dir / LEDGER_FILE
    try:
        if path.stat().st_size > MAX_LEDGER_BYTES:
            raise VaultError("The purge ledger {path} is too large to be one.", path=path)
        raw = path.read_bytes()
    except FileNotFoundError:
        return Ledger(vault_id)
    except OSError as problem:
        raise VaultError(
            "The purge ledger {path} cannot be read ({reason}).", path=path, reason=problem.strerror
        ) from None
    found = Ledger.from_json(raw, str(path))
    return found if found.vault_id == vault_id else Ledger(vault_id)


def write_ledger(data_dir: Path, ledger: Ledger) -> None:
    atomic_replace(data_dir / LEDGER_FILE, ledger.to_json())


@dataclass(frozen=True)
class PurgeLedger:
    """One vault's ledger file."""

    data_dir: Path
    vault_id: str

    def sync(self, db: SqlConnection) -> Ledger:
        """Add what ``db`` says was destroyed to the file (written only when it grew)."""
        kept = read_ledger(self.data_dir, self.vault_id)
        ledger = kept.merged(from_database(db, self.vault_id))
        if ledger != kept:
            write_ledger(self.data_dir, ledger)
        return ledger

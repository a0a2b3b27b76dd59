"""SQLAlchemy Core tables. The schema of record is the Alembic history in dsr_desk/migrations;
a test checks the two never drift apart."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.entities import Role
from dsr_desk.domain.requests import (
    Capacity,
    Channel,
    InformationKind,
    Outcome,
    RequestType,
    Status,
)
from dsr_desk.domain.roles import UserRole
from dsr_desk.domain.verification import VerificationMethod, VerificationOutcome

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """Store an enum by its value text; no native DB enum, so SQLite and PostgreSQL agree."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class UtcInstant(TypeDecorator[datetime]):
    """A timezone-aware UTC instant stored as ISO 8601 text (sorts correctly, same on every
    backend)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class _Personal:
    """Personal data: encrypted with the team key on PostgreSQL (``storage.team_crypto``),
    as is on SQLite (the SQLCipher file is encrypted whole). ``label`` (``table.column``) is
    the ciphertext's associated data. On PostgreSQL the column is TEXT (migration 0022), room
    for the ciphertext."""

    label: str

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":
            return Text()
        return dialect.type_descriptor(self.impl_instance)  # type: ignore[attr-defined]

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None or dialect.name != "postgresql":
            return value
        from dsr_desk.storage.team_crypto import cipher_of_dialect

        return cipher_of_dialect(dialect).seal(self.label, value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if value is None or dialect.name != "postgresql":
            return value
        from dsr_desk.storage.team_crypto import cipher_of_dialect

        return cipher_of_dialect(dialect).open(self.label, value)


class PersonalText(_Personal, TypeDecorator[str]):
    impl = Text
    cache_ok = True

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label


class PersonalString(_Personal, TypeDecorator[str]):
    impl = String
    cache_ok = True

    def __init__(self, length: int, label: str) -> None:
        super().__init__(length)
        self.label = label


class ClearOnServer(TypeDecorator[str]):
    """A derived plaintext column kept on SQLite only (the folded search key): on PostgreSQL
    it is written empty, the blind index (``requester_search_tokens``) serving instead."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        return "" if dialect.name == "postgresql" and value is not None else value


entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("address", Text, nullable=False, default=""),
    Column("dpo_contact", Text, nullable=False, default=""),
    Column("country", String(2), nullable=False),
    Column("subdivision", String(16)),
    Column("role", _enum(Role, "role"), nullable=False),
    Column("suspension_policy", _enum(SuspensionPolicy, "suspension_policy"), nullable=False),
    Column("retention_access_years", Integer, nullable=False),
    Column("retention_objection_years", Integer, nullable=False),
    Column("retention_other_years", Integer, nullable=False),
    Column("minimisation", Boolean, nullable=False, default=False),
    Column("without_delay_days", Integer, nullable=False, default=5, server_default="5"),
    Column("on_hold_months", Integer, nullable=False, default=3, server_default="3"),
    # request records are anonymised this many years after closure (migration 0015)
    Column("retention_records_years", Integer, nullable=False, default=5, server_default="5"),
    Column("logo", LargeBinary),  # letterhead image (PNG or JPEG, at most 1 MiB)
    Column("signer_title", Text, nullable=False, default="", server_default=""),
)

requesters = Table(
    "requesters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", PersonalString(300, "requesters.name"), nullable=False, index=True),
    Column("email", PersonalString(320, "requesters.email"), index=True),
    Column("postal_address", PersonalText("requesters.postal_address"), nullable=False, default=""),
    Column("phone", PersonalString(64, "requesters.phone"), nullable=False, default=""),
    Column("language", String(2), nullable=False, default="fr"),
    Column("civility", String(8), nullable=False, default="", server_default=""),
    # Name and e-mail folded (no accents, no case): "eric" finds "Éric" (domain.text.fold).
    Column("search_key", ClearOnServer, nullable=False, default="", server_default=""),
    # raised by every change (migration 0023, ``storage.row_versions``)
    Column("version", Integer, nullable=False, default=1, server_default="1"),
)

requests = Table(
    "requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(32), nullable=False, unique=True),
    Column("type", _enum(RequestType, "request_type"), nullable=False),
    Column("channel", _enum(Channel, "channel"), nullable=False),
    Column("status", _enum(Status, "status"), nullable=False),
    Column("received_on", Date, nullable=False),
    Column("entity_id", ForeignKey("entities.id"), nullable=False),
    Column("requester_id", ForeignKey("requesters.id"), nullable=False),
    Column("summary", PersonalText("requests.summary"), nullable=False, default=""),
    Column("assignee", String(200)),
    Column("extended_on", Date),
    Column("extension_reason", PersonalText("requests.extension_reason")),
    Column("closed_on", Date),
    Column("outcome_reason", PersonalText("requests.outcome_reason")),
    Column("outcome", _enum(Outcome, "outcome")),  # NULL: closed before 0014, or open
    Column("outcome_granted", PersonalText("requests.outcome_granted")),
    Column("outcome_withheld", PersonalText("requests.outcome_withheld")),
    Column("last_contact_on", Date),
    Column("due_on", Date, nullable=False),
    Column("on_hold", Boolean, nullable=False, default=False),
    Column("anonymised_on", Date),  # storage limitation (domain.record_retention)
    # who asks (migration 0016): the requester, or someone acting for the data subject named
    Column("capacity", _enum(Capacity, "capacity"), nullable=False, server_default="self"),
    Column("subject_name", PersonalString(300, "requests.subject_name")),
    Column("linked_to", String(32), index=True),  # the first request of the same message
    # the language the texts were typed in (migration 0019; NULL: the request's language)
    Column("outcome_lang", String(2)),  # the closure's reasons, granted and withheld parts
    Column("extension_reason_lang", String(2)),
    # raised by every change to the request or its parts (migration 0023, storage.row_versions)
    Column("version", Integer, nullable=False, default=1, server_default="1"),
    Index(None, "status", "due_on", "on_hold"),  # the open counts: an index-only read
    Index(None, "received_on", "type"),  # the dashboard's monthly counts: an index-only read
    Index(None, "closed_on", "received_on"),  # the dashboard's days-to-answer, index-only too
    Index(None, "entity_id", "status", "due_on"),
    Index(None, "requester_id"),
    Index(None, "due_on", "reference"),  # the register's default order, walked page by page
)

suspensions = Table(
    "suspensions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("asked_on", Date, nullable=False),
    Column("kind", _enum(InformationKind, "information_kind"), nullable=False),
    Column("reason", PersonalText("suspensions.reason"), nullable=False),
    Column("policy", _enum(SuspensionPolicy, "suspension_policy"), nullable=False),
    Column("received_on", Date),
    Column("amount_cents", Integer),  # a fee asked (Art. 12(5)(a)), in euro cents
    # identity: the means the requester may use (``identity_means`` codes, comma-separated)
    Column("id_means", String(200), nullable=False, default="", server_default=""),
    Column("reason_lang", String(2)),  # the reason's language (0019; NULL: the request's)
)

identity_checks = Table(
    "identity_checks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("method", _enum(VerificationMethod, "verification_method"), nullable=False),
    Column("checked_by", String(200), nullable=False),
    Column("checked_on", Date, nullable=False),
    Column("outcome", _enum(VerificationOutcome, "verification_outcome"), nullable=False),
    Column("document_kind", String(100)),
    Column("number_last_chars", PersonalString(8, "identity_checks.number_last_chars")),
    Column("note", PersonalText("identity_checks.note"), nullable=False, default=""),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("user", String(200), nullable=False),
    Column("action", String(64), nullable=False),
    Column("request_ref", String(32), index=True),
    Column("details", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # the latest entry of one action (the dashboard's last backup): a lookup, not a scan
    Index(None, "action", "seq"),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("written_at", UtcInstant, nullable=False),
    Column("author", String(200), nullable=False),
    Column("text", PersonalText("notes.text"), nullable=False),
)

request_reasons = Table(
    # Free-text reasons given for actions on a request (domain.reasons): the audit entry
    # refers to one by number and MAC; the text and the MAC key go with the request.
    "request_reasons",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("number", Integer, nullable=False),
    Column("text", PersonalText("request_reasons.text"), nullable=False),
    Column("mac_key", LargeBinary, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", String(32), nullable=False, unique=True),
    Column("kind", _enum(DocumentKind, "document_kind"), nullable=False),
    # NULL once purged: the row then keeps only what the purge log needs (migration 0011)
    Column("filename", PersonalString(255, "documents.filename")),
    Column("media_type", String(100)),
    Column("size", Integer),
    Column("sha256", String(64)),
    Column("stored_name", String(64), nullable=False),
    Column("added_at", UtcInstant, nullable=False),
    Column("added_by", String(200), nullable=False),
    Column("wrapped_key", LargeBinary),
    Column("purged_at", UtcInstant),
    Column("purge_rule", Text),
)

# The register's texts kept in English too (revision 0015): ``<field>_en``.
ENGLISH_ACTIVITY_FIELDS = (
    "name",
    "purpose",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decisions",
)

processing_activities = Table(
    "processing_activities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("purpose", Text, nullable=False),
    Column("legal_basis", Text, nullable=False),
    Column("data_categories", Text, nullable=False),
    Column("recipients", Text, nullable=False, default=""),
    Column("retention", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("transfers", Text, nullable=False, default=""),
    Column("automated_decisions", Text, nullable=False, default=""),
    Column("position", Integer, nullable=False, default=0),
    *(
        Column(f"{name}_en", Text, nullable=False, default="", server_default="")
        for name in ENGLISH_ACTIVITY_FIELDS
    ),
)

recipient_notices = Table(
    "recipient_notices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("recipient", String(300), nullable=False),
    Column("notified_on", Date, nullable=False),
)

letter_overrides = Table(
    "letter_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("lang", String(2), nullable=False),
    Column("body", Text, nullable=False),
    UniqueConstraint("entity_id", "kind", "lang"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", _enum(UserRole, "user_role"), nullable=False),
    Column("password_hash", String(200)),  # argon2id; NULL for the owner (the vault is the login)
    Column("is_owner", Boolean, nullable=False, default=False),
    Column("failed_count", Integer, nullable=False, default=0),
    Column("last_failed_at", UtcInstant),
    Column("created_at", UtcInstant, nullable=False),
    Column("removed_at", UtcInstant),
)

# Team mode (migration 0022): who holds the team key (``storage.team_keys``), and the blind
# index of requesters' names and e-mails (``storage.team_crypto``). Empty on a workstation.
team_keys = Table(
    "team_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("holder", String(120), nullable=False, unique=True),  # "user:NAME" or "recovery"
    Column("public_key", LargeBinary, nullable=False),
    Column("generation", Integer, nullable=False),
    Column("sealed_ephemeral", LargeBinary, nullable=False),
    Column("sealed_nonce", LargeBinary, nullable=False),
    Column("sealed_key", LargeBinary, nullable=False),
    Column("private_nonce", LargeBinary),
    Column("private_wrapped", LargeBinary),
    Column("kdf_salt", LargeBinary),
    Column("kdf_memory_kib", Integer),
    Column("kdf_time_cost", Integer),
    Column("kdf_parallelism", Integer),
    Column("created_at", UtcInstant, nullable=False),
)

requester_search_tokens = Table(
    "requester_search_tokens",
    metadata,
    Column(
        "requester_id",
        ForeignKey("requesters.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("token", LargeBinary, primary_key=True),
    Index(None, "token"),
)

# Team mode (migration 0024): each document's ciphertext on the server (``storage.
# team_documents``), one row per block of the document store's format. Empty on a workstation.
team_documents = Table(
    "team_documents",
    metadata,
    Column("document_id", String(64), primary_key=True),
    Column("part", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

#: The encrypted columns, for the key rotation: (table, column).
PERSONAL_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (table.name, column.name)
    for table in metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, _Personal)
)

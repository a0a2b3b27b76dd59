"""The register-of-requests export (the accountability file): the requests matching the
register's filters, read in the export's own transaction, which also records the export in
the audit log (the file leaves the encrypted vault). What goes in: ``read.register_export``;
the file itself: ``export.register_file``."""

from __future__ import annotations

from dsr_desk.domain.roles import Action
from dsr_desk.read_models import RegisterEntry
from dsr_desk.services.read.queries import RequestFilter
from dsr_desk.services.read.register_export import register_entries
from dsr_desk.storage.unit_of_work import SqlUnitOfWork

__all__ = ["export_register_entries"]


def export_register_entries(
    uow: SqlUnitOfWork, flt: RequestFilter | None = None, *, file_format: str = ""
) -> list[RegisterEntry]:
    """The entries to write, and the audit entry saying how many went out and in which
    format."""
    uow.require(Action.REPORTS)
    with uow:
        entries = register_entries(uow.dbapi_connection, uow.clock.today(), flt)
        uow.record("request.register_exported", None, requests=len(entries), format=file_format)
        uow.commit()
        return entries

"""The worker side of the processing register editor: what a load returns and how a
spreadsheet is imported.

``import_file`` runs on the DB worker thread (through ``Ops.run``); the editor
(``dsr_desk.ui.widgets.register_editor``) only ever sees the finished result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.errors import ValidationError
from dsr_desk.services.register import ActivityView
from dsr_desk.services.register_csv import MAX_CSV_BYTES, ImportReport, import_register_csv
from dsr_desk.ui.session import AppSession


@dataclass(frozen=True)
class Loaded:
    entity: str
    activities: list[ActivityView]


def import_file(session: AppSession, entity: str, path: Path, replace: bool) -> ImportReport:
    """Runs on the DB worker: read the file, then import it (all rows or none)."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ValidationError(
                QCoreApplication.translate(
                    "RegisterImport", "{name} is larger than {size} MB."
                ).format(name=path.name, size=MAX_CSV_BYTES // 2**20)
            )
        data = path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            QCoreApplication.translate("RegisterImport", "Cannot read {name}: {problem}.").format(
                name=path.name, problem=problem.strerror or problem
            )
        ) from None
    return import_register_csv(session.uow(), entity, data, replace=replace)

"""The worker side of the bundle dialog (``dsr_desk.ui.dialogs.bundle_dialog``): what the
dialog sends and gets back, and the calls that run on the database worker through ``Ops.run``.

Nothing here touches Qt. ``save_bundle_to`` has the service stream the bundle into the chosen
file (atomically, owner-only), so memory does not grow with the documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dsr_desk.export.bundle_file import check_bundle_target, open_bundle_file
from dsr_desk.services.extra_files import ExtraCategory, ExtraFile, read_extra_file
from dsr_desk.services.portability import BundlePlan, bundle_preview, export_bundle
from dsr_desk.ui.session import AppSession


@dataclass(frozen=True)
class BundleChoice:
    """What the dialog's fields say (sent to the worker)."""

    extras: tuple[ExtraFile, ...] = field(repr=False)
    password: str | None = field(repr=False)
    override_reason: str | None
    lang: str


@dataclass(frozen=True)
class SavedBundle:
    """A bundle written to disk (no content)."""

    reference: str
    path: Path
    manifest_sha256: str
    file_count: int
    encrypted: bool


def load_plan(session: AppSession, reference: str, lang: str) -> BundlePlan:
    """Runs on the DB worker."""
    return bundle_preview(session.uow(), reference, lang)


def read_added_file(category: str, path: Path) -> tuple[ExtraFile, ExtraCategory]:
    """Runs on the worker (a big file must not freeze the window): read and parse once."""
    extra = ExtraFile.of(category, path)
    return extra, read_extra_file(extra)


def save_bundle_to(
    session: AppSession, reference: str, choice: BundleChoice, target: Path
) -> SavedBundle:
    """Runs on the DB worker: check the target, build and audit the bundle, write it."""
    path = check_bundle_target(target, session.data_dir)
    with open_bundle_file(path, data_dir=session.data_dir) as sink:
        result = export_bundle(
            session.uow(),
            session.document_store(),
            reference,
            extra_files=choice.extras,
            password=choice.password,
            override_reason=choice.override_reason,
            lang=choice.lang,
            out=sink,
        )
    return SavedBundle(
        result.reference, path, result.manifest_sha256, result.file_count, result.encrypted
    )

"""``dsr-desk --self-test``: the whole path of a day's work, on a throwaway vault, in seconds.

Run by CI on the built bundle (``dist/dsr-desk/dsr-desk --self-test``) and useful on any
installed copy: a file, a Qt plugin, a font or a translation the bundle lacks fails a check
here instead of in front of the DPO's staff. It creates a passphrase vault in a temporary
folder (never the keyring, never the user's data folder or window settings), adds a request,
renders a letter, exports a bundle, verifies the audit chain, makes a backup and verifies it,
builds the main window on the vault offscreen, renders the letter's first page through QtPdf
and opens both user guides in the Help menu's viewer, then removes the folder. One line per
check; exit 0, or 1 at the first failing check (the checks after it are not run).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from dsr_desk import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from dsr_desk.storage.vault import Vault
    from dsr_desk.ui.ops import Ops
    from dsr_desk.ui.session import AppSession

EXIT_PASSED, EXIT_FAILED = 0, 1
# Synthetic, never a real person's: the vault is destroyed at the end.
PASSPHRASE = "self-test: quiet orchard lantern 4417"  # noqa: S105 - a throwaway vault's
REQUESTER = "Camille Exemple"
USER = "self-test"
WINDOW_TIMEOUT_MS = 30_000
QT_LANGUAGES = ("fr",)  # Qt's own strings DSR Desk shows translated (dialog buttons...)


class SelfTestFailed(Exception):
    """A check found the program broken; the message says what was expected."""


@dataclass
class _State:
    root: Path
    vault: Vault | None = None
    reference: str = ""
    letter_pdf: Path | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.root / "vault"


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


def _clock() -> Any:
    from dsr_desk.domain.clock import SystemClock

    return SystemClock()


def _uow(state: _State) -> Any:
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork

    assert state.vault is not None
    return SqlUnitOfWork(state.vault.session_factory, _clock(), USER)


def _store(state: _State) -> Any:
    from dsr_desk.storage.document_store import DocumentStore

    assert state.vault is not None
    return DocumentStore(state.vault.documents_dir, state.vault.database_key)


# -- the checks ------------------------------------------------------------------------------


def check_vault(state: _State) -> str:
    from dsr_desk.services.entities import create_entity
    from dsr_desk.storage.vault import create_vault
    from dsr_desk.storage.vault_header import KeyMode

    state.vault, _recovery_key = create_vault(state.data_dir, _clock(), passphrase=PASSPHRASE)
    _require(state.vault.mode is KeyMode.PASSPHRASE, "the vault is not in passphrase mode")
    create_entity(
        _uow(state),
        name="Self-test organisation",
        address="1 rue de l'Exemple\n75001 Paris",
        dpo_contact="dpo@example.org",
    )
    return "passphrase vault created (SQLCipher, argon2id) with one entity"


def check_migrations(_state: _State) -> str:
    from dsr_desk.storage.migrate import SCHEMA_HEAD, alembic_head

    head = alembic_head()  # reads every migration script, as an upgrade would
    _require(head == SCHEMA_HEAD, f"the migration scripts end at {head}, not {SCHEMA_HEAD}")
    return f"migration scripts found, head {head}"


def check_request(state: _State) -> str:
    from dsr_desk.domain.requests import RequestType
    from dsr_desk.services import requests as request_service

    detail = request_service.register_request(
        _uow(state),
        type=RequestType.ACCESS,
        received_on=_clock().today(),
        name=REQUESTER,
        email="camille@example.org",
        address="2 rue de l'Exemple\n75002 Paris",
        summary="Copy of my data",
        language="fr",
    )
    state.reference = str(detail.reference)
    return f"request {state.reference} added, due {detail.effective_due:%Y-%m-%d}"


def check_letter(state: _State) -> str:
    from dsr_desk.letters.fonts import letter_font
    from dsr_desk.services.letters import issue_letter

    font = letter_font()
    _require(font.name == "PTSerif", f"the letters' typeface is missing ({font.description})")
    issued = issue_letter(
        lambda: _uow(state),
        _store(state),
        state.reference,
        "acknowledgement",
        "fr",
        signer="Camille Exemple",  # a letter is never signed with the computer's login
    )
    _require(issued.pdf.startswith(b"%PDF-"), "the letter is not a PDF")
    state.letter_pdf = state.root / "letter.pdf"
    state.letter_pdf.write_bytes(issued.pdf)
    size = len(issued.pdf) // 1024
    return f"acknowledgement letter set in PT Serif ({size} kB PDF, a copy kept encrypted)"


def check_bundle(state: _State) -> str:
    from dsr_desk.export.bundle_file import open_bundle_file
    from dsr_desk.services.portability import export_bundle

    out = state.root / "export" / "bundle.zip"
    out.parent.mkdir()
    with open_bundle_file(out) as sink:
        result = export_bundle(
            _uow(state),
            _store(state),
            state.reference,
            override_reason="DSR Desk self-test on synthetic data",
            out=sink,
        )
    with zipfile.ZipFile(out) as archive:
        problem = archive.testzip()
        names = archive.namelist()
    _require(problem is None, f"the bundle's member {problem} is damaged")
    _require(len(names) == result.file_count, "the bundle does not hold the files it lists")
    return f"bundle exported ({result.file_count} files, manifest {result.manifest_sha256[:12]}…)"


def check_audit(state: _State) -> str:
    from dsr_desk.services.audit import verify_audit_log

    report = verify_audit_log(_uow(state))
    _require(report.ok, f"the audit chain is broken: {report.message}")
    return f"audit chain verified ({report.checked} entries)"


def check_backup(state: _State) -> str:
    from dsr_desk.services import backup as backup_service

    assert state.vault is not None
    out = state.root / "backups" / "self-test.dsrbackup"
    out.parent.mkdir()
    written = backup_service.back_up(state.vault, _uow(state), out)
    checked = backup_service.check_backup(out)
    _require(checked.vault_id == state.vault.header.vault_id, "the backup is of another vault")
    _require(checked.documents == written.documents, "the backup lost documents")
    count = checked.documents
    documents = f"{count} document{'s' if count != 1 else ''}"
    return f"backup written and verified ({documents}, {checked.size // 1024} kB)"


def _application() -> QApplication:
    """The running QApplication, else a new one offscreen (set before Qt reads it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dsr_desk.ui.style import apply_style, create_application, set_window_icon

    app = QApplication.instance()
    if app is None:
        _quiet_offscreen_notice()
        app = create_application([sys.argv[0] if sys.argv else "dsr-desk"])
        app.setApplicationName(f"{APP_NAME} self-test")
        app.setOrganizationName("DSR Desk")
    assert isinstance(app, QApplication)
    apply_style(app)
    set_window_icon(app)
    return app


OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen_notice() -> None:
    """The offscreen platform says this for every window shown (as the test settings note):
    not a finding of the self-test. Any other message from Qt is printed as usual."""
    from PySide6.QtCore import qInstallMessageHandler

    previous: Any = None

    def handler(kind: Any, context: Any, message: str) -> None:
        if message == OFFSCREEN_NOTICE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _user_settings_aside(root: Path) -> None:
    """Window geometry goes to the temporary folder, never the user's settings."""
    from PySide6.QtCore import QSettings

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(root / "settings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(root / "settings"))


def check_window(state: _State) -> str:
    _application()
    _user_settings_aside(state.root)
    from dsr_desk.ui.main_window import MainWindow
    from dsr_desk.ui.ops import Ops
    from dsr_desk.ui.session import AppSession

    assert state.vault is not None
    state.vault.hand_over()  # to the DB worker
    ops = Ops()
    session = AppSession(state.data_dir, _clock(), USER, state.vault)
    state.details["ops"], state.details["session"] = ops, session
    window = MainWindow(session, ops)
    state.details["window"] = window
    shown: list[bool] = []
    window.first_screen_shown.connect(lambda: shown.append(True))
    window.start()
    window.show()
    _require(
        ops.wait_until(lambda: bool(shown), WINDOW_TIMEOUT_MS),
        "the main window did not show the dashboard's figures",
    )
    icon = window.windowIcon()
    _require(
        not icon.isNull() and not icon.pixmap(64, 64).isNull(),
        "the window icon (SVG) could not be drawn: Qt's SVG plugins are missing",
    )
    return f"main window built on the vault ({window.width()}×{window.height()}, offscreen)"


def check_pdf_page(state: _State) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    assert state.letter_pdf is not None
    document = QPdfDocument()
    try:
        error = document.load(str(state.letter_pdf))
        _require(
            error == QPdfDocument.Error.None_ and document.pageCount() > 0,
            f"QtPdf could not open the letter ({error.name})",
        )
        image = document.render(0, QSize(420, 594))
    finally:
        document.close()
    _require(not image.isNull(), "QtPdf rendered an empty page")
    inked = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    _require(inked > 50, "the letter's first page rendered blank")
    return f"letter page 1 rendered through QtPdf ({image.width()}×{image.height()}, text drawn)"


def check_translations(_state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for lang in QT_LANGUAGES:
        translator = QTranslator()
        _require(
            translator.load(f"qtbase_{lang}", folder) and not translator.isEmpty(),
            f"Qt's translation qtbase_{lang}.qm is missing from {folder}",
        )
        loaded.append(f"qtbase_{lang}")
    ours = sorted(Path(__file__).resolve().parent.parent.joinpath("resources").rglob("*.qm"))
    for path in ours:
        translator = QTranslator()
        _require(translator.load(str(path)), f"the translation {path.name} does not load")
        loaded.append(path.stem)
    return f"translations loaded: {', '.join(loaded)}"


def check_guide(state: _State) -> str:
    """Help → User guide: both guides are in the program and open in the guide's viewer."""
    from dsr_desk.ui.dialogs.help_dialogs import GuideDialog, guide_path

    window = state.details.get("window")
    pages = []
    for language in ("fr", "en"):
        path = guide_path(language)
        _require(path.is_file(), f"the user guide {path.name} is missing")
        dialog = GuideDialog(window, language)
        try:
            text = dialog.browser.toPlainText()
            _require(
                text.startswith("DSR Desk") and "#" not in text.splitlines()[0],
                f"the user guide {path.name} did not render",
            )
            pages.append(f"{path.name} ({len(text) // 1000} k characters)")
        finally:
            dialog.deleteLater()
    return f"user guides open in the viewer: {', '.join(pages)}"


def check_keyring(_state: _State) -> str:
    """The OS keyring backends are in the program (a keyring vault needs one); whether this
    machine has a keyring running is not the program's business."""
    if sys.platform != "linux":
        return "keyring backends: not checked on this system"
    from importlib.metadata import entry_points

    import jeepney  # noqa: F401 - SecretService talks D-Bus through it
    import secretstorage  # noqa: F401
    from keyring.backends import SecretService  # noqa: F401

    names = {point.name for point in entry_points(group="keyring.backends")}
    _require("SecretService" in names, "keyring's backends are not registered (entry points)")
    return "keyring backends present (SecretService over D-Bus)"


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("vault", check_vault),
    ("migrations", check_migrations),
    ("request", check_request),
    ("letter", check_letter),
    ("bundle", check_bundle),
    ("audit", check_audit),
    ("backup", check_backup),
    ("window", check_window),
    ("pdf", check_pdf_page),
    ("translations", check_translations),
    ("guide", check_guide),
    ("keyring", check_keyring),
)


def _tidy(state: _State) -> None:
    """Close the window and the vault (on the DB worker when the window had it)."""
    window = state.details.pop("window", None)
    ops: Ops | None = state.details.pop("ops", None)
    session: AppSession | None = state.details.pop("session", None)
    if window is not None:
        window.hide()
        window.deleteLater()
    if ops is not None:
        if session is not None and session.is_unlocked:
            with suppress(Exception):
                ops.call(session.lock)
        ops.shutdown()
    elif state.vault is not None:
        with suppress(Exception):
            state.vault.close()
    state.vault = None


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; one line each on ``out`` (stdout); 0 when all passed, else 1."""
    stream = out or sys.stdout
    started = time.perf_counter()
    print(f"{APP_NAME} {__version__} self-test", file=stream, flush=True)
    root = Path(tempfile.mkdtemp(prefix="dsr-desk-self-test-"))
    state = _State(root)
    failed: str | None = None
    try:
        for name, check in CHECKS:
            began = time.perf_counter()
            try:
                said = check(state)
            except Exception as problem:
                failed = name
                reason = str(problem) or type(problem).__name__
                print(f"FAIL  {name}: {reason}", file=stream, flush=True)
                break
            print(f"ok    {name}: {said} [{time.perf_counter() - began:.2f} s]", file=stream)
            stream.flush()
    finally:
        _tidy(state)
        shutil.rmtree(root, ignore_errors=True)
    if failed is None and root.exists():
        failed = "cleanup"
        print(f"FAIL  cleanup: {root} could not be removed", file=stream)
    elapsed = time.perf_counter() - started
    if failed is not None:
        print(f"self-test FAILED at {failed} ({elapsed:.1f} s)", file=stream, flush=True)
        return EXIT_FAILED
    print(f"self-test passed: {len(CHECKS)} checks in {elapsed:.1f} s", file=stream, flush=True)
    return EXIT_PASSED

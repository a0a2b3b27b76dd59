"""The request actions of the request file, each through its dialog.

A mixin of ``RequestFileView`` (``dsr_desk.ui.views.request_view``). Every action opens a
dialog (``dsr_desk.ui.dialogs``), runs one service through ``Ops.run`` with
``kind="request.<action>"`` and keeps the dialog open with the service's message when the
rules refuse. Which actions are possible now is decided by ``request_actions.action_states``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from shiboken6 import isValid

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.requests import InformationKind, Outcome
from dsr_desk.services import requests as svc
from dsr_desk.services.views import SuspensionView
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.identity_check_dialog import IdentityCheckDialog
from dsr_desk.ui.dialogs.information_received_dialog import InformationReceivedDialog
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.views.request_file import RequestFileHost, run_service


class RequestFileActions(RequestFileHost):
    """Start, identity check, ask for / receive information, extend, close."""

    # Set by RequestFileView.__init__.
    active_dialog: RequestActionDialog | None

    if TYPE_CHECKING:  # RequestFileView's

        def reload(self, consult_reason: str | None = None) -> None: ...
        def show_message(self, text: str) -> None: ...

    def _open_dialog(self, dialog: RequestActionDialog, submit: Callable[[], None]) -> None:
        self._drop_dialog()
        self.active_dialog = dialog
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: RequestActionDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _drop_dialog(self) -> None:
        dialog, self.active_dialog = self.active_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.finish()

    def _submit(
        self,
        dialog: RequestActionDialog,
        kind: str,
        service: Callable[..., Any],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        def done(_result: object) -> None:
            if isValid(dialog):
                dialog.finish()

        def failed(error: DsrError) -> None:
            if isValid(dialog):
                dialog.show_error(str(error))
            if isValid(self):
                self.reload()  # the refusal may come from a stale page (the day changed)

        self._ops.run(
            partial(run_service, self._session, service, self.reference, *args, **kwargs),
            on_done=done,
            on_error=failed,
            kind=kind,
        )

    def _run_direct(self, kind: str, service: Callable[..., Any], *args: Any) -> None:
        """An action without a dialog: errors go to the page's message line."""
        self.show_message("")
        self._ops.run(
            partial(run_service, self._session, service, self.reference, *args),
            on_error=lambda error: self.show_message(str(error)) if isValid(self) else None,
            kind=kind,
        )

    def start_processing(self) -> None:
        self._run_direct("request.started", svc.start_processing)

    def record_identity_check(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = IdentityCheckDialog(
            d.reference,
            user=self._session.user,
            received_on=d.received_on,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.identity_checked",
                svc.record_identity_check,
                v.method,
                checked_by=v.checked_by,
                checked_on=v.checked_on,
                outcome=v.outcome,
                document_kind=v.document_kind,
                number_last_chars=v.number_last_chars,
                note=v.note,
            )

        self._open_dialog(dialog, submit)

    def ask_information(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = AskInformationDialog(
            d.reference,
            policy=self.file.suspension_policy,
            received_on=d.received_on,
            due=d.effective_due,
            today=self.file.today,
            kind=InformationKind.CLARIFICATION if d.identity_verified else InformationKind.IDENTITY,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.information_asked",
                svc.ask_for_information,
                v.kind,
                v.reason,
                asked_on=v.asked_on,
            )

        self._open_dialog(dialog, submit)

    def information_received(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        awaited: SuspensionView | None = next(
            (s for s in d.suspensions if s.received_on is None), None
        )
        if awaited is None:
            self.show_message(f"{d.reference} is not waiting for any information.")
            return
        dialog = InformationReceivedDialog(
            d.reference,
            kind=awaited.kind,
            reason=awaited.reason,
            asked_on=awaited.asked_on,
            policy=awaited.policy,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                "request.information_received",
                svc.information_received,
                received_on=v.received_on,
            )

        self._open_dialog(dialog, submit)

    def extend(self) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = ExtendDialog(
            d.reference,
            current_due=d.effective_due,
            extended_due=d.extended_due,
            notice_by=d.extension_notice_by,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            self._submit(dialog, "request.extended", svc.extend, dialog.values().reason)

        self._open_dialog(dialog, submit)

    def close_request(self, outcome: Outcome) -> None:
        if self.file is None:
            return
        d = self.file.detail
        dialog = CloseDialog(
            d.reference,
            outcome,
            received_on=d.received_on,
            today=self.file.today,
            parent=self,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(dialog, "request.closed", svc.close, v.outcome, reason=v.reason, on=v.on)

        self._open_dialog(dialog, submit)

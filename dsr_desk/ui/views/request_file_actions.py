"""The request actions of the request file, each through its dialog.

A part of ``RequestFileView`` (``dsr_desk.ui.views.request_view``): one controller,
``RequestActions``, in which every action is declared once (name, button, what it does), whose
buttons follow the domain's answer, read through ``request_actions.action_states`` (enabled or
not, and why). Every action opens a dialog (``dsr_desk.ui.dialogs``), runs one service through
``Ops.run`` and keeps the dialog open with the service's message when the rules refuse (the
page reloads from the changes its audit entry reports).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from dsr_desk.domain.errors import DsrError
from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.letters.kinds import outcome_letter
from dsr_desk.read_models import RequestDetail, RequestFile
from dsr_desk.services import requests as svc
from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
from dsr_desk.ui.dialogs.close_dialog import CloseDialog
from dsr_desk.ui.dialogs.extend_dialog import ExtendDialog
from dsr_desk.ui.dialogs.identity_check_dialog import IdentityCheckDialog
from dsr_desk.ui.dialogs.information_received_dialog import InformationReceivedDialog
from dsr_desk.ui.dialogs.recipient_notice_dialog import RecipientNoticeDialog
from dsr_desk.ui.dialogs.request_action_dialog import RequestActionDialog
from dsr_desk.ui.dialogs.request_people_dialogs import AssignDialog, RequesterDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_actions import ActionState, action_states
from dsr_desk.ui.views.request_file import run_service
from dsr_desk.ui.views.request_file_documents import RequestDocuments
from dsr_desk.ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class Action:
    """One action of the request file, declared once: its name (a ``RequestAction`` of the
    domain, whose answer sets the button), its button and what the button does."""

    name: str
    label: str
    object_name: str
    run: Callable[[], None]
    closing: bool = False  # a closing action: at the far end of the bar
    hidden: bool = False  # hidden until a request says otherwise


class RequestActions:
    """The action bar of the request file and the actions behind it.

    Every action is declared once in ``actions``; ``show`` asks the rules what can be done
    now, and why not, and sets each button from the answer (enabled, visible, tooltip). Each
    action opens its dialog (``dsr_desk.ui.dialogs``) or runs at once, through ``Ops.run``.
    ``page`` is the request file: the parent of the dialogs, and the widget whose life bounds
    every answer from the worker; ``reload`` and ``show_message`` are its own."""

    def __init__(
        self,
        session: AppSession,
        ops: Ops,
        reference: str,
        page: QWidget,
        *,
        documents: RequestDocuments,
        reload: Callable[[], None],
        show_message: Callable[[str], None],
    ) -> None:
        self._session, self._ops, self._reference = session, ops, reference
        self._page, self._reload, self._show_message = page, reload, show_message
        self._documents = documents
        self._file: RequestFile | None = None
        self.active_dialog: RequestActionDialog | None = None
        self.actions: tuple[Action, ...] = (
            Action(
                "start",
                QCoreApplication.translate("RequestActions", "Start processing"),
                "startButton",
                self.start_processing,
            ),
            Action(
                "identity",
                QCoreApplication.translate("RequestActions", "Record identity check…"),
                "identityButton",
                self.record_identity_check,
            ),
            Action(
                "ask",
                QCoreApplication.translate("RequestActions", "Ask for ID / clarification…"),
                "askButton",
                self.ask_information,
            ),
            Action(
                "received",
                QCoreApplication.translate("RequestActions", "Information received…"),
                "receivedButton",
                self.information_received,
            ),
            Action(
                "extend",
                QCoreApplication.translate("RequestActions", "Extend…"),
                "extendButton",
                self.extend,
            ),
            # a lambda: clicked(checked) must not reach open_letters' ``kind``
            Action(
                "letters",
                QCoreApplication.translate("RequestActions", "Letters…"),
                "lettersButton",
                lambda: documents.open_letters(),  # noqa: PLW0108
            ),
            Action(
                "bundle",
                QCoreApplication.translate("RequestActions", "Export data…"),
                "bundleButton",
                documents.open_bundle,
            ),
            Action(
                "notify",
                QCoreApplication.translate("RequestActions", "Recipient notified…"),
                "notifyButton",
                self.record_recipient_notice,
            ),
            Action(
                "complete",
                QCoreApplication.translate("RequestActions", "Complete…"),
                "completeButton",
                partial(self.close_request, Outcome.COMPLETED),
                closing=True,
            ),
            Action(
                "refuse",
                QCoreApplication.translate("RequestActions", "Refuse…"),
                "refuseButton",
                partial(self.close_request, Outcome.REFUSED),
                closing=True,
            ),
            Action(
                "forward",
                QCoreApplication.translate("RequestActions", "Forward to controller…"),
                "forwardButton",
                partial(self.close_request, Outcome.FORWARDED),
                closing=True,
                hidden=True,
            ),
            Action(
                "unanswered",
                QCoreApplication.translate("RequestActions", "Close for lack of reply…"),
                "unansweredButton",
                partial(self.close_request, Outcome.UNANSWERED),
                closing=True,
                hidden=True,
            ),
            Action(
                "close",
                QCoreApplication.translate("RequestActions", "Close…"),
                "closeButton",
                partial(self.close_request, None),
                closing=True,
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        # wraps onto a second line rather than forcing the window wider (French labels)
        self.bar = FlowLayout(spacing=6)
        for action in self.actions:
            button = QPushButton(action.label)
            button.setObjectName(action.object_name)
            button.clicked.connect(action.run)
            button.setEnabled(False)
            if action.hidden:
                button.hide()
            self.buttons[action.name] = button
        for closing in (False, True):
            if closing:
                self.bar.addStretch(1)
            for action in self.actions:
                if action.closing is closing:
                    self.bar.addWidget(self.buttons[action.name])
        self.people_buttons = self._people_buttons()  # placed in the requester's section

    def _people_buttons(self) -> dict[str, QPushButton]:
        """Correcting the requester's details and reassigning: buttons of the requester's
        section (by action name), not of the bar."""
        buttons = {}
        for name, label, object_name, tip, run in (
            (
                "requester",
                QCoreApplication.translate("RequestActions", "Correct requester…"),
                "correctRequesterButton",
                QCoreApplication.translate(
                    "RequestActions",
                    "Correct the requester's name, e-mail, postal address or language.",
                ),
                self.correct_requester,
            ),
            (
                "assign",
                QCoreApplication.translate("RequestActions", "Reassign…"),
                "reassignButton",
                QCoreApplication.translate(
                    "RequestActions", "Give the request to another person of the office."
                ),
                self.reassign,
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(object_name)
            button.setProperty("tip", tip)
            button.clicked.connect(run)
            button.setEnabled(False)
            buttons[name] = button
        return buttons

    # -- what can be done now ---------------------------------------------------------------

    def states(self, file: RequestFile) -> Mapping[str, ActionState]:
        """What can be done to the request today, and why not: the one place that asks. The
        answer is the domain's (``domain.request_actions``), carried by the read model."""
        return action_states(file.detail, file.suspension_policy)

    def show(self, file: RequestFile) -> None:
        self._file = file
        states = self.states(file)
        for action in self.actions:
            state, button = states[action.name], self.buttons[action.name]
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.tooltip)
        for name, button in self.people_buttons.items():
            why = file.detail.actions.get(name)  # the domain's answer: None when possible
            button.setEnabled(why is None)
            button.setToolTip(why or str(button.property("tip")))

    def clear(self) -> None:
        """Close the open action dialog and disable every action (on lock)."""
        self._drop_dialog()
        self._file = None
        for button in (*self.buttons.values(), *self.people_buttons.values()):
            button.setEnabled(False)

    # -- running ----------------------------------------------------------------------------

    def _open_dialog(self, dialog: RequestActionDialog, submit: Callable[[], None]) -> None:
        self._drop_dialog()
        self.active_dialog = dialog
        dialog.seen_version = self._seen_version()
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        dialog.open()

    def _dialog_finished(self, dialog: RequestActionDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def _seen_version(self) -> tuple[int, int] | None:
        """The version of the request the page shows now (None before the first read)."""
        return None if self._file is None else self._file.detail.version

    def _drop_dialog(self) -> None:
        dialog, self.active_dialog = self.active_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.finish()

    def _submit(
        self,
        dialog: RequestActionDialog,
        service: Callable[..., Any],
        *args: Any,
        then: Callable[[object], None] | None = None,
        **kwargs: Any,
    ) -> None:
        def done(result: object) -> None:
            if isValid(dialog):  # the page may outlive its dialog
                dialog.finish()
            if then is not None and isValid(self._page):
                then(result)

        def failed(error: DsrError) -> None:
            if isValid(dialog):
                dialog.show_error(str(error))
            self._reload()  # the refusal may come from a stale page (the day changed)

        self._ops.run(
            partial(
                run_service,
                self._session,
                service,
                self._reference,
                *args,
                seen_version=dialog.seen_version,
                **kwargs,
            ),
            receiver=self._page,
            on_done=done,
            on_error=failed,
        )

    def _run_direct(self, service: Callable[..., Any], *args: Any) -> None:
        """An action without a dialog: errors go to the page's message line."""
        self._show_message("")
        self._ops.run(
            partial(
                run_service,
                self._session,
                service,
                self._reference,
                *args,
                seen_version=self._seen_version(),
            ),
            receiver=self._page,
            on_error=lambda error: self._show_message(str(error)),
        )

    def start_processing(self) -> None:
        self._run_direct(svc.start_processing)

    def record_identity_check(self) -> None:
        if self._file is None:
            return
        d = self._file.detail
        dialog = IdentityCheckDialog(
            d.reference,
            user=self._session.user,
            received_on=d.received_on,
            today=self._file.today,
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
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
        if self._file is None:
            return
        d = self._file.detail
        dialog = AskInformationDialog(
            d.reference,
            policy=self._file.suspension_policy,
            received_on=d.received_on,
            due=d.effective_due,
            today=self._file.today,
            kind=(
                InformationKind.CLARIFICATION
                if d.identity_verified or d.asks.get(InformationKind.IDENTITY.value)
                else InformationKind.IDENTITY
            ),
            asks=d.asks,
            asks_unmatched=d.asks_unmatched,
            late_until=d.late_entries.get("ask"),
            request_lang=d.requester_language,
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                svc.ask_for_information,
                v.kind,
                v.reason,
                asked_on=v.asked_on,
                means=v.means,
                unmatched=v.unmatched,
                amount=v.amount,
                late_reason=v.late_reason,
                reason_lang=v.reason_lang,
            )

        self._open_dialog(dialog, submit)

    def information_received(self) -> None:
        if self._file is None:
            return
        d = self._file.detail
        blocked = d.actions.get("received")
        if blocked is not None or not d.suspensions:
            self._show_message(blocked or "")
            return
        awaited = d.suspensions[-1]  # the domain said one is awaited: always the last asked
        dialog = InformationReceivedDialog(
            d.reference,
            kind=awaited.kind,
            reason=awaited.reason,
            asked_on=awaited.asked_on,
            policy=awaited.policy,
            today=self._file.today,
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                svc.information_received,
                received_on=v.received_on,
            )

        self._open_dialog(dialog, submit)

    def record_recipient_notice(self) -> None:
        """Art. 19: a recipient of the data was told (the answer letter then names it)."""
        if self._file is None:
            return
        d = self._file.detail
        dialog = RecipientNoticeDialog(
            d.reference,
            received_on=d.received_on,
            today=self._file.today,
            notified=tuple((n.recipient, n.notified_on) for n in d.recipient_notices),
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(dialog, svc.record_recipient_notice, v.recipient, v.notified_on)

        self._open_dialog(dialog, submit)

    def extend(self) -> None:
        if self._file is None:
            return
        d = self._file.detail
        dialog = ExtendDialog(
            d.reference,
            current_due=d.effective_due,
            extension=d.extension,
            request_lang=d.requester_language,
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(dialog, svc.extend, v.reason, reason_lang=v.reason_lang)

        self._open_dialog(dialog, submit)

    def correct_requester(self) -> None:
        """Correct the requester's details (on their other requests too), audited."""
        if self._file is None:
            return
        dialog = RequesterDialog(self._file.detail, parent=self._page)

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                svc.edit_requester,
                name=v.name,
                email=v.email,
                address=v.address,
                language=v.language,
            )

        self._open_dialog(dialog, submit)

    def reassign(self) -> None:
        """Give the request to another person (one of the users when there are several, or on a
        team database), audited."""
        if self._file is None:
            return
        dialog = AssignDialog(
            self._file.detail,
            user=self._session.user,
            users=self._file.assignees,
            parent=self._page,
        )

        def submit() -> None:
            self._submit(dialog, svc.assign, dialog.value())

        self._open_dialog(dialog, submit)

    def close_request(self, outcome: Outcome | None) -> None:
        """The close dialog with the outcomes the request's right allows (the domain's answer,
        ``RequestDetail.outcomes``), ``outcome`` chosen first (None: the first one possible);
        a confirmation when no answer was recorded as sent; then the letter the outcome calls
        for is offered (the letter dialog opens on it)."""
        if self._file is None:
            return
        d = self._file.detail
        if outcome is None:
            possible = [value for value, why in d.outcomes.items() if why is None]
            outcome = Outcome(possible[0] if possible else next(iter(d.outcomes)))
        dialog = CloseDialog(
            d.reference,
            outcome,
            received_on=d.received_on,
            today=self._file.today,
            outcomes=d.outcomes,
            refusal=None if d.rights is None else d.rights.refusal,
            answer_sent=d.answer_sent,
            late_closures=d.late_closures,
            request_lang=d.requester_language,
            parent=self._page,
        )

        def submit() -> None:
            v = dialog.values()
            self._submit(
                dialog,
                svc.close,
                v.outcome,
                reason=v.reason,
                on=v.on,
                granted=v.granted,
                withheld=v.withheld,
                late_reason=v.late_reason,
                reason_lang=v.reason_lang,
                then=partial(self._offer_letter, v.outcome),
            )

        self._open_dialog(dialog, submit)

    def _offer_letter(self, outcome: Outcome, detail: object) -> None:
        """After a closure: the letter dialog on the letter the outcome calls for, unless an
        answer was already recorded as sent."""
        if not isinstance(detail, RequestDetail) or detail.answer_sent:
            return
        kind = outcome_letter(outcome, RequestType(detail.type))
        self._documents.open_letters(kind, detail)

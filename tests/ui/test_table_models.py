"""Every table model of ``dsr_desk.ui.models`` passes Qt's own model checker
(``QAbstractItemModelTester`` via pytest-qt's ``qtmodeltester``): row and column counts,
parents, indexes, headers and the roles' value types, also across a reset and a page appended."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytestqt.modeltest import ModelTester

from dsr_desk.services.read.audit_queries import AuditRow
from dsr_desk.services.read.queries import RequestRow
from dsr_desk.services.read.requester_queries import RequesterRow
from dsr_desk.services.retention import PurgeItem
from dsr_desk.ui.models.audit_table import AuditTableModel
from dsr_desk.ui.models.purge_plan_table import PurgePlanModel
from dsr_desk.ui.models.request_table import RequestTableModel
from dsr_desk.ui.models.requester_table import RequesterTableModel
from dsr_desk.ui.models.upcoming_table import UpcomingTableModel

TODAY = date(2026, 3, 20)


def _request(reference: str, days_left: int | None, **flags: bool) -> RequestRow:
    return RequestRow(
        reference=reference,
        type="access",
        status="in-progress" if days_left is not None else "completed",
        requester="Łukasz Nowak",
        email=None if flags.get("no_email") else "lukasz@example.org",
        entity="École pilote",
        received_on=date(2026, 3, 1),
        due_on=date(2026, 4, 1),
        on_hold=flags.get("on_hold", False),
        extended=flags.get("extended", False),
        assignee=None,
        days_left=days_left,
        overdue=days_left is not None and days_left < 0,
    )


REQUESTS = [
    _request("DSR-2026-0001", 12),
    _request("DSR-2026-0002", -3, extended=True),
    _request("DSR-2026-0003", 2, on_hold=True, no_email=True),
    _request("DSR-2026-0004", None),
]


def _check(qtmodeltester: ModelTester, model: object) -> None:
    # force_py: the Python checker reports a problem as a test failure with its reason, where
    # Qt's C++ tester would only log a warning (which also fails the test, with less to go on).
    qtmodeltester.check(model, force_py=True)


def test_request_table_model(qtmodeltester: ModelTester) -> None:
    model = RequestTableModel()
    model.set_rows(REQUESTS[:2], total=len(REQUESTS))
    _check(qtmodeltester, model)
    # The tester stays connected: it checks the insertion and the reset as they happen.
    model.append_rows(REQUESTS[2:])
    assert model.rowCount() == len(REQUESTS)
    model.clear()
    assert model.rowCount() == 0


def test_requester_table_model(qtmodeltester: ModelTester) -> None:
    model = RequesterTableModel()
    model.set_rows(
        [
            RequesterRow(1, "Łukasz Nowak", "lukasz@example.org", 3, 1, date(2026, 3, 1)),
            RequesterRow(2, "Anne Martin", None, 0, 0, None),
        ]
    )
    _check(qtmodeltester, model)


def test_audit_table_model(qtmodeltester: ModelTester) -> None:
    model = AuditTableModel()
    at = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    model.set_rows(
        [
            AuditRow(1, at, "anne", "vault.created", None, "{}"),
            AuditRow(2, at, "anne", "request.created", "DSR-2026-0001", '{"type": "access"}'),
            AuditRow(3, at, "paul", "request.note", "DSR-2026-0001", '{"note": "appelé"}'),
        ]
    )
    _check(qtmodeltester, model)
    model.mark_broken(2)  # a dataChanged over the whole table, checked as it is emitted
    model.mark_broken(None)


def test_upcoming_table_model(qtmodeltester: ModelTester) -> None:
    model = UpcomingTableModel()
    model.set_rows(REQUESTS[:3])
    _check(qtmodeltester, model)


def test_purge_plan_model(qtmodeltester: ModelTester) -> None:
    model = PurgePlanModel()
    model.set_plan(
        [
            PurgeItem("DSR-2025-0001", "d1", "id.pdf", "identity", "identity 30 days", TODAY),
            PurgeItem("DSR-2025-0002", "d2", "reply.pdf", "reply", "5 years", date(2026, 5, 1)),
        ],
        TODAY,
    )
    _check(qtmodeltester, model)


@pytest.mark.parametrize(
    "model_class",
    [RequestTableModel, RequesterTableModel, AuditTableModel, PurgePlanModel, UpcomingTableModel],
)
def test_empty_model(qtmodeltester: ModelTester, model_class: type) -> None:
    _check(qtmodeltester, model_class())

"""Use cases on the audit log."""

from __future__ import annotations

from dsr_desk.domain.audit import ChainProblem, ChainReport, verify_chain
from dsr_desk.domain.errors import IntegrityError
from dsr_desk.storage.unit_of_work import UnitOfWork


def verify_audit_log(uow: UnitOfWork) -> ChainReport:
    """Walk the whole hash chain and report the first altered, deleted or reordered entry, or
    a log that ends before the anchor kept outside the database (or the anchor's loss)."""
    with uow:
        try:
            anchor, anchor_problem = uow.audit.anchor(), None
        except IntegrityError as problem:
            anchor, anchor_problem = None, problem  # translated where shown
        report = verify_chain(uow.audit.entries(), uow.audit.head(), anchor)
    if report.ok and anchor_problem is not None:
        return ChainReport(report.checked, ChainProblem.UNANCHORED, None, anchor_problem)
    return report


def record_event(uow: UnitOfWork, action: str, **details: object) -> None:
    """Audit an action that changes no request (vault recovered, settings changed...)."""
    with uow:
        uow.record(action, None, **details)
        uow.commit()

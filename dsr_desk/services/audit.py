"""Use cases on the audit log."""

from __future__ import annotations

from dsr_desk.domain.audit import ChainReport, verify_chain
from dsr_desk.storage.unit_of_work import UnitOfWork


def verify_audit_log(uow: UnitOfWork) -> ChainReport:
    """Walk the whole hash chain and report the first altered, deleted or reordered entry."""
    with uow:
        return verify_chain(uow.audit.entries(), uow.audit.head())


def record_event(uow: UnitOfWork, action: str, **details: object) -> None:
    """Audit an action that changes no request (vault recovered, settings changed...)."""
    with uow:
        uow.record(action, None, **details)
        uow.commit()

"""The worker side of the request file: what the page shows and how it is fetched.

Both functions run on the DB worker thread (through ``Ops.run``); the page
(``dsr_desk.ui.views.request_view``) only ever sees the finished ``RequestFile``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dsr_desk.read_models import RequestDetail
from dsr_desk.services import requests as svc
from dsr_desk.ui.session import AppSession


@dataclass(frozen=True)
class RequestFile:
    """What the page shows: the read model, the entity's suspension policy and today."""

    detail: RequestDetail
    suspension_policy: str
    today: date


def fetch_request_file(
    session: AppSession, reference: str, consult_reason: str | None = None
) -> RequestFile:
    """Runs on the DB worker thread. A closed objection record needs a reason to be consulted
    (``ArchiveRestricted`` otherwise); once given, it is not asked again until the next lock."""
    detail = svc.get_request(
        session.uow(),
        reference,
        consult_reason=consult_reason,
        consulted=reference in session.archive_consulted,
    )
    if detail.archive_only:
        session.archive_consulted.add(detail.reference)
    with session.uow() as uow:
        entity = uow.entities.get(detail.entity)
        policy = entity.suspension_policy.value if entity is not None else "restart"
    return RequestFile(detail, policy, session.clock.today())


def run_service(session: AppSession, service: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    """Runs on the DB worker thread: a fresh unit of work, then the service."""
    return service(session.uow(), *args, **kw)

"""The worker side of the request file: what the page shows and how it is fetched.

Both functions run on the DB worker thread (through ``Ops.run``); the page
(``dsr_desk.ui.views.request_view``) only ever sees the finished ``RequestFile`` (a read model
of ``dsr_desk.read_models``, built by one service call).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dsr_desk.messages import display_language
from dsr_desk.read_models import RequestFile
from dsr_desk.services import requests as svc
from dsr_desk.services.loading import as_seen
from dsr_desk.ui.session import AppSession


def fetch_request_file(
    session: AppSession, reference: str, consult_reason: str | None = None
) -> RequestFile:
    """Runs on the DB worker thread: the page's one read (``services.requests.request_file``).
    A closed objection record needs a reason to be consulted (``ArchiveRestricted`` otherwise);
    once given, it is not asked again until the next lock."""
    file = svc.request_file(
        session.uow(),
        reference,
        consult_reason=consult_reason,
        consulted=reference in session.archive_consulted,
        lang=display_language(),  # the deadline's explanation in the interface's language
    )
    if file.detail.archive_only:
        session.archive_consulted.add(file.detail.reference)
    return file


def run_service(
    session: AppSession,
    service: Callable[..., Any],
    reference: str,
    *args: Any,
    seen_version: tuple[int, int] | None = None,
    **kw: Any,
) -> Any:
    """Runs on the DB worker thread: a fresh unit of work, then the service on request
    ``reference``. ``seen_version``: the request's version the page showed when the user
    chose the action — refused (``Conflict``: "changed by X at T — reload") if a colleague
    changed the request since."""
    return service(as_seen(session.uow(), reference, seen_version), reference, *args, **kw)

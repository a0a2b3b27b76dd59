"""What a use case acts on, loaded inside its unit of work, or a plain "not found"."""

from __future__ import annotations

from typing import TypeVar

from dsr_desk.domain.errors import NotFound
from dsr_desk.domain.requests import Request, parse_reference
from dsr_desk.storage.unit_of_work import UnitOfWork

U = TypeVar("U", bound=UnitOfWork)


def load_request(uow: UnitOfWork, reference: str) -> Request:
    """The request ``reference`` names (typed loosely: "dsr-2026-1" is DSR-2026-0001);
    ``NotFound`` if there is none, ``ValidationError`` if it is not a reference at all."""
    ref = parse_reference(reference)
    request = uow.requests.get(ref)
    if request is None:
        raise NotFound("No request {ref}.", ref=ref)
    uow.check_version(request)
    return request


def as_seen(uow: U, reference: str, version: tuple[int, int] | None) -> U:
    """``uow`` for an action the user chose on a page that showed request ``reference`` at
    ``version`` (``RequestDetail.version``): the action is refused (``Conflict``: "changed by X
    at T — reload") if a colleague changed the request or its requester since. None: no page."""
    uow.expect_version(parse_reference(reference), version)
    return uow

"""Realistic, deterministic demo data: years of requests to the entities of a DPO office.

Pure generation, no database. Every request is driven through the real domain methods
(``Request.register``, ``ask_for_information``, ``information_received``, ``extend``,
``close``, ``record_identity_check``) with the simulated date of each action as "today", so
every state produced is one the application itself could have reached.

Faker only fills small pools of names, addresses and phone numbers up front (its providers are
slow); the requests themselves sample from those pools with one seeded ``random.Random``.

The entities themselves are in ``demo.entities``, the wording of the requests (summaries,
reasons, notes) in ``demo.wording``.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, TypeVar

from faker import Faker

from dsr_desk.demo.wording import (
    DOCUMENT_KINDS,
    EMAIL_DOMAINS,
    EXTENSION_REASONS,
    FORWARD_REASONS,
    INFORMATION_REASONS,
    KNOWN_EMAIL_NOTES,
    REFUSAL_REASONS,
    SUMMARIES,
    TOPICS,
)
from dsr_desk.domain.entities import Entity, Role
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import (
    Channel,
    InformationKind,
    Outcome,
    Request,
    RequestType,
    format_reference,
)
from dsr_desk.domain.verification import IdentityCheck, VerificationMethod, VerificationOutcome

__all__ = ["build_demo_requests"]

_T = TypeVar("_T")
_DAY: Final = timedelta(days=1)
_HISTORY_DAYS: Final = 3 * 365
_RECENCY_SKEW: Final = 1.35  # > 1: receipt dates get denser towards today
_FRENCH_SHARE: Final = 0.75
_REPEAT_SHARE: Final = 0.07  # requests sent by someone who already wrote in
_SATURDAY: Final = 5

# --- parameters ---------------------------------------------------------------------------------

_TYPE_WEIGHTS: Final[dict[RequestType, int]] = {
    RequestType.ACCESS: 34,
    RequestType.ERASURE: 22,
    RequestType.MARKETING_OPT_OUT: 16,
    RequestType.OBJECTION: 9,
    RequestType.RECTIFICATION: 8,
    RequestType.CONSENT_WITHDRAWAL: 5,
    RequestType.PORTABILITY: 4,
    RequestType.RESTRICTION: 2,
}

_CHANNEL_WEIGHTS: Final[dict[Channel, int]] = {
    Channel.EMAIL: 50,
    Channel.FORM: 28,
    Channel.LETTER: 12,
    Channel.PHONE: 4,
    Channel.IN_PERSON: 3,
    Channel.OTHER: 3,
}

_STAFF: Final = ("Camille Rousseau", "Julien Marchand", "Nadia Benali", "Thomas Lefort")
_LOCALES: Final = {"fr": "fr_FR", "en": "en_GB"}
_ALPHANUMERIC: Final = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"

# Share of requests refused, by type (direct-marketing objections are always granted).
_REFUSAL_RATE: Final[dict[RequestType, float]] = {
    RequestType.ACCESS: 0.03,
    RequestType.ERASURE: 0.12,
    RequestType.MARKETING_OPT_OUT: 0.0,
    RequestType.OBJECTION: 0.2,
    RequestType.RECTIFICATION: 0.04,
    RequestType.CONSENT_WITHDRAWAL: 0.0,
    RequestType.PORTABILITY: 0.08,
    RequestType.RESTRICTION: 0.1,
}

# Types for which the office checks identity before disclosing or changing anything.
_SENSITIVE_TYPES: Final = frozenset(
    {
        RequestType.ACCESS,
        RequestType.ERASURE,
        RequestType.PORTABILITY,
        RequestType.RECTIFICATION,
        RequestType.RESTRICTION,
    }
)

# --- pools --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pool:
    """Pre-generated Faker values for one language."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    addresses: tuple[str, ...]
    phones: tuple[str, ...]


def _make_pools(seed: int, size: int) -> dict[str, _Pool]:
    pools = {}
    for offset, (lang, locale) in enumerate(_LOCALES.items()):
        fake = Faker(locale)
        fake.seed_instance(seed + offset)
        pools[lang] = _Pool(
            first_names=tuple(fake.first_name() for _ in range(size)),
            last_names=tuple(fake.last_name() for _ in range(size)),
            addresses=tuple(fake.address() for _ in range(size)),
            phones=tuple(fake.phone_number() for _ in range(size // 2 + 1)),
        )
    return pools


def _pick(rng: random.Random, items: Sequence[_T]) -> _T:
    """``rng.choice`` without its overhead (called a dozen times per request)."""
    return items[int(rng.random() * len(items))]


@lru_cache(maxsize=8192)
def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum())


class _People:
    """Invents requesters from the pools, with unique e-mail addresses."""

    def __init__(self, rng: random.Random, pools: dict[str, _Pool]) -> None:
        self._rng = rng
        self._pools = pools
        self._emails: set[str] = set()
        self.known: list[Requester] = []

    def new(self, channel: Channel) -> Requester:
        rng = self._rng
        lang = "fr" if rng.random() < _FRENCH_SHARE else "en"
        pool = self._pools[lang]
        first, last = _pick(rng, pool.first_names), _pick(rng, pool.last_names)
        without_email = channel in (Channel.LETTER, Channel.PHONE, Channel.IN_PERSON)
        email = None if without_email and rng.random() < 0.5 else self._email(first, last, lang)
        requester = Requester(
            name=f"{first} {last}",
            email=email,
            postal_address=_pick(rng, pool.addresses),
            phone=_pick(rng, pool.phones) if rng.random() < 0.6 else "",
            language=lang,
        )
        self.known.append(requester)
        return requester

    def _email(self, first: str, last: str, lang: str) -> str:
        rng = self._rng
        f, la = _ascii_slug(first) or "contact", _ascii_slug(last) or "x"
        local = _pick(rng, (f"{f}.{la}", f"{f}.{la}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}"))
        if rng.random() < 0.2:
            local += str(rng.randint(1, 99))
        domain = _pick(rng, EMAIL_DOMAINS[lang])
        email = f"{local}@{domain}"
        while email in self._emails:
            email = f"{local}{rng.randint(1, 9999)}@{domain}"
        self._emails.add(email)
        return email

    def pick(self, channel: Channel) -> Requester:
        """Mostly a new person; sometimes someone who already sent a request."""
        if self.known and self._rng.random() < _REPEAT_SHARE:
            known = _pick(self._rng, self.known)
            if known.email or channel not in (Channel.EMAIL, Channel.FORM):
                return known
        return self.new(channel)


# --- the simulation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    index: int
    received_on: date
    type: RequestType
    channel: Channel
    entity: Entity
    requester: Requester


def _receipt_date(rng: random.Random, today: date, channel: Channel) -> date:
    received = today - timedelta(days=int(_HISTORY_DAYS * rng.random() ** _RECENCY_SKEW))
    if channel in (Channel.LETTER, Channel.IN_PERSON, Channel.PHONE):
        weekday = received.weekday()
        if weekday >= _SATURDAY:  # post, visits and calls come in on weekdays
            received -= timedelta(days=weekday - _SATURDAY + 1)
    return received


def _plans(
    rng: random.Random, count: int, entities: Sequence[Entity], today: date, people: _People
) -> list[_Plan]:
    types, type_weights = list(_TYPE_WEIGHTS), list(_TYPE_WEIGHTS.values())
    channels, channel_weights = list(_CHANNEL_WEIGHTS), list(_CHANNEL_WEIGHTS.values())
    entity_weights = [len(entities) - i for i in range(len(entities))]
    request_types = rng.choices(types, type_weights, k=count)
    request_channels = rng.choices(channels, channel_weights, k=count)
    owners = rng.choices(list(entities), entity_weights, k=count)
    plans = [
        _Plan(
            index=i,
            received_on=_receipt_date(rng, today, request_channels[i]),
            type=request_types[i],
            channel=request_channels[i],
            entity=owners[i],
            requester=people.pick(request_channels[i]),
        )
        for i in range(count)
    ]
    plans.sort(key=lambda p: (p.received_on, p.index))
    return plans


class _Simulator:
    """Drives one request through the domain, one dated action after another."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def summary(self, plan: _Plan) -> str:
        lang = plan.requester.language
        template = _pick(self.rng, SUMMARIES[lang][plan.type])
        return template.format(topic=_pick(self.rng, TOPICS[lang]))

    def run(self, plan: _Plan, reference: str) -> Request:
        rng, lang = self.rng, plan.requester.language
        request = Request.register(
            reference=reference,
            type=plan.type,
            received_on=plan.received_on,
            requester=plan.requester,
            entity=plan.entity,
            today=plan.received_on,
            channel=plan.channel,
            summary=self.summary(plan),
            assignee=_pick(rng, _STAFF) if rng.random() < 0.9 else None,
        )
        if plan.entity.role is Role.PROCESSOR and rng.random() < 0.6:
            self._forward(request, lang)
            return request
        if plan.type is RequestType.MARKETING_OPT_OUT and rng.random() < 0.5:
            # Unsubscribing needs no identity check: often done the same or next day.
            self._try_close(request, plan.received_on + rng.randint(0, 2) * _DAY, lang)
            return request
        self._process(request, plan, lang)
        return request

    def _forward(self, request: Request, lang: str) -> None:
        forwarded_on = request.received_on + self.rng.randint(0, 4) * _DAY
        if forwarded_on <= self.today:
            request.close(Outcome.FORWARDED, forwarded_on, forwarded_on, FORWARD_REASONS[lang])

    def _try_close(self, request: Request, on: date, lang: str) -> None:
        if on > self.today:
            return
        rng = self.rng
        outcome, reason = Outcome.COMPLETED, None
        if rng.random() < _REFUSAL_RATE[request.type]:
            outcome = Outcome.REFUSED
            key = request.type.value if request.type.value in ("erasure", "objection") else "any"
            reason = _pick(rng, REFUSAL_REASONS[lang][key])
        request.close(outcome, on, on, reason)

    def _process(self, request: Request, plan: _Plan, lang: str) -> None:
        """Open it, check identity, maybe wait for information, maybe extend, then answer.

        Each step returns the date of the last action taken, or None when the next action
        would fall after ``today`` (or the request was closed): the request stays as it is.
        """
        rng = self.rng
        cursor: date | None = plan.received_on + _pick(rng, (0, 0, 1, 1, 2, 3)) * _DAY
        if cursor is None or cursor > self.today:
            return  # still "received": nobody has opened it yet
        request.start_processing(cursor)
        verified = self._initial_identity_check(request, plan, cursor, lang)
        cursor = self._wait_for_information(request, plan, cursor, lang, verified=verified)
        if cursor is None:
            return
        cursor = self._maybe_extend(request, cursor, lang)
        if cursor is None:
            return
        due = request.due_on or cursor
        if rng.random() < 0.05:  # answered late
            closed_on = due + rng.randint(1, 25) * _DAY
        else:
            slack = max((due - cursor).days, 0)
            closed_on = cursor + int(slack * rng.random() ** 1.5) * _DAY
        self._try_close(request, max(closed_on, cursor), lang)

    def _wait_for_information(
        self, request: Request, plan: _Plan, cursor: date, lang: str, *, verified: bool
    ) -> date | None:
        """Art. 12(6): ask for identity and/or clarification; most requesters answer."""
        rng = self.rng
        if plan.type is RequestType.MARKETING_OPT_OUT:
            return cursor  # an unsubscription needs neither identity nor clarification
        needs_identity = plan.type in _SENSITIVE_TYPES and not verified
        asks: list[InformationKind] = []
        if rng.random() < (0.55 if needs_identity else 0.05):
            asks.append(InformationKind.IDENTITY)
        if rng.random() < 0.07:
            asks.append(InformationKind.CLARIFICATION)
            rng.shuffle(asks)
        for kind in asks:
            asked_on = cursor + rng.randint(0, 6) * _DAY
            if asked_on > self.today:
                return None
            reason = _pick(rng, INFORMATION_REASONS[lang][kind])
            # A right that asks no ID by default (consent withdrawal): the person could not be
            # matched with the records.
            request.ask_for_information(kind, reason, asked_on, asked_on, unmatched=True)
            if rng.random() < 0.12:  # the requester never answers: closed after a while
                give_up_on = asked_on + rng.randint(60, 90) * _DAY
                if give_up_on <= self.today:
                    no_answer = _pick(rng, REFUSAL_REASONS[lang]["no-answer"])
                    given_up = (
                        Outcome.REFUSED
                        if Outcome.REFUSED in request.right.outcomes
                        else Outcome.UNANSWERED
                    )
                    request.close(given_up, give_up_on, give_up_on, no_answer)
                return None
            answered_on = asked_on + int(1 + 20 * rng.random() ** 2) * _DAY
            if answered_on > self.today:
                return None
            request.information_received(answered_on, answered_on)
            cursor = answered_on
            if kind is InformationKind.IDENTITY:
                self._check(request, VerificationMethod.ID_DOCUMENT, answered_on, lang)
        return cursor

    def _maybe_extend(self, request: Request, cursor: date, lang: str) -> date | None:
        """Art. 12(3): some requests are extended, always by the extension-notice date."""
        rng = self.rng
        if rng.random() >= (0.12 if request.type is RequestType.ACCESS else 0.05):
            return cursor
        if not request.right.may_extend:  # a marketing opt-out, a consent withdrawal
            return cursor
        notice_by = request.due_on  # not extended yet: the one-month due date
        if notice_by is None or cursor > notice_by:
            return cursor
        extended_on = cursor + rng.randint(0, (notice_by - cursor).days) * _DAY
        if extended_on > self.today:
            return None
        request.extend(_pick(rng, EXTENSION_REASONS[lang]), extended_on)
        return extended_on

    def _initial_identity_check(self, request: Request, plan: _Plan, on: date, lang: str) -> bool:
        """Checks made on first reading: a known address, or an ID enclosed or shown."""
        rng = self.rng
        if plan.channel in (Channel.EMAIL, Channel.FORM) and plan.requester.email:
            if rng.random() < 0.6:
                self._check(request, VerificationMethod.KNOWN_EMAIL, on, lang)
                return True
        elif plan.channel is Channel.IN_PERSON:
            self._check(request, VerificationMethod.IN_PERSON, on, lang)
            return True
        elif plan.channel is Channel.LETTER and rng.random() < 0.4:
            self._check(request, VerificationMethod.ID_DOCUMENT, on, lang)
            return True
        return False

    def _check(self, request: Request, method: VerificationMethod, on: date, lang: str) -> None:
        rng = self.rng
        kind = tail = None
        note = ""
        if method is VerificationMethod.KNOWN_EMAIL:
            note = KNOWN_EMAIL_NOTES[lang]
        elif method in (VerificationMethod.ID_DOCUMENT, VerificationMethod.IN_PERSON):
            kind = _pick(rng, DOCUMENT_KINDS[lang])
            tail = "".join(_pick(rng, _ALPHANUMERIC) for _ in range(4))
        check = IdentityCheck(
            method=method,
            checked_by=_pick(rng, _STAFF),
            checked_on=on,
            outcome=VerificationOutcome.VERIFIED,
            document_kind=kind,
            number_last_chars=tail,
            note=note,
        )
        request.record_identity_check(check, on)


def build_demo_requests(
    count: int, entities: Sequence[Entity], today: date, seed: int = 2026
) -> list[Request]:
    """``count`` requests received over the three years before ``today``, in receipt order,
    numbered ``DSR-<year>-NNNN`` per receipt year, each in a state reached through the domain.

    Deterministic for a given seed (and Faker version). The same ``Entity`` objects are shared
    by the requests; a requester who wrote several times is one shared ``Requester`` object.
    """
    if count < 0:
        raise ValueError("count must be zero or more")
    if count == 0:
        return []
    if not entities:
        raise ValueError("demo requests need at least one entity")
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    pools = _make_pools(seed, size=min(1500, max(60, count // 4)))
    people = _People(rng, pools)
    simulator = _Simulator(rng, today)
    numbers: dict[int, int] = {}
    requests = []
    for plan in _plans(rng, count, entities, today, people):
        year = plan.received_on.year
        numbers[year] = numbers.get(year, 0) + 1
        requests.append(simulator.run(plan, format_reference(year, numbers[year])))
    return requests

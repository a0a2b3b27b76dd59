"""Seed a vault with realistic demo data (for demos, training, screenshots and benchmarks)."""

from __future__ import annotations

import re

from dsr_desk.demo.entities import demo_entities
from dsr_desk.demo.register import demo_register
from dsr_desk.demo.requests import build_demo_requests
from dsr_desk.domain.requests import format_reference
from dsr_desk.storage.bulk import bulk_insert
from dsr_desk.storage.repositories import entity_ids
from dsr_desk.storage.unit_of_work import SqlUnitOfWork

_REF = re.compile(r"^DSR-(\d{4})-(\d+)$")


def seed_demo_data(uow: SqlUnitOfWork, count: int, *, seed: int = 2026) -> int:
    """Add ``count`` demo requests (and the demo entities if missing, and their processing
    register when empty) in one transaction."""
    with uow:
        entities = []
        for template in demo_entities():
            existing = uow.entities.get(template.name)
            if existing is None:
                uow.entities.add(template)
                existing = template
            if not existing.processing_activities:
                existing.processing_activities.extend(demo_register(existing.name))
            entities.append(existing)
        uow.session.flush()
        requests = build_demo_requests(count, entities, uow.clock.today(), seed=seed)
        offsets: dict[int, int] = {}
        for request in requests:
            match = _REF.match(request.reference)
            if match is None:  # pragma: no cover - generator contract
                raise ValueError(f"bad demo reference {request.reference}")
            year, number = int(match.group(1)), int(match.group(2))
            if year not in offsets:
                offsets[year] = uow.requests.last_number(year)
            request.reference = format_reference(year, offsets[year] + number)
        added: int = bulk_insert(uow.session, entity_ids(uow.session), requests)
        uow.record("demo.seeded", None, requests=added, seed=seed)
        uow.commit()
        return added

"""How long an identity-document copy may be kept (CNIL NS-048, rules.md §2).

| request type                         | keep the ID copy             | counted from          |
| access, rectification                | entity setting (1 year)      | closure               |
| objection, marketing opt-out         | entity setting (3 y, max 6)  | last contact          |

The CNIL's figure for objections is 3 years; the maximum, 6, is the limitation period of
délits (art. 8 of the Code de procédure pénale since 2017).
| every other type                     | entity setting (1 year)      | closure               |

An open request is never purged. Objection records become archive-only once closed
(``Request.archive_only``), and a new contact with the requester restarts their clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.entities import Entity
from dsr_desk.domain.requests import ARCHIVE_TYPES, Request, RequestType

OBJECTION_TYPES = ARCHIVE_TYPES
ACCESS_TYPES = frozenset({RequestType.ACCESS, RequestType.RECTIFICATION})


class RetentionRule(StrEnum):
    ACCESS = "access-rectification"
    OBJECTION = "objection"
    OTHER = "other"

    def describe(self, years: int) -> str:
        plural = "year" if years == 1 else "years"
        match self:
            case RetentionRule.ACCESS:
                return f"access/rectification: {years} {plural} after closure (CPP art. 9)"
            case RetentionRule.OBJECTION:
                return (
                    f"objection: {years} {plural} after the last contact "
                    "(CNIL: 3 years; at most 6, CPP art. 8)"
                )
            case RetentionRule.OTHER:
                return f"other requests: {years} {plural} after closure (entity setting)"


@dataclass(frozen=True)
class RetentionDecision:
    rule: RetentionRule
    years: int
    anchor: date | None  # closure or last contact; None while the request is open
    purge_on: date | None  # first day the copy must be gone; None while open

    @property
    def description(self) -> str:
        return self.rule.describe(self.years)

    def is_due(self, as_of: date) -> bool:
        return self.purge_on is not None and as_of >= self.purge_on


def rule_for(request_type: RequestType, entity: Entity) -> tuple[RetentionRule, int]:
    if request_type in ACCESS_TYPES:
        return RetentionRule.ACCESS, entity.retention_access_years
    if request_type in OBJECTION_TYPES:
        return RetentionRule.OBJECTION, entity.retention_objection_years
    return RetentionRule.OTHER, entity.retention_other_years


def id_document_retention(request: Request) -> RetentionDecision:
    """When the ID copies of ``request`` must be purged."""
    rule, years = rule_for(request.type, request.entity)
    if request.is_open:
        return RetentionDecision(rule, years, None, None)
    if rule is RetentionRule.OBJECTION:
        anchor = request.last_contact_on or request.closed_on or request.received_on
    else:
        anchor = request.closed_on or request.received_on
    return RetentionDecision(rule, years, anchor, add_months(anchor, 12 * years))

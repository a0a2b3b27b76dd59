"""How long a request record itself is kept (storage limitation, GDPR Art. 5(1)(e)), and what
anonymising it leaves.

| request                              | anonymised            | counted from  | what stays    |
| every closed request                 | entity setting (5 y)  | closure       | the skeleton  |
| objection, marketing opt-out, upheld | entity setting (5 y)  | last contact  | + suppression |

Five years is the civil limitation period (art. 2224 of the Code civil): within it the
requester may still bring a claim about the answer, and the record is the office's proof.
An open request is never anonymised.

**The skeleton** (always kept, no personal data): reference, type, channel, entity, status
(the outcome), the dates (received, due, extended, closed, last contact, anonymised), the
suspension ledger's dates and kinds and the identity checks' method, outcome, date and the
staff member who checked. They keep the statistics (dashboard tallies, days to answer) and
the audit chain (which holds no requester data) meaningful.

**Erased**: the requester's name, e-mail, postal address and phone (the requester row itself
when no other request needs it), the data subject's name when someone else asked for them
(kept only in a suppression entry: the objection is the data subject's), the summary, the
extension and outcome reasons, the reasons kept for the audit log (``request_reasons``:
text and MAC key), the reasons of each suspension, the typed ID-document kind, number ending
and note of each identity check, the notes; every document and stored letter is crypto-shredded.

**A suppression entry** (objection or marketing opt-out that was upheld, i.e. closed as
completed): the objection must go on being honoured as long as it stands, which needs the one
identifier a mailing or a file is matched against. It keeps the e-mail address when one is
known; only without one, the name and postal address (a postal mailing is matched on them).
Never the phone, the notes, the reasons or the documents. A refused objection has nothing to
honour: it is anonymised like any other request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.documents import DocumentRecord
from dsr_desk.domain.request_kinds import Status
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import ARCHIVE_TYPES, Request

#: The name an anonymised request's requester is shown with.
ANONYMISED_NAME: Final = "Anonymised"
#: The name of a suppression entry kept by e-mail address alone.
SUPPRESSION_NAME: Final = "Objection on file"
#: What stands for an erased suspension reason (the ledger needs one to explain the dates).
ERASED_REASON: Final = "(erased: the record was anonymised)"


class RecordFate(StrEnum):
    """What anonymising leaves of a request record."""

    ANONYMISED = "anonymised"  # the skeleton only
    SUPPRESSION = "suppression"  # the skeleton and the identifier the objection needs


@dataclass(frozen=True)
class RecordDecision:
    fate: RecordFate
    years: int
    anchor: date  # closure, or the last contact for a suppression entry
    due_on: date  # first day the record must be anonymised

    @property
    def description(self) -> str:
        plural = "year" if self.years == 1 else "years"
        if self.fate is RecordFate.SUPPRESSION:
            return (
                f"request record: {self.years} {plural} after the last contact, then a "
                "suppression entry while the objection stands (Code civil art. 2224)"
            )
        return (
            f"request record: {self.years} {plural} after closure "
            "(civil limitation, Code civil art. 2224)"
        )

    def is_due(self, as_of: date) -> bool:
        return as_of >= self.due_on


def objection_stands(request: Request) -> bool:
    """An objection or opt-out that was upheld: it must go on being honoured."""
    return request.type in ARCHIVE_TYPES and request.status is Status.COMPLETED


def record_retention(request: Request) -> RecordDecision | None:
    """When ``request``'s record must be anonymised, and what stays; None while it is open or
    once it was anonymised."""
    if request.is_open or request.anonymised_on is not None:
        return None
    years = request.entity.retention_records_years
    closed = request.closed_on or request.received_on
    if objection_stands(request):
        fate = RecordFate.SUPPRESSION
        anchor = max(closed, request.last_contact_on or closed)
    else:
        fate = RecordFate.ANONYMISED
        anchor = closed
    return RecordDecision(fate, years, anchor, add_months(anchor, 12 * years))


def _remaining_identity(requester: Requester, fate: RecordFate) -> Requester:
    if fate is RecordFate.SUPPRESSION:
        if requester.email:
            return Requester(
                name=SUPPRESSION_NAME, email=requester.email, language=requester.language
            )
        return Requester(
            name=requester.name,
            postal_address=requester.postal_address,
            language=requester.language,
        )
    return Requester(name=ANONYMISED_NAME, language=requester.language)


def anonymise(request: Request, decision: RecordDecision, at: datetime) -> list[DocumentRecord]:
    """Erase the personal fields of a closed ``request`` (module docstring) and crypto-shred
    its documents; returns the documents purged now (their files are for the caller to
    remove). The requester it leaves is a new one: the previous one may still be needed by
    another request (the storage removes it when no request needs it any more)."""
    if request.is_open or request.anonymised_on is not None:
        raise ValueError(f"{request.reference} cannot be anonymised")
    request.requester = _remaining_identity(request.requester, decision.fate)
    if request.subject_name is not None and decision.fate is not RecordFate.SUPPRESSION:
        request.subject_name = ANONYMISED_NAME
    request.summary = ""
    request.extension_reason = None
    request.outcome_reason = None
    request.reasons.clear()
    request.notes.clear()
    for entry in request.suspensions:
        entry.reason = ERASED_REASON
    for check in request.identity_checks:
        check.document_kind = None
        check.number_last_chars = None
        check.note = ""
    purged = []
    for document in request.documents:
        if not document.is_purged:
            document.purge(at, decision.description)
            purged.append(document)
    request.anonymised_on = at.date()
    return purged


__all__ = [
    "ANONYMISED_NAME",
    "ERASED_REASON",
    "SUPPRESSION_NAME",
    "RecordDecision",
    "RecordFate",
    "anonymise",
    "objection_stands",
    "record_retention",
]

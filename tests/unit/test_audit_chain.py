"""The audit hash chain names the first altered, deleted or reordered entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from dsr_desk.domain.audit import (
    GENESIS_HASH,
    AuditEntry,
    ChainHead,
    ChainProblem,
    make_entry,
    verify_chain,
)


def _chain(length: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    for i in range(length):
        entries.append(
            make_entry(
                seq=i + 1,
                prev_hash=entries[-1].hash if entries else GENESIS_HASH,
                at=start + timedelta(minutes=i),
                user="alice",
                action=f"action.{i}",
                request_ref=f"DSR-2026-{i:04d}",
                details={"n": i, "note": "réponse envoyée"},
            )
        )
    return entries


def _head(entries: list[AuditEntry]) -> ChainHead:
    return ChainHead(entries[-1].seq, entries[-1].hash)


def test_intact_chain() -> None:
    entries = _chain(6)
    report = verify_chain(entries, _head(entries))
    assert report.ok and report.checked == 6
    assert verify_chain([], None).ok


def test_altered_entry_is_named() -> None:
    entries = _chain(6)
    head = _head(entries)
    entries[3] = replace(entries[3], details_json='{"n":3,"note":"rien"}')
    report = verify_chain(entries, head)
    assert (report.problem, report.seq) == (ChainProblem.ALTERED, 4)
    assert "#4" in report.message and "altered" in report.message


def test_deleted_entry_is_named() -> None:
    entries = _chain(6)
    head = _head(entries)
    del entries[2]
    report = verify_chain(entries, head)
    assert (report.problem, report.seq) == (ChainProblem.DELETED, 3)


def test_deleted_and_renumbered_entry_is_named() -> None:
    entries = _chain(6)
    head = _head(entries)
    del entries[2]
    entries = [replace(e, seq=i + 1) for i, e in enumerate(entries)]
    report = verify_chain(entries, head)
    assert (report.problem, report.seq) == (ChainProblem.DELETED, 3)


def test_reordered_entries_are_named() -> None:
    entries = _chain(6)
    head = _head(entries)
    swapped = entries.copy()
    swapped[2], swapped[3] = replace(entries[3], seq=3), replace(entries[2], seq=4)
    report = verify_chain(swapped, head)
    assert (report.problem, report.seq) == (ChainProblem.REORDERED, 3)
    assert "out of order" in report.message


def test_dropped_tail_is_caught_by_the_head() -> None:
    entries = _chain(6)
    report = verify_chain(entries[:4], _head(entries))
    assert (report.problem, report.seq) == (ChainProblem.DELETED, 5)
    assert "#5 to #6" in report.message


@given(st.integers(min_value=1, max_value=12), st.data())
def test_any_single_field_change_is_detected(length: int, data: st.DataObject) -> None:
    entries = _chain(length)
    head = _head(entries)
    index = data.draw(st.integers(min_value=0, max_value=length - 1))
    field = data.draw(st.sampled_from(["at", "user", "action", "request_ref", "details_json"]))
    entries[index] = replace(entries[index], **{field: getattr(entries[index], field) + "x"})
    report = verify_chain(entries, head)
    assert not report.ok
    assert report.seq == index + 1

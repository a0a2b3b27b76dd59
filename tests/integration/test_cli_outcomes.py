"""The CLI contracts of every way a request ends and of what each right allows (issue 16, items
1–2), through the real ``dsr-desk`` in a subprocess: ``request close --outcome …`` with the
texts each outcome needs, the refusals of the rights table (exit 2 with the reason), the fee
asked and received, the warning when no answer was recorded as sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli_helpers import Result, init_vault, run_cli

TODAY = "2026-03-20"
ENTITY = (
    "--entity",
    "Groupe Scolaire Exemple",
    "--address",
    "4 rue des Écoles\n69007 Lyon",
    "--dpo",
    "dpo@exemple.fr",
)


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outcomes") / "data"
    init_vault(folder, *ENTITY, today=TODAY)
    return folder


def _cli(folder: Path, *args: str) -> Result:
    return run_cli(folder, *args, today=TODAY)


def _add(folder: Path, rtype: str = "access", received: str = "2026-03-10") -> str:
    added = _cli(
        folder,
        "request",
        "add",
        "--type",
        rtype,
        "--received",
        received,
        "--name",
        "Ana Silva",
        "--address",
        "8 allée des Tilleuls|57000 Metz",
    )
    assert added.code == 0, added.err
    return added.out.strip()


def _show(folder: Path, ref: str) -> dict[str, object]:
    shown = _cli(folder, "request", "show", ref, "--json")
    assert shown.code == 0, shown.err
    result: dict[str, object] = json.loads(shown.out)
    return result


def _refused(result: Result, *fragments: str) -> None:
    """Exit 2, one line ``dsr-desk: error: …`` containing every fragment."""
    assert result.code == 2, result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dsr-desk: error: "), result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0]


NO_ANSWER_WARNING = "dsr-desk: warning: no answer to {ref} was recorded as sent"

# outcome → the flags it needs, and the status it closes the request in
OUTCOMES: dict[str, tuple[tuple[str, ...], str]] = {
    "completed": ((), "completed"),
    "partial": (
        (
            "--granted",
            "Marketing data erased",
            "--withheld",
            "Invoices",
            "--reason",
            "Art. 17(3)(b): kept 10 years",
        ),
        "completed",
    ),
    "refused": (("--reason", "Data must be kept by law"), "refused"),
    "no-data": ((), "completed"),
    "withdrawn": ((), "completed"),
    "unanswered": ((), "completed"),
    "excessive": (("--reason", "Fifth identical request this month"), "refused"),
}


@pytest.mark.parametrize("outcome", list(OUTCOMES))
def test_every_outcome_closes_and_shows_in_json(vault_dir: Path, outcome: str) -> None:
    flags, status = OUTCOMES[outcome]
    ref = _add(vault_dir, "erasure")
    if outcome == "unanswered":  # only while the information asked has not come
        asked = _cli(vault_dir, "request", "ask", ref, "--kind", "identity", "--reason", "Doubt")
        assert asked.code == 0, asked.err
    closed = _cli(vault_dir, "request", "close", ref, "--outcome", outcome, *flags)
    assert closed.code == 0, closed.err
    assert f"{ref}: closed as {outcome} on 20/03/2026" in closed.out
    # the CLI closes without asking, and says no answer was recorded as sent
    assert NO_ANSWER_WARNING.format(ref=ref) in closed.err
    shown = _show(vault_dir, ref)
    assert (shown["outcome"], shown["status"], shown["closed_on"]) == (
        outcome,
        status,
        "2026-03-20",
    )
    if outcome == "partial":
        assert (shown["outcome_granted"], shown["outcome_withheld"]) == (
            "Marketing data erased",
            "Invoices",
        )
        assert shown["outcome_reason"] == "Art. 17(3)(b): kept 10 years"
    else:
        assert shown["outcome_granted"] is None and shown["outcome_withheld"] is None


def test_forwarded_only_by_a_processor(vault_dir: Path, tmp_path: Path) -> None:
    # a controller forwards nothing
    _refused(
        _cli(vault_dir, "request", "close", _add(vault_dir), "--outcome", "forwarded"),
        "only a processor forwards requests",
    )
    folder = tmp_path / "processor"
    init_vault(folder, "--entity", "Prestataire", "--role", "processor", today=TODAY)
    ref = _add(folder)
    closed = _cli(folder, "request", "close", ref, "--outcome", "forwarded")
    assert closed.code == 0, closed.err
    shown = _show(folder, ref)
    assert (shown["outcome"], shown["status"]) == ("forwarded", "forwarded")


def test_the_texts_each_outcome_needs(vault_dir: Path) -> None:
    """Refused closures leave the request open: one request takes every refusal."""
    ref = _add(vault_dir, "access")
    texts = {"--granted": "A copy", "--withheld": "Third parties' data", "--reason": "Art. 15(4)"}
    for missing, named in (
        ("--granted", "what is granted (--granted)"),
        ("--withheld", "what is withheld (--withheld)"),
        ("--reason", "the reasons (--reason)"),
    ):
        flags = [item for flag, text in texts.items() if flag != missing for item in (flag, text)]
        result = _cli(vault_dir, "request", "close", ref, "--outcome", "partial", *flags)
        _refused(result, "A partial answer needs", named)
    _refused(
        _cli(vault_dir, "request", "close", ref, "--outcome", "completed", "--granted", "Copy"),
        "only with a partial answer",
    )
    _refused(
        _cli(vault_dir, "request", "close", ref, "--outcome", "excessive"),
        "the reasons, including what shows the excess",
        "Art. 12(5)(b)",
    )
    _refused(
        _cli(vault_dir, "request", "close", ref, "--outcome", "unanswered"),
        "not waiting for any information",
    )
    shown = _show(vault_dir, ref)
    assert (shown["outcome"], shown["closed_on"], shown["status"]) == (None, None, "received")


def test_an_objection_is_refused_only_on_compelling_grounds(vault_dir: Path) -> None:
    ref = _add(vault_dir, "objection")
    result = _cli(vault_dir, "request", "close", ref, "--outcome", "refused")
    _refused(result, "compelling legitimate grounds", "Art. 21(1)")


def test_a_marketing_opt_out_never_refused_nor_extended_nor_asked_for_id(
    vault_dir: Path,
) -> None:
    ref = _add(vault_dir, "marketing-opt-out", "2026-03-18")
    for outcome in ("refused", "partial", "excessive"):
        result = _cli(
            vault_dir,
            "request",
            "close",
            ref,
            "--outcome",
            outcome,
            "--reason",
            "We keep mailing",
            *(("--granted", "g", "--withheld", "w") if outcome == "partial" else ()),
        )
        _refused(
            result,
            f"{ref} is a marketing-opt-out request: it can never be",
            "an objection to direct marketing must always be acted on (Art. 21(3) GDPR)",
        )
    _refused(
        _cli(vault_dir, "request", "extend", ref, "--reason", "Many lists"),
        f"{ref} is a marketing-opt-out request: it cannot be extended",
        "Art. 21(3)",
    )
    _refused(
        _cli(vault_dir, "request", "ask", ref, "--kind", "identity", "--reason", "Check"),
        "ask for it only when the person cannot be matched",
        "Art. 11(2)",
    )
    _refused(
        _cli(vault_dir, "request", "ask", ref, "--kind", "fee", "--amount", "10", "--reason", "x"),
        "no fee can be asked",
    )
    shown = _show(vault_dir, ref)
    assert (shown["outcome"], shown["status"], shown["extended_on"]) == (None, "received", None)
    assert shown["extension"]["state"] == "not-allowed"  # type: ignore[index]
    # what the table never allows is hidden (not merely disabled) in the GUI and for scripts
    assert {"refuse", "partial", "excessive", "extend"} <= set(shown["inapplicable_actions"])  # type: ignore[arg-type]
    assert "refused" not in shown["outcomes"] and "excessive" not in shown["outcomes"]  # type: ignore[operator]
    assert shown["rights"]["due_basis"] == "without-delay"  # type: ignore[index]
    unmatched = _cli(
        vault_dir,
        "request",
        "ask",
        ref,
        "--kind",
        "identity",
        "--reason",
        "No customer of that name",
        "--cannot-match",
    )
    assert unmatched.code == 0, unmatched.err


def test_a_consent_withdrawal_is_never_refused_nor_extended(vault_dir: Path) -> None:
    ref = _add(vault_dir, "consent-withdrawal")
    _refused(
        _cli(vault_dir, "request", "close", ref, "--outcome", "refused", "--reason", "No"),
        "it can never be refused",
        "Art. 7(3) GDPR",
    )
    _refused(
        _cli(vault_dir, "request", "extend", ref, "--reason", "Many lists"),
        f"{ref} is a consent-withdrawal request: it cannot be extended",
    )


def test_a_fee_is_asked_then_paid(vault_dir: Path) -> None:
    ref = _add(vault_dir, "access")
    no_amount = _cli(vault_dir, "request", "ask", ref, "--kind", "fee", "--reason", "Fifth copy")
    _refused(no_amount, "A fee needs its amount in euros")
    asked = _cli(
        vault_dir,
        "request",
        "ask",
        ref,
        "--kind",
        "fee",
        "--amount",
        "12,50",
        "--reason",
        "Fifth copy of the same file this month",
    )
    assert asked.code == 0, asked.err
    assert f"{ref}: waiting for fee since 20/03/2026" in asked.out
    paid = _cli(vault_dir, "request", "received", ref)
    assert paid.code == 0, paid.err
    after = _show(vault_dir, ref)
    assert after["status"] == "in-progress"
    suspension = after["suspensions"][-1]  # type: ignore[index]
    assert (suspension["kind"], suspension["amount_cents"], suspension["received_on"]) == (
        "fee",
        1250,
        "2026-03-20",
    )


def test_no_warning_once_the_answer_was_recorded_as_sent(vault_dir: Path, tmp_path: Path) -> None:
    ref = _add(vault_dir, "erasure")
    letter = _cli(
        vault_dir,
        "letter",
        ref,
        "--kind",
        "completion",
        "--out",
        str(tmp_path / "completion.pdf"),
        "--sent",
        "--channel",
        "email",
        "--override-reason",
        "Known requester, e-mail on file",
        "--signer",  # letters are never signed with the computer login
        "Claire Dumoulin",
    )
    assert letter.code == 0, letter.err
    closed = _cli(vault_dir, "request", "close", ref, "--outcome", "completed")
    assert closed.code == 0, closed.err
    assert closed.err.strip() == ""


def test_requests_on_hold_too_long_are_listed_and_closed_for_lack_of_reply(
    vault_dir: Path,
) -> None:
    # asked 19/12/2025: three months (the default setting) end on 19/03/2026, past on 20/03
    ref = _add(vault_dir, "access", "2025-12-15")
    asked = _cli(
        vault_dir, "request", "ask", ref, "--kind", "identity", "--reason", "ID", "--on",
        "2025-12-19", "--late-reason", "Asked by letter; recorded late",
    )  # fmt: skip
    assert asked.code == 0, asked.err
    listed = _cli(vault_dir, "request", "list", "--on-hold-too-long", "--json")
    assert listed.code == 0, listed.err
    assert [row["reference"] for row in json.loads(listed.out)] == [ref]
    shown = _show(vault_dir, ref)
    assert shown["on_hold_too_long"] is True and shown["outcomes"]["unanswered"] is None  # type: ignore[index]
    closed = _cli(vault_dir, "request", "close", ref, "--outcome", "unanswered")
    assert closed.code == 0, closed.err
    again = _cli(vault_dir, "request", "list", "--on-hold-too-long", "--json")
    assert json.loads(again.out) == []

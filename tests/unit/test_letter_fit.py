"""Which texts a letter asks of the staff (``letters.fit.asked_fields``) is the same answer the
fit rules require: every asked text, left out, makes ``check_fit`` refuse the letter; the
letter dialog shows exactly these fields (and compares no fact of the request itself)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from dsr_desk.domain.errors import DsrError
from dsr_desk.letters.context import Addressee
from dsr_desk.letters.fit import LetterField, asked_fields, check_fit, suggested_kind
from dsr_desk.letters.kinds import LetterKind
from tests.letters_support import make_detail, make_letter, suspended
from tests.unit.test_request_actions import RULE_FACTS

GIVEN: dict[LetterField, Any] = {
    LetterField.OBJECTION_GROUNDS: "Motifs impérieux et légitimes.",
    LetterField.REFUSAL_REASONS: "Une partie des données relève du secret des affaires.",
    LetterField.RECIPIENT: Addressee("Société Destinataire SA", ("10 rue de l'Exemple",)),
    LetterField.DISCLOSURE_OVERRIDE: "Identité confirmée par téléphone par la directrice.",
    LetterField.ACTIVITIES: ("Scolarité et vie scolaire",),
    LetterField.LATE_EXTENSION: "Le courrier du 10 février est revenu : nouvel envoi.",
}
REQUESTS = {
    "unverified access": make_detail(identity_verified=False),
    "objection": make_detail(type="objection", status="refused"),
    "marketing opt-out": make_detail(type="marketing-opt-out", status="completed"),
    "erasure at a processor": make_detail(type="erasure", entity_role="processor"),
    "refused access": make_detail(status="refused", outcome_reason="Demande excessive."),
}


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("request_name", list(REQUESTS))
def test_every_asked_text_is_one_the_fit_rules_require(kind: LetterKind, request_name: str) -> None:
    detail = REQUESTS[request_name]
    asked = asked_fields(detail, kind)
    given = {field.value: GIVEN[field] for field in asked}
    try:
        check_fit(make_letter(kind, request=detail, **given))
    except DsrError:
        return  # this kind does not suit the request whatever is typed
    for field in asked:
        left_out = {**given, field.value: None}
        with pytest.raises(DsrError):
            check_fit(make_letter(kind, request=detail, **left_out))


def test_the_asked_texts_of_some_letters() -> None:
    unverified = REQUESTS["unverified access"]
    assert asked_fields(unverified, LetterKind.COMPLETION) == {
        LetterField.DISCLOSURE_OVERRIDE,
        LetterField.ACTIVITIES,
    }
    assert asked_fields(make_detail(), LetterKind.COMPLETION) == {LetterField.ACTIVITIES}
    assert asked_fields(make_detail(type="erasure"), LetterKind.COMPLETION) == set()
    assert asked_fields(unverified, LetterKind.REFUSAL) == {LetterField.REFUSAL_REASONS}
    assert asked_fields(REQUESTS["refused access"], LetterKind.REFUSAL) == set()
    objection = REQUESTS["objection"]
    assert asked_fields(objection, LetterKind.OBJECTION_OUTCOME) == {LetterField.OBJECTION_GROUNDS}
    opt_out = REQUESTS["marketing opt-out"]
    assert asked_fields(opt_out, LetterKind.OBJECTION_OUTCOME) == set()
    assert asked_fields(opt_out, LetterKind.FORWARD) == {LetterField.RECIPIENT}


def test_the_suggested_letter_follows_the_request() -> None:
    assert suggested_kind(make_detail()) is LetterKind.ACKNOWLEDGEMENT
    assert suggested_kind(make_detail(**suspended("identity"))) is LetterKind.ID_REQUEST
    assert suggested_kind(REQUESTS["objection"]) is LetterKind.OBJECTION_OUTCOME
    assert suggested_kind(REQUESTS["refused access"]) is LetterKind.REFUSAL


def test_the_letter_dialog_restates_no_fit_rule() -> None:
    path = Path(__file__).resolve().parents[2] / "dsr_desk" / "ui" / "dialogs" / "letter_dialog.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    compared = {
        n.attr if isinstance(n, ast.Attribute) else n.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute | ast.Name)
    }
    assert not compared & RULE_FACTS, compared & RULE_FACTS

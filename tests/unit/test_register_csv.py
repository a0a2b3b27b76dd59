"""Importing a processing register from a spreadsheet: delimiters, encodings, French headers,
all-or-nothing validation with row numbers, replace or append."""

from __future__ import annotations

import codecs
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import NotFound, ValidationError
from dsr_desk.services import entities as entity_service
from dsr_desk.services import register as svc
from dsr_desk.services import register_csv as csv_svc
from tests.fakes import FakeUnitOfWork

ENTITY = "Groupe Scolaire Exemple"
ENGLISH = (
    "name,purpose,legal_basis,data_categories,recipients,retention,source,transfers,"
    "automated_decisions\n"
    'Enrolment,Manage studies,Contract (Art. 6(1)(b)),"Identity, marks",Teachers,'
    "Studies + 50 years,,None,\n"
    "Canteen,Serve meals,Contract,Identity,Caterer,1 year,,,\n"
)
FRENCH = (
    "Nom;Finalité;Base légale;Catégories de données;Destinataires;Durée de conservation;"
    "Source;Transferts;Décisions automatisées\n"
    "Scolarité;Gérer la scolarité des élèves;Contrat (art. 6(1)(b));Identité, notes, "
    "absences;Équipe pédagogique;Durée de la scolarité puis archivage;;Aucun;Aucune\n"
    'Cantine;"Restauration ; régimes alimentaires";Consentement;Allergies;Prestataire;'
    "1 an;Les familles;;\n"
)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    entity_service.create_entity(fake, name=ENTITY)
    return fake


def _views(uow: FakeUnitOfWork) -> list[svc.ActivityView]:
    return svc.list_activities(uow, ENTITY)


def test_english_header_with_commas_and_quotes(uow: FakeUnitOfWork) -> None:
    report = csv_svc.import_register_csv(uow, ENTITY, ENGLISH.encode())
    assert (report.added, report.removed, report.total, report.replaced) == (2, 0, 2, False)
    assert (report.encoding, report.delimiter) == ("UTF-8", ",")
    assert report.names == ("Enrolment", "Canteen")
    first, second = _views(uow)
    assert first.data_categories == "Identity, marks"
    assert first.retention == "Studies + 50 years"
    assert (first.source, first.transfers, first.automated_decisions) == ("", "None", "")
    assert second.recipients == "Caterer"
    assert "Imported 2 activities into the register of “Groupe Scolaire Exemple”" in (
        report.summary()
    )


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (FRENCH.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "UTF-8"),
        (FRENCH.encode("cp1252"), "Windows-1252"),
        (FRENCH.replace("\n", "\r\n").encode("cp1252"), "Windows-1252"),
        (FRENCH.encode("utf-16"), "UTF-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "cp1252-crlf", "utf16"],
)
def test_french_excel_exports_with_accents(
    uow: FakeUnitOfWork, encoded: bytes, encoding: str
) -> None:
    report = csv_svc.import_register_csv(uow, ENTITY, encoded)
    assert (report.encoding, report.delimiter, report.added) == (encoding, ";", 2)
    first, second = _views(uow)
    assert first.name == "Scolarité"
    assert first.purpose == "Gérer la scolarité des élèves"
    assert first.data_categories == "Identité, notes, absences"  # commas inside ; files
    assert first.recipients == "Équipe pédagogique"
    assert (first.transfers, first.automated_decisions) == ("Aucun", "Aucune")
    assert second.purpose == "Restauration ; régimes alimentaires"  # quoted delimiter
    assert second.source == "Les familles"


def test_header_variants_excel_sep_line_and_ignored_columns(uow: FakeUnitOfWork) -> None:
    data = (
        "sep=;\n"
        "\n"
        "  TRAITEMENT ; Finalités ; Base juridique ; Données ; Commentaire interne ; \n"
        'Paie;"Verser les salaires\net déclarer";Obligation légale;Identité;à revoir;\n'
    ).encode()
    report = csv_svc.import_register_csv(uow, ENTITY, data)
    assert report.ignored_columns == ("Commentaire interne",)
    assert "Ignored columns: Commentaire interne." in report.summary()
    (view,) = _views(uow)
    assert (view.name, view.purpose) == ("Paie", "Verser les salaires\net déclarer")
    assert (view.legal_basis, view.data_categories) == ("Obligation légale", "Identité")


def test_tab_separated_files_are_read_too(uow: FakeUnitOfWork) -> None:
    data = "name\tpurpose\tlegal basis\tdata categories\nPayroll\tPay\tLaw\tIdentity\n"
    report = csv_svc.import_register_csv(uow, ENTITY, data.encode())
    assert report.delimiter == "\t"
    assert [v.name for v in _views(uow)] == ["Payroll"]


def test_invalid_rows_import_nothing_and_name_each_row(uow: FakeUnitOfWork) -> None:
    svc.add_activity(
        uow, ENTITY, name="Existing", purpose="p", legal_basis="b", data_categories="d"
    )
    entries = len(uow.audit.items)
    data = (
        "name;purpose;legal_basis;data_categories\n"
        "Good one;p;b;d\n"  # row 2
        "Missing basis;p;;d\n"  # row 3
        ";;;\n"  # row 4: blank, skipped
        "good ONE;p;b;d\n"  # row 5: duplicate of row 2
        "Too many;p;b;d;surprise\n"  # row 6
        f"{'x' * 201};p;b;d\n"  # row 7
        ";p;b;\n"  # row 8
    ).encode()
    with pytest.raises(ValidationError) as caught:
        csv_svc.import_register_csv(uow, ENTITY, data, replace=True)
    message = str(caught.value)
    assert "\n" not in message  # the CLI prints it on one line
    assert message.startswith("Nothing was imported: 5 rows need fixing")
    for expected in (
        "row 3: missing legal basis",
        "row 5: the name “good ONE” is already used on row 2",
        "row 6: 5 cells but the header names 4 columns",
        "row 7: the name is too long",
        "row 8: missing name, data categories",
    ):
        assert expected in message
    assert isinstance(caught.value, csv_svc.RegisterImportError)
    assert len(caught.value.problems) == 5
    assert [v.name for v in _views(uow)] == ["Existing"]  # replace mode, yet nothing removed
    assert len(uow.audit.items) == entries


def test_many_problems_are_summed_up(uow: FakeUnitOfWork) -> None:
    rows = "".join(f"Row {n};p;;d\n" for n in range(20))
    with pytest.raises(ValidationError, match=r"20 rows need fixing .*; and 12 more\.$"):
        csv_svc.import_register_csv(
            uow, ENTITY, f"name;purpose;legal_basis;data_categories\n{rows}".encode()
        )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \r\n \n", "empty"),
        (b"name;purpose\nA;B\n", "no column found for: legal basis, data categories"),
        (b"name;purpose;legal_basis;data_categories\n", "no activity below it"),
        (b"name;purpose;finalite;legal_basis;data_categories\nA;b;c;d;e\n", "Two columns"),
        (b"\x00\x01binary\x00", "not CSV text"),
        (b"\x81\x8d\x8f", "not CSV text"),
        (codecs.BOM_UTF8 + b"name\xff", "not CSV text"),
        (b"a;b\n" + b"x" * (csv_svc.MAX_CSV_BYTES + 1), "larger than 5 MB"),
    ],
)
def test_unreadable_files_are_refused_clearly(
    uow: FakeUnitOfWork, data: bytes, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        csv_svc.import_register_csv(uow, ENTITY, data)
    assert _views(uow) == []


def test_append_keeps_existing_and_refuses_name_clashes(uow: FakeUnitOfWork) -> None:
    csv_svc.import_register_csv(uow, ENTITY, ENGLISH.encode())
    report = csv_svc.import_register_csv(uow, ENTITY, FRENCH.encode())
    assert (report.added, report.total) == (2, 4)
    assert [v.name for v in _views(uow)] == ["Enrolment", "Canteen", "Scolarité", "Cantine"]
    assert [v.position for v in _views(uow)] == [0, 1, 2, 3]
    with pytest.raises(ValidationError, match=r"row 3: the register already has .*“Canteen”"):
        csv_svc.import_register_csv(uow, ENTITY, ENGLISH.encode())
    assert len(_views(uow)) == 4


def test_replace_swaps_the_whole_register_and_is_audited(uow: FakeUnitOfWork) -> None:
    csv_svc.import_register_csv(uow, ENTITY, ENGLISH.encode())
    report = csv_svc.import_register_csv(uow, ENTITY, ENGLISH.encode(), replace=True)
    assert (report.added, report.removed, report.total, report.replaced) == (2, 2, 2, True)
    assert "replacing the 2 it had" in report.summary()
    assert [v.name for v in _views(uow)] == ["Enrolment", "Canteen"]
    entry = uow.audit.items[-1]
    assert entry.action == "register.imported"
    assert json.loads(entry.details_json) == {
        "entity": ENTITY,
        "mode": "replace",
        "added": 2,
        "removed": 2,
    }
    with pytest.raises(NotFound):
        csv_svc.import_register_csv(uow, "Nobody", ENGLISH.encode())


def _fresh_uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    entity_service.create_entity(fake, name=ENTITY)
    return fake


def _import_or_refuse(data: bytes) -> None:
    """Import into a fresh register: either it works, or a ValidationError says why and the
    register is untouched."""
    uow = _fresh_uow()
    report: csv_svc.ImportReport | None = None
    message = ""
    try:
        report = csv_svc.import_register_csv(uow, ENTITY, data)
    except ValidationError as problem:
        message = str(problem)
    if report is None:
        assert message
        assert _views(uow) == []
        return
    views = _views(uow)
    assert len(views) == report.added == report.total >= 1
    for view in views:
        assert view.name and view.purpose and view.legal_basis and view.data_categories


@settings(max_examples=400)
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_nothing_but_validation_errors(data: bytes) -> None:
    _import_or_refuse(data)


@settings(max_examples=200)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_after_a_valid_header_raise_nothing_else(data: bytes) -> None:
    _import_or_refuse(b"name;purpose;legal_basis;data_categories\n" + data)


_HEADER = "name;purpose;legal_basis;data_categories\n"
_cell = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(max_examples=300)
@given(rows=st.lists(st.lists(_cell, min_size=0, max_size=6), max_size=6))
def test_arbitrary_cells_raise_nothing_but_validation_errors(rows: list[list[str]]) -> None:
    body = "".join(";".join(f'"{c.replace(chr(34), chr(34) * 2)}"' for c in r) + "\n" for r in rows)
    for encoded in ((_HEADER + body).encode("utf-8"), (_HEADER + body).encode("utf-16")):
        _import_or_refuse(encoded)


def test_english_texts_come_in_the_columns_suffixed_en(uow: FakeUnitOfWork) -> None:
    data = (
        "Nom;Finalité;Base légale;Catégories de données;Durée de conservation;name_en;"
        "Purpose (EN);English legal basis;data_categories_en;retention_en;recipients_en;"
        "source_en;transfers_en;automated_decisions_en\n"
        "Cantine;Restauration;Contrat;Identité;1 an;Canteen;Serving meals;Contract;"
        "Identity;1 year;Caterer;Families;None;None\n"
    )
    report = csv_svc.import_register_csv(uow, ENTITY, data.encode())
    assert report.ignored_columns == ()
    (canteen,) = _views(uow)
    assert (canteen.name, canteen.purpose, canteen.retention) == ("Cantine", "Restauration", "1 an")
    assert (canteen.name_en, canteen.purpose_en, canteen.legal_basis_en) == (
        "Canteen",
        "Serving meals",
        "Contract",
    )
    assert (canteen.data_categories_en, canteen.retention_en) == ("Identity", "1 year")
    assert (canteen.recipients_en, canteen.source_en) == ("Caterer", "Families")
    assert (canteen.transfers_en, canteen.automated_decisions_en) == ("None", "None")

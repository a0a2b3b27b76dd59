"""Files staff add to a bundle from other systems: CSV (delimiter sniffed, UTF-8 or
Windows-1252, Excel's "sep=" line) and JSON (a list of objects); anything else is refused with
a message naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsr_desk.domain.errors import ValidationError
from dsr_desk.services.extra_files import ExtraFile, read_extra_file, read_extra_files

CLIENT = "Éloïse Çœur"  # œ exists in Windows-1252, not in Latin-1
ORDERS_FR = f"Commande;Client;Montant\r\nA-1;{CLIENT};30\r\nA-2;{CLIENT};12,50\r\n"


def test_cp1252_semicolon_csv_is_read_with_its_accents() -> None:
    parsed = read_extra_file(ExtraFile("commandes", ORDERS_FR.encode("cp1252"), "orders.csv"))
    assert parsed.columns == ("Commande", "Client", "Montant")
    assert parsed.records == (
        {"Commande": "A-1", "Client": CLIENT, "Montant": "30"},
        {"Commande": "A-2", "Client": CLIENT, "Montant": "12,50"},
    )
    assert parsed.description == "CSV, Windows-1252, semicolon-separated, 2 records"
    assert parsed.source == "orders.csv"


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ('a,b\r\n1,"x, y"\r\n', "comma"),
        ("a\tb\n1\tx, y\n", "tab"),
        ("a|b\n1|x, y\n", "vertical bar"),
        ("sep=;\na;b\n1;x, y\n", "semicolon"),
    ],
)
def test_the_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    parsed = read_extra_file(ExtraFile("x", ("\ufeff" + text).encode("utf-8"), "x.csv"))
    assert parsed.records == ({"a": "1", "b": "x, y"},)
    assert parsed.description == f"CSV, UTF-8, {delimiter}-separated, 1 record"


def test_single_column_csv_short_rows_and_blank_headers() -> None:
    single = read_extra_file(ExtraFile("x", b"email\nx@y.fr\n", "x.csv"))
    assert single.records == ({"email": "x@y.fr"},)
    ragged = read_extra_file(ExtraFile("x", b"a;;a\n1\n1;2;3;;\n", "x.csv"))
    assert ragged.columns == ("a", "column_2", "a_2")
    assert ragged.records == (
        {"a": "1", "column_2": None, "a_2": None},
        {"a": "1", "column_2": "2", "a_2": "3"},
    )


def test_json_list_of_objects_is_read_and_values_made_plain() -> None:
    data = '[{"id": 1, "ok": true, "price": 12.5, "tags": ["a"], "nom": "Çağlar"}, {"x": null}]'
    parsed = read_extra_file(ExtraFile("j", data.encode(), "export.json"))
    assert parsed.columns == ("id", "ok", "price", "tags", "nom", "x")
    assert parsed.records == (
        {"id": 1, "ok": "true", "price": "12.5", "tags": '["a"]', "nom": "Çağlar"},
        {"x": None},
    )


def test_format_is_taken_from_the_content_when_there_is_no_file_name() -> None:
    assert read_extra_file(ExtraFile("j", b'[{"a": "1"}]')).source == "JSON data"
    assert read_extra_file(ExtraFile("c", b"a;b\n1;2\n")).source == "CSV data"


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"%PDF-1.4 ...", "", "PDF document"),
        (b"PK\x03\x04rest", "", "zip archive"),
        (b"\x89PNG\r\n", "", "PNG image"),
        (b"a,b\n\x00\x01", "", "binary file"),
        (b"a,b\n\x01\x02,3\n", "", "binary file"),
        (b"a,b\n1,2\n", "orders.xlsx", r"only CSV \(.csv\) or JSON"),
        (b"", "x.csv", "empty"),
        (b"a;b\n", "x.csv", "no data rows"),
        (b'{"a": 1}', "x.json", "list of objects"),
        (b"[1, 2]", "x.json", "list of objects"),
        (b"[]", "x.json", "no records"),
        (b"[{]", "x.json", "not valid JSON"),
        (b'a,b\n1,2,3\n"x,"y\n', "x.csv", "more cells than the header|not a valid CSV"),
        (b"\x81\x8d\x8f\x90\x9d", "x.csv", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_anything_else_is_refused_naming_the_file(
    content: bytes, filename: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        read_extra_file(ExtraFile("x", content, filename))


def test_category_names_are_required_and_cannot_clash() -> None:
    csv = b"a\n1\n"
    with pytest.raises(ValidationError, match="category name"):
        read_extra_files([ExtraFile("  ", csv)])
    with pytest.raises(ValidationError, match="built-in category 'contact'"):
        read_extra_files([ExtraFile("Contact", csv)])
    with pytest.raises(ValidationError, match="clashes with the category 'Commandes'"):
        read_extra_files([ExtraFile("Commandes", csv), ExtraFile("commandes!", csv)])
    assert [c.name for c in read_extra_files([("Newsletter  abonnements", csv)])] == [
        "Newsletter abonnements"
    ]


def test_paths_are_read_and_checked(tmp_path: Path) -> None:
    good = tmp_path / "orders.csv"
    good.write_bytes(ORDERS_FR.encode("cp1252"))
    assert len(read_extra_files([("orders", good)])[0].records) == 2
    with pytest.raises(ValidationError, match="not a readable file"):
        ExtraFile.of("x", tmp_path / "missing.csv")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(ValidationError, match=r"scan.pdf: only CSV \(.csv\) or JSON"):
        ExtraFile.of("x", pdf)

"""The entity logo: which files are accepted, how the entity services keep it (audited by field
name only), and how letters print it (top left, at most 18 mm high, proportions kept; the text
still reads back and the address still sits in the envelope window)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import ValidationError
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.logo import MAX_LOGO_SIDE_PX, check_logo, printed_size
from dsr_desk.letters.render import render_letter
from dsr_desk.services import entities as svc
from dsr_desk.services.letters import entity_letter_view
from tests.fakes import FakeUnitOfWork
from tests.letters_support import ENTITY, make_letter, pdf_text

MM = 72 / 25.4
ENTITY_NAME = "Lycée Saint-Exemple"


def image_bytes(fmt: str, size: tuple[int, int] = (300, 100), mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (31, 58, 95))
    image.paste((255, 255, 255), (10, 10, min(60, size[0]), min(60, size[1])))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


PNG = image_bytes("PNG")
JPEG = image_bytes("JPEG")


# -- accepted files ---------------------------------------------------------------------------


def test_png_and_jpeg_are_accepted_with_their_size() -> None:
    assert check_logo(PNG).format == "PNG"
    info = check_logo(JPEG)
    assert (info.format, info.width_px, info.height_px) == ("JPEG", 300, 100)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"Just some text renamed logo.png\n", "must be a PNG or JPEG image"),
        (b"GIF89a" + b"\0" * 40, "must be a PNG or JPEG image"),
        (PNG[:40], "cannot be read"),
        (JPEG[:200], "cannot be read"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (1024 * 1024), r"at most 1(\.0)? MB"),
        (image_bytes("PNG", (MAX_LOGO_SIDE_PX + 1, 4)), "pixels on each side"),
    ],
)
def test_anything_else_is_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_logo(data)


def test_the_printed_size_keeps_the_proportions_within_18_by_50_mm() -> None:
    width, height = printed_size(300, 100)  # 3:1 → 50 × 16.7 mm (the width limits)
    assert width == pytest.approx(50 * MM) and height == pytest.approx(50 * MM / 3)
    width, height = printed_size(100, 100)  # square → 18 × 18 mm
    assert width == pytest.approx(18 * MM) and height == pytest.approx(18 * MM)


# -- the entity services ----------------------------------------------------------------------


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(FixedClock.on(date(2026, 3, 10)))
    svc.create_entity(fake, name=ENTITY_NAME, address="1 rue Haute\n57000 Metz")
    return fake


def test_a_logo_is_kept_and_audited_by_field_name_only(uow: FakeUnitOfWork) -> None:
    svc.update_entity(uow, ENTITY_NAME, logo=PNG)
    assert svc.list_entities(uow)[0].logo == PNG
    entry = uow.audit.items[-1]
    assert entry.action == "entity.updated"
    assert json.loads(entry.details_json) == {"entity": ENTITY_NAME, "fields": ["logo"]}
    assert "PNG" not in entry.details_json and len(entry.details_json) < 200
    assert "logo" not in repr(svc.list_entities(uow)[0])  # never dumped in logs either

    entries = len(uow.audit.items)
    svc.update_entity(uow, ENTITY_NAME, logo=bytearray(PNG))  # the same image: no change
    assert len(uow.audit.items) == entries

    svc.update_entity(uow, ENTITY_NAME, logo=None)
    assert svc.list_entities(uow)[0].logo is None
    assert json.loads(uow.audit.items[-1].details_json)["fields"] == ["logo"]


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (b"not an image", "PNG or JPEG"),
        (PNG[:50], "cannot be read"),
        (b"\xff\xd8\xff" + b"\0" * (1024 * 1024 + 1), r"at most 1(\.0)? MB"),
        ("logo.png", "content of a PNG or JPEG file"),
    ],
)
def test_a_bad_logo_is_refused_and_nothing_changes(
    uow: FakeUnitOfWork, logo: object, message: str
) -> None:
    entries, commits = len(uow.audit.items), uow.commits
    with pytest.raises(ValidationError, match=message):
        svc.update_entity(uow, ENTITY_NAME, logo=logo, dpo_contact="dpo@lycee.example")
    assert svc.list_entities(uow)[0].logo is None
    assert svc.list_entities(uow)[0].dpo_contact == ""
    assert (len(uow.audit.items), uow.commits) == (entries, commits)


def test_letters_see_the_entity_logo(uow: FakeUnitOfWork) -> None:
    svc.update_entity(uow, ENTITY_NAME, logo=JPEG)
    with uow:
        entity = uow.entities.get(ENTITY_NAME)
        assert entity is not None
        assert entity_letter_view(entity).logo == JPEG


# -- the letter -------------------------------------------------------------------------------


def _images(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """(x, y from the top, width, height) in mm of every image drawn on the first page."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    found: list[tuple[float, float, float, float]] = []

    def visit(operator: bytes, _args: list[object], cm: list[float], _tm: list[float]) -> None:
        if operator == b"Do":
            found.append((cm[4] / MM, (height - cm[5] - cm[3]) / MM, cm[0] / MM, cm[3] / MM))

    page.extract_text(visitor_operand_before=visit)
    return found


def _image_xobjects(pdf: bytes) -> list[str]:
    resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return [name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Image"]


def _text_positions(pdf: bytes, lines: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() in lines:
            found.setdefault(text.strip(), (x / MM, (height - y) / MM))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("logo", [PNG, JPEG], ids=["png", "jpeg"])
def test_the_logo_is_embedded_top_left_and_the_text_still_reads(
    logo: bytes, tmp_path: Path
) -> None:
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT, entity=replace(ENTITY, logo=logo))
    pdf = render_letter(letter)
    assert len(_image_xobjects(pdf)) == 1
    ((x, top, width, height),) = _images(pdf)
    assert x == pytest.approx(25, abs=0.1) and top == pytest.approx(16, abs=0.1)
    assert height <= 18.01 and width <= 50.01
    assert width / height == pytest.approx(3, rel=0.01)  # 300 × 100 px: proportions kept

    text = pdf_text(pdf)
    for expected in (ENTITY.name, "Hélène Bœuf", "57000 Metz", "Accusé de réception"):
        assert expected in text, expected
    # the letterhead text stands beside the logo, the address still in the envelope window
    positions = _text_positions(
        pdf, (ENTITY.name, "Hélène Bœuf", "8 allée des Tilleuls", "57000 Metz")
    )
    assert positions[ENTITY.name][0] >= 25 + width + 5
    for line in ("Hélène Bœuf", "8 allée des Tilleuls", "57000 Metz"):
        line_x, from_top = positions[line]
        assert 100 <= line_x <= 190 and 50 <= from_top <= 84, (line, line_x, from_top)

    if shutil.which("pdftotext"):
        path = tmp_path / "letter.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert ENTITY.name in out and "Hélène Bœuf" in out


def test_the_address_does_not_move_with_or_without_a_logo() -> None:
    lines = ("Hélène Bœuf", "8 allée des Tilleuls", "57000 Metz", "Madame, Monsieur,")
    plain = render_letter(make_letter(LetterKind.ACKNOWLEDGEMENT))
    with_logo = render_letter(
        make_letter(LetterKind.ACKNOWLEDGEMENT, entity=replace(ENTITY, logo=PNG))
    )
    assert _image_xobjects(plain) == []
    assert _text_positions(plain, lines) == _text_positions(with_logo, lines)
    assert len(PdfReader(io.BytesIO(with_logo)).pages) == len(PdfReader(io.BytesIO(plain)).pages)


def test_an_unreadable_logo_never_stops_a_letter(caplog: pytest.LogCaptureFixture) -> None:
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT, entity=replace(ENTITY, logo=PNG[:60]))
    pdf = render_letter(letter)
    assert _image_xobjects(pdf) == [] and ENTITY.name in pdf_text(pdf)
    assert "logo could not be read" in caplog.text

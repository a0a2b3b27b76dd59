"""The gettext catalogues of the layers without Qt (domain, services, CLI) are current and
complete, and errors are translated where they are shown.

- the ``.po`` hold exactly the messages of the code (Babel's extraction run again), so a
  message marked in the code but missing from the catalogue fails here;
- the committed ``.mo`` are what Babel compiles from the ``.po`` (an install never runs
  ``make translations``);
- every French message has a translation that keeps each placeholder;
- a ``DsrError`` keeps its message and parameters and renders them in the display language
  of the moment it is shown (``dsr_desk.messages``)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dsr_desk import messages
from dsr_desk.domain.errors import DsrError, NotFound, ValidationError
from dsr_desk.domain.limits import check_length

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations as tt  # noqa: E402 - tools/ is not a package


@pytest.fixture(scope="module")
def code_messages() -> set[str]:
    return tt.catalogue_ids(tt.extract_template())


@pytest.fixture
def french() -> Iterator[None]:
    messages.set_language("fr")
    yield
    messages.set_language("en")


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_the_po_hold_the_messages_of_the_code(code_messages: set[str], language: str) -> None:
    committed = tt.catalogue_ids(tt.read_catalogue(tt.po_path(language), language))
    assert sorted(code_messages - committed) == [], "new messages: run `make translations`"
    assert sorted(committed - code_messages) == [], "messages gone: run `make translations`"
    assert len(code_messages) > 300


@pytest.mark.parametrize("language", tt.LANGUAGES)
def test_the_mo_are_compiled_from_the_po(language: str) -> None:
    catalog = tt.read_catalogue(tt.po_path(language), language)
    assert tt.mo_bytes(catalog) == tt.mo_path(language).read_bytes(), "`make translations`"


def test_every_french_message_is_translated_with_its_placeholders() -> None:
    catalog = tt.read_catalogue(tt.po_path("fr"), "fr")
    untranslated, wrong = [], []
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if message.fuzzy or not all(strings):
            untranslated.append(ids[0])
            continue
        for number, text in enumerate(strings):
            source = ids[min(number, len(ids) - 1)]
            if tt.percent_or_brace(text) != tt.percent_or_brace(source):
                wrong.append((source, text))
    assert untranslated == []
    assert wrong == []


def test_no_message_is_written_as_an_f_string() -> None:
    """Every error, checked name and ``Text`` of the layers without Qt can be looked up in the
    catalogue: none is an f-string (its text would never match a translation)."""
    found = [
        f"{path.relative_to(ROOT)}:{first}" for path, first, _last in tt.unextractable_messages()
    ]
    assert found == []


def test_the_f_string_check_sees_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not vacuous: an f-string message in a module is found."""
    package = tmp_path / "dsr_desk" / "services"
    package.mkdir(parents=True)
    (package / "x.py").write_text('def f(ref):\n    raise NotFound(f"No request {ref}.")\n')
    monkeypatch.setattr(tt, "ROOT", tmp_path)
    assert [first for _path, first, _last in tt.unextractable_messages()] == [2]


def test_the_check_sees_a_missing_message(code_messages: set[str], tmp_path: Path) -> None:
    """Not vacuous: a ``.po`` without one message of the code is found lacking."""
    catalog = tt.read_catalogue(tt.po_path("fr"), "fr")
    del catalog["No requests match."]
    assert code_messages - tt.catalogue_ids(catalog) == {"No requests match."}


def test_every_error_class_is_an_extraction_keyword() -> None:
    """``raise SomeError("…")`` is extracted only if ``SomeError`` is a keyword."""
    for module in ("dsr_desk.services.register_csv", "dsr_desk.storage.backup"):
        importlib.import_module(module)
    found, todo = set(), [DsrError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    public = {name for name in found if not name.startswith("_")}
    assert public <= set(tt.ERROR_CLASSES)


def test_an_error_is_translated_when_shown() -> None:
    error = NotFound("The vault is locked.")
    assert str(error) == "The vault is locked."
    messages.set_language("fr")
    try:
        assert str(error) == "Le coffre est verrouillé."  # the same error, shown in French
    finally:
        messages.set_language("en")
    assert str(error) == "The vault is locked."


@pytest.mark.usefixtures("french")
def test_parameters_and_named_things_are_translated_too() -> None:
    with pytest.raises(ValidationError) as caught:
        check_length("x" * 3000, 2000, "The summary")
    assert str(caught.value) == (
        "Le résumé dépasse la longueur permise\N{NO-BREAK SPACE}: 2,000 caractères au plus "
        "(3,000 saisis)."
    )
    nested = ValidationError(
        "{problem} Set {variable} to create a passphrase-protected vault.",
        problem=NotFound("The vault is locked."),
        variable="X",
    )
    assert str(nested).startswith("Le coffre est verrouillé. Définissez X pour créer")

"""Regenerate the interface's translations (``make translations``).

1. ``pyside6-lupdate`` collects every ``tr`` / ``QCoreApplication.translate`` /
   ``QT_TRANSLATE_NOOP`` string of ``dsr_desk/ui`` into the ``.ts`` sources under
   ``dsr_desk/resources/translations/`` (no line numbers: the files change only when a
   message does; messages no longer in the code are dropped);
2. the English ``.ts`` marks every message as its own, finished translation; the French one
   takes, for each message still unfinished, its translation from ``tools/french_strings.py``
   (the reviewed wording lives there and in the ``.ts``: a translation edited in Qt Linguist
   stays, as the script only fills unfinished messages);
3. ``pyside6-lrelease`` compiles the ``.qm`` files the application loads (committed, shipped as
   package data: an install never runs this).

The layers without Qt (domain, services, storage, letters' and exports' errors, CLI) translate
through gettext (``dsr_desk.messages``), in the same run:

4. Babel extracts from ``dsr_desk`` (``ui/`` excluded) every ``_("…")``, ``N_("…")``,
   ``ngettext("…", "…", n)``, the first argument of every ``DsrError`` subclass called
   (``raise NotFound("No request {ref}.", ref=ref)``) and the name given to a check of
   ``domain.limits`` (``check_length(summary, MAX_SUMMARY, "The summary")``) into
   ``dsr_desk/resources/locale/<lang>/LC_MESSAGES/dsr_desk.po`` (no line numbers; messages no
   longer in the code are dropped); an f-string cannot be extracted and is listed;
5. the English ``.po`` leaves every message untranslated (the code is English); the French one
   takes, for each message without a translation, its wording from ``tools/french_messages.py``
   (a translation edited in the ``.po`` stays);
6. Babel compiles the ``.mo`` files (committed, shipped as package data).

``tests/unit/test_translations.py`` and ``tests/unit/test_message_catalogues.py`` fail when
the ``.ts`` / ``.po`` lag behind the code or the ``.qm`` / ``.mo`` behind them.
Usage: python tools/translations.py
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import io
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "dsr_desk" / "resources" / "translations"
LANGUAGES = ("fr", "en")
BIN = Path(sys.executable).parent  # the venv's pyside6-lupdate and pyside6-lrelease


def source_files() -> list[Path]:
    """Every module of the interface (the only layer that translates through Qt)."""
    return sorted((ROOT / "dsr_desk" / "ui").rglob("*.py"))


def ts_path(language: str, folder: Path = OUT) -> Path:
    return folder / f"dsr_desk_{language}.ts"


def qm_path(language: str, folder: Path = OUT) -> Path:
    return folder / f"dsr_desk_{language}.qm"


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def lupdate(ts: Path, language: str) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(path.relative_to(ROOT)) for path in source_files()))
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """``(context, source) → translation`` (None while unfinished)."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            text = (translation.text or "") if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text if done and text else None
    return found


NBSP = "\N{NO-BREAK SPACE}"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")


def french_typography(text: str) -> str:
    """A non-breaking space before « : ; ? ! » and inside « », as French typography wants."""
    text = re.sub(r"(?<=\S) ([:;?!])(?=\s|$)", NBSP + r"\1", text)
    text = re.sub(r"^ ([:;?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def fill(ts: Path, language: str) -> list[tuple[str, str]]:
    """Fill the unfinished messages: English with the source, French from the reviewed
    wording (its placeholders checked); returns those left without a translation."""
    sys.path.insert(0, str(ROOT / "tools"))
    from french_strings import FRENCH

    tree = ET.parse(ts)  # noqa: S314 - our own file
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") is None and translation.text:
                continue  # finished: kept as reviewed
            text = source if language == "en" else FRENCH.get((name, source), FRENCH.get(source))
            if text is None or placeholders(text) != placeholders(source):
                missing.append((name, source))
                continue
            if language == "fr":
                text = french_typography(text)
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _doctype(ts)
    return missing


def _doctype(ts: Path) -> None:
    """ElementTree drops the ``<!DOCTYPE TS>`` line Qt's tools write: put it back."""
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        head, _, rest = text.partition("\n")
        text = f"{head}\n<!DOCTYPE TS>\n{rest}"
    ts.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


# -- gettext catalogues of the layers without Qt -----------------------------------------------

LOCALE = ROOT / "dsr_desk" / "resources" / "locale"
GETTEXT_DOMAIN = "dsr_desk"
# Every DsrError subclass: the first argument of a call to one is a message to extract
# (tests/unit/test_message_catalogues.py checks that the list is complete).
ERROR_CLASSES = (
    "DsrError",
    "ValidationError",
    "NotFound",
    "RuleViolation",
    "ArchiveRestricted",
    "Cancelled",
    "Conflict",
    "VaultError",
    "VaultLocked",
    "VaultRefused",
    "InsecureKeyring",
    "IntegrityError",
    "RegisterImportError",
    "BackupRefused",
    "PermissionDenied",
    "LoginRefused",
)
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "Text": None,  # a message shown later with its parameters (``messages.Text``)
    "ngettext": (1, 2),
    **dict.fromkeys(ERROR_CLASSES),
    # the name of what is checked (``domain.limits``): "The summary is too long…"
    "check_length": (3,),
    "check_year": (2,),
    "check_count": (2,),
}
BRACE_OR_PERCENT = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%\([a-z_]+\)[srd]|%[srd]")


def po_path(language: str, folder: Path = LOCALE) -> Path:
    return folder / language / "LC_MESSAGES" / f"{GETTEXT_DOMAIN}.po"


def mo_path(language: str, folder: Path = LOCALE) -> Path:
    return folder / language / "LC_MESSAGES" / f"{GETTEXT_DOMAIN}.mo"


def _skip_ui(dirname: str) -> bool:
    return Path(dirname).name not in {"ui", "__pycache__", "migrations"}


def extract_template() -> Catalog:
    """Every message of the code (ui/ excluded), as Babel's ``pybabel extract`` finds them."""
    template = Catalog(project="DSR Desk", fuzzy=False)
    found = extract_from_dir(
        ROOT / "dsr_desk",
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        directory_filter=_skip_ui,
    )
    pieces = {
        (path.relative_to(ROOT / "dsr_desk").as_posix(), line)
        for path, first, last in unextractable_messages()
        for line in range(first, last + 1)
    }
    with contextlib.redirect_stderr(io.StringIO()):  # its f-string warnings: listed by main()
        for filename, line, message, _comments, context in found:
            if (Path(filename).as_posix(), line) not in pieces:  # not a piece of an f-string
                template.add(message, None, context=context)
    return template


def catalogue_ids(catalog: Catalog) -> set[str]:
    """The message ids of a catalogue (the singular for a plural message)."""
    return {_msgid(message.id) for message in catalog if message.id}


def _msgid(message_id: str | tuple[str, ...] | list[str]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def read_catalogue(po: Path, language: str) -> Catalog:
    with po.open("rb") as handle:
        return read_po(handle, locale=language, domain=GETTEXT_DOMAIN)


def percent_or_brace(text: str) -> list[str]:
    return sorted(BRACE_OR_PERCENT.findall(text))


def updated_catalogue(language: str, template: Catalog) -> tuple[Catalog, list[str]]:
    """The ``.po`` of ``language`` updated to the template (French filled from the reviewed
    wording); returns it and the messages left without a French translation."""
    po = po_path(language)
    if po.exists():
        catalog = read_catalogue(po, language)
    else:
        catalog = Catalog(
            locale=language,
            domain=GETTEXT_DOMAIN,
            header_comment=f"# The messages of DSR Desk's domain, services and CLI ({language}).",
            project="DSR Desk",
            version="1",
            copyright_holder="DSR Desk",
            msgid_bugs_address="-",
            last_translator="DSR Desk",
            language_team=language,
            fuzzy=False,
        )
    # A copy: the catalogue takes the template's messages themselves, which filling would change.
    template = copy.deepcopy(template)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    if language != "fr":
        return catalog, []
    sys.path.insert(0, str(ROOT / "tools"))
    from french_messages import FRENCH_MESSAGES

    missing = []
    for message in catalog:
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (
            (message.string or "",) if isinstance(message.string, str | None) else message.string
        )
        if all(strings) and not message.fuzzy:
            continue
        wording = FRENCH_MESSAGES.get(ids[0])
        texts = (wording,) if isinstance(wording, str) else wording
        if texts and len(ids) > 1:  # (singular, plural) → every plural form of the language
            texts = (texts[0],) + (texts[-1],) * (catalog.num_plurals - 1)
        if (
            not texts
            or len(texts) != (catalog.num_plurals if len(ids) > 1 else 1)
            or any(
                percent_or_brace(text) != percent_or_brace(ids[min(n, len(ids) - 1)])
                for n, text in enumerate(texts)
            )
        ):
            missing.append(ids[0])
            continue
        typeset = [french_typography(text) for text in texts]
        message.string = typeset[0] if isinstance(message.id, str) else tuple(typeset)
        message.flags.discard("fuzzy")
    return catalog, missing


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, no_location=True, sort_output=True, ignore_obsolete=True)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def unextractable_messages() -> Iterator[tuple[Path, int, int]]:
    """Messages written as f-strings with substitutions (``raise NotFound(f"No request {ref}")``),
    with the lines they span: they cannot be translated until rewritten with named parameters
    (Babel would extract their literal pieces: those are left out of the catalogues)."""
    for path in sorted((ROOT / "dsr_desk").rglob("*.py")):
        if path.relative_to(ROOT / "dsr_desk").parts[0] in {"ui", "migrations"}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in KEYWORDS:
                continue
            position = (KEYWORDS[node.func.id] or (1,))[0] - 1
            message = node.args[position] if len(node.args) > position else None
            if isinstance(message, ast.JoinedStr) and any(
                isinstance(part, ast.FormattedValue) for part in message.values
            ):
                yield path, message.lineno, message.end_lineno or message.lineno


def gettext_catalogues() -> int:
    """Steps 4 to 6; returns 1 when a French message has no translation yet."""
    template = extract_template()
    status = 0
    for language in LANGUAGES:
        catalog, missing = updated_catalogue(language, template)
        for message_id in missing:
            print(f"{language}.po: no translation yet: {message_id!r}", file=sys.stderr)
            status = 1
        po = po_path(language)
        po.parent.mkdir(parents=True, exist_ok=True)
        text = po_bytes(catalog)
        if not po.exists() or po.read_bytes() != text:
            po.write_bytes(text)
        mo_path(language).write_bytes(mo_bytes(read_catalogue(po, language)))
        print(f"{po.relative_to(ROOT)}: {len(catalogue_ids(catalog))} messages")
    per_module: dict[str, int] = {}
    for path, _first, _last in unextractable_messages():
        name = str(path.relative_to(ROOT))
        per_module[name] = per_module.get(name, 0) + 1
    if per_module:
        print(f"error messages still written as f-strings: {sum(per_module.values())}")
        for name, count in sorted(per_module.items()):
            print(f"  {name}: {count}")
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    status = gettext_catalogues()
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language)
        missing = fill(ts, language)
        for context, source in missing:
            print(f"{ts.name}: no translation yet: [{context}] {source!r}", file=sys.stderr)
            status = 1
        lrelease(ts, qm_path(language))
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} messages")
    return status


if __name__ == "__main__":
    sys.exit(main())

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

``tests/unit/test_translations.py`` fails when the ``.ts`` lag behind the code or the ``.qm``
behind the ``.ts``. Usage: python tools/translations.py
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
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

"""The README.html overview of a portability / access bundle (see :mod:`dsr_desk.export.bundle`):
the French and English wording, the style sheet and the page itself, every value escaped."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Final

from dsr_desk import APP_NAME, __version__

if TYPE_CHECKING:
    from dsr_desk.export.bundle import BundleHeader, BundleMember, PlannedCategory, PlannedFile

__all__ = ["HTML_MAX_ROWS", "README_LANGUAGES", "render_readme"]

HTML_MAX_ROWS: Final = 1000

_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "title": "Your personal data",
        "intro": "This archive holds the personal data you provided to {entity}, exported in "
        "answer to your request {reference}{legal}.",
        "access": " (right of access, Article 15 GDPR)",
        "portability": " (right to data portability, Article 20 GDPR)",
        "type_access": "access",
        "type_portability": "portability",
        "requester": "Requester",
        "request": "Request",
        "entity": "Organisation",
        "generated": "Generated on",
        "how": "How to read these files",
        "how_json": "data/*.json — the same data in JSON (UTF-8), exact values; "
        "to be reused by software or handed to another organisation.",
        "how_csv": "data/*.csv — one table per category: comma-separated, UTF-8, first line "
        "= column names (in a spreadsheet: Data → From Text/CSV).",
        "how_files": "files/ — the documents you sent us, exactly as received.",
        "how_manifest": "manifest.json — every file with its size and SHA-256 fingerprint, "
        "so you can check that nothing was changed.",
        "how_envelope": "This archive was sent to you as {envelope} inside a zip protected by "
        "your password (AES-256). Without the password, that zip shows only the name "
        "{envelope}: the names of these files and categories are visible only once the "
        "password is entered. To open it: 7-Zip or WinZip (Windows), Keka or The Unarchiver "
        "(macOS), then open {envelope} with any zip tool.",
        "categories": "Your data, by category",
        "records": "{count} record",
        "records_plural": "{count} records",
        "no_records": "No record in this category.",
        "truncated": "The first {shown} of {count} records are shown here; all of them are in "
        "{csv} and {json}.",
        "files": "Files in this archive",
        "documents": "Documents you provided",
        "file": "File",
        "original": "Original name",
        "about": "About",
        "size": "Size",
        "sha": "SHA-256",
        "bytes": "{size} bytes",
        "prevail": "This overview also exists in French; in case of discrepancy, the French "
        "version prevails.",
        "footer": "Made with {app} {version}.",
    },
    "fr": {
        "title": "Vos données personnelles",
        "intro": "Cette archive contient les données personnelles que vous avez fournies à "
        "{entity}, exportées en réponse à votre demande {reference}{legal}.",
        "access": " (droit d'accès, article 15 du RGPD)",
        "portability": " (droit à la portabilité, article 20 du RGPD)",
        "type_access": "accès",
        "type_portability": "portabilité",
        "requester": "Demandeur",
        "request": "Demande",
        "entity": "Organisme",
        "generated": "Établi le",
        "how": "Comment lire ces fichiers",
        "how_json": "data/*.json — les mêmes données au format JSON (UTF-8), valeurs exactes ; "
        "pour une réutilisation par un logiciel ou une transmission à un autre organisme.",
        "how_csv": "data/*.csv — un tableau par catégorie : séparateur virgule, UTF-8, "
        "première ligne = noms des colonnes (dans un tableur : Données → À partir d'un "
        "fichier texte/CSV).",
        "how_files": "files/ — les documents que vous nous avez transmis, tels que reçus.",
        "how_manifest": "manifest.json — chaque fichier avec sa taille et son empreinte "
        "SHA-256, pour vérifier que rien n'a été modifié.",
        "how_envelope": "Cette archive vous a été transmise sous le nom {envelope}, dans un "
        "zip protégé par votre mot de passe (AES-256). Sans le mot de passe, ce zip ne laisse "
        "voir que le nom {envelope} : les noms de ces fichiers et catégories ne sont visibles "
        "qu'une fois le mot de passe saisi. Pour l'ouvrir : 7-Zip ou WinZip (Windows), Keka ou "
        "The Unarchiver (macOS), puis ouvrir {envelope} avec n'importe quel outil zip.",
        "categories": "Vos données, par catégorie",
        "records": "{count} enregistrement",
        "records_plural": "{count} enregistrements",
        "no_records": "Aucun enregistrement dans cette catégorie.",
        "truncated": "Les {shown} premiers enregistrements sur {count} sont affichés ici ; "
        "tous figurent dans {csv} et {json}.",
        "files": "Fichiers de cette archive",
        "documents": "Documents que vous avez fournis",
        "file": "Fichier",
        "original": "Nom d'origine",
        "about": "Description",
        "size": "Taille",
        "sha": "SHA-256",
        "bytes": "{size} octets",
        "prevail": "En cas de divergence entre les versions linguistiques, la version "
        "française fait foi.",
        "footer": "Établi avec {app} {version}.",
    },
}

README_LANGUAGES: Final = frozenset(_WORDS)  # the languages the overview can be written in

_STYLE: Final = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933;"
    "max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}"
    "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}"
    "th,td{border:1px solid #d0d4d8;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#eef1f4}code{font-size:.85rem;word-break:break-all}"
    ".muted{color:#5f6b7a}"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _day(value: date, lang: str) -> str:
    return f"{value:%d/%m/%Y}" if lang == "fr" else value.isoformat()


def render_readme(
    header: BundleHeader,
    planned: Sequence[PlannedCategory],
    files: Sequence[PlannedFile],
    members: Sequence[BundleMember],
    *,
    manifest_name: str,
    envelope: str | None = None,
) -> bytes:
    """The README.html page (UTF-8): the request, the data by category, every file with its
    hash; ``manifest_name`` is listed last, without a hash (it cannot list its own).
    ``envelope``: the member name of an encrypted bundle's inner archive (the page explains
    what the password protects), None for a plain bundle."""
    lang = header.lang
    w = _WORDS[lang]
    legal = w.get(header.request_type, "")
    parts: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(w['title'])} — {_e(header.reference)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(w['title'])}</h1>",
        "<p>"
        + _e(w["intro"].format(entity=header.entity, reference=header.reference, legal=legal))
        + "</p>",
        "<table>",
    ]
    facts = (
        (w["requester"], header.requester_name),
        (
            w["request"],
            f"{header.reference} — {w.get('type_' + header.request_type, header.request_type)}",
        ),
        (w["entity"], header.entity),
        (w["generated"], _day(header.generated_on, lang)),
    )
    parts += [f"<tr><th>{_e(label)}</th><td>{_e(value)}</td></tr>" for label, value in facts]
    parts += [
        "</table>",
        f"<h2>{_e(w['how'])}</h2>",
        "<ul>",
        *(f"<li>{_e(w[key])}</li>" for key in ("how_json", "how_csv", "how_files", "how_manifest")),
        *(
            [f"<li>{_e(w['how_envelope'].format(envelope=envelope))}</li>"]
            if envelope is not None
            else []
        ),
        "</ul>",
        f"<h2>{_e(w['categories'])}</h2>",
    ]
    for item in planned:
        count = len(item.category.records)
        counted = w["records" if count == 1 else "records_plural"].format(count=count)
        parts.append(f"<h3>{_e(item.title)}</h3>")
        parts.append(
            f'<p class="muted">{_e(counted)} — <code>{_e(item.csv_path)}</code>, '
            f"<code>{_e(item.json_path)}</code></p>"
        )
        if not count:
            parts.append(f"<p>{_e(w['no_records'])}</p>")
            continue
        parts.append("<table><tr>" + "".join(f"<th>{_e(c)}</th>" for c in item.columns) + "</tr>")
        for record in item.category.records[:HTML_MAX_ROWS]:
            cells = "".join(f"<td>{_e(record.get(c))}</td>" for c in item.columns)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
        if count > HTML_MAX_ROWS:
            note = w["truncated"].format(
                shown=HTML_MAX_ROWS, count=count, csv=item.csv_path, json=item.json_path
            )
            parts.append(f'<p class="muted">{_e(note)}</p>')
    if files:
        parts += [
            f"<h2>{_e(w['documents'])}</h2>",
            f"<table><tr><th>{_e(w['file'])}</th><th>{_e(w['original'])}</th>"
            f"<th>{_e(w['about'])}</th></tr>",
        ]
        parts += [
            f"<tr><td><code>{_e(f.path)}</code></td><td>{_e(f.original)}</td>"
            f"<td>{_e(f.description)}</td></tr>"
            for f in files
        ]
        parts.append("</table>")
    parts += [
        f"<h2>{_e(w['files'])}</h2>",
        f"<table><tr><th>{_e(w['file'])}</th><th>{_e(w['size'])}</th><th>{_e(w['sha'])}</th></tr>",
    ]
    parts += [
        f"<tr><td><code>{_e(m.path)}</code></td><td>{_e(w['bytes'].format(size=m.size))}</td>"
        f"<td><code>{_e(m.sha256)}</code></td></tr>"
        for m in members
    ]
    parts += [
        f"<tr><td><code>{_e(manifest_name)}</code></td><td>—</td><td>—</td></tr>",
        "</table>",
        f'<p class="muted">{_e(w["prevail"])}</p>',
        f'<p class="muted">{_e(w["footer"].format(app=APP_NAME, version=__version__))}</p>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts).encode("utf-8")

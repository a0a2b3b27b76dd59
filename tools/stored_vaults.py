"""Rebuild the stored vaults of tests/fixtures/vaults: one per past schema revision, each
written by the code of the release where that revision was the newest.

Usage (from the repository root, with the project's venv):
    python tools/stored_vaults.py build [REV ...]     (default: every past revision)

For each revision REV, ``build`` takes the last commit of the main line (first parents) whose
newest migration is REV, extracts that commit's ``dsr_desk`` with ``git archive`` into a
temporary folder and runs this same file as ``write OUT`` in a child Python whose PYTHONPATH is
that folder: the vault is created and filled by that release's own services (its SQLCipher
settings, its migrations, its audit chain), never by today's. The child imports only names that
every release since the first one has; what a release cannot hold (notes and documents before
0002, the processing register and letter wordings before 0003) is left out.

The database, ``vault.json``, ``audit-anchor.json`` (from 0012) and the encrypted documents are
then copied to tests/fixtures/vaults/REV/; rebuilding gives new keys and hashes, not new data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

#: The one passphrase of every stored vault (also in tests/fixtures/vaults/README.md).
PASSPHRASE = "correct horse battery staple"  # noqa: S105 (a test fixture's, published)
#: The day the data was written (the stored vaults' "today").
WRITTEN_ON = date(2026, 3, 20)
ENTITY = "Lycée Exemple"  # not "École…": before 0013, SQLite's ASCII lower() missed "É"
ACTING_USER = "Marie Dupont"
DOCUMENT_NAME = "courrier-reçu.txt"
DOCUMENT_TEXT = "Madame, Monsieur,\nje souhaite recevoir une copie de mon dossier.\nHélène Curie\n"
NOTE_TEXT = "Appelé Mme Curie le 10 mars : le dossier papier est à la vie scolaire."
EXTENSION_REASON = "Demande complexe : archives réparties sur trois sites."
WORDING = "Subject: Bien reçu\n\nNous avons bien reçu votre demande {reference}.\n"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "vaults"
KEPT_FILES = ("dsr-desk.db", "vault.json", "audit-anchor.json")


def write(out: Path) -> None:
    """In the child: fill a new vault at ``out`` with the release on PYTHONPATH."""
    import dsr_desk

    release = Path(os.environ["PYTHONPATH"]).resolve()
    if not Path(dsr_desk.__file__).resolve().is_relative_to(release):
        raise SystemExit(f"dsr_desk came from {dsr_desk.__file__}, not from {release}")
    from dsr_desk.domain.clock import FixedClock
    from dsr_desk.domain.requests import RequestType
    from dsr_desk.services import entities as entity_service
    from dsr_desk.services import requests as request_service
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork
    from dsr_desk.storage.vault import create_vault

    clock = FixedClock.on(WRITTEN_ON)
    vault, _recovery_key = create_vault(out, clock, passphrase=PASSPHRASE)

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(vault.session_factory, clock, ACTING_USER)

    entity_service.create_entity(
        uow(),
        name=ENTITY,
        address="3 rue des Écoles\n57000 Metz",
        dpo_contact="dpo@lycee-exemple.example",
    )
    first = request_service.register_request(
        uow(),
        type=RequestType.ACCESS,
        received_on=date(2026, 3, 2),
        name="Hélène Curie",
        email="helene.curie@example.fr",
        address="36 quai de Béthune\n75004 Paris",
        entity=ENTITY,
        summary="Copie de son dossier scolaire.",
    ).reference
    second = request_service.register_request(
        uow(),
        type=RequestType.ERASURE,
        received_on=date(2026, 3, 5),
        name="Łukasz Wałęsa",
        email="Lukasz@Example.PL",
        entity=ENTITY,
        summary="Effacement des photos de classe.",
    ).reference
    request_service.extend(uow(), second, EXTENSION_REASON)
    if hasattr(request_service, "add_note"):  # notes: from 0002
        request_service.add_note(uow(), first, NOTE_TEXT)
        from dsr_desk.domain.documents import DocumentKind
        from dsr_desk.services.documents import attach_document
        from dsr_desk.storage.document_store import DocumentStore

        store = DocumentStore(vault.documents_dir, vault.database_key)
        attach_document(
            uow(),
            store,
            first,
            DocumentKind.LETTER,
            DOCUMENT_NAME,
            "text/plain",
            DOCUMENT_TEXT.encode(),
        )
    try:  # the processing register and letter wordings: from 0003
        from dsr_desk.services import letters as letter_service
        from dsr_desk.services import register as register_service
    except ImportError:
        pass
    else:
        register_service.add_activity(
            uow(),
            ENTITY,
            name="Scolarité",
            purpose="Suivre la scolarité des élèves",
            legal_basis="Mission d'intérêt public",
            data_categories="Identité, résultats, absences",
        )
        letter_service.save_letter_override(uow(), ENTITY, "acknowledgement", "fr", WORDING)
    vault.close()


def release_commits() -> dict[str, str]:
    """Revision → the last main-line commit where it was the newest migration."""
    log = subprocess.run(
        ["git", "log", "--first-parent", "--reverse", "--format=%H"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    last: dict[str, str] = {}
    for commit in log:
        names = subprocess.run(
            ["git", "ls-tree", "--name-only", commit, "dsr_desk/migrations/versions/"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        revisions = sorted(Path(name).name[:4] for name in names if Path(name).name[:4].isdigit())
        if revisions:
            last[revisions[-1]] = commit
    return last


def build(revision: str, commit: str) -> None:
    with tempfile.TemporaryDirectory(prefix=f"dsr-desk-{revision}-") as tmp:
        source, data_dir = Path(tmp) / "src", Path(tmp) / "data"
        source.mkdir()
        archive = subprocess.run(
            ["git", "archive", commit, "dsr_desk"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": str(source), "DSR_DESK_USER": ACTING_USER}
        env.pop("DSR_DESK_PASSPHRASE", None)
        subprocess.run(
            [sys.executable, __file__, "write", str(data_dir)], env=env, check=True, cwd=tmp
        )
        target = FIXTURES / revision
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for name in KEPT_FILES:
            if (data_dir / name).exists():
                shutil.copy2(data_dir / name, target / name)
        documents = data_dir / "documents"
        if documents.is_dir() and any(documents.iterdir()):
            shutil.copytree(documents, target / "documents")
        (target / "COMMIT").write_text(commit + "\n", encoding="utf-8")
    print(f"{revision}: written by {commit[:10]}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["write"] and len(argv) == 2:
        write(Path(argv[1]))
        return 0
    if argv[:1] != ["build"]:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from dsr_desk.storage.schema_version import SCHEMA_HEAD

    commits = release_commits()
    wanted = argv[1:] or sorted(rev for rev in commits if rev < SCHEMA_HEAD)
    for revision in wanted:
        build(revision, commits[revision])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

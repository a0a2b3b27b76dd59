"""Letters state only what was recorded, through the real `dsr-desk` command: the civility
typed with the request, the ID request's two inputs (the doubt, the means), the Art. 19
notices recorded with `request notify`, the late extension refused without an audited
reason, and no letter signed with the OS login."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli_helpers import Result, init_vault, run_cli
from tests.letters_support import pdf_text

SIGNER = ("--signer", "Claire Dumoulin")


def _vault(data_dir: Path) -> None:
    init_vault(
        data_dir,
        "--passphrase",
        "--user-name",
        "",  # no display name, whatever DSR_DESK_USER says: letters need --signer
        "--entity",
        "OMNES Éducation",
        "--address",
        "4 rue des Écoles\n69007 Lyon",
        "--dpo",
        "dpo@omnes-exemple.fr",
        today="2026-03-10",
    )


def _add(data_dir: Path, request_type: str, *more: str) -> str:
    added = run_cli(
        data_dir, "request", "add", "--type", request_type, "--received", "2026-03-10",
        "--name", "Hélène Bœuf", "--address", "8 allée des Tilleuls|57000 Metz", *more,
        today="2026-03-10",
    )  # fmt: skip
    assert added.code == 0, added.err
    return added.out.strip()


def _letter(data_dir: Path, out: Path, ref: str, kind: str, *more: str, today: str) -> Result:
    return run_cli(
        data_dir, "letter", ref, "--kind", kind, "--out", str(out), *more, today=today
    )  # fmt: skip


def _one_line_error(result: Result, words: str) -> None:
    assert result.code == 2, result.out
    assert len(result.err.strip().splitlines()) == 1 and words in result.err, result.err


def test_id_request_civility_and_signer(data_dir: Path, tmp_path: Path) -> None:
    _vault(data_dir)
    ref = _add(data_dir, "access", "--civility", "Mme", "--channel", "email")
    out = tmp_path / "id.pdf"

    # a means of identification goes with a request for identity only
    wrong = run_cli(
        data_dir, "request", "ask", ref, "--kind", "clarification", "--reason", "Which years?",
        "--means", "known-email", today="2026-03-12",
    )  # fmt: skip
    _one_line_error(wrong, "go with a request for identity")
    asked = run_cli(
        data_dir, "request", "ask", ref, "--kind", "identity",
        "--reason", "The name differs from the one in our file.",
        "--means", "id-copy-masked", "--means", "customer-number", today="2026-03-12",
    )  # fmt: skip
    assert asked.code == 0, asked.err
    shown = json.loads(run_cli(data_dir, "request", "show", ref, "--json", today="2026-03-12").out)
    assert shown["suspensions"][0]["means"] == ["customer-number", "id-copy-masked"]

    # never signed with the OS login: no display name and no --signer → refused
    unsigned = _letter(data_dir, out, ref, "id-request", "--lang", "fr", today="2026-03-12")
    _one_line_error(unsigned, "signed with your display name")
    assert not out.exists()

    made = _letter(data_dir, out, ref, "id-request", "--lang", "fr", *SIGNER, today="2026-03-12")
    assert made.code == 0, made.err
    text = pdf_text(out.read_bytes())
    assert "Madame," in text and "Madame, Monsieur" not in text  # the civility recorded
    assert "d'OMNES Éducation" in text or "OMNES Éducation" in text
    assert "de OMNES" not in text
    # the doubt and the means: two inputs, the means least intrusive first, only those
    assert "doute raisonnable" in text and "The name differs from the one in our file." in text
    assert text.index("numéro de client") < text.index("copie d'une pièce d'identité")
    assert "adresse électronique que nous connaissons" not in text
    # the suspension rests on the EDPB Guidelines, the reply by e-mail (its channel) or post
    assert "lignes directrices 01/2022" in text
    assert text.index("par courrier électronique, à l'adresse dpo@omnes-exemple.fr") < text.index(
        "par courrier postal"
    )
    assert "Claire Dumoulin" in text


def test_art19_notices_and_late_extension(data_dir: Path, tmp_path: Path) -> None:
    _vault(data_dir)
    ref = _add(data_dir, "rectification")
    out = tmp_path / "letter.pdf"
    assert run_cli(data_dir, "request", "start", ref, today="2026-03-11").code == 0
    extended = run_cli(
        data_dir, "request", "extend", ref, "--reason", "Archives de quinze ans.",
        today="2026-03-11",
    )  # fmt: skip
    assert extended.code == 0, extended.err

    # the extension had to be told by the one-month date (10/04/2026): later, only with a
    # reason, kept in the audit log
    late = _letter(data_dir, out, ref, "extension", *SIGNER, today="2026-04-14")
    _one_line_error(late, "had to be told to the requester by 10/04/2026")
    forced = _letter(
        data_dir, out, ref, "extension", *SIGNER, "--late-reason", "Le courrier était perdu.",
        today="2026-04-14",
    )  # fmt: skip
    assert forced.code == 0, forced.err

    verified = run_cli(data_dir, "verify", ref, "--method", "in-person", today="2026-04-14")
    assert verified.code == 0, verified.err
    closed = run_cli(
        data_dir, "request", "close", ref, "--outcome", "completed",
        "--reason", "Adresse postale corrigée dans le dossier scolaire.", today="2026-04-14",
    )  # fmt: skip
    assert closed.code == 0, closed.err

    # no notice recorded: the variant for no recipient, never "recipients have been informed"
    made = _letter(data_dir, out, ref, "completion", *SIGNER, "--lang", "fr", today="2026-04-14")
    assert made.code == 0, made.err
    text = pdf_text(out.read_bytes())
    assert "Adresse postale corrigée dans le dossier scolaire." in text
    assert "aucun destinataire" in text and "nous avons informé" not in text

    notified = run_cli(
        data_dir, "request", "notify", ref, "--recipient", "Rectorat de Lyon",
        "--on", "2026-04-13", today="2026-04-14",
    )  # fmt: skip
    assert notified.code == 0, notified.err
    assert "Rectorat de Lyon notified on 13/04/2026" in notified.out
    # what was done was typed in French (the request's language): an English letter asks for
    # its translation rather than mixing languages
    mixed = _letter(data_dir, out, ref, "completion", *SIGNER, "--lang", "en", today="2026-04-14")
    _one_line_error(mixed, "give the English translation of")
    assert "--translation reasons=TEXT" in mixed.err
    made = _letter(
        data_dir, out, ref, "completion", *SIGNER, "--lang", "en",
        "--translation", "reasons=Postal address corrected in the school file.", today="2026-04-14",
    )  # fmt: skip
    assert made.code == 0, made.err
    text = pdf_text(out.read_bytes())
    assert "Postal address corrected in the school file." in text
    assert "Adresse postale corrigée" not in text
    assert "we have informed the recipients" in text
    assert "Rectorat de Lyon (on 13 April 2026)" in text
    assert "not been disclosed to any recipient" not in text

    shown = run_cli(data_dir, "request", "show", ref, "--json", today="2026-04-14")
    actions = [event["action"] for event in json.loads(shown.out)["timeline"]]
    assert "letter.late_extension_override" in actions
    assert "request.recipient_notified" in actions

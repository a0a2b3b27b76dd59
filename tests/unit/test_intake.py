"""Reading a requester's .eml, guessing the request type, and spotting known requesters."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import RequestType
from dsr_desk.services.intake import (
    MAX_BODY_CHARS,
    NOT_AN_EMAIL,
    EmailIntake,
    guess_language,
    guess_request_type,
    parse_eml,
    summary_from_email,
)
from dsr_desk.services.mail_text import html_to_text

PARIS = ZoneInfo("Europe/Paris")
BODY_FR = (
    "Bonjour,\n\nJe souhaite exercer mon droit d'accès à mes données personnelles "
    "(article 15 du RGPD).\nMerci de m'adresser une copie complète.\n\nCordialement,\n"
    "Hélène Côté"
)


def _message(
    *,
    sender: str | None = "Hélène Côté <Helene.Cote@Exemple.FR>",
    subject: str = "Demande d'accès à mes données",
    when: str | None = "Thu, 19 Mar 2026 18:42:00 +0100",
) -> EmailMessage:
    message = EmailMessage()
    if sender is not None:
        message["From"] = sender
    message["To"] = "dpo@exemple.fr"
    message["Subject"] = subject
    if when is not None:
        message["Date"] = when
    message["Message-ID"] = "<a1b2c3@mail.exemple.fr>"
    return message


def _plain(
    body: str = BODY_FR, *, charset: str = "utf-8", cte: str = "quoted-printable", **kw: str | None
) -> bytes:
    message = _message(**kw)
    message.set_content(body, charset=charset, cte=cte)
    return bytes(message)


# -- reading ----------------------------------------------------------------------------------


def test_quoted_printable_french_mail_keeps_its_accents() -> None:
    raw = _plain()
    assert b"=C3=A8" in raw  # really quoted-printable on the wire
    intake = parse_eml(raw, PARIS)
    assert intake == EmailIntake(
        sender_name="Hélène Côté",
        sender_email="helene.cote@exemple.fr",
        received_on=date(2026, 3, 19),
        subject="Demande d'accès à mes données",
        body_text=BODY_FR,
        message_id="<a1b2c3@mail.exemple.fr>",
    )


def test_base64_latin1_body_is_decoded() -> None:
    body = "Je demande l'effacement de mes données et la clôture de mon compte."
    raw = _plain(body, charset="iso-8859-1", cte="base64")
    assert b"base64" in raw and "données".encode() not in raw
    assert parse_eml(raw).body_text == body


def test_raw_utf8_headers_are_read() -> None:
    raw = (
        "From: Zoé Lefèvre <zoe@exemple.fr>\nSubject: Suppression de mon compte\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Merci de supprimer mes données.\n"
    ).encode()
    intake = parse_eml(raw)
    assert (intake.sender_name, intake.subject) == ("Zoé Lefèvre", "Suppression de mon compte")
    assert intake.body_text == "Merci de supprimer mes données."


def test_body_mislabelled_as_ascii_falls_back_to_utf8() -> None:
    raw = (
        b"From: a@b.fr\nSubject: x\nContent-Type: text/plain; charset=us-ascii\n\n"
        + "Données personnelles".encode()
    )
    assert parse_eml(raw).body_text == "Données personnelles"


def test_unknown_charset_does_not_fail() -> None:
    raw = b"From: a@b.fr\nContent-Type: text/plain; charset=x-klingon\n\nbonjour \xe9"
    assert parse_eml(raw).body_text.startswith("bonjour")


def test_plain_text_part_is_preferred_over_html() -> None:
    message = _message()
    message.set_content("Le texte brut.")
    message.add_alternative("<p>Le <b>HTML</b>.</p>", subtype="html")
    assert parse_eml(bytes(message)).body_text == "Le texte brut."


def test_html_only_body_becomes_text() -> None:
    message = _message()
    message.set_content(
        "<html><head><style>p {color: red}</style><title>x</title></head><body>"
        "<script>alert('x')</script><p>Je veux l&#39;effacement&nbsp;de mes donn&eacute;es :"
        "</p><ul><li>compte client</li><li>historique</li></ul><p>Merci</p></body></html>",
        subtype="html",
        cte="base64",
    )
    text = parse_eml(bytes(message)).body_text
    assert text == "Je veux l'effacement de mes données :\n\n• compte client\n• historique\n\nMerci"


def test_html_to_text_survives_broken_markup() -> None:
    assert "texte" in html_to_text("<p>texte <b>gras</p></div></span><")


def test_missing_or_unreadable_date_gives_none() -> None:
    assert parse_eml(_plain(when=None)).received_on is None
    assert parse_eml(_plain(when="yesterday, around noon")).received_on is None


def test_date_is_converted_to_local_time() -> None:
    raw = _plain(when="Fri, 20 Mar 2026 23:30:00 +0000")
    assert parse_eml(raw, PARIS).received_on == date(2026, 3, 21)
    assert parse_eml(raw, UTC).received_on == date(2026, 3, 20)
    assert parse_eml(raw, timezone(timedelta(hours=-5))).received_on == date(2026, 3, 20)


def test_date_without_zone_is_taken_as_utc() -> None:
    raw = _plain(when="Fri, 20 Mar 2026 23:30:00 -0000")
    assert parse_eml(raw, PARIS).received_on == date(2026, 3, 21)


def test_sender_without_name_or_with_address_as_name() -> None:
    assert parse_eml(_plain(sender="JEANNE@EXEMPLE.FR")).sender_name == ""
    intake = parse_eml(_plain(sender='"jeanne@exemple.fr" <jeanne@exemple.fr>'))
    assert (intake.sender_name, intake.sender_email) == ("", "jeanne@exemple.fr")


def test_no_sender_still_reads_the_rest() -> None:
    intake = parse_eml(_plain(sender=None))
    assert (intake.sender_name, intake.sender_email) == ("", None)
    assert intake.subject == "Demande d'accès à mes données"


def test_invalid_sender_address_is_dropped_but_name_kept() -> None:
    intake = parse_eml(b"From: Jeanne Martin <not an address>\nSubject: hi\n\nbody")
    assert intake.sender_email is None


def test_header_injection_characters_are_removed() -> None:
    raw = b"From: a@b.fr\nSubject: =?utf-8?q?Demande=0D=0ABcc:_x@y.z=00?=\n\nbody"
    subject = parse_eml(raw).subject
    assert "\r" not in subject and "\n" not in subject and "\x00" not in subject


def test_long_body_is_trimmed_for_the_summary() -> None:
    intake = parse_eml(_plain("mot " * 5000))
    assert len(intake.body_text) <= MAX_BODY_CHARS + 2
    assert intake.body_text.endswith(" …")


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe\x00 garbage",
        b"just some text\nwith lines\n",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>",
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
)
def test_not_an_email_is_a_validation_error(raw: bytes) -> None:
    with pytest.raises(ValidationError, match=r"not a readable e-mail \(\.eml\)"):
        parse_eml(raw)


def test_non_bytes_and_oversized_input_are_refused() -> None:
    with pytest.raises(ValidationError):
        parse_eml("From: a@b.fr\n\nx")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="larger than"):
        parse_eml(b"From: a@b.fr\n\n" + b"x" * (25 * 1024 * 1024))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise_anything_but_validation_error(raw: bytes) -> None:
    try:
        parse_eml(raw)
    except ValidationError as problem:
        message = str(problem)
    else:
        return
    assert message == NOT_AN_EMAIL


_HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "Content-Type",
        "Content-Transfer-Encoding",
        "MIME-Version",
        "Sender",
        "X-Other",
    ]
)
_HEADER_VALUES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "multipart/mixed; boundary=b",
            "text/html; charset=utf-8",
            "base64",
            "quoted-printable",
            "=?utf-8?q?=C3=A9?=",
            "=?bad?x?zz?=",
            "<<@>>",
            "Mon, 32 Foo 99999 25:61:00 +9999",
            'text/plain; charset=""',
            'multipart/alternative; boundary=""',
        ]
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=st.lists(st.tuples(_HEADER_NAMES, _HEADER_VALUES), min_size=1, max_size=8),
    body=st.binary(max_size=500),
)
def test_hostile_emails_parse_or_fail_cleanly(headers: list[tuple[str, str]], body: bytes) -> None:
    head = "".join(f"{name}: {value}\n" for name, value in headers)
    raw = head.encode("utf-8", "surrogatepass") + b"\n" + body
    try:
        intake = parse_eml(raw)
    except ValidationError:
        return
    for text in (intake.sender_name, intake.subject, intake.body_text):
        text.encode("utf-8")  # no lone surrogates: safe to show in Qt
        assert "\x00" not in text


# -- summary and language ----------------------------------------------------------------------


def test_summary_has_subject_and_first_lines_without_greeting_or_signature() -> None:
    intake = parse_eml(_plain())
    assert summary_from_email(intake) == (
        "Demande d'accès à mes données\n\n"
        "Je souhaite exercer mon droit d'accès à mes données personnelles (article 15 du RGPD).\n"
        "Merci de m'adresser une copie complète."
    )


def test_language_is_guessed_only_when_clear() -> None:
    assert guess_language(BODY_FR) == "fr"
    assert guess_language("Dear DPO, please send me a copy of my data. Thank you.") == "en"
    assert guess_language("OK") is None


# -- guessing the type -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Demande d'accès", "", RequestType.ACCESS),
        ("Subject Access Request", "", RequestType.ACCESS),
        ("DROIT D'ACCES", "", RequestType.ACCESS),
        ("", "Je demande l'effacement de mes données.", RequestType.ERASURE),
        ("", "Merci de procéder à la suppression de mon compte", RequestType.ERASURE),
        ("Please delete my data", "", RequestType.ERASURE),
        ("Right to erasure", "", RequestType.ERASURE),
        ("Rectification de mon adresse", "", RequestType.RECTIFICATION),
        ("", "Please correct my date of birth", RequestType.RECTIFICATION),
        ("Opposition au traitement", "", RequestType.OBJECTION),
        ("", "I object to the processing of my data", RequestType.OBJECTION),
        ("Portabilité de mes données", "", RequestType.PORTABILITY),
        ("Data portability request", "", RequestType.PORTABILITY),
        ("Désinscription", "", RequestType.MARKETING_OPT_OUT),
        ("", "Please unsubscribe me", RequestType.MARKETING_OPT_OUT),
        ("Plus de newsletter SVP", "", RequestType.MARKETING_OPT_OUT),
        ("", "Stop marketing emails", RequestType.MARKETING_OPT_OUT),
        ("Retrait du consentement", "", RequestType.CONSENT_WITHDRAWAL),
        ("", "I withdraw consent to the photos", RequestType.CONSENT_WITHDRAWAL),
        ("Limitation du traitement", "", RequestType.RESTRICTION),
        ("", "Please restrict the processing", RequestType.RESTRICTION),
    ],
)
def test_type_is_guessed_from_french_and_english_keywords(
    subject: str, body: str, expected: RequestType
) -> None:
    assert guess_request_type(subject, body) is expected


def test_nothing_recognisable_gives_none() -> None:
    assert guess_request_type("Question", "Bonjour, pouvez-vous m'appeler ?") is None
    assert guess_request_type("", "") is None


def test_subject_weighs_more_than_body() -> None:
    body = "Je n'arrive plus à accéder à mon compte, et je veux sa suppression."
    assert guess_request_type("Demande d'accès", body) is RequestType.ACCESS


def test_words_must_be_whole() -> None:
    assert guess_request_type("Subject: my objects", "incorrectly accessed") is None


def test_consent_withdrawal_beats_marketing_on_a_tie() -> None:
    assert (
        guess_request_type("Retrait du consentement newsletter", "")
        is RequestType.CONSENT_WITHDRAWAL
    )

"""What each placeholder of a letter's wording stands for, in the interface's language: the
meanings of ``letters.wording`` (``COMMON_PLACEHOLDERS``, ``KIND_PLACEHOLDERS``) marked here for
``pyside6-lupdate``, which reads the UI only (``tests/ui/test_french_ui.py`` checks that none is
left out). The wording editor lists them beside the text."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT: Final = "Placeholders"
MEANINGS: Final = (
    QT_TRANSLATE_NOOP("Placeholders", "the requester's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the requester's e-mail address"),
    QT_TRANSLATE_NOOP("Placeholders", "the request's reference (DSR-2026-0001)"),
    QT_TRANSLATE_NOOP("Placeholders", "the entity's name"),
    QT_TRANSLATE_NOOP("Placeholders", "the entity's postal address, on one line"),
    QT_TRANSLATE_NOOP("Placeholders", "the DPO's postal address: entity – DPO – address"),
    QT_TRANSLATE_NOOP("Placeholders", "the DPO's contact (e-mail) as set on the entity"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the request was received"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "how it reached us (« par courrier électronique », “by e-mail”…)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what was asked (« demande d'accès à vos données personnelles »…)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the same, for a third party (« demande d'accès (article 15…) »)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the summary typed when the request was logged"),
    QT_TRANSLATE_NOOP("Placeholders", "the due date in force (extended if extended)"),
    QT_TRANSLATE_NOOP("Placeholders", "the date of the letter"),
    QT_TRANSLATE_NOOP("Placeholders", "who signs the letter"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "« Madame, », « Monsieur, » or, civility unknown, « Madame, Monsieur, »"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "« Madame », « Monsieur » or « Madame, Monsieur » (closing formula)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the person the request concerns, when the requester acts for them"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "when we answer, and what the due date counts from (receipt, the information received"
        " after a restart, the paused days); for a processor: the request is passed to the "
        "controller",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "« Votre demande va désormais suivre les étapes suivantes : »"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "the identity step and the entity's suspension policy (none once the identity is "
        "verified, or for an opt-out / consent withdrawal)",
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the work step"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the possible extension, told by the one-month date at the latest"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the last day to tell of an extension (the one-month date)"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "who the requester acts for (left out when they ask for themselves)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the reason recorded with the request for identity"),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "why the identity matters for the right asked (data disclosed, data changed, or a "
        "person we cannot match)",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "« we must confirm your identity (Art. 12(6)); the information we hold leaves a "
        "reasonable doubt, for the following reason: »",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "why there is a reasonable doubt (recorded with the request for identity)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "« please send us one of the following, preferably the first you can »"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "a reply from the e-mail address we know (when chosen)"),
    QT_TRANSLATE_NOOP("Placeholders", "a customer, member or student number (when chosen)"),
    QT_TRANSLATE_NOOP("Placeholders", "a recent letter or invoice from us (when chosen)"),
    QT_TRANSLATE_NOOP("Placeholders", "an ID copy with the photograph masked (when chosen)"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "how to reply: by post and by e-mail, the request's channel first"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the day we asked (the deadline is suspended from then)"),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "how the deadline is affected (EDPB Guidelines 01/2022; the entity's restart/pause "
        "policy; without delay for an opt-out)",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "how long a copy of an ID document is kept (or that none is); only when an ID copy is"
        " one of the means",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what we need clarified (the reason recorded with the suspension)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "how the deadline is affected (the entity's restart/pause policy)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the one-month due date"),
    QT_TRANSLATE_NOOP("Placeholders", "the extended due date (three months from receipt)"),
    QT_TRANSLATE_NOOP("Placeholders", "the reasons recorded with the extension"),
    QT_TRANSLATE_NOOP("Placeholders", "« nous ne pouvons pas donner suite… » (full or partial)"),
    QT_TRANSLATE_NOOP("Placeholders", "the reasons recorded with the refusal"),
    QT_TRANSLATE_NOOP("Placeholders", "what was done, for this type of request"),
    QT_TRANSLATE_NOOP("Placeholders", "the note recorded when the request was closed"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "« Vous trouverez ci-joint … »: only when a data bundle was produced"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "Art. 19: the recipients notified, as recorded, or that there were none "
        "(rectification, erasure, restriction)",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "the decision (marketing: always granted; else balancing test)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the balancing test: the grounds of the decision"),
    QT_TRANSLATE_NOOP("Placeholders", "the recipient the data were disclosed to"),
    QT_TRANSLATE_NOOP("Placeholders", "the recipient's postal address, on one line"),
    QT_TRANSLATE_NOOP("Placeholders", "« la rectification » / “the erasure” …"),
    QT_TRANSLATE_NOOP("Placeholders", "what the recipient is asked to do in turn"),
    QT_TRANSLATE_NOOP("Placeholders", "the controller the request is forwarded to"),
    QT_TRANSLATE_NOOP("Placeholders", "the controller's postal address, on one line"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the request was forwarded"),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what is granted (recorded when the request was closed as partial)"
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders", "what is withheld (recorded when the request was closed as partial)"
    ),
    QT_TRANSLATE_NOOP("Placeholders", "the reasons recorded for what is withheld"),
    QT_TRANSLATE_NOOP("Placeholders", "the reasons recorded, including what shows the excess"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the request was closed as withdrawn"),
    QT_TRANSLATE_NOOP("Placeholders", "what we asked for and never received"),
    QT_TRANSLATE_NOOP("Placeholders", "the day we asked"),
    QT_TRANSLATE_NOOP("Placeholders", "the day the request was closed for lack of reply"),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "what someone acting for the data subject must send too: the mandate and the "
        "subject's ID, proof of parental authority, or the death certificate and proof of heir "
        "status (left out when the requester asks for themselves)",
    ),
    QT_TRANSLATE_NOOP(
        "Placeholders",
        "the other rights asked in the same message, with their references, and whether this "
        "mailing answers them too (left out when there are none)",
    ),
)


def meaning_words(meaning: str) -> str:
    """A placeholder's meaning in the interface's language (as written when not marked)."""
    return QCoreApplication.translate(CONTEXT, meaning)

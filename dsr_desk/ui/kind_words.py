"""Request types, statuses, channels and document kinds in words, in the interface's language:
one label for each everywhere in the UI (the stored values are the domain's ``RequestType``,
``Status``, ``Channel`` and ``DocumentKind``).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT: Final = "Kinds"
TYPE_WORDS: Final = {
    "access": QT_TRANSLATE_NOOP("Kinds", "Access"),
    "rectification": QT_TRANSLATE_NOOP("Kinds", "Rectification"),
    "erasure": QT_TRANSLATE_NOOP("Kinds", "Erasure"),
    "restriction": QT_TRANSLATE_NOOP("Kinds", "Restriction"),
    "objection": QT_TRANSLATE_NOOP("Kinds", "Objection"),
    "portability": QT_TRANSLATE_NOOP("Kinds", "Portability"),
    "marketing-opt-out": QT_TRANSLATE_NOOP("Kinds", "Marketing opt-out"),
    "consent-withdrawal": QT_TRANSLATE_NOOP("Kinds", "Consent withdrawal"),
    "automated-decision": QT_TRANSLATE_NOOP("Kinds", "Automated decision"),
}
STATUS_WORDS: Final = {
    "received": QT_TRANSLATE_NOOP("Kinds", "Received"),
    "awaiting-information": QT_TRANSLATE_NOOP("Kinds", "Awaiting information"),
    "in-progress": QT_TRANSLATE_NOOP("Kinds", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Kinds", "Completed"),
    "refused": QT_TRANSLATE_NOOP("Kinds", "Refused"),
    "forwarded": QT_TRANSLATE_NOOP("Kinds", "Forwarded"),
}

CHANNEL_WORDS: Final = {  # how a request arrived (``Channel``), in a sentence: "by …"
    "email": QT_TRANSLATE_NOOP("Kinds", "e-mail"),
    "letter": QT_TRANSLATE_NOOP("Kinds", "letter"),
    "form": QT_TRANSLATE_NOOP("Kinds", "form"),
    "phone": QT_TRANSLATE_NOOP("Kinds", "phone"),
    "in-person": QT_TRANSLATE_NOOP("Kinds", "in person"),
    "other": QT_TRANSLATE_NOOP("Kinds", "other"),
}

DOCUMENT_KIND_WORDS: Final = {  # what a kept file is (``DocumentKind``)
    "id": QT_TRANSLATE_NOOP("Kinds", "ID copy"),
    "letter": QT_TRANSLATE_NOOP("Kinds", "Requester's letter"),
    "email": QT_TRANSLATE_NOOP("Kinds", "E-mail"),
    "response": QT_TRANSLATE_NOOP("Kinds", "Our letter"),
    "mandate": QT_TRANSLATE_NOOP("Kinds", "Mandate or proof of capacity"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Other document"),
}


def _words(table: dict[str, str], value: str) -> str:
    text = table.get(value)
    if text is None:  # a value this build does not know: shown as stored, readably
        return value.replace("-", " ").capitalize() if table is not CHANNEL_WORDS else value
    return QCoreApplication.translate(CONTEXT, text)


def type_label(value: str) -> str:
    """``"marketing-opt-out"`` → "Marketing opt-out" (or its translation)."""
    return _words(TYPE_WORDS, value)


def status_label(value: str) -> str:
    """``"in-progress"`` → "In progress" (or its translation)."""
    return _words(STATUS_WORDS, value)


def channel_label(value: str) -> str:
    """``"in-person"`` → "in person" (or its translation), lower case: it ends a sentence."""
    return _words(CHANNEL_WORDS, value)


def document_kind_label(value: str) -> str:
    """``"id"`` → "ID copy" (or its translation): what a kept file is."""
    return _words(DOCUMENT_KIND_WORDS, value)

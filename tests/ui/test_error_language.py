"""The GUI shows the errors of the domain and services in its own language: the language
applied at start (``ui.translation.apply_language``) is also the display language of
``dsr_desk.messages``, whatever LANG says; removing the translators goes back to English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from dsr_desk.domain.errors import ValidationError
from dsr_desk.ui.translation import apply_language, remove_translators


def test_errors_are_shown_in_the_interface_language(qapp: QApplication) -> None:
    error = ValidationError("The requester's name is required.")
    try:
        assert apply_language(qapp, "fr") == "fr"
        assert str(error) == "Le nom du demandeur est obligatoire."
        assert apply_language(qapp, "en") == "en"
        assert str(error) == "The requester's name is required."
        apply_language(qapp, "fr")
    finally:
        remove_translators(qapp)
        qapp.setProperty("dsrDeskLanguage", None)
    assert str(error) == "The requester's name is required."

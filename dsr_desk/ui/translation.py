"""The interface language, applied once at start (before the first window): our French
catalogue (``resources/translations/dsr_desk_fr.qm``) and Qt's own (``qtbase_fr.qm``: the
standard buttons and dialogs), ``QLocale`` for the dates and numbers Qt formats, and the
display language of ``dsr_desk.messages`` (the errors the domain and services raise, which
the GUI shows in its message bar and dialogs: gettext catalogues, no Qt).

The preference lives in the vault's settings (``AppSettings.language``), which cannot be read
before the unlock; its last known value is kept in QSettings (``ui/language``: a word, no
personal data) so that the unlock dialog and the wizard already speak the right language.
After each unlock, and when the preference is saved, ``remember_language`` updates that copy
and says whether the language now running differs: a change takes effect after a restart,
which ``restart_notice`` offers to the user.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from dsr_desk import messages
from dsr_desk.i18n import ENGLISH, FRENCH, SYSTEM, resolve_language

TRANSLATIONS_DIR: Final = Path(__file__).resolve().parents[1] / "resources" / "translations"
PREFERENCE_KEY: Final = "ui/language"
LOCALE_NAMES: Final = {ENGLISH: "en_GB", FRENCH: "fr_FR"}
_APPLIED = "dsrDeskLanguage"  # application property: the language installed at start
_installed: list[QTranslator] = []  # kept alive as long as they are installed


def stored_preference() -> str:
    """The last known preference of the vault (``system`` when none was ever seen)."""
    value = QSettings().value(PREFERENCE_KEY, SYSTEM)
    return str(value) if value else SYSTEM


def apply_language(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (by default: the stored preference, resolved
    against the environment) and make it Qt's default locale; returns the language applied.
    English needs no catalogue: the sources are English."""
    remove_translators(app)
    chosen = language or resolve_language(stored_preference())
    messages.set_language(chosen)  # the errors of the domain and services, shown by the GUI
    QLocale.setDefault(locale_for(chosen))
    if chosen != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{chosen}", qt_dir), (f"dsr_desk_{chosen}", "")):
            translator = QTranslator(app)
            if translator.load(name, folder or str(TRANSLATIONS_DIR)):
                app.installTranslator(translator)
                _installed.append(translator)
    app.setProperty(_APPLIED, chosen)
    return chosen


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (fr_BE, en_US…), else its usual one
    (fr_FR, en_GB): dates and numbers as the user's country writes them."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(LOCALE_NAMES.get(language, LOCALE_NAMES[ENGLISH]))


def remove_translators(app: QCoreApplication) -> None:
    """Back to the sources' English (the messages of the layers without Qt too)."""
    messages.set_language(ENGLISH)
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def running_language() -> str:
    """The language applied at start (English if none was)."""
    app = QCoreApplication.instance()
    value = app.property(_APPLIED) if app is not None else None
    return str(value) if value else ENGLISH


def remember_language(preference: str) -> bool:
    """Keep the vault's preference for the next start; True when the language it asks for is
    not the one running (the user should restart to see it)."""
    settings = QSettings()
    if settings.value(PREFERENCE_KEY, SYSTEM) != preference:
        settings.setValue(PREFERENCE_KEY, preference)
    return resolve_language(preference) != running_language()


def restart_notice() -> str:
    return QCoreApplication.translate(
        "Translation", "The new language will be used the next time you start DSR Desk."
    )

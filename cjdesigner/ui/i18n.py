"""The interface language: Qt translators for our strings and Qt's own (standard buttons).

The language comes from the user's choice (remembered in settings) or else the system
locale. Switching in the View menu rebuilds the window around the same document, so
every label is retranslated and nothing (not even undo history) is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "es": "Español"}
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

_installed: list[QTranslator] = []


def system_language() -> str:
    """ "es" when the system locale is Spanish, else "en"."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def install_translators(language: str | None) -> str:
    """Load translators for ``language`` (None: the system's); returns the one in use."""
    app = QCoreApplication.instance()
    code = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Spanish if code == "es" else QLocale.Language.English)
    )
    if code == "en":
        return code
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"cjdesigner_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return code

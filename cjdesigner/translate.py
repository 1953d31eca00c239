"""The one translation helper: ``tr("Save")`` looks the text up in the loaded translators.

Qt's lupdate files calls of a bare ``tr(...)`` under an empty context, so the lookup uses
the empty context too; every interface string in canvas/ and ui/ goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def tr(text: str) -> str:
    """The interface string ``text`` in the current language."""
    return QCoreApplication.translate("", text)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark a string for translation where it is defined; translate it later with tr()."""
    return text


def ui_language() -> str:
    """The language of the interface ("en" or "es"): for shown numbers and new maps."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"

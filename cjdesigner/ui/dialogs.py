"""Every question the app asks, behind small functions that tests replace.

Tests monkeypatch these (like Mu's get_load_path / show_message) so no modal dialog
ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

MAP_FILTER = "CJ Designer maps (*.journey.json);;OpenJourney files (*.ojf);;All files (*)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"


def tr(text: str) -> str:
    """Translate a dialog string."""
    return QCoreApplication.translate("dialogs", text)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong (file, place, reason) — never a traceback."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(box.textFormat().PlainText)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something worth knowing (plain text)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(box.textFormat().PlainText)
    box.exec()


def get_open_image_path(parent: QWidget | None) -> str:
    """Ask for an image file to use as a photo ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, tr("Choose a photo"), "", tr(IMAGE_FILTER))
    return path

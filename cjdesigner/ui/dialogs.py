"""Every question the app asks, behind small functions that tests replace.

Tests monkeypatch these (like Mu's get_load_path / show_message), so no modal dialog
ever blocks a test run. When CJDESIGNER_TESTING=1, ``AUTO_ANSWERS`` (filled by the app
from CJDESIGNER_TEST_ANSWERS) answers them for subprocess tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from cjdesigner.translate import tr

AUTO_ANSWERS: dict[str, Any] = {}


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the block runs (opening a big map takes seconds)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str) -> None:
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and user text are never markup
    box.exec()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something went wrong (file, place, reason) — never a traceback."""
    if "error" in AUTO_ANSWERS:
        AUTO_ANSWERS.setdefault("errors_seen", []).append(message)
        return
    _message(parent, QMessageBox.Icon.Warning, title, message)


def show_unexpected_error(parent: QWidget | None, title: str, message: str, details: str) -> None:
    """An error the program did not expect: what it means for the user's work and where
    the details are; the traceback only behind "Show Details…". All plain text (Qt
    would guess an informative text's format, so everything goes in the main text)."""
    if "error" in AUTO_ANSWERS:
        AUTO_ANSWERS.setdefault("errors_seen", []).append(message)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something worth knowing (plain text)."""
    if "info" in AUTO_ANSWERS:
        return
    _message(parent, QMessageBox.Icon.Information, title, message)


def _warning_box(parent: QWidget | None, title: str, text: str, informative: str) -> QMessageBox:
    """A question with a warning icon; ``text`` (which may hold a file name) is plain."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)
    return box


def ask_save_discard_cancel(parent: QWidget | None, name: str) -> str:
    """Unsaved changes: returns "save", "discard" or "cancel"."""
    if "save_discard" in AUTO_ANSWERS:
        return str(AUTO_ANSWERS["save_discard"])
    box = _warning_box(
        parent,
        tr("Unsaved changes"),
        tr("Save the changes to “{name}” before closing it?").format(name=name),
        tr("If you don't save, your changes will be lost."),
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(QMessageBox.StandardButton(answer), "cancel")


def ask_overwrite_changed(parent: QWidget | None, name: str) -> str:
    """The file changed on disk since it was opened: "overwrite", "save_as" or "cancel"."""
    if "changed_on_disk" in AUTO_ANSWERS:
        return str(AUTO_ANSWERS["changed_on_disk"])
    box = _warning_box(
        parent,
        tr("File changed on disk"),
        tr("“{name}” has been changed by another program since you opened it.").format(name=name),
        tr("Saving over it replaces those changes with yours. Save As keeps both versions."),
    )
    overwrite = box.addButton(tr("Save Over It"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes/no question; True for yes."""
    if "confirm" in AUTO_ANSWERS:
        return bool(AUTO_ANSWERS["confirm"])
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def map_filter() -> str:
    """File-type filter for opening maps."""
    return ";;".join(
        [
            tr("Journey maps (*.journey.json *.ojf *.csv)"),
            tr("CJ Designer maps (*.journey.json)"),
            tr("OpenJourney files (*.ojf)"),
            tr("Touchpoint tables (*.csv)"),
            tr("All files (*)"),
        ]
    )


def get_open_path(parent: QWidget | None, folder: str = "") -> str:
    """Ask for a map to open ("" when cancelled)."""
    if "open_path" in AUTO_ANSWERS:
        return str(AUTO_ANSWERS["open_path"])
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open map"), folder, map_filter())
    return path


def get_persona_source(parent: QWidget | None) -> str:
    """Ask for the map whose persona to use ("" when cancelled)."""
    if "persona_path" in AUTO_ANSWERS:
        return str(AUTO_ANSWERS["persona_path"])
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Use the persona of which map?"), "", map_filter()
    )
    return path


def get_save_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save a map ("" when cancelled)."""
    if "save_path" in AUTO_ANSWERS:
        return str(AUTO_ANSWERS["save_path"])
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Save map as"), suggested, tr("CJ Designer maps (*.journey.json)")
    )
    return path


def get_open_image_path(parent: QWidget | None) -> str:
    """Ask for an image file to use as a photo ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Choose a photo"), "", tr("Images (*.png *.jpg *.jpeg)")
    )
    return path


def choose_template(parent: QWidget | None, language: str) -> tuple[str, str] | None:
    """The template gallery: (template key, map language), or None when cancelled."""
    if "template" in AUTO_ANSWERS:
        key, lang = AUTO_ANSWERS["template"]
        return str(key), str(lang)
    from .template_gallery import TemplateGallery

    gallery = TemplateGallery(parent, language)
    return gallery.choice() if gallery.exec() else None


def ask_recover(parent: QWidget | None, drafts: list) -> dict[str, str]:
    """After a crash: for each draft id, "recover" or "discard"."""
    if "recover" in AUTO_ANSWERS:
        return {d.draft_id: str(AUTO_ANSWERS["recover"]) for d in drafts}
    from .recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(parent, drafts)
    dialog.exec()
    return dialog.answers()


def get_export_path(
    parent: QWidget | None, title: str, suggested: str, filters: list[str]
) -> tuple[str, int]:
    """Ask where to write an export: (path or "" when cancelled, index of the chosen filter)."""
    if "export_path" in AUTO_ANSWERS:
        answer = AUTO_ANSWERS["export_path"]
        if isinstance(answer, (list, tuple)):
            return str(answer[0]), int(answer[1])
        return str(answer), 0
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters))
    return path, filters.index(chosen) if chosen in filters else 0


def ask_pdf_options(parent: QWidget | None, journey_map: Any, initial: Any) -> Any:
    """The PDF dialog: paper, orientation, tiling; None when cancelled."""
    if "pdf_options" in AUTO_ANSWERS:
        from .export_dialog import PdfOptions

        return PdfOptions(*AUTO_ANSWERS["pdf_options"])
    from .export_dialog import PdfOptionsDialog

    dialog = PdfOptionsDialog(parent, journey_map, initial)
    return dialog.options() if dialog.exec() else None


def ask_printer(parent: QWidget | None, printer: Any) -> bool:
    """The system's print dialog (which printer, copies); True to print."""
    if "printer" in AUTO_ANSWERS:
        return bool(AUTO_ANSWERS["printer"])
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def ask_page_setup(parent: QWidget | None, printer: Any) -> bool:
    """The system's page set-up dialog (paper, orientation); True when changed."""
    if "page_setup" in AUTO_ANSWERS:
        return bool(AUTO_ANSWERS["page_setup"])
    from PySide6.QtPrintSupport import QPageSetupDialog

    dialog = QPageSetupDialog(printer, parent)
    return dialog.exec() == QPageSetupDialog.DialogCode.Accepted


def ask_png_dpi(parent: QWidget | None, initial: int) -> int | None:
    """Resolution for a PNG export, in dots per inch; None when cancelled."""
    if "png_dpi" in AUTO_ANSWERS:
        return int(AUTO_ANSWERS["png_dpi"])
    value, ok = QInputDialog.getInt(
        parent,
        tr("Export PNG image"),
        tr("Resolution (dots per inch; 150 for screens, 300 for print):"),
        initial,
        36,
        600,
        10,
    )
    return value if ok else None

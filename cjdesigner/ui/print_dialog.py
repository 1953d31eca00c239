"""File ▸ Print: the map on the printer's paper, fitted on one sheet or cut across several.

The dialog shows the pages as they will print and says how small the smallest text
gets; when that is under 7 pt it offers the fewest sheets across that are legible. The
printer (paper, orientation, which printer) is chosen in the system's own dialogs and
kept for the session; the number of sheets across is remembered.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.export import image, printing
from cjdesigner.export.pdf import export_note
from cjdesigner.layout import PRINT_FLOOR
from cjdesigner.model.numbers import number
from cjdesigner.translate import tr, ui_language

from . import dialogs, theme

if TYPE_CHECKING:
    from .main_window import MainWindow


def session_printer(window: MainWindow) -> QPrinter:
    """The window's printer: made once (landscape, the remembered paper), then kept, so
    a second print goes where the first went."""
    printer = getattr(window, "_printer", None)
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        settings = window.settings
        portrait = settings.export_choice("print_orientation", "landscape") == "portrait"
        printer.setPageOrientation(
            QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
        )
        paper = settings.export_choice("print_paper", "")
        if paper in QPageSize.PageSizeId.__members__ and paper != "Custom":
            printer.setPageSize(QPageSize(QPageSize.PageSizeId[paper]))
        window._printer = printer
    printer.setFullPage(True)  # the plan keeps its own margins, with room for crop marks
    printer.setDocName(window.document.journey_map.title[:200] or "CJ Designer")
    return printer


class PrintDialog(QDialog):
    """The preview, how many sheets across, and the buttons to set up the page and print."""

    def __init__(self, window: MainWindow, printer: QPrinter) -> None:
        super().__init__(window)
        self.setObjectName("dialog_print")
        self.setWindowTitle(tr("Print"))
        self.window_ = window
        self.printer = printer
        self.pages_printed = 0
        journey_map = window.document.journey_map.model_copy(deep=True)
        self.title = journey_map.title
        path = window.document.path
        self.scene = image.map_scene(journey_map, export_note(path.name if path else ""))
        layout = self.scene.layout
        assert layout is not None
        self.map_size = (layout.width, layout.height)
        self.smallest_text = layout.sizes.smallest_text()
        self.language = layout.language

        self.across = QSpinBox()
        self.across.setObjectName("spin_print_across")
        self.across.setRange(1, printing.MAX_ACROSS)
        remembered = window.settings.export_choice("print_across", "1")
        self.across.setValue(int(remembered) if remembered.isdigit() else 1)
        across_label = QLabel(tr("Sheets &across:"))
        across_label.setBuddy(self.across)
        self.summary = QLabel()
        self.summary.setObjectName("label_print_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.use_legible = QPushButton()
        self.use_legible.setObjectName("button_print_legible")
        self.use_legible.clicked.connect(self._take_legible)
        setup = QPushButton(tr("Page &Setup…"))
        setup.setObjectName("button_print_setup")
        setup.clicked.connect(self.page_setup)

        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.setObjectName("print_preview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("button_print")
        self.print_button.setDefault(True)
        buttons.accepted.connect(self.print_now)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(across_label)
        row.addWidget(self.across)
        row.addStretch(1)
        side.addLayout(row)
        side.addWidget(self.summary)
        side.addWidget(self.use_legible)
        side.addWidget(setup)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(260)
        body = QHBoxLayout()
        body.addWidget(panel)
        body.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)
        self.resize(1000, 680)
        self.across.valueChanged.connect(self._changed)
        self._changed()

    # ------------------------------------------------------------- the plan
    def plan(self) -> printing.PrintPlan:
        """How the map prints with the current choices and the printer's paper."""
        sheet = printing.sheet_size(self.printer)
        return printing.plan_print(self.map_size, self.smallest_text, sheet, self.across.value())

    def _changed(self) -> None:
        plan = self.plan()
        lang = ui_language()
        if plan.tiled:
            text = tr("{sheets} sheets ({cols} × {rows}) and an assembly sheet.").format(
                sheets=plan.sheets, cols=plan.grid.cols, rows=plan.grid.rows
            )
        else:
            text = tr("The whole map on one sheet.")
        size = number(plan.smallest, lang, 1)
        text += " " + tr("The smallest text prints at {size} pt.").format(size=size)
        legible = printing.legible_across(self.map_size, self.smallest_text, plan.grid.sheet)
        self.use_legible.hide()
        if not plan.legible:
            text += " " + tr("Under {floor} pt is hard to read on paper.").format(
                floor=number(PRINT_FLOOR, lang)
            )
            if legible is not None:
                self.use_legible.setText(tr("&Use {n} Sheets Across").format(n=legible))
                self.use_legible.show()
            else:
                text += " " + tr("Export a PDF poster for a larger paper instead.")
        self.summary.setText(text)
        self.summary.setStyleSheet("" if plan.legible else theme.warning_style(self.summary))
        self.preview.updatePreview()  # first: the view fits the pages it has
        if plan.tiled:
            self.preview.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
        else:
            self.preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
            self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)

    def _take_legible(self) -> None:
        sheet = printing.sheet_size(self.printer)
        legible = printing.legible_across(self.map_size, self.smallest_text, sheet)
        if legible is not None:
            self.across.setValue(legible)

    def page_setup(self) -> None:
        """The system's page set-up (paper, orientation) for this printer."""
        if dialogs.ask_page_setup(self, self.printer):
            self.printer.setFullPage(True)
            self._remember_paper()
            self._changed()

    def _remember_paper(self) -> None:
        settings = self.window_.settings
        layout = self.printer.pageLayout()
        portrait = layout.orientation() == QPageLayout.Orientation.Portrait
        settings.set_export_choice("print_orientation", "portrait" if portrait else "landscape")
        settings.set_export_choice("print_paper", layout.pageSize().id().name)

    def _paint_preview(self, printer: QPrinter) -> None:
        if self.scene is None:
            return  # closing
        printer.setFullPage(True)
        # the preview's own printer failing has nothing to tell; printing says it
        with contextlib.suppress(printing.PrintError):
            printing.print_map(printer, self.scene, self.plan(), self.title, self.language)

    # ------------------------------------------------------------- printing
    def print_now(self) -> bool:
        """Ask the system which printer (and copies), then print; True once sent."""
        self.window_.settings.set_export_choice("print_across", str(self.across.value()))
        if not dialogs.ask_printer(self, self.printer):
            return False
        self.printer.setFullPage(True)
        self._remember_paper()
        plan = self.plan()
        try:
            with dialogs.busy():
                pages = printing.print_map(
                    self.printer, self.scene, plan, self.title, self.language
                )
        except printing.PrintError as exc:
            if exc.started:
                reason = tr("the printer did not take the next sheet")
            else:
                reason = tr("the printer did not accept the job")
            dialogs.show_error(self, tr("Cannot print"), _failure(self.printer, reason))
            return False
        if self.printer.printerState() == QPrinter.PrinterState.Error:
            dialogs.show_error(self, tr("Cannot print"), _failure(self.printer, ""))
            return False
        self.pages_printed = pages
        self.accept()
        return True

    def done(self, result: int) -> None:
        """Close (QDialog), and free the print scene with it."""
        super().done(result)
        self.release()

    def release(self) -> None:
        """Free the print scene now (it holds a whole copy of the map's items)."""
        if self.scene is not None:
            image.dispose(self.scene)
            self.scene = None  # type: ignore[assignment]


def _failure(printer: QPrinter, reason: str) -> str:
    where = printer.outputFileName() or printer.printerName() or tr("the printer")
    reason = reason or tr("the printer reported an error")
    return tr("{where}: nothing was printed: {reason}.").format(where=where, reason=reason)


def print_map(window: MainWindow) -> int:
    """File ▸ Print: the dialog, then the pages; returns how many were printed (0: none)."""
    window.commit_pending_edits()
    printer = session_printer(window)
    with dialogs.busy():
        dialog = PrintDialog(window, printer)
    try:
        dialog.exec()
        pages = dialog.pages_printed
    finally:
        dialog.release()
        dialog.deleteLater()
    if pages:
        where = printer.outputFileName() or printer.printerName()
        if pages == 1:
            message = tr("Sent 1 page to {printer}").format(printer=where)
        else:
            message = tr("Sent {pages} pages to {printer}").format(pages=pages, printer=where)
        window.statusBar().showMessage(message, 15_000)
    return pages

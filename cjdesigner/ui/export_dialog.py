"""File ▸ Export: the PDF poster (paper, orientation, tiling, live legibility check), PNG,
SVG and CSV. The PDF is written on a worker thread behind a progress dialog, from a copy of
the map, so a long export never freezes the window and never sees a half-made edit."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QProgressDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.model import JourneyMap, MapFileError
from cjdesigner.model.files import os_reason
from cjdesigner.model.numbers import number
from cjdesigner.translate import tr, ui_language

from . import dialogs, theme
from .error_guard import log_error
from .file_errors import file_error_text, reason_text
from .notes_text import note_text

if TYPE_CHECKING:
    from .main_window import MainWindow

PAPER_CHOICES = ("A0", "A1", "A2", "A3", "A4", "letter", "tabloid", "arch-d", "arch-e")
PAPER_LABELS = {"letter": "Letter", "tabloid": "Tabloid", "arch-d": "ARCH D", "arch-e": "ARCH E"}
DONE_MESSAGE_MS = 15_000  # how long "PDF written…" and its Open button stay


@dataclass(frozen=True)
class PdfOptions:
    """What the user chose in the PDF dialog."""

    paper: str = "A1"
    landscape: bool = True
    tile: str | None = None  # None, "a4" or "letter"


def density_text(journey_map: JourneyMap, options: PdfOptions) -> tuple[str, bool]:
    """The dialog's legibility line for these options, and whether the map fits."""
    from cjdesigner.export.pdf import density

    fit = density(journey_map, options.paper, options.landscape)
    size = number(fit.smallest_printed, ui_language(), 1)
    if fit.fits:
        return tr("Smallest text prints at {size} pt (legible: 7 pt or more).").format(
            size=size
        ), True
    if fit.suggestion:
        hint = tr("choose {paper} or larger, or tile it").format(
            paper=PAPER_LABELS.get(fit.suggestion, fit.suggestion)
        )
    else:
        hint = tr("split the map or tile it on office sheets")
    return tr(
        "Too dense for this paper: the smallest text would print at {size} pt; {hint}."
    ).format(size=size, hint=hint), False


class PdfOptionsDialog(QDialog):
    """Paper, orientation and tiling, with the legibility check updated as they change."""

    def __init__(
        self, parent: QWidget | None, journey_map: JourneyMap, initial: PdfOptions
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog_export_pdf")
        self.setWindowTitle(tr("Export PDF Poster"))
        self._map = journey_map
        self.paper = QComboBox(self)
        self.paper.setObjectName("combo_paper")
        for key in PAPER_CHOICES:
            self.paper.addItem(PAPER_LABELS.get(key, key), key)
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("combo_orientation")
        self.orientation.addItem(tr("Landscape"), True)
        self.orientation.addItem(tr("Portrait"), False)
        self.tiling = QComboBox(self)
        self.tiling.setObjectName("combo_tiling")
        self.tiling.addItem(tr("One sheet"), None)
        self.tiling.addItem(tr("Tiled on A4 sheets"), "a4")
        self.tiling.addItem(tr("Tiled on Letter sheets"), "letter")
        self.check = QLabel(self)
        self.check.setObjectName("label_density")
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(tr("Paper:"), self.paper)
        form.addRow(tr("Orientation:"), self.orientation)
        form.addRow(tr("Printing:"), self.tiling)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check)
        layout.addWidget(buttons)
        self.paper.setCurrentIndex(max(0, self.paper.findData(initial.paper)))
        self.orientation.setCurrentIndex(0 if initial.landscape else 1)
        self.tiling.setCurrentIndex(max(0, self.tiling.findData(initial.tile)))
        for combo in (self.paper, self.orientation):
            combo.currentIndexChanged.connect(self.update_check)
        self.update_check()
        self.setMinimumWidth(420)

    def options(self) -> PdfOptions:
        """The choices as they stand."""
        return PdfOptions(
            str(self.paper.currentData()),
            bool(self.orientation.currentData()),
            self.tiling.currentData(),
        )

    def update_check(self) -> None:
        """Recompute the legibility line for the chosen paper and orientation (a layout per
        paper size tried: about 0.1 s each at 2,000 touchpoints, so show that we are busy)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text, fits = density_text(self._map, self.options())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.check.setText(text)
        self.check.setStyleSheet("" if fits else theme.warning_style(self.check))


class _Relay(QObject):
    """Runs a worker thread's continuation in the GUI thread (queued signal).

    One for the whole process, never deleted while it runs. The worker used to emit on
    an object of its window; a language switch deletes that window, and an export
    finishing at that moment emitted on an object being deleted: a segfault (2 of 4
    stress runs of 80 exports). The continuation itself checks that its window lives.
    """

    call = Signal(object)  # a callable, run in the GUI thread

    def _run(self, continuation: Any) -> None:
        continuation()


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    """The process's relay (made in the GUI thread, on first use)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.call.connect(_relay._run, Qt.ConnectionType.QueuedConnection)
    return _relay


class ExportActions(QObject):
    """The File ▸ Export submenu of one window."""

    finished = Signal(object)  # the result (or None after an error); for tests and scripts

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self.last_error = ""
        self.menu = QMenu(tr("&Export"), window)
        self.menu.setObjectName("menu_export")
        self.actions: dict[str, QAction] = {}
        self._add("pdf", tr("&PDF Poster…"), QKeySequence("Ctrl+Shift+E"), self.export_pdf)
        self._add("slides", tr("Stage S&lides (PDF)…"), None, self.export_slides)
        self._add("pptx", tr("P&owerPoint Slides…"), None, self.export_pptx)
        self._add("png", tr("P&NG Image…"), None, lambda: self.export_image("png"))
        self._add("svg", tr("&SVG Image…"), None, lambda: self.export_image("svg"))
        self._add("csv", tr("&CSV Table…"), None, self.export_csv)
        self._add("findings", tr("&Findings per Stage (CSV)…"), None, lambda: self.export_csv(True))
        window.menus["file"].insertMenu(window.file_actions.export_anchor, self.menu)
        self.print_action = QAction(tr("&Print…"), window)
        self.print_action.setObjectName("action_print")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _checked=False: self.print_map())
        window.menus["file"].insertAction(window.file_actions.export_anchor, self.print_action)
        # "Open" beside the "PDF written" message: the file in the system's viewer
        self.open_button = QToolButton()
        self.open_button.setObjectName("button_open_export")
        self.open_button.setText(tr("Open"))
        self.open_button.setAutoRaise(True)
        self.open_button.clicked.connect(self.open_last)
        self.open_button.hide()
        window.statusBar().addPermanentWidget(self.open_button)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(DONE_MESSAGE_MS)
        self._open_timer.timeout.connect(self.open_button.hide)
        self.last_path = ""
        self._progress: QProgressDialog | None = None
        self._thread: threading.Thread | None = None

    def _add(self, key: str, text: str, shortcut: QKeySequence | None, slot: Any) -> None:
        action = QAction(text, self.window)
        action.setObjectName(f"action_export_{key}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self.actions[key] = action

    # ------------------------------------------------------------- helpers
    def _settings(self) -> Any:
        return self.window.settings

    def _suggest(self, suffix: str, tail: str = "") -> str:
        document = self.window.document
        folder = self._settings().export_choice("folder", "")
        if document.path is not None:
            stem = document.path.name.removesuffix(".journey.json").removesuffix(".json")
            folder = folder or str(document.path.parent)
        else:
            from .file_actions import _safe_file_name

            stem = _safe_file_name(document.journey_map.title)
        return str(Path(folder or Path.home()) / f"{stem}{tail}{suffix}")

    def _ask_path(
        self, title: str, suffix: str, filters: list[str], tail: str = ""
    ) -> tuple[str, int]:
        """Ask where to write (suggested: the map's name, ``tail`` and ``suffix``)."""
        suggested = self._suggest(suffix, tail)
        path, choice = dialogs.get_export_path(self.window, title, suggested, filters)
        if not path:
            return "", choice
        if not path.lower().endswith(suffix):
            path += suffix
        self._settings().set_export_choice("folder", str(Path(path).parent))
        return path, choice

    def _source_name(self) -> str:
        path = self.window.document.path
        return path.name if path else ""

    def _fail(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, MapFileError):
            message = file_error_text(exc)
        elif isinstance(exc, OSError):
            message = f"{path}: {reason_text(os_reason(exc))}"
        else:
            message = tr("{path}: the export failed: {reason}").format(path=path, reason=exc)
        self.last_error = message
        self.window.statusBar().showMessage(tr("Export failed"), 8000)
        dialogs.show_error(self.window, tr("Cannot export"), message)

    def _done(self, message: str, path: str) -> None:
        self.window.statusBar().showMessage(message, DONE_MESSAGE_MS)
        self.last_path = path
        self.open_button.setToolTip(path)
        self.open_button.show()
        self._open_timer.start()

    def open_last(self) -> bool:
        """Open the file written last in the program the system uses for it."""
        self.open_button.hide()
        if not self.last_path or not os.path.exists(self.last_path):
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_path))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for action in self.actions.values():
            action.setEnabled(not busy)

    # ----------------------------------------------------------------- PDF
    def export_pdf(self) -> None:
        """Ask for options and a file, then write the poster on a worker thread."""
        if self.busy:
            return
        self.window.commit_pending_edits()
        settings = self._settings()
        initial = PdfOptions(
            settings.export_choice("paper", "A1"),
            settings.export_choice("orientation", "landscape") == "landscape",
            settings.export_choice("tile", "") or None,
        )
        journey_map = self.window.document.journey_map.model_copy(deep=True)
        options = dialogs.ask_pdf_options(self.window, journey_map, initial)
        if options is None:
            return
        settings.set_export_choice("paper", options.paper)
        settings.set_export_choice("orientation", "landscape" if options.landscape else "portrait")
        settings.set_export_choice("tile", options.tile or "")
        path, _ = self._ask_path(tr("Export PDF poster"), ".pdf", [tr("PDF files (*.pdf)")])
        if not path:
            return
        self.start_pdf(journey_map, path, options)

    def start_pdf(self, journey_map: JourneyMap, path: str, options: PdfOptions) -> None:
        """Write the PDF in the background; ``finished`` fires when it is done."""
        from cjdesigner.export.pdf import export_pdf

        source = self._source_name()
        self._start(
            path,
            tr("Writing the PDF poster…"),
            tr("Export PDF Poster"),
            lambda: export_pdf(
                journey_map, path, options.paper, options.tile, options.landscape, source
            ),
        )

    def export_slides(self) -> None:
        """The whole map, then one widescreen slide per stage as the presentation walk
        shows it (framed, the rest faded): a PDF to share after a workshop."""
        if self.busy:
            return
        self.window.commit_pending_edits()
        journey_map = self.window.document.journey_map.model_copy(deep=True)
        path, _ = self._ask_path(
            tr("Export stage slides"), ".pdf", [tr("PDF files (*.pdf)")], tr(" - slides")
        )
        if path:
            self.start_slides(journey_map, path)

    def start_slides(self, journey_map: JourneyMap, path: str) -> None:
        """Write the slides in the background; ``finished`` fires when it is done."""
        from cjdesigner.export.pdf_slides import export_slides

        source = self._source_name()
        self._start(
            path,
            tr("Writing the stage slides…"),
            tr("Export Stage Slides"),
            lambda: export_slides(journey_map, path, source),
        )

    def _start(self, path: str, text: str, title: str, job: Any) -> None:
        """Run ``job`` (it writes ``path``) on a worker thread behind a progress box."""
        self._set_busy(True)
        progress = QProgressDialog(text, "", 0, 0, self.window)
        progress.setObjectName("progress_export")
        progress.setWindowTitle(title)
        progress.setCancelButton(None)  # the file is written atomically; nothing to cancel
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._progress = progress
        relay = _gui_relay()

        def work() -> None:
            try:
                result = job()
            except Exception as exc:  # reported to the user in the GUI thread
                if not isinstance(exc, (MapFileError, OSError, ValueError)):
                    log_error(exc)  # unexpected: its traceback goes to the error log
                result, error = None, exc
            else:
                error = None
            # the window may have closed while exporting: the file is written all the same,
            # and the continuation only reports to a window that is still there
            relay.call.emit(lambda: self._report_pdf(path, result, error))

        self._thread = threading.Thread(target=work, name="pdf-export", daemon=True)
        self._thread.start()

    def _report_pdf(self, path: str, result: Any, exc: BaseException | None) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.window):
            self._pdf_done(path, result, exc)

    def _pdf_done(self, path: str, result: Any, exc: BaseException | None) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)
        if exc is not None:
            self._fail(path, exc)
            self.finished.emit(None)
            return
        if result.slides:
            self._done(
                tr("Slides written: {name} ({pages} pages)").format(
                    name=os.path.basename(path), pages=result.pages
                ),
                path,
            )
            self._notes(path, result.warnings)
            self.finished.emit(result)
            return
        paper = PAPER_LABELS.get(result.paper, result.paper)
        self._done(
            tr("PDF written: {name} ({pages} pages, {paper}, smallest text {size} pt)").format(
                name=os.path.basename(path),
                pages=result.pages,
                paper=paper,
                size=number(result.smallest_printed, ui_language(), 1),
            ),
            path,
        )
        self._notes(path, result.warnings)
        self.finished.emit(result)

    def _notes(self, path: str, warnings: list[str]) -> None:
        if warnings:
            dialogs.show_info(
                self.window,
                tr("PDF written with notes"),
                f"{os.path.basename(path)}\n\n"
                + "\n".join(f"• {note_text(w, PAPER_LABELS)}" for w in warnings),
            )

    def wait(self, timeout: float = 60.0) -> None:
        """Block until a background export finishes (for scripts and tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    # ---------------------------------------------------------- PowerPoint
    def export_pptx(self) -> None:
        """The map as a PowerPoint deck (.pptx) for a consultant's deliverable: the map,
        the persona, a slide per stage with speaker notes, the pains and opportunities."""
        if self.busy:
            return
        self.window.commit_pending_edits()
        path, _ = self._ask_path(
            tr("Export PowerPoint slides"),
            ".pptx",
            [tr("PowerPoint presentations (*.pptx)")],
            tr(" - slides"),
        )
        if not path:
            return
        from cjdesigner.export.pptx_deck import Cancelled, export_pptx

        self._set_busy(True)
        # A slide a picture: a big map takes seconds. The box says how far it is and can
        # stop it; being window-modal, it keeps the map from being edited (or the window
        # closed) meanwhile.
        progress = QProgressDialog(tr("Making the slides…"), tr("Cancel"), 0, 1, self.window)
        progress.setObjectName("progress_pptx")
        progress.setWindowTitle(tr("Export PowerPoint Slides"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            if not shiboken6.isValid(progress):  # its window went (another window's
                return False  # language switch replaces every window): stop
            progress.setMaximum(total)
            progress.setLabelText(
                tr("Making slide {number} of {total}…").format(
                    number=min(done + 1, total), total=total
                )
            )
            progress.setValue(done)  # a modal box lets events through here
            return not progress.wasCanceled()

        result, error = None, None
        try:
            journey_map = self.window.document.journey_map.model_copy(deep=True)
            result = export_pptx(journey_map, path, self._source_name(), report)
        except Cancelled:
            pass
        except (MapFileError, OSError, ValueError) as exc:
            error = exc
        finally:
            if shiboken6.isValid(progress):
                progress.reset()
                progress.deleteLater()
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.window)):
            return  # nobody to tell: the file is written (or not) all the same
        self._set_busy(False)
        if error is not None:
            self._fail(path, error)
        elif result is None:
            self.window.statusBar().showMessage(tr("Export cancelled: nothing was written"), 8000)
        else:
            self._done(
                tr("PowerPoint slides written: {name} ({slides} slides)").format(
                    name=os.path.basename(path), slides=result.slides
                ),
                path,
            )
        self.finished.emit(result)

    # ---------------------------------------------------------- PNG / SVG
    def export_image(self, kind: str) -> None:
        """PNG (at a chosen DPI) or SVG of the whole map."""
        if self.busy:
            return
        self.window.commit_pending_edits()
        dpi = 150.0
        if kind == "png":
            chosen = dialogs.ask_png_dpi(
                self.window, int(float(self._settings().export_choice("dpi", "150")))
            )
            if chosen is None:
                return
            dpi = float(chosen)
            self._settings().set_export_choice("dpi", str(chosen))
            filters = [tr("PNG images (*.png)")]
            path, _ = self._ask_path(tr("Export PNG image"), ".png", filters)
        else:
            filters = [tr("SVG images (*.svg)")]
            path, _ = self._ask_path(tr("Export SVG image"), ".svg", filters)
        if not path:
            return
        from cjdesigner.export import image

        self._set_busy(True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            journey_map = self.window.document.journey_map.model_copy(deep=True)
            scene = image.map_scene(journey_map)
            try:
                if kind == "png":
                    width, height = image.render_png(scene, path, dpi)
                    message = tr("PNG written: {name} ({width} × {height} px)").format(
                        name=os.path.basename(path), width=width, height=height
                    )
                else:
                    image.render_svg(scene, path, journey_map.title)
                    message = tr("SVG written: {name}").format(name=os.path.basename(path))
            finally:
                image.dispose(scene)
        except (MapFileError, OSError, ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._set_busy(False)
            self._fail(path, exc)
            self.finished.emit(None)
            return
        QGuiApplication.restoreOverrideCursor()
        self._set_busy(False)
        self._done(message, path)
        self.finished.emit(path)

    # --------------------------------------------------------------- print
    def print_map(self) -> int:
        """File ▸ Print: preview, sheets across, the system's print dialog; returns the
        pages printed (0 when cancelled). A PDF being written meanwhile works on its own
        copy of the map, so printing need not wait for it."""
        from .print_dialog import print_map  # QtPrintSupport only when printing

        return print_map(self.window)

    # ----------------------------------------------------------------- CSV
    def export_csv(self, findings: bool = False) -> None:
        """Touchpoints, pains and opportunities as CSV (plain UTF-8 or with a BOM for Excel);
        with ``findings``, one row per stage of what the map learned (for a CRM)."""
        if self.busy:
            return
        self.window.commit_pending_edits()
        from cjdesigner.export.table import export_csv, export_findings_csv

        filters = [tr("CSV, UTF-8 (*.csv)"), tr("CSV for Excel, UTF-8 with BOM (*.csv)")]
        if findings:
            path, choice = self._ask_path(
                tr("Export findings per stage"), ".csv", filters, tail="-findings"
            )
        else:
            path, choice = self._ask_path(tr("Export CSV table"), ".csv", filters)
        if not path:
            return
        write = export_findings_csv if findings else export_csv
        try:
            count = write(self.window.document.journey_map, path, bom=choice == 1)
        except (MapFileError, OSError, ValueError) as exc:
            self._fail(path, exc)
            self.finished.emit(None)
            return
        self._done(
            tr("CSV written: {name} ({rows} rows)").format(name=os.path.basename(path), rows=count),
            path,
        )
        self.finished.emit(path)


def install_export(window: MainWindow) -> ExportActions:
    """Add File ▸ Export to a window."""
    return ExportActions(window)

"""The main window: assembles the canvas, docks and menus around the open Document.

It forwards, it does not decide: editing lives in commands and the canvas, files in
file_actions, recovery in autosave, docks and dialogs in their own modules. Features
attach through ``menus``, ``toolbar`` and the ``document_changed`` signal.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMenu,
    QToolBar,
    QWidget,
)

from cjdesigner.canvas.scene import MapScene
from cjdesigner.canvas.view import MapView
from cjdesigner.document import Document
from cjdesigner.model import EXTENSION
from cjdesigner.model.templates import new_map_from_template
from cjdesigner.translate import ui_language

from .settings import Settings

OPENABLE = (EXTENSION, ".ojf", ".csv")


class MainWindow(QMainWindow):
    """The CJ Designer window around one open Document.

    ``document`` is the open map, ``view`` the canvas (a QGraphicsView), ``menus`` the
    menus by key ("file", "edit", "view", "help"), ``toolbar`` the main toolbar.
    ``document_changed`` is emitted whenever another Document is attached;
    ``language_requested`` when the user picks another interface language.
    """

    document_changed = Signal(object)
    language_requested = Signal(object)

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.settings = Settings()
        # the map a start without a file shows, in the interface's language (a Spanish
        # start showed "Untitled journey", "Stage 1" and English lanes)
        if document is None:
            document = Document(new_map_from_template("blank", ui_language()))
            document.placeholder = True  # a language switch may swap it (see app.py)
        self.document = document
        self.document.setParent(self)
        self.menus: dict[str, QMenu] = {}
        self.features: dict[str, Any] = {}
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("toolbar_main")
        self.addToolBar(self.toolbar)
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.scene = MapScene(self.document, self)
        self.view = MapView(self.scene, self)
        self.scene.drag_feedback.connect(lambda text: self.statusBar().showMessage(text, 2000))
        self.scene.notice.connect(self._notice)
        self.setCentralWidget(self.view)
        self._build_menus()
        self._install_features()
        self._watch(self.document)
        self.resize(1440, 900)
        self.settings.restore_window(self)
        self.view.fit_map()

    def _install_features(self) -> None:
        from .accessibility import install_accessibility
        from .autosave import Autosaver, show_draft_health
        from .context_menu import install_context_menu
        from .copy_image import install_copy_image
        from .editing import install_editing
        from .export_dialog import install_export
        from .file_actions import install_file_actions
        from .find_bar import install_find
        from .future_state import install_future_state
        from .help_dialogs import install_help
        from .history_panel import install_history
        from .insights_panel import install_insights
        from .inspector_panel import install_inspector
        from .persona_panel import install_persona_panel
        from .presentation import install_presentation

        self.file_actions = install_file_actions(self)
        self.exports = install_export(self)
        self.editing = install_editing(self)
        self.find_bar = install_find(self)
        self.canvas_menu = install_context_menu(self)
        self.copy_image_action = install_copy_image(self)
        self.features["inspector"] = install_inspector(self)
        self.features["persona"] = install_persona_panel(self)
        self.features["insights"] = install_insights(self)
        self.features["history"] = install_history(self)
        self.future_state = install_future_state(self)
        self.resizeDocks([self.features["inspector"]], [340], Qt.Orientation.Horizontal)
        self.presentation = install_presentation(self)
        self.speech = install_accessibility(self)
        self._build_language_menu()
        install_help(self)
        self.autosaver = Autosaver(self, self.settings)
        self.draft_warning = show_draft_health(self, self.autosaver)

    # ------------------------------------------------------------ document
    def _watch(self, document: Document) -> None:
        document.dirty_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_title)
        self._update_title()

    def unwatch(self, document: Document) -> None:
        """Stop following a document this window no longer shows (another map was
        opened, or a rebuilt window took it over). A document being destroyed still
        signals (its undo stack clears itself), and a window that kept listening read
        a half-deleted stack: found by a random GUI run, after a language switch and
        an Open."""
        for signal in (
            document.dirty_changed,
            document.path_changed,
            document.undo_stack.indexChanged,
        ):
            with contextlib.suppress(RuntimeError, TypeError):  # not connected (any more)
                signal.disconnect(self._update_title)

    def set_document(self, document: Document) -> None:
        """Show another map in this window (open, new, revert, recover)."""
        old = self.document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.document = document
        self.scene.set_document(document)
        self.view.fit_map()
        self._watch(document)
        if old is not document:
            self.unwatch(old)
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.document_changed.emit(document)

    def _update_title(self, *_args: object) -> None:
        path = self.document.path
        name = path.name if path else self.document.journey_map.title
        self.setWindowModified(self.document.is_dirty)
        self.setWindowTitle(f"{name}[*] — CJ Designer")

    def _notice(self, text: str) -> None:
        """An edit was refused: say why where the user is looking anyway."""
        QApplication.beep()
        self.statusBar().showMessage(text, 10000)

    def commit_pending_edits(self) -> None:
        """Finish an edit still in progress (a title typed in place, a table cell) so that
        Save, Export and Close see it, as clicking elsewhere would. Without this, Ctrl+S
        with a title still open in its editor saved the old title and marked the map
        saved; closing then dropped the typed text without a question. Fields of the
        docks need nothing: they change the map with each keystroke."""
        if self.view.editor is not None:
            self.view.editor.commit()
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return
        parent = focus.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractItemView):
            parent = parent.parentWidget()
        if parent is not None and focus is not parent:  # a cell editor: leaving commits it
            parent.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("help", self.tr("&Help")),
        ):
            self.menus[key] = self.menuBar().addMenu(title)
            self.menus[key].setObjectName(f"menu_{key}")
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("action_redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.menus["edit"].addAction(undo)
        self.menus["edit"].addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _build_language_menu(self) -> None:
        from .i18n import LANGUAGES

        menu = self.menus["view"].addMenu(self.tr("&Language"))
        menu.setObjectName("menu_language")
        group = QActionGroup(self)
        current = self.settings.language()
        for code, name in [(None, self.tr("System default")), *LANGUAGES.items()]:
            action = QAction(name, self)
            action.setObjectName(f"action_language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            menu.addAction(action)

    # ----------------------------------------------------------------- files
    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a map file in this window (no question asked); False, after a dialog
        naming the file, place and reason, when it cannot be read."""
        return self.file_actions.load(path)

    def save(self) -> bool:
        """Save to the current file (Save As when untitled); False when it failed."""
        return self.file_actions.save()

    @property
    def path(self) -> Path | None:
        """The open file, if any."""
        return self.document.path

    # --------------------------------------------------------- drop & close
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.isLocalFile() and u.toLocalFile().lower().endswith(OPENABLE) for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if url.isLocalFile() and path.lower().endswith(OPENABLE):
                event.acceptProposedAction()
                self.file_actions.open_map(path)
                return
        event.ignore()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.file_actions.maybe_save():
            event.ignore()
            return
        # The next start opens as the user works, not as the projector or a search left
        # it: closed in presentation mode, it saved a full screen with no toolbar or docks.
        self.presentation.set_active(False)
        self.find_bar.hide()
        self.settings.save_window(self)
        self.settings.sync()
        self.autosaver.close(clean=True)
        event.accept()

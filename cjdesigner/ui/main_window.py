"""The main window: assembles the canvas, docks and menus around the open Document.

It forwards, it does not decide: editing lives in commands and the canvas, file
handling in file_actions, docks in their own modules. Features attach through the
extension points ``menus``, ``toolbar`` and the ``document_changed`` signal.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from cjdesigner.canvas.scene import MapScene
from cjdesigner.canvas.view import MapView
from cjdesigner.document import Document
from cjdesigner.model import MapFileError
from cjdesigner.model.templates import new_map_from_template

from . import dialogs


class MainWindow(QMainWindow):
    """The CJ Designer window around one open Document.

    ``document`` is the open map, ``view`` the canvas (a QGraphicsView), ``menus`` the
    menus by key ("file", "edit", "view", "help"), ``toolbar`` the main toolbar.
    ``document_changed`` is emitted whenever another Document is attached.
    """

    document_changed = Signal(object)

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document or Document(new_map_from_template("blank"))
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
        self.setCentralWidget(self.view)
        self._build_menus()
        self._install_features()
        self._watch(self.document)
        self.resize(1440, 900)
        self.view.fit_map()

    def _install_features(self) -> None:
        from .editing import install_editing
        from .inspector_panel import install_inspector
        from .persona_panel import install_persona_panel

        self.editing = install_editing(self)
        self.features["inspector"] = install_inspector(self)
        self.features["persona"] = install_persona_panel(self)
        self.resizeDocks([self.features["inspector"]], [340], Qt.Orientation.Horizontal)

    # ------------------------------------------------------------ document
    def _watch(self, document: Document) -> None:
        document.dirty_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.undo_stack.indexChanged.connect(self._update_title)
        self._update_title()

    def set_document(self, document: Document) -> None:
        """Show another map in this window (open, new, revert)."""
        old = self.document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.document = document
        self.scene.set_document(document)
        self.view.fit_map()
        self._watch(document)
        if old is not document:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.document_changed.emit(document)

    def _update_title(self, *_args: object) -> None:
        path = self.document.path
        name = path.name if path else self.document.journey_map.title
        self.setWindowModified(self.document.is_dirty)
        self.setWindowTitle(f"{name}[*] — CJ Designer")

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
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setObjectName("action_save")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.menus["file"].addAction(self.save_action)
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setObjectName("action_redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.menus["edit"].addAction(undo)
        self.menus["edit"].addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    # ----------------------------------------------------------------- files
    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a map file in this window; shows the problem and returns False on failure."""
        try:
            document = Document.from_file(path)
        except MapFileError as exc:
            dialogs.show_error(self, self.tr("Cannot open map"), str(exc))
            return False
        self.set_document(document)
        return True

    def save(self) -> bool:
        """Save to the current file; returns False (and says why) when it fails."""
        try:
            self.document.save()
        except MapFileError as exc:
            dialogs.show_error(self, self.tr("Cannot save map"), str(exc))
            return False
        return True

    @property
    def path(self) -> Path | None:
        """The open file, if any."""
        return self.document.path

"""The main window: assembles the view and menus around the open Document.

It forwards, it does not decide: editing lives in commands and the canvas, file
handling in small functions, so the window stays thin.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from cjdesigner.document import Document
from cjdesigner.model import MapFileError
from cjdesigner.model.templates import new_map_from_template


class MainWindow(QMainWindow):
    """The CJ Designer window around one open Document.

    Extension points for features that live in their own modules (canvas editing,
    docks, export): ``menus`` ("file", "edit", "view", "help"), ``toolbar``, and the
    ``document_changed`` signal, emitted whenever another Document is attached.
    """

    document_changed = Signal(object)

    def __init__(self, document: Document | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document or Document(new_map_from_template("blank"))
        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("toolbar_main")
        self.addToolBar(self.toolbar)
        self.view = QGraphicsView(QGraphicsScene(self), self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setCentralWidget(self.view)
        self._build_menus()
        self._attach(self.document)
        self.resize(1280, 800)

    # ------------------------------------------------------------ document
    def _attach(self, document: Document) -> None:
        self.document = document
        document.reset.connect(self._refresh)
        document.changed.connect(lambda *_: self._refresh())
        document.inserted.connect(lambda *_: self._refresh())
        document.removed.connect(lambda *_: self._refresh())
        document.moved.connect(lambda *_: self._refresh())
        document.dirty_changed.connect(lambda _dirty: self._update_title())
        document.path_changed.connect(lambda _path: self._update_title())
        self._refresh()
        self.document_changed.emit(document)

    def _refresh(self) -> None:
        scene = self.view.scene()
        scene.clear()
        jm = self.document.journey_map
        y = 0.0
        title = scene.addText(jm.title)
        font = title.font()
        font.setPointSize(24)
        font.setBold(True)
        title.setFont(font)
        y += title.boundingRect().height() + 8
        persona = jm.persona
        line = scene.addText(f"{persona.name} — {persona.role}".strip(" —"))
        line.setPos(0, y)
        y += line.boundingRect().height() + 16
        x = 0.0
        for stage in jm.stages:
            item = scene.addText(stage.name)
            item.setPos(x, y)
            x += max(160.0, item.boundingRect().width() + 24)
        self._update_title()

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path else self.document.journey_map.title
        self.setWindowTitle(f"{name}{'*' if self.document.is_dirty else ''} — CJ Designer")

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
        file_menu = self.menus["file"]
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        file_menu.addAction(self.save_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menus["edit"]
        undo = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

    # ----------------------------------------------------------------- files
    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open a map file in this window; shows the problem and returns False on failure."""
        try:
            document = Document.from_file(path, self)
        except MapFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot open map"), str(exc))
            return False
        self._attach(document)
        return True

    def save(self) -> bool:
        """Save to the current file; returns False (and says why) when it fails."""
        try:
            self.document.save()
        except MapFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot save map"), str(exc))
            return False
        return True

    @property
    def path(self) -> Path | None:
        """The open file, if any."""
        return self.document.path

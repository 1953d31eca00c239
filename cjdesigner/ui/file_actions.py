"""File menu: New (template gallery), Open, Open Recent, Save, Save As, Revert, Close, Quit.

Every path that would drop unsaved changes asks Save / Discard / Cancel first. Files
that cannot be read give a dialog naming the file, the place and the reason, and the
open document stays as it was.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cjdesigner.document import Document
from cjdesigner.interop.formats import read_map
from cjdesigner.model import EXTENSION, MapFileError
from cjdesigner.model.templates import new_map_from_template
from cjdesigner.translate import tr, ui_language

from . import dialogs
from .file_errors import file_error_text
from .notes_text import note_text
from .settings import Settings

if TYPE_CHECKING:
    from .main_window import MainWindow


class FileActions(QObject):
    """The File menu of one window."""

    def __init__(self, window: MainWindow, settings: Settings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings or Settings()
        menu = window.menus["file"]
        menu.clear()
        self.actions: dict[str, QAction] = {}
        self._add(menu, "new", tr("&New…"), QKeySequence.StandardKey.New, self.new_map)
        self._add(
            menu, "open", tr("&Open…"), QKeySequence.StandardKey.Open, lambda: self.open_map()
        )
        self.recent_menu = QMenu(tr("Open &Recent"), menu)
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self._add(menu, "save", tr("&Save"), QKeySequence.StandardKey.Save, self.save)
        self._add(menu, "save_as", tr("Save &As…"), QKeySequence("Ctrl+Shift+S"), self.save_as)
        self._add(menu, "revert", tr("Re&vert"), None, self.revert)
        menu.addSeparator()
        self.export_anchor = menu.addSeparator()  # the export submenu goes here
        self._add(menu, "close", tr("&Close"), QKeySequence.StandardKey.Close, self.close_map)
        self._add(menu, "quit", tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)
        window.save_action = self.actions["save"]

    def _add(self, menu: QMenu, key: str, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[key] = action
        return action

    # ----------------------------------------------------------- questions
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or clean)."""
        self.window.commit_pending_edits()
        document = self.window.document
        if not document.is_dirty:
            return True
        name = document.path.name if document.path else document.journey_map.title
        answer = dialogs.ask_save_discard_cancel(self.window, name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -------------------------------------------------------------- actions
    def new_map(self) -> bool:
        """Pick a template and start a new, untitled map."""
        if not self.maybe_save():
            return False
        choice = dialogs.choose_template(self.window, ui_language())
        if choice is None:
            return False
        key, language = choice
        self.window.set_document(Document(new_map_from_template(key, language)))
        return True

    def open_map(self, path: str | os.PathLike[str] | None = None) -> bool:
        """Open a .journey.json or .ojf file (asking which when ``path`` is None)."""
        if not self.maybe_save():
            return False
        if path is None:
            folder = (
                os.path.dirname(self.settings.recent_files()[0])
                if self.settings.recent_files()
                else ""
            )
            path = dialogs.get_open_path(self.window, folder)
            if not path:
                return False
        return self.load(path)

    def load(self, path: str | os.PathLike[str]) -> bool:
        """Open a file without asking about unsaved changes (callers asked already)."""
        path = os.fspath(path)
        with dialogs.busy():  # a 20,000-touchpoint map takes ~2 s to read and lay out
            try:
                result = read_map(path, ui_language())
            except MapFileError as exc:
                result = exc
            else:
                native = path.lower().endswith(EXTENSION)
                document = Document(result.journey_map, path if native else None)
                if not native:
                    document.imported_from = path  # Save asks for a .journey.json name
                    document.mark_dirty()
                self.window.set_document(document)
        if isinstance(result, MapFileError):
            dialogs.show_error(self.window, tr("Cannot open map"), file_error_text(result))
            return False
        self.settings.add_recent(path)
        if result.notes:
            notes = "\n".join(f"• {note_text(note)}" for note in result.notes)
            dialogs.show_info(
                self.window, tr("Imported with notes"), f"{Path(path).name}\n\n{notes}"
            )
        return True

    def save(self) -> bool:
        """Save to the current file (Save As for untitled or imported maps)."""
        self.window.commit_pending_edits()
        document = self.window.document
        if document.path is None:
            return self.save_as()
        if document.changed_on_disk():
            # a colleague, a sync client or another window wrote the file meanwhile:
            # saving over it silently would throw their version away
            answer = dialogs.ask_overwrite_changed(self.window, document.path.name)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        return self._save_to(document.path)

    def save_as(self) -> bool:
        """Ask for a .journey.json name and save there."""
        self.window.commit_pending_edits()
        document = self.window.document
        imported = getattr(document, "imported_from", None)
        if document.path is not None:
            suggested = os.fspath(document.path)
        elif imported:
            suggested = str(Path(imported).with_suffix("")) + EXTENSION
        else:
            suggested = _safe_file_name(document.journey_map.title) + EXTENSION
        path = dialogs.get_save_path(self.window, suggested)
        if not path:
            return False
        if not path.lower().endswith(EXTENSION):
            path = (
                str(Path(path).with_suffix("")) + EXTENSION
                if path.lower().endswith(".json")
                else path + EXTENSION
            )
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        document = self.window.document
        try:
            document.save(path)
        except MapFileError as exc:
            dialogs.show_error(self.window, tr("Cannot save map"), file_error_text(exc))
            return False
        document.imported_from = None
        self.settings.add_recent(path)
        return True

    def revert(self) -> bool:
        """Go back to the saved file, dropping unsaved changes (after asking)."""
        document = self.window.document
        if document.path is None or not document.is_dirty:
            return False
        question = tr("Revert “{name}” to the saved version? Unsaved changes will be lost.")
        if not dialogs.confirm(self.window, tr("Revert"), question.format(name=document.path.name)):
            return False
        return self.load(document.path)

    def close_map(self) -> bool:
        """Close the map (after asking) and show a new blank one."""
        if not self.maybe_save():
            return False
        self.window.set_document(Document(new_map_from_template("blank", ui_language())))
        return True

    # -------------------------------------------------------------- recent
    def fill_recent(self) -> None:
        """Rebuild Open Recent: missing files are greyed out and can be removed."""
        menu = self.recent_menu
        menu.clear()
        menu.setToolTipsVisible(True)  # the whole path
        files = self.settings.recent_files()
        names = [Path(p).name for p in files]
        for number, path in enumerate(files, start=1):
            exists = os.path.exists(path)
            name = Path(path).name
            if names.count(name) > 1:  # two clients' "journey.journey.json": say whose
                name = f"{name} ({Path(path).parent.name})"
            name = name.replace("&", "&&")  # "R&D.journey.json", not "RD…"
            text = name if exists else tr("{name} (missing)").format(name=name)
            if number < 10:
                text = f"&{number} {text}"  # Alt+F, R, 1 opens the last map
            action = menu.addAction(text)
            action.setToolTip(path)
            action.setEnabled(exists)
            action.triggered.connect(lambda _c=False, p=path: self.open_map(p))
        if not files:
            menu.addAction(tr("No recent maps")).setEnabled(False)
            return
        menu.addSeparator()
        missing = [p for p in files if not os.path.exists(p)]
        prune = menu.addAction(tr("Remove Missing Files"))
        prune.setEnabled(bool(missing))
        prune.triggered.connect(lambda: [self.settings.remove_recent(p) for p in missing])
        menu.addAction(tr("Clear List")).triggered.connect(self.settings.clear_recent)


def _safe_file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:60] or "journey"


def install_file_actions(window: MainWindow) -> FileActions:
    """Build the File menu of a window."""
    return FileActions(window)

"""View ▸ History: every edit of the open map, oldest first; a click goes back (or
forward) to that point, as that many Undo (or Redo) steps would. The saved state is
marked with a disk icon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QUndoView

from cjdesigner.translate import tr

from .docks import add_right_dock

if TYPE_CHECKING:
    from .main_window import MainWindow


class HistoryPanel(QDockWidget):
    """The undo history of the window's map (it follows the map the window shows)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("History"), window)
        self.setObjectName("dock_history")
        self.list = QUndoView(window.undo_group, self)
        self.list.setObjectName("history_list")
        self.list.setAccessibleName(tr("History"))
        self.list.setEmptyLabel(tr("Map as opened"))
        self.list.setIconSize(QSize(16, 16))
        # a long name ("Delete touchpoint “…”") ends in "…" at the dock's edge, no scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        self.setWidget(self.list)

    def showEvent(self, event: QShowEvent) -> None:
        """Mark the saved state with the style's disk icon, the first time the dock shows.

        QStyle is imported here, not at start-up: making its Python class builds a dozen
        large enums (pixel metrics, standard pixmaps…), 10 ms of every start for a dock
        that starts hidden.
        """
        if self.list.cleanIcon().isNull():
            from PySide6.QtWidgets import QStyle

            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
            self.list.setCleanIcon(icon)
        super().showEvent(event)


def install_history(window: MainWindow) -> HistoryPanel:
    """Add the history dock (tabbed with the inspector, hidden until asked for) and its
    View menu toggle."""
    dock = HistoryPanel(window)
    add_right_dock(window, dock, shown=False)
    return dock

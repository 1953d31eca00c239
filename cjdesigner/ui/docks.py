"""Where docks go: one tabbed column on the right, so the canvas keeps the room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from .main_window import MainWindow


def add_right_dock(window: MainWindow, dock: QDockWidget, shown: bool = True) -> None:
    """Put ``dock`` on the right, tabbed behind the inspector (which stays in front),
    and its show/hide toggle in the View menu; ``shown=False`` keeps it hidden until
    asked for."""
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    inspector = window.features.get("inspector")
    if inspector is not None and inspector is not dock:
        window.tabifyDockWidget(inspector, dock)
        inspector.raise_()
    if not shown:
        dock.hide()
    window.menus["view"].addAction(dock.toggleViewAction())

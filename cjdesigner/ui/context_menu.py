"""The canvas's right-click menu (also the menu key and Shift+F10).

It holds the window's own Edit actions, so each is greyed out exactly when its menu entry
is, plus "Add Touchpoint Here" on the emotion band (where a double-click would add one)
and the moves of a stage or a lane on one.
A right-click on an object not yet selected selects it first (on a lane's notes, the
lane); on an empty spot it clears the selection, so nothing out of sight is cut or deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtWidgets import QMenu

from cjdesigner.translate import tr

if TYPE_CHECKING:
    from .main_window import MainWindow

ENTRIES = (
    "cut",
    "copy",
    "paste",
    "duplicate",
    None,
    "rename",
    "delete",
    None,
    "mark_pain",
    "mark_opportunity",
    None,
    "add_stage",
    "add_touchpoint",
)
# added on a stage, and on a lane (its title or its notes): what only they can do
STAGE_ENTRIES = (None, "move_stage_left", "move_stage_right", "spread")
LANE_ENTRIES = (None, "add_lane", "move_lane_up", "move_lane_down")
VOTE_ENTRIES = (None, "vote", "unvote")  # on a pain or an opportunity


class CanvasMenu(QObject):
    """Builds and shows the menu for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the menu last shown (kept alive while open)
        window.view.context_menu_requested.connect(self.show_at)
        window.document_changed.connect(self.close_menu)  # its entries were for that map

    def close_menu(self, *_args: object) -> None:
        """Close the menu if it is open."""
        if self.menu is not None:
            self.menu.close()

    def build(self, scene_pos: QPointF) -> QMenu:
        """The menu for a right-click at ``scene_pos`` (the selection already follows it)."""
        window = self.window
        menu = QMenu(window)
        menu.setObjectName("canvas_menu")
        on_band = window.scene.point_on_band(scene_pos)
        if on_band is not None and not window.scene.selected_ids():
            here = menu.addAction(tr("Add Touchpoint &Here"))
            here.setObjectName("action_add_touchpoint_here")
            here.triggered.connect(lambda: self._add_here(*on_band))
            menu.addSeparator()
        actions = window.editing.actions
        entries = ENTRIES
        kinds = {kind for kind, _ in window.scene.selected_objects()}
        if "stage" in kinds:
            entries += STAGE_ENTRIES
        elif actions["spread"].isEnabled():  # three touchpoints or more
            entries += (None, "spread")
        if "lane" in kinds:
            entries += LANE_ENTRIES
        if kinds & {"pain", "opportunity"}:
            entries += VOTE_ENTRIES
        for key in entries:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
        return menu

    def show_at(self, global_pos: QPoint, scene_pos: QPointF) -> None:
        """Show the menu without blocking (a modal loop would stall the window's timers)."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build(scene_pos)
        self.menu.popup(global_pos)

    def _add_here(self, stage_id: str, position: float, emotion: float) -> None:
        scene = self.window.scene
        new_id = scene.controller.add_touchpoint(stage_id, position, emotion)
        if new_id is not None:
            scene.select_ids([new_id])
            scene.request_edit(new_id)


def install_context_menu(window: MainWindow) -> CanvasMenu:
    """Give the window's canvas its right-click menu."""
    return CanvasMenu(window)

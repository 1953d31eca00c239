"""Edit and View actions for the canvas: menus, toolbar and keyboard shortcuts.

Single-key shortcuts (Delete, P, O, V, Insert, +, F2) only act while the canvas has focus,
so typing in a dock never deletes or marks anything. Actions that cannot act now are
greyed out (and their shortcuts do nothing): Cut, Copy and Duplicate need a selected
stage, touchpoint, pain or opportunity, marking a stage or touchpoint, Delete and Rename a
selection, Paste something of ours on the clipboard, Add Touchpoint a stage, the Move
actions one selected stage (or lane) with room to move that way, Add Vote and Take Back
Vote a selected pain or opportunity whose count can go that way.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel

from cjdesigner.canvas.clipboard import holds_ours
from cjdesigner.canvas.items import LaneItem, MapItem, MarkerItem, StageItem, TouchpointItem
from cjdesigner.model.insights import has_votes
from cjdesigner.translate import tr

if TYPE_CHECKING:
    from cjdesigner.canvas.scene import MapScene

    from .main_window import MainWindow


class EditingActions(QObject):
    """The canvas actions of one window; they always act on the window's current scene."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        edit = window.menus["edit"]
        view_menu = window.menus["view"]
        canvas_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        spec = [
            ("cut", tr("Cu&t"), [QKeySequence.StandardKey.Cut], self._cut, None),
            ("copy", tr("&Copy"), [QKeySequence.StandardKey.Copy], self._copy, None),
            ("paste", tr("&Paste"), [QKeySequence.StandardKey.Paste], self._paste, None),
            ("duplicate", tr("Duplicat&e"), [QKeySequence("Ctrl+D")], self._duplicate, None),
            (
                "delete",
                tr("&Delete"),
                [QKeySequence.StandardKey.Delete, QKeySequence("Backspace")],
                self._delete,
                canvas_only,
            ),
            (
                "select_all",
                tr("Select &All"),
                [QKeySequence.StandardKey.SelectAll],
                self._select_all,
                None,
            ),
            ("rename", tr("Re&name"), [QKeySequence("F2")], self._rename, canvas_only),
            None,
            (
                "add_stage",
                tr("Add &Stage"),
                [QKeySequence("Insert"), QKeySequence("+")],
                self._add_stage,
                canvas_only,
            ),
            (
                "add_touchpoint",
                tr("Add T&ouchpoint"),
                [QKeySequence("Ctrl+T")],
                self._add_touchpoint,
                None,
            ),
            # (the lane actions have no Alt letter: every letter of their names is taken in
            # this menu, in English and in Spanish, by entries people already know)
            ("add_lane", tr("Add Lane"), [QKeySequence("Ctrl+L")], self._add_lane, None),
            (
                "mark_pain",
                tr("Mar&k as Pain"),
                [QKeySequence("P")],
                lambda: self._mark("pain"),
                canvas_only,
            ),
            (
                "mark_opportunity",
                tr("Mark as Opportunit&y"),
                [QKeySequence("O")],
                lambda: self._mark("opportunity"),
                canvas_only,
            ),
            # (no Alt letter either: see the lane actions)
            ("spread", tr("Spread Evenly"), [], self._spread, None),
            # a dot vote, counted by whoever holds the keyboard: V for each dot on the
            # selected pains and opportunities (no Alt letter: see the lane actions)
            ("vote", tr("Add Vote"), [QKeySequence("V")], lambda: self._vote(1), canvas_only),
            (
                "unvote",
                tr("Take Back Vote"),
                [QKeySequence("Shift+V")],
                lambda: self._vote(-1),
                canvas_only,
            ),
            # a new round of voting starts from nothing
            ("clear_votes", tr("Clear All Votes"), [], self._clear_votes, None),
            None,
            # (a drag of a stage's header or a lane's title does the same: these are the
            # keyboard's way)
            (
                "move_stage_left",
                tr("Move Stage Left"),
                [QKeySequence("Ctrl+Shift+Left")],
                lambda: self._move("stage", -1),
                canvas_only,
            ),
            (
                "move_stage_right",
                tr("Move Stage Right"),
                [QKeySequence("Ctrl+Shift+Right")],
                lambda: self._move("stage", 1),
                canvas_only,
            ),
            (
                "move_lane_up",
                tr("Move Lane Up"),
                [QKeySequence("Ctrl+Shift+Up")],
                lambda: self._move("lane", -1),
                canvas_only,
            ),
            (
                "move_lane_down",
                tr("Move Lane Down"),
                [QKeySequence("Ctrl+Shift+Down")],
                lambda: self._move("lane", 1),
                canvas_only,
            ),
        ]
        edit.addSeparator()
        for entry in spec:
            if entry is None:
                edit.addSeparator()
                continue
            self._add(edit, *entry)
        for entry in [
            (
                "zoom_in",
                tr("Zoom &In"),
                [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                lambda: window.view.zoom_in(),
                None,
            ),
            (
                "zoom_out",
                tr("Zoom &Out"),
                [QKeySequence.StandardKey.ZoomOut],
                lambda: window.view.zoom_out(),
                None,
            ),
            ("fit", tr("&Fit Map"), [QKeySequence("Ctrl+0")], lambda: window.view.fit_map(), None),
            (
                "actual_size",
                tr("&Actual Size"),
                [QKeySequence("Ctrl+1")],
                lambda: window.view.actual_size(),
                None,
            ),
            (
                "zoom_selection",
                tr("Zoom to &Selection"),
                [QKeySequence("Ctrl+2")],
                lambda: window.view.zoom_to_selection(),
                None,
            ),
        ]:
            self._add(view_menu, *entry)
        bar = window.toolbar
        for key in ("add_stage", "add_touchpoint", "mark_pain", "mark_opportunity", "delete"):
            bar.addAction(self.actions[key])
        bar.addSeparator()
        for key in ("zoom_out", "zoom_in", "fit"):
            bar.addAction(self.actions[key])
        # the zoom in the status bar, in the interface's number format ("100 %" in Spanish)
        self.zoom_label = QLabel(window)
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setToolTip(tr("Zoom (Ctrl+0 fits the map, Ctrl+1 is 100%)"))
        window.statusBar().addPermanentWidget(self.zoom_label)
        window.view.zoom_changed.connect(self.show_zoom)
        self.show_zoom(window.view.zoom())
        self.actions["mark_pain"].setToolTip(
            tr("Mark the selected touchpoint or stage as a pain (P)")
        )
        self.actions["mark_opportunity"].setToolTip(
            tr("Mark the selected touchpoint or stage as an opportunity (O)")
        )
        window.view.hints = self.first_steps()

    def first_steps(self) -> dict[str, str]:
        """What an empty map suggests doing first, with this window's own keys."""

        def key(name: str) -> str:
            return self.actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        return {
            "no_stages": tr("The map has no stages yet: press {key} to add one.").format(
                key=key("add_stage")
            ),
            "no_touchpoints": tr(
                "Double-click in this band to add a touchpoint: the higher, the better the "
                "customer feels. Or press {key}."
            ).format(key=key("add_touchpoint")),
        }

    def _follow_state(self) -> None:
        window = self.window
        window.scene.selectionChanged.connect(self.update_enabled)
        window.document_changed.connect(self.update_enabled)
        window.scene.layout_changed.connect(self.update_enabled)  # e.g. the last stage went
        # whether the map holds votes changes with edits, never with the selection
        window.scene.layout_changed.connect(self.update_clear_votes)
        window.document_changed.connect(self.update_clear_votes)
        self.update_clear_votes()
        QGuiApplication.clipboard().dataChanged.connect(self.update_paste)
        self.update_enabled()
        # Asking another program what it put on the clipboard can wait on it (X11 gives
        # it seconds): after the window is on screen, not before.
        QTimer.singleShot(0, self, self.update_paste)

    def update_enabled(self, *_args: object) -> None:
        """Enable what can act on the selection and the map now."""
        if not shiboken6.isValid(self.window):
            return
        scene = self.scene
        items = scene.selectedItems()
        markable = any(isinstance(i, StageItem | TouchpointItem) for i in items)
        copyable = markable or any(isinstance(i, MarkerItem) for i in items)
        selected = any(isinstance(i, MapItem) for i in items)
        has_stage = bool(scene.document.journey_map.stages)
        # the one selected stage or lane, from the items at hand: asking the scene walks
        # every list of the map (20,000 touchpoints: 11.7 ms a selection change)
        stage, lane = _only(items, StageItem), _only(items, LaneItem)
        # a stage, or three touchpoints (the two at the ends stay): whether anything
        # would move is found when asked, not on every selection change
        spreadable = any(isinstance(i, StageItem) for i in items) or (
            len(list(islice((i for i in items if isinstance(i, TouchpointItem)), 3))) == 3
        )  # (stops at the third: a rubber band over 20,000 touchpoints calls this per move)
        controller = scene.controller
        can_add, can_take = controller.vote_state(
            i.model_id() for i in items if isinstance(i, MarkerItem)
        )
        for key, enabled in (
            ("cut", copyable),
            ("copy", copyable),
            ("duplicate", copyable),
            ("mark_pain", markable),
            ("mark_opportunity", markable),
            ("delete", selected),
            ("rename", selected),
            ("zoom_selection", selected),
            ("add_touchpoint", has_stage),
            ("spread", spreadable),
            ("vote", can_add),
            ("unvote", can_take),
            ("move_stage_left", controller.can_move("stage", stage, -1)),
            ("move_stage_right", controller.can_move("stage", stage, 1)),
            ("move_lane_up", controller.can_move("lane", lane, -1)),
            ("move_lane_down", controller.can_move("lane", lane, 1)),
        ):
            self.actions[key].setEnabled(enabled)

    def show_zoom(self, scale: float) -> None:
        """Show the canvas's scale as a percentage."""
        self.zoom_label.setText(
            tr("{percent}%").format(percent=QLocale().toString(round(scale * 100)))
        )

    def update_paste(self) -> None:
        """Paste is on while the clipboard holds something Copy put there."""
        if not shiboken6.isValid(self.window):
            return
        self.actions["paste"].setEnabled(holds_ours(QGuiApplication.clipboard().mimeData()))

    def _add(self, menu, key, text, shortcuts, slot, context) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.setShortcuts(shortcuts)
        if context is not None:
            action.setShortcutContext(context)
            self.window.view.addAction(action)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[key] = action
        return action

    @property
    def scene(self) -> MapScene:
        return self.window.view.map_scene()

    def _cut(self) -> None:
        self.scene.controller.cut()

    def _copy(self) -> None:
        self.scene.controller.copy()

    def _paste(self) -> None:
        self.scene.controller.paste()

    def _duplicate(self) -> None:
        self.scene.controller.duplicate()

    def _delete(self) -> None:
        self.scene.controller.delete_selection()

    def _select_all(self) -> None:
        scene = self.scene
        scene.select_ids([tp.id for tp in scene.document.journey_map.touchpoints])

    def _rename(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.scene.request_edit(ids[0])

    def _add_stage(self) -> None:
        scene = self.scene
        new_id = scene.controller.add_stage_after(scene.selected_stage_id())
        if new_id is not None:
            scene.select_ids([new_id])
            scene.request_edit(new_id)

    def _add_touchpoint(self) -> None:
        scene = self.scene
        jm = scene.document.journey_map
        stage_id = scene.selected_stage_id() or (jm.stages[0].id if jm.stages else None)
        if stage_id is None:
            return
        new_id = scene.controller.add_touchpoint(stage_id, 0.5, 0.0)
        if new_id is not None:
            scene.select_ids([new_id])
            scene.request_edit(new_id)

    def _add_lane(self) -> None:
        scene = self.scene
        lanes = [i for k, i in scene.selected_objects() if k == "lane"]
        new_id = scene.controller.add_lane_after(lanes[-1] if lanes else None)
        if new_id is not None:
            scene.select_ids([new_id])
            scene.request_edit(new_id)

    def update_clear_votes(self, *_args: object) -> None:
        """Clear All Votes is on while a pain or an opportunity has votes."""
        if shiboken6.isValid(self.window):
            self.actions["clear_votes"].setEnabled(has_votes(self.scene.document.journey_map))

    def _clear_votes(self) -> None:
        count = self.scene.controller.clear_votes()
        if count:
            self.window.statusBar().showMessage(
                (
                    tr("Votes cleared from {n} pain or opportunity")
                    if count == 1
                    else tr("Votes cleared from {n} pains and opportunities")
                ).format(n=count),
                4000,
            )

    def _vote(self, step: int) -> None:
        self.scene.controller.vote(step)
        self.update_enabled()  # the count reached 0 (or the most): Take Back greys out

    def _move(self, kind: str, step: int) -> None:
        scene = self.scene
        object_id = scene.selected_only(kind)
        if scene.controller.move(kind, object_id, step):
            item = scene.item_for(object_id)  # type: ignore[arg-type]
            if item is not None:  # where it went
                self.window.view.reveal(item.focus_area())

    def _spread(self) -> None:
        if not self.scene.controller.spread():
            self.window.statusBar().showMessage(tr("Already spread evenly"), 4000)

    def _mark(self, kind: str) -> None:
        scene = self.scene
        ids = scene.controller.mark_selection(kind)
        if len(ids) == 1:
            scene.select_ids(ids)
            scene.request_edit(ids[0])


def _only(items: list, cls: type) -> str | None:
    """The model id of the one item of this class among ``items`` (None: none, or more)."""
    found = [i for i in items if isinstance(i, cls)]
    return found[0].model_id() if len(found) == 1 else None


def install_editing(window: MainWindow) -> EditingActions:
    """Add the canvas's Edit and View actions to a window."""
    editing = EditingActions(window)
    window.editing = editing
    editing._follow_state()
    return editing

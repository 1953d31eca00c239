"""Presentation mode (F11): the map alone, full screen, for a projector in a workshop.

F5 starts it too (a clicker's "start" button); B or . blanks the screen. Page Down and
Page Up (what a presenter's clicker sends) walk the map one stage at a time, the rest
faded; past the last stage, or with Home, the whole map is back. During
the walk, selecting something of another stage (a tap on an interactive display, a
click, Find) brings that stage to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from cjdesigner.canvas import spotlight
from cjdesigner.translate import tr

from .overlays import Blank, Notice

POINTER_IDLE_MS = 3000

if TYPE_CHECKING:
    from .main_window import MainWindow


class Presentation(QObject):
    """Hides menus, toolbars and docks, goes full screen and fits the map; Esc leaves."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._state: tuple | None = None
        self._kept: list[QAction] = []  # menu actions the window holds while the bar is hidden
        self._pressed = False  # a mouse button is down on the canvas
        self.toggle_action = QAction(tr("&Presentation Mode"), window)
        self.toggle_action.setObjectName("action_presentation")
        self.toggle_action.setCheckable(True)
        # F5 as well: a presenter's clicker "starts the show" with it
        self.toggle_action.setShortcuts([QKeySequence("F11"), QKeySequence("F5")])
        self.toggle_action.triggered.connect(self.set_active)
        window.addAction(self.toggle_action)  # keeps working with the menu bar hidden
        window.menus["view"].addSeparator()
        window.menus["view"].addAction(self.toggle_action)
        self.leave_action = QAction(tr("Leave Presentation Mode"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self._escape)
        window.addAction(self.leave_action)
        window.scene.selectionChanged.connect(self._follow_selection)
        window.view.swiped.connect(self._swiped)
        # a right-click (or a finger held) opens a menu, which takes the button's release
        window.view.context_menu_requested.connect(self._menu_opened)
        # Page Down and Page Up of a clicker, and the right and left arrows too, as in
        # every slide show (and clickers that send them): while presenting they turn the
        # page instead of nudging a card in time (a card tapped in front of the room would
        # move at the next click). Up and down still nudge the emotion, which a room may
        # well discuss live.
        self.stage_actions = [
            self._walk_action(
                "action_next_stage",
                tr("Next Stage"),
                [Qt.Key.Key_PageDown, Qt.Key.Key_Right],
                lambda: self.step(True),
            ),
            self._walk_action(
                "action_previous_stage",
                tr("Previous Stage"),
                [Qt.Key.Key_PageUp, Qt.Key.Key_Left],
                lambda: self.step(False),
            ),
            self._walk_action(
                "action_whole_map", tr("Whole Map"), [Qt.Key.Key_Home], self.whole_map
            ),
        ]
        # B or . (a clicker's "black screen" button): the room looks at the facilitator
        self.blank = Blank(window.view)
        self.blank_action = self._walk_action(
            "action_blank_screen", tr("Blank Screen"), [Qt.Key.Key_B, "."], self.blank.toggle
        )
        # a child of the view, not of its viewport: the viewport scrolls its children along
        self.notice = Notice(window.view)
        # the pointer hides after a few still seconds on the projector, as in slide shows
        self.pointer_idle_ms = POINTER_IDLE_MS
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._hide_pointer)
        self._pointer_hidden = False

    def _walk_action(
        self, name: str, text: str, keys: list[Qt.Key | str], slot: Callable[[], None]
    ) -> QAction:
        """A key of the stage walk, live only while presenting (Page Down scrolls
        otherwise, and Home belongs to the fields of the docks); the first key is the one
        the notice names."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setEnabled(False)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def step(self, forward: bool) -> None:
        """The next (or previous) stage in front of the room; after the last one, the
        whole map."""
        view = self.window.view
        layout = view.map_scene().layout
        if layout is None or view.map_scene().interaction is not None:
            return  # not in the middle of a drag
        view.show_stage(spotlight.stage_after(layout, view.spotlight, forward))

    def _menu_opened(self, *_where: object) -> None:
        # the release goes to the menu, never to the canvas: without this the walk
        # thought a button was still down, and the pointer never hid again
        self._pressed = False

    def _swiped(self, forward: bool) -> None:
        if self.active:
            self.step(forward)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._show_pointer()  # before the view picks the cursor for what is under it
            self._idle.start(self.pointer_idle_ms)
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
            QTimer.singleShot(0, self._follow_selection)  # once the scene has it too
        return False

    def _hide_pointer(self) -> None:
        if self.active and not self._pressed and self.window.view.map_scene().interaction is None:
            self.window.view.viewport().setCursor(Qt.CursorShape.BlankCursor)
            self._pointer_hidden = True

    def _show_pointer(self) -> None:
        if self._pointer_hidden:
            self._pointer_hidden = False
            self.window.view.viewport().unsetCursor()

    def _how_to(self) -> str:
        """The keys of the walk, as this window has them, for the notice."""

        def key(action: QAction) -> str:
            return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        forward, back, home = self.stage_actions
        return tr(
            "{next} / {previous}: one stage at a time · {home}: the whole map · {leave}: leave"
        ).format(
            next=key(forward), previous=key(back), home=key(home), leave=key(self.leave_action)
        )

    def _follow_selection(self) -> None:
        """Mid-walk, the stage of what was just selected comes to the front."""
        view, scene = self.window.view, self.window.scene
        if not all(shiboken6.isValid(o) for o in (self, view, scene)):
            # a window rebuilt for another language deletes its scene, which clears its
            # selection on the way out (found by a random GUI run in presentation mode)
            return
        if not self.active or view.spotlight is None or scene.interaction is not None:
            return
        if self._pressed:
            return  # the release will come back here
        stage = _stage_of_selection(scene)
        if stage is not None and stage != view.spotlight:
            view.show_stage(stage)

    def whole_map(self) -> None:
        """The whole map again, nothing faded."""
        if self.window.view.map_scene().interaction is None:
            self.window.view.show_stage(None)

    def _escape(self) -> None:
        scene = self.window.scene
        if scene.interaction is not None:  # Esc first cancels a drag in progress
            scene.cancel_interaction()
            return
        self.set_active(False)

    def _keep_shortcuts(self) -> None:
        """A hidden menu bar takes its menus' shortcuts with it: Ctrl+Z after a slip on
        the projector did nothing, nor did Ctrl+0. The window holds them meanwhile. Keys
        meant for the canvas alone (Delete, P, O…) already live on the canvas."""
        window = self.window
        self._kept = [
            action
            for menu in window.menus.values()
            for action in _menu_actions(menu)
            if not action.shortcut().isEmpty()
            and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
            and window not in action.associatedObjects()
        ]
        window.addActions(self._kept)

    def set_active(self, on: bool) -> None:
        """Enter or leave presentation mode."""
        window = self.window
        if on == self.active:
            return
        self.active = on
        self.toggle_action.setChecked(on)
        self.leave_action.setEnabled(on)
        for action in [*self.stage_actions, self.blank_action]:
            action.setEnabled(on)
        # the canvas's mouse is watched only while presenting (the filter sees every
        # event of the viewport, paints included): a press that selects a faded card
        # waits for its release, and a still pointer hides
        viewport = window.view.viewport()
        self._pressed = False
        window.view.swipe_walk = on  # on an interactive display, a swipe turns the page
        if on:
            viewport.installEventFilter(self)
        else:
            viewport.removeEventFilter(self)
        if on:
            self._keep_shortcuts()
            docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
            self._state = (window.isMaximized(), window.isFullScreen(), docks, window.saveState())
            window.menuBar().hide()
            window.toolbar.hide()
            window.statusBar().hide()  # the projector shows the map, not "33%" under it
            window.find_bar.close_bar()  # the map alone: no bar under it
            for dock in docks:
                dock.hide()
            window.view.set_hints_shown(False)  # the room sees the map, not our tips
            window.showFullScreen()
            window.view.fit_map()
            window.view.setFocus()
            self.notice.show_text(self._how_to())
            self._idle.start(self.pointer_idle_ms)
        else:
            self.notice.dismiss()
            self.blank.hide()
            self._idle.stop()
            self._show_pointer()
            for action in self._kept:
                window.removeAction(action)
            self._kept = []
            maximized, fullscreen, docks, state = self._state or (False, False, [], None)
            window.view.set_hints_shown(True)
            window.menuBar().show()
            window.toolbar.show()
            window.statusBar().show()
            for dock in docks:
                dock.show()
            if state is not None:
                window.restoreState(state)
            if fullscreen:
                window.showFullScreen()
            elif maximized:
                window.showMaximized()
            else:
                window.showNormal()
            window.view.fit_map()


def _stage_of_selection(scene) -> str | None:
    """The stage of the selected stage, touchpoint, pain or opportunity."""
    stage = scene.selected_stage_id()
    layout = scene.layout
    if stage is not None or layout is None:
        return stage
    for _kind, object_id in scene.selected_objects():
        marker = layout.markers.get(object_id)
        if marker is not None:
            anchor = layout.touchpoints.get(marker.anchor_id)
            return anchor.stage_id if anchor is not None else marker.anchor_id
    return None


def _menu_actions(menu: QMenu) -> list[QAction]:
    """Every action of a menu and its submenus."""
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
    return found


def install_presentation(window: MainWindow) -> Presentation:
    """Add presentation mode to a window (View menu, F11)."""
    return Presentation(window)

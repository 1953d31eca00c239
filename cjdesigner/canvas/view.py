"""MapView: looks at a MapScene — zoom, pan, fit, in-place editing. No model edits here
except committing an in-place text edit as one command."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from cjdesigner.commands import SetFieldsCommand
from cjdesigner.translate import tr

from . import first_steps, spotlight
from .inline_editor import InlineEditor
from .scene import EditRequest, MapScene
from .swipe import Swipe
from .touch_hold import TouchHold, from_touch_screen

ZOOM_STEP = 1.25
MIN_SCALE = 0.02
MAX_SCALE = 8.0
SELECTION_MAX_SCALE = 1.5


def desk_colour(window: QColor) -> QColor:
    """The desk under the map: the theme's window colour, a shade darker (light themes)
    or as it is (dark ones, where the paper stands out anyway)."""
    return window.darker(106) if window.lightness() > 128 else window


class MapView(QGraphicsView):
    """The canvas widget.

    Signals
    -------
    zoom_changed(float)
        The scale changed (1.0 = 100%: one point is one pixel at 96 dpi).
    context_menu_requested(QPoint, QPointF)
        A context menu is asked for at this global and scene position.
    swiped(bool)
        A finger swiped across an empty spot while ``swipe_walk`` is on: True to the
        left (next), False to the right (previous).
    """

    zoom_changed = Signal(float)
    # (global position, scene position) of a right-click or the menu key, after the
    # object there became the selection; the window builds the menu (canvas knows no ui)
    context_menu_requested = Signal(QPoint, QPointF)
    swiped = Signal(bool)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("map_view")
        self._panning: tuple[float, float] | None = None
        self._space = False
        self.editor: InlineEditor | None = None
        self._fitted = False
        self.spotlight: str | None = None  # the stage in front of the room (presentation)
        self._framed = False  # the view still frames that stage (no zoom since)
        self._fade = spotlight.Fade()
        # what to do first on an empty map, by state ("no_stages", "no_touchpoints"): the
        # window fills it in with its own shortcuts; drawn by the view, so never exported
        self.hints: dict[str, str] = {}
        self.hints_shown = True  # off on the projector
        self._hint_shown_last: str | None = None
        self._set_fitted(True)
        self._connect(scene)
        # two fingers on a touch screen (an interactive display in a workshop room)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # ...and a finger held still there: the context menu
        self.touch_hold = TouchHold(self.viewport(), self._touch_held)
        # ...and, while presenting, swiped across an empty spot: the next stage
        self.swipe_walk = False
        self._swipe = Swipe()

    def _connect(self, scene: MapScene) -> None:
        # Queued: the editor (and its focus change) must not appear in the middle of
        # the mouse event that asked for it — Qt is still dispatching that event.
        scene.edit_requested.connect(self.start_edit, Qt.ConnectionType.QueuedConnection)
        scene.layout_changed.connect(self._follow_hint)

    def _follow_hint(self) -> None:
        """Repaint the whole view when the first-step hint comes or goes: the scene
        repaints only what changed, which left half a hint on screen."""
        hint = self.current_hint()
        if hint != self._hint_shown_last:
            self._hint_shown_last = hint
            self.viewport().update()

    def set_map_scene(self, scene: MapScene) -> None:
        """Look at another scene (a newly opened document)."""
        self.setScene(scene)
        self._connect(scene)
        self.fit_map()

    def map_scene(self) -> MapScene:
        """The scene shown."""
        return self.scene()  # type: ignore[return-value]

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        """The current scale."""
        return self.transform().m11()

    def set_zoom(self, scale: float) -> None:
        """Zoom to ``scale`` (clamped), keeping the point under the mouse still."""
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        factor = scale / self.zoom()
        if abs(factor - 1) > 1e-9:
            self._set_fitted(False)
            self._framed = False
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        """One step closer (Ctrl++)."""
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further (Ctrl+−)."""
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        """100% (Ctrl+1)."""
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """Show the whole map (Ctrl+0)."""
        layout = self.map_scene().layout
        self._set_spotlight(None)
        if layout is None:
            return
        self._set_fitted(True)
        self.fitInView(
            QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.zoom_changed.emit(self.zoom())

    # ------------------------------------------------------------- spotlight
    def show_stage(self, stage_id: str | None) -> None:
        """Bring one stage to the front: framed as large as fits, the rest of the map
        faded (see ``spotlight``). None, or a stage that is gone: the whole map."""
        layout = self.map_scene().layout
        if stage_id is None or layout is None or layout.stage_box(stage_id) is None:
            self.fit_map()
            return
        self._set_spotlight(stage_id)
        self._frame_stage()

    def _frame_stage(self) -> None:
        layout = self.map_scene().layout
        size = self.viewport().size()
        frame = (
            spotlight.stage_frame(layout, self.spotlight, size.width(), size.height())
            if layout is not None and self.spotlight is not None
            else None
        )
        if frame is None:
            return
        # no scroll bars while a stage is framed: the projector shows the map alone (and
        # bars coming and going would resize the view and frame it again, forever)
        self._fitted = False
        self._scroll_bars(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fitInView(frame, Qt.AspectRatioMode.KeepAspectRatio)
        self._framed = True
        self.zoom_changed.emit(self.zoom())

    def reveal(self, area: QRectF, margin: int = 40) -> None:
        """Scroll ``area`` (map points) into view, as ``ensureVisible``; a stage in front
        gives way to the whole map when ``area`` lies outside it (what Find or a click
        in Insights brings into view must not stay faded)."""
        self._unfade([area.center()])
        self.ensureVisible(area, margin, margin)

    def _unfade(self, points: list[QPointF]) -> None:
        layout = self.map_scene().layout
        if self.spotlight is None or layout is None:
            return
        region = spotlight.stage_region(layout, self.spotlight)
        if not all(any(r.contains(p) for r in region) for p in points):
            self._set_spotlight(None)

    def _set_spotlight(self, stage_id: str | None) -> None:
        if stage_id != self.spotlight:
            self.spotlight = stage_id
            self.viewport().update()

    def set_hints_shown(self, shown: bool) -> None:
        """Show or hide the first-step hint of an empty map (hidden on the projector)."""
        self.hints_shown = shown
        self._follow_hint()

    def current_hint(self) -> str | None:
        """The first-step hint the map shows now: on a map without touchpoints (or
        without stages), while hints are shown."""
        if not self.hints_shown:
            return None
        return first_steps.hint_for(self.map_scene().document.journey_map, self.hints)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The map is a sheet of paper on a desk of the desktop theme's colour: its edge
        shows when zoomed out, and a dark theme has no white glare around it. Exports
        render the scene, never the view, so they stay paper only."""
        layout = self.map_scene().layout
        if layout is None:
            super().drawBackground(painter, rect)
            return
        painter.fillRect(rect, desk_colour(self.palette().color(QPalette.ColorRole.Window)))
        paper = rect.intersected(QRectF(0, 0, layout.width, layout.height))
        if not paper.isEmpty():
            super().drawBackground(painter, paper)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        layout = self.map_scene().layout
        hint = self.current_hint()
        if hint and layout is not None:
            first_steps.paint_hint(painter, self, layout, hint)
        shown = self.spotlight
        if (
            shown is not None
            and layout is not None
            and not self._fade.paint(painter, layout, shown)
        ):
            self.spotlight = None  # its stage was deleted: the whole map is in front

    def _set_fitted(self, fitted: bool) -> None:
        """While the whole map is fitted, no scroll bars: there is nothing to scroll to,
        and at some sizes (a 447 × 400 view, say) fitting made them appear, the smaller
        view fitted again, they went, the larger view fitted again… forever, the window
        frozen at full CPU. Zooming in or out brings them back."""
        self._fitted = fitted
        self._scroll_bars(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if fitted
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    def _scroll_bars(self, policy: Qt.ScrollBarPolicy) -> None:
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
            self.setVerticalScrollBarPolicy(policy)

    def zoom_to_selection(self) -> bool:
        """Bring the selection into view as large as fits, but no closer than 150%
        (a single card filling the window is no easier to read); False when nothing is
        selected."""
        items = self.scene().selectedItems()
        if not items:
            return False
        area = QRectF()
        for item in items:
            area = area.united(item.sceneBoundingRect())
        self._unfade([item.sceneBoundingRect().center() for item in items])
        self._set_fitted(False)
        self._framed = False
        margin = 40 / max(self.zoom(), 1e-6)
        self.fitInView(
            area.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        if self.zoom() > SELECTION_MAX_SCALE:
            self.set_zoom(SELECTION_MAX_SCALE)
            self.centerOn(area.center())
        self.zoom_changed.emit(self.zoom())
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_map()
        elif self._framed:
            self._frame_stage()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom() * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.NativeGesture and self._gesture(event):  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.Gesture:
            self.touch_hold.cancel()  # a second finger: a pinch, not a hold or a swipe
            self._swipe.cancel()
            if self._touch_pinch(event):  # type: ignore[arg-type]
                return True
        return super().viewportEvent(event)

    def _touch_pinch(self, event: QGestureEvent) -> bool:
        """Two fingers pinching on a touch screen zoom about the point between them."""
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if not isinstance(pinch, QPinchGesture):
            return False
        if pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged:
            centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
            self.zoom_about(QPointF(centre), self.zoom() * pinch.scaleFactor())
        event.accept(pinch)
        return True

    def _gesture(self, event: QNativeGestureEvent) -> bool:
        """Touchpad gestures (macOS, and Linux with libinput; Windows sends a pinch as
        Ctrl+wheel): a pinch zooms about the fingers, a two-finger double tap switches
        between the whole map and 100% there."""
        kind = event.gestureType()
        pos = event.position()
        if kind == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_about(pos, self.zoom() * (1.0 + event.value()))
        elif kind == Qt.NativeGestureType.SmartZoomNativeGesture:
            if self._fitted:
                self.zoom_about(pos, 1.0)
            else:
                self.fit_map()
        else:
            return False
        event.accept()
        return True

    def zoom_about(self, pos: QPointF, scale: float) -> None:
        """Zoom to ``scale`` keeping the map point at viewport position ``pos`` still
        (``set_zoom`` keeps the one under the mouse pointer)."""
        target = self.mapToScene(pos.toPoint())
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        try:
            self.set_zoom(scale)
        finally:
            self.setTransformationAnchor(anchor)
        off = self.mapFromScene(target) - pos.toPoint()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + off.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + off.y())

    # ------------------------------------------------------------------- pan
    def _start_pan(self, event: QMouseEvent) -> None:
        self._panning = (event.position().x(), event.position().y())
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touch_hold.press(event)
        self._swipe.cancel()
        if (
            self.swipe_walk
            and event.button() == Qt.MouseButton.LeftButton
            and from_touch_screen(event)
            and self.map_scene().object_at(self.mapToScene(event.position().toPoint())) is None
        ):
            self._swipe.press(event.position())  # no rubber band on the projector
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._start_pan(event)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.touch_hold.move(event)
        if self._swipe.tracking:
            event.accept()
            return
        if self._panning is not None:
            x, y = self._panning
            dx, dy = event.position().x() - x, event.position().y() - y
            self._panning = (event.position().x(), event.position().y())
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - dx))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - dy))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.touch_hold.release()
        if self._swipe.tracking:
            direction = self._swipe.release(event.position())
            if direction:
                self.swiped.emit(direction > 0)
            else:
                self.map_scene().clearSelection()  # a tap on an empty spot, as ever
            event.accept()
            return
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _touch_held(self, at: QPointF) -> None:
        """A finger held still: the context menu for what is under it, as a right-click."""
        scene = self.map_scene()
        if self.editor is not None:
            return
        scene.cancel_interaction()  # the press began a drag that never moved: no edit
        self._menu_under(at.toPoint(), self.viewport().mapToGlobal(at.toPoint()))

    def _menu_under(self, point: QPoint, where: QPoint) -> None:
        """Ask for the menu of what is under a viewport point (it becomes the selection;
        an empty spot clears it), shown at global ``where``."""
        pos = self.mapToScene(point)
        self.map_scene().select_for_menu(pos)
        self.context_menu_requested.emit(where, pos)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.map_scene()
        if self.editor is not None or scene.interaction is not None:
            return
        selected = scene.selectedItems()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and selected:
            # the menu key (or Shift+F10) opens the menu at the selection, not the pointer
            pos = selected[0].focus_area().center()
            where = self.viewport().mapToGlobal(self.mapFromScene(pos))
            self.context_menu_requested.emit(where, pos)
        else:
            self._menu_under(event.pos(), event.globalPos())
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab select the next or previous stage or touchpoint (and bring
        it into view) while the canvas has focus; Ctrl+Tab leaves the canvas."""
        if self.hasFocus() and self.editor is None:
            object_id = self.map_scene().select_neighbour(next)
            item = self.map_scene().item_for(object_id) if object_id else None
            if item is not None:
                self.reveal(item.focus_area())
                return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # the way out of the canvas, since Tab walks the map's objects
            super().focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # ---------------------------------------------------------------- edit
    def start_edit(self, request: EditRequest) -> InlineEditor:
        """Show an in-place editor for ``request``; commits one command."""
        if self.editor is not None:
            self.editor.commit()
        self.ensureVisible(request.rect, 40, 40)
        rect = self.mapFromScene(request.rect).boundingRect()
        pixel_size = round(request.size * self.zoom())
        editor = InlineEditor(self.viewport(), rect, request.text, pixel_size, request.multiline)
        editor.committed.connect(lambda text: self._commit_edit(request, text))
        editor.committed.connect(self._edit_closed)
        editor.cancelled.connect(self._edit_closed)
        self.editor = editor
        return editor

    def _edit_closed(self, *_args: object) -> None:
        self.editor = None
        self.setFocus()

    def _commit_edit(self, request: EditRequest, text: str) -> None:
        scene = self.map_scene()
        document = scene.document
        found = document.find(request.object_id)
        if found is None:
            return
        obj = found[1]
        if request.field.startswith("cell:"):
            stage_id = request.field.split(":", 1)[1]
            if document.journey_map.stage(stage_id) is None:
                return  # its stage went (cut, deleted, undone) while the note was edited
            cells = dict(obj.cells)  # type: ignore[attr-defined]
            if text.strip():
                cells[stage_id] = text.rstrip()
            else:
                cells.pop(stage_id, None)
            if cells == obj.cells:  # type: ignore[attr-defined]
                return
            changes = {"cells": cells}
            label = tr("Edit notes")
        else:
            value = " ".join(text.split()) if not request.multiline else text
            if not value or value == getattr(obj, request.field):
                return  # empty titles are refused by the model: keep the old one
            changes = {request.field: value}
            label = tr("Rename")
        try:
            document.undo_stack.push(SetFieldsCommand(document, request.object_id, changes, label))
        except ValueError:
            return  # e.g. too long for the model; the old text stays

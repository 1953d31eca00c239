"""Gestures as small objects: live feedback while the mouse moves, one command on release.

Each interaction is created on a press, receives the moves, and on release pushes ONE
command (a MacroCommand when several objects change). ``cancel`` (Esc or a right click)
puts every item back where it started and pushes nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from cjdesigner import palette
from cjdesigner.commands import MacroCommand, MoveIndexCommand, SetFieldsCommand
from cjdesigner.layout import CubicSegment, monotone_curve
from cjdesigner.model.numbers import signed
from cjdesigner.translate import tr, ui_language

from .controller import move_text
from .style import Z_DRAGGED, Z_LANES, Z_OVERLAY, Z_STAGES, colour, ui_font

if TYPE_CHECKING:
    from .items import LaneItem, MarkerItem, StageItem, TouchpointItem
    from .scene import MapScene


GUIDE_MIN_SCALE = 0.15  # below this zoom the drag's guide line and score label are not drawn
WINDOW = 4  # points on each side of a dragged dot whose curve segments are redone


class Interaction:
    """Base of all gestures: press → moves → release (commit) or cancel (restore)."""

    def __init__(self, scene: MapScene, press: QPointF) -> None:
        self.scene = scene
        self.press = QPointF(press)
        self.moved = False

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        """Follow the mouse (live feedback only; the model is untouched)."""
        delta = event.scenePos() - self.press
        if not self.moved and abs(delta.x()) + abs(delta.y()) < self.scene.drag_threshold():
            return
        self.moved = True
        self.update(event.scenePos(), event.modifiers())

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """Show where the gesture would land."""

    def release(self, event: QGraphicsSceneMouseEvent) -> None:
        """Commit: push one command if anything changed, then clean up."""
        if self.moved:
            self.update(event.scenePos(), event.modifiers())
            self.commit()
        else:
            self.restore()
        self.cleanup()

    def cancel(self) -> None:
        """Abandon the gesture: everything back to where it was, nothing pushed."""
        self.restore()
        self.cleanup()

    def commit(self) -> None:
        """Push the command for the gesture."""

    def restore(self) -> None:
        """Put items back at rest."""

    def cleanup(self) -> None:
        """Remove any feedback items."""


@dataclass
class _Start:
    item: TouchpointItem
    stage_id: str
    position: float
    emotion: float
    x: float
    y: float


class DragTouchpoints(Interaction):
    """Up/down sets emotion (snapped to whole points; Alt for tenths); left/right moves
    in time, across stage borders. All selected touchpoints move together."""

    def __init__(self, scene: MapScene, press: QPointF, items: list[TouchpointItem]) -> None:
        super().__init__(scene, press)
        jm = scene.document.journey_map
        self.starts: list[_Start] = []
        for item in items:
            tp = jm.touchpoint(item.model_id())
            if tp is not None:
                x, y = item.box.dot
                self.starts.append(_Start(item, tp.stage_id, tp.position, tp.emotion, x, y))
                item.setZValue(Z_DRAGGED)
        self.targets: dict[str, tuple[str, float, float]] = {}
        self.label = QGraphicsSimpleTextItem()
        self.label.setFont(ui_font(11, "semibold"))
        self.label.setBrush(colour(palette.INK))
        self.label.setZValue(Z_OVERLAY)
        self.label.setFlag(self.label.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.guide = QGraphicsLineItem()
        guide_pen = QPen(colour(palette.INK_FAINT), 1, Qt.PenStyle.DashLine)
        guide_pen.setCosmetic(True)
        self.guide.setPen(guide_pen)
        self.guide.setZValue(Z_OVERLAY)
        self._said: str | None = None  # the score last sent to the status bar
        self._language = ui_language()

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        layout = self.scene.layout
        band = layout.band
        snap = not bool(modifiers & Qt.KeyboardModifier.AltModifier)
        delta = pos - self.press
        for start in self.starts:
            emotion = band.y_to_emotion(start.y + delta.y(), snap)
            placed = layout.x_to_stage_position(start.x + delta.x())
            if placed is None:
                continue
            stage_id, position = placed
            self.targets[start.item.model_id()] = (stage_id, position, emotion)
            new_x = layout.stage_position_to_x(stage_id, position)
            new_y = band.emotion_to_y(emotion)
            start.item.setPos(new_x - start.x, new_y - start.y)
        self._update_curve()
        if self.starts:
            first = self.starts[0]
            emotion = self.targets.get(first.item.model_id(), (None, None, first.emotion))[2]
            text = signed(emotion, self._language)
            if self.label.scene() is None:
                self.scene.addItem(self.label)
                self.scene.addItem(self.guide)
            if text != self._said:  # the status bar repaints only when the score changes
                self._said = text
                self.scene.drag_feedback.emit(tr("Emotion {score}").format(score=text))
            scale = max(self.scene.view_scale(), 1e-6)
            if scale >= GUIDE_MIN_SCALE:
                y = band.emotion_to_y(emotion)
                shown = self.scene.visible_rect()
                if shown is None or shown.left() <= band.rect.x:
                    self.guide.setLine(QLineF(band.rect.x, y, first.item.dot_scene_pos().x(), y))
                else:
                    # The guide leads to the scale; with the scale out of view it was a
                    # line across the whole window, and all under it repainted every
                    # frame (2,000 touchpoints at 100%: median frame 1.37 -> 0.93 ms).
                    self.guide.setLine(QLineF())
                self.label.setText(text)
                # beside the dot it describes (not at the pointer, which may wander above
                # the band while the score is clamped at +5 and repaint the persona)
                self.label.setPos(first.item.dot_scene_pos() + QPointF(14 / scale, -8 / scale))
                self.label.setVisible(True)
            else:
                # Zoomed out this far the scale is unreadable and a pixel holds dozens of
                # items: a line or a moving label would repaint them all every frame (half
                # the frame on 20,000 touchpoints). The score shows in the status bar.
                self.guide.setLine(QLineF())
                self.label.setVisible(False)

    def _base_points(self) -> tuple[list[str], list[tuple[float, float]]]:
        if not hasattr(self, "_order"):
            layout = self.scene.layout
            self._order = list(layout.time_order)
            self._points = [layout.touchpoints[i].dot for i in self._order]
            self._xs = [p[0] for p in self._points]
            self._index = {tp_id: i for i, tp_id in enumerate(self._order)}
            self._base_segments = list(layout.curve)
            self._splices: list[tuple[int, list[CubicSegment], int]] = []
        return self._order, self._points

    def _update_curve(self) -> None:
        """Follow the moved dots. One moved dot changes the curve only near where it was
        and near where it is now in time order: those stretches (a few neighbours each
        side) are redone and spliced into the shown curve, after undoing last frame's
        splices, so dragging far past other touchpoints costs the same as dragging
        between them."""
        _order, points = self._base_points()
        moved = {}
        for start in self.starts:
            p = start.item.dot_scene_pos()
            moved[self._index[start.item.model_id()]] = (p.x(), p.y())
        curve = self.scene.curve_item
        if len(moved) == 1:
            ((i, point),) = moved.items()
            for at, removed, inserted in reversed(self._splices):  # back to the layout's curve
                curve.splice(at, at + inserted, removed, defer=True)
            self._splices = []
            new = _new_index(self._xs, i, point[0])
            for at, stop, segments in _curve_edits(points, i, new, point):
                self._splices.append((at, self._base_segments[at:stop], len(segments)))
                curve.splice(at, stop, segments, defer=True)
            curve.flush()  # repaints only chunks that differ from last frame
            return
        current = list(points)
        for i, point in moved.items():
            current[i] = point
        current.sort(key=lambda p: p[0])
        curve.set_box(monotone_curve(current))

    def commit(self) -> None:
        document = self.scene.document
        jm = document.journey_map
        changes = []
        for start in self.starts:
            target = self.targets.get(start.item.model_id())
            if target is None:
                continue
            stage_id, position, emotion = target
            tp = jm.touchpoint(start.item.model_id())
            fields = {}
            if tp.stage_id != stage_id:
                fields["stage_id"] = stage_id
            if abs(tp.position - position) > 1e-9:
                fields["position"] = position
            if tp.emotion != emotion:
                fields["emotion"] = emotion
            if fields:
                changes.append((tp.id, fields))
        if not changes:
            self.restore()
            return
        text = tr("Move touchpoint") if len(changes) == 1 else tr("Move touchpoints")
        command = MacroCommand(text)
        for tp_id, fields in changes:
            SetFieldsCommand(document, tp_id, fields, parent=command)
        document.undo_stack.push(command)

    def restore(self) -> None:
        for start in self.starts:
            start.item.setPos(0, 0)
        if self.moved:
            self.scene.curve_item.set_box(self.scene.layout.curve)

    def cleanup(self) -> None:
        from .style import Z_TOUCHPOINTS

        for start in self.starts:
            if start.item.scene() is not None:
                start.item.setZValue(Z_TOUCHPOINTS)
        for item in (self.label, self.guide):
            if item.scene() is not None:
                self.scene.removeItem(item)


class _Indicator(QGraphicsLineItem):
    """A line showing where a stage or lane would drop or where a stage's edge would go."""

    def __init__(self, colour_hex: str) -> None:
        super().__init__()
        indicator_pen = QPen(colour(colour_hex), 3)
        indicator_pen.setCosmetic(True)
        self.setPen(indicator_pen)
        self.setZValue(Z_OVERLAY)


class _Reorder(Interaction):
    """Drag a stage by its header or a lane by its title to another place in its list;
    a line shows where it will drop. Subclasses say where (``update``)."""

    KIND = ""  # the list: "stage" or "lane"
    REST_Z = 0.0  # the item's z once dropped

    def __init__(self, scene: MapScene, press: QPointF, item: StageItem | LaneItem) -> None:
        super().__init__(scene, press)
        self.item = item
        self.indicator = _Indicator(palette.OPPORTUNITY)
        self.target_index: int | None = None

    def show_drop(self, line: QLineF) -> None:
        """Draw the drop line (and lift the dragged item above the others)."""
        self.item.setZValue(Z_DRAGGED)
        if self.indicator.scene() is None:
            self.scene.addItem(self.indicator)
        self.indicator.setLine(line)

    def commit(self) -> None:
        document = self.scene.document
        object_id = self.item.model_id()
        if self.target_index is None or self.target_index == document.index_of(
            self.KIND, object_id
        ):
            self.restore()
            return
        text = move_text(document, object_id)
        document.undo_stack.push(
            MoveIndexCommand(document, self.KIND, object_id, self.target_index, text)
        )

    def restore(self) -> None:
        self.item.setPos(0, 0)

    def cleanup(self) -> None:
        if self.item.scene() is not None:
            self.item.setZValue(self.REST_Z)
        if self.indicator.scene() is not None:
            self.scene.removeItem(self.indicator)


class ReorderStage(_Reorder):
    """Drag a stage header sideways."""

    KIND = "stage"
    REST_Z = Z_STAGES

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        layout = self.scene.layout
        stage_id = self.item.model_id()
        self.item.setPos(pos.x() - self.press.x(), 0)
        self.target_index = layout.stage_drop_index(stage_id, pos.x())
        x = layout.stage_drop_x(stage_id, pos.x())
        column = self.item.box.column
        self.show_drop(QLineF(x, column.y, x, column.bottom))


class ReorderLane(_Reorder):
    """Drag a lane by its title up or down."""

    KIND = "lane"
    REST_Z = Z_LANES

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        lane_id = self.item.model_id()
        others = [box.row for box in self.scene.layout.lanes if box.lane_id != lane_id]
        # the index among the other lanes: how many of them sit above the pointer
        self.target_index = sum(1 for row in others if row.y + row.h / 2 < pos.y())
        self.item.setPos(0, pos.y() - self.press.y())
        row = self.item.box.row
        if not others:
            y = row.y
        elif self.target_index < len(others):
            y = others[self.target_index].y
        else:
            y = others[-1].bottom
        self.show_drop(QLineF(row.x, y, row.right, y))


class ResizeStage(Interaction):
    """Drag a stage header's right edge to change its duration (Stage.width)."""

    def __init__(self, scene: MapScene, press: QPointF, item: StageItem) -> None:
        super().__init__(scene, press)
        self.item = item
        self.indicator = _Indicator(palette.INK_SECONDARY)
        self.width: float | None = None

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        layout = self.scene.layout
        stage_id = self.item.model_id()
        self.width = layout.width_for_edge(stage_id, pos.x())
        column = self.item.box.column
        x = column.x + self.width * layout.points_per_width
        if self.indicator.scene() is None:
            self.scene.addItem(self.indicator)
        self.indicator.setLine(QLineF(x, column.y, x, column.bottom))

    def commit(self) -> None:
        document = self.scene.document
        stage = document.journey_map.stage(self.item.model_id())
        if self.width is None or stage is None or abs(stage.width - self.width) < 1e-9:
            return
        text = tr("Resize stage “{name}”").format(name=stage.name)
        document.undo_stack.push(SetFieldsCommand(document, stage.id, {"width": self.width}, text))

    def cleanup(self) -> None:
        if self.indicator.scene() is not None:
            self.scene.removeItem(self.indicator)


class DragMarker(Interaction):
    """Drag a pain or opportunity onto a touchpoint (near its dot) or a stage."""

    def __init__(self, scene: MapScene, press: QPointF, item: MarkerItem) -> None:
        super().__init__(scene, press)
        self.item = item
        self.anchor: tuple[str, str] | None = None
        self.highlight = QGraphicsLineItem()

    def update(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.item.setZValue(Z_DRAGGED)
        self.item.setPos(pos - self.press)
        self.anchor = self.scene.layout.anchor_at(pos.x(), pos.y())

    def commit(self) -> None:
        document = self.scene.document
        found = document.find(self.item.model_id())
        if self.anchor is None or found is None:
            self.restore()
            return
        marker = found[1]
        kind, anchor_id = self.anchor
        fields = {"touchpoint_id": anchor_id, "stage_id": None}
        if kind == "stage":
            fields = {"touchpoint_id": None, "stage_id": anchor_id}
        if (
            marker.touchpoint_id == fields["touchpoint_id"]
            and marker.stage_id == fields["stage_id"]
        ):
            self.restore()
            return
        text = tr("Move pain") if found[0] == "pain" else tr("Move opportunity")
        document.undo_stack.push(SetFieldsCommand(document, marker.id, fields, text))

    def restore(self) -> None:
        self.item.setPos(0, 0)

    def cleanup(self) -> None:
        from .style import Z_MARKERS

        if self.item.scene() is not None:
            self.item.setZValue(Z_MARKERS)


def _curve_edits(
    points: list[tuple[float, float]], i: int, new: int, point: tuple[float, float]
) -> list[tuple[int, int, list[CubicSegment]]]:
    """How the curve through ``points`` changes when point ``i`` moves to ``point``, at
    index ``new`` of the order without it: (start, stop, segments) replacing segments
    ``start:stop`` of the unchanged curve, the later stretch first so that applying them
    in order keeps the earlier indices valid.

    Segment k joins points k and k+1, and a monotone cubic's tangent at a point depends
    only on its neighbours, so the curve changes within a few points of where the dot
    left and where it arrived. Each stretch is recomputed with WINDOW points of context
    per side, and the outermost segment of each side is kept from the unchanged curve.
    """
    n = len(points)
    if abs(new - i) <= 2 * WINDOW + 2:  # near: one stretch holding both places
        lo = max(0, min(i, new) - WINDOW)
        hi = min(n - 1, max(i, new) + WINDOW)
        local = points[lo : hi + 1]
        del local[i - lo]
        local.insert(new - lo, point)
        return [_stretch(lo, hi, n, monotone_curve(local))]
    # far: remove at i and insert between the points that will be its neighbours
    rest = new + 1 if new >= i else new  # index in ``points`` of the point after it
    lo_b, hi_b = max(0, rest - 1 - WINDOW), min(n - 1, rest + WINDOW)
    local_b = points[lo_b : hi_b + 1]
    local_b.insert(rest - lo_b, point)
    lo_a, hi_a = max(0, i - WINDOW), min(n - 1, i + WINDOW)
    local_a = points[lo_a : hi_a + 1]
    del local_a[i - lo_a]
    removal = _stretch(lo_a, hi_a, n, monotone_curve(local_a))
    insertion = _stretch(lo_b, hi_b, n, monotone_curve(local_b))
    return [insertion, removal] if new >= i else [removal, insertion]


def _stretch(
    lo: int, hi: int, n: int, segments: list[CubicSegment]
) -> tuple[int, int, list[CubicSegment]]:
    """Segments ``lo:hi`` of the curve through ``n`` points, replaced by ``segments``
    (computed from points lo…hi as changed), keeping each end segment that lacked
    context unless it is the curve's own end."""
    trim_lo = 1 if lo > 0 else 0
    trim_hi = 1 if hi < n - 1 else 0
    return lo + trim_lo, hi - trim_hi, segments[trim_lo : len(segments) - trim_hi]


def _new_index(xs: list[float], i: int, x: float) -> int:
    """Where the point at ``i`` goes in time order when moved to ``x`` (``xs`` sorted):
    after every other point left of x, and after those at the same x that came before
    it, as a stable sort of the whole curve would put it."""
    left, right = bisect_left(xs, x), bisect_right(xs, x)
    below = left - (1 if i < left else 0)
    return below + max(0, min(right, i) - left)

"""MapScene: the canvas scene. Builds items from the layout and follows the document.

The scene is an adapter keyed by model id: every edit arrives as a command on the
document's undo stack, and when the stack moves (push, undo, redo) the scene lays the
map out again and updates its items in place — so undo refreshes the view for free and
selection survives. Mouse and key events go to the active interaction first.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

from cjdesigner import palette
from cjdesigner.document import Document
from cjdesigner.layout import MapLayout, compute_layout
from cjdesigner.model.analysis import reading_order
from cjdesigner.model.files import gc_paused
from cjdesigner.translate import tr

from .controller import EditController
from .interactions import (
    DragMarker,
    DragTouchpoints,
    Interaction,
    ReorderLane,
    ReorderStage,
    ResizeStage,
)
from .items import (
    BandItem,
    CurveItem,
    HeaderItem,
    LaneItem,
    LegendItem,
    MapItem,
    MarkerItem,
    PersonaItem,
    StageItem,
    StripItem,
    TouchpointItem,
)
from .items.background import BandBox, FooterBox, HeaderBox, StripBox
from .style import Z_CURVE, colour, ensure_fonts

DRAG_THRESHOLD_PIXELS = 4.0
SCENE_MARGIN = 200.0


@dataclass(frozen=True)
class EditRequest:
    """Ask the view to edit a text in place (the scene has no widgets)."""

    object_id: str
    field: str  # a model field, or "cell:<stage id>" for a lane's notes
    rect: QRectF
    text: str
    size: float
    multiline: bool = False


# Touchpoint cards repaint from a pixmap each (DeviceCoordinateCache), and Qt's pixmap
# cache counts every entry as at least about a kilobyte however small the card is on
# screen. Its 10 MB default thrashed past ~10,000 cards at fit-all: a full repaint of a
# 20,000-touchpoint map took 550 ms, 115 ms with room for all (resident memory +3 MB).
PIXMAP_KB_PER_CARD = 2


def make_room_in_pixmap_cache(cards: int) -> None:
    """Let Qt's pixmap cache hold one entry per card (it grows, never shrinks)."""
    needed = cards * PIXMAP_KB_PER_CARD
    if needed > QPixmapCache.cacheLimit():
        QPixmapCache.setCacheLimit(needed)


class MapScene(QGraphicsScene):
    """The journey map as a scene of items keyed by model id.

    Signals
    -------
    edit_requested(EditRequest)
        A title or note should be edited in place.
    persona_requested()
        The persona card was double-clicked.
    layout_changed()
        The map was laid out again (after an edit, undo, redo or open).
    """

    edit_requested = Signal(object)
    persona_requested = Signal()
    layout_changed = Signal()
    drag_feedback = Signal(str)  # e.g. "Emotion +3" while a touchpoint is dragged
    notice = Signal(str)  # why an edit was refused (e.g. the map holds as many stages as it can)

    def __init__(
        self,
        document: Document,
        parent: QGraphicsView | None = None,
        on_screen: bool = True,
        footer_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.on_screen = on_screen  # False for an export: hints for the user are not drawn
        ensure_fonts()
        self.setBackgroundBrush(colour(palette.PAPER))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._document: Document | None = None
        self._items: dict[str, MapItem] = {}
        self._fixed: dict[str, MapItem] = {}
        self._empty_hint: QGraphicsSimpleTextItem | None = None
        self.layout: MapLayout | None = None
        self.interaction: Interaction | None = None
        self.controller = EditController(self)
        self.footer_note = footer_note
        self.show_baseline = True  # a future-state map: draw the current-state curve behind
        self.set_document(document)

    # ------------------------------------------------------------ document
    @property
    def document(self) -> Document:
        """The document this scene shows."""
        assert self._document is not None
        return self._document

    def set_document(self, document: Document) -> None:
        """Show another document (open, new): rebuild everything."""
        if self._document is not None:
            self._document.reset.disconnect(self.rebuild)
            self._document.undo_stack.indexChanged.disconnect(self._on_stack_moved)
        self._document = document
        document.reset.connect(self.rebuild)
        document.undo_stack.indexChanged.connect(self._on_stack_moved)
        self.rebuild()

    def _on_stack_moved(self, _index: int) -> None:
        if self.interaction is not None:
            self.cancel_interaction()
        self.refresh()

    # --------------------------------------------------------------- build
    def rebuild(self) -> None:
        """Drop every item and build the scene again from the model."""
        self.cancel_interaction()
        self.clear()
        self._items.clear()
        self._fixed.clear()
        self._empty_hint = None
        self.refresh()

    def refresh(self) -> None:
        """Lay the map out again and update, add or remove items to match."""
        # Thousands of new wrappers and boxes, none of them cyclic garbage: a collection
        # triggered half-way would only walk the whole heap for nothing.
        with gc_paused(promote=True):
            self._refresh()

    def _refresh(self) -> None:
        jm = self.document.journey_map
        layout = compute_layout(jm, footer_note=self.footer_note)
        self.layout = layout
        left = layout.sizes.margin
        self._fixed_item(
            "header",
            HeaderItem,
            jm.id,
            HeaderBox(layout.header_texts, layout.header_rule_y, left, layout.width - left, left),
        )
        self._fixed_item("persona", PersonaItem, jm.persona.id, layout.persona)
        self._fixed_item("band", BandItem, jm.id, BandBox(layout.band, left))
        self._fixed_item(
            "strip", StripItem, jm.id, StripBox(layout.marker_strip, left, layout.marker_title)
        )
        self._fixed_item(
            "legend",
            LegendItem,
            jm.id,
            FooterBox(layout.footer, layout.legend, layout.footer_texts),
        )
        self._show_empty_hint(None if jm.stages or not self.on_screen else layout)
        curve = self._fixed_item("curve", CurveItem, jm.id, layout.curve)
        curve.set_baseline(layout.baseline_curve if self.show_baseline else None)
        wanted: dict[str, tuple[type[MapItem], object]] = {}
        for box in layout.stages:
            wanted[box.stage_id] = (StageItem, box)
        for box in layout.touchpoints.values():
            wanted[box.touchpoint_id] = (TouchpointItem, box)
        for box in layout.markers.values():
            wanted[box.marker_id] = (MarkerItem, box)
        for box in layout.lanes:
            wanted[box.lane_id] = (LaneItem, box)
        for object_id in [
            i for i in self._items if i not in wanted or type(self._items[i]) is not wanted[i][0]
        ]:
            self.removeItem(self._items.pop(object_id))
        for object_id, (cls, box) in wanted.items():
            item = self._items.get(object_id)
            if item is None:
                item = cls(object_id, box)
                if not self.on_screen:
                    # an export draws each item once, onto SVG, a printer or an image:
                    # a cached card would reach it as a bitmap at the device's resolution
                    item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
                self._items[object_id] = item
                self.addItem(item)
            elif (box is not item.box and box != item.box) or not item.pos().isNull():
                # what an edit did not change is left alone (boxes of stages it did not
                # touch are even the same objects): no new bounds, no repaint
                item.set_box(box)
        last = layout.stages[-1].stage_id if layout.stages else None
        for box in layout.stages:
            self._items[box.stage_id].set_last(box.stage_id == last)
        self.setSceneRect(
            QRectF(0, 0, layout.width, layout.height).adjusted(
                -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN
            )
        )
        make_room_in_pixmap_cache(len(layout.touchpoints))
        self.layout_changed.emit()

    def set_show_baseline(self, on: bool) -> None:
        """Show or hide the current-state overlay (a view setting; the map is unchanged)."""
        self.show_baseline = on
        if self.layout is not None:
            self.curve_item.set_baseline(self.layout.baseline_curve if on else None)

    def _show_empty_hint(self, layout: MapLayout | None) -> None:
        """A map without stages says in its band how to start (on screen, not printed):
        an empty band with no way in looked like a broken map."""
        hint = self._empty_hint
        if layout is None:
            if hint is not None:
                hint.setVisible(False)
            return
        if hint is None:
            hint = QGraphicsSimpleTextItem()
            hint.setBrush(colour(palette.INK_SECONDARY))
            hint.setZValue(Z_CURVE)
            self.addItem(hint)
            self._empty_hint = hint
        font = QFont(ensure_fonts())
        font.setPointSizeF(layout.sizes.stage)
        hint.setFont(font)
        hint.setText(tr("This map has no stages yet: add one with Add Stage (Insert)."))
        band, box = layout.band.rect, hint.boundingRect()
        hint.setPos(band.x + (band.w - box.width()) / 2, layout.band.zero_y - box.height() - 8)
        hint.setVisible(True)

    def empty_hint(self) -> str:
        """The text the band shows on a map without stages ("" when it has some)."""
        hint = self._empty_hint
        return hint.text() if hint is not None and hint.isVisible() else ""

    def _fixed_item(self, role: str, cls: type[MapItem], object_id: str, box: object) -> MapItem:
        item = self._fixed.get(role)
        if item is not None and item.model_id() != object_id:
            self.removeItem(item)
            item = None
        if item is None:
            item = cls(object_id, box)
            self._fixed[role] = item
            self.addItem(item)
        else:
            item.set_box(box)
        return item

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are built when asked for, from the model (not stored on 2,000 items)."""
        pos = event.scenePos()
        item = self._top_item(pos)
        if item is not None:
            text = self.tooltip_for(item.model_id())
        else:
            lane = self.lane_at(pos)
            stage_id = lane.cell_at(pos.x()) if lane is not None else None
            text = self.cell_tooltip(lane.model_id(), stage_id) if stage_id else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
        else:
            QToolTip.hideText()
            event.ignore()

    def tooltip_for(self, object_id: str) -> str:
        """The tooltip of an object: its full title and description, escaped."""
        return self._tooltip(object_id)

    def cell_tooltip(self, lane_id: str, stage_id: str) -> str:
        """A lane cell's tooltip: all its notes when the cell shows only the start of
        them, how to write some when it is empty, nothing otherwise."""
        found = self.document.find(lane_id)
        item = self.item_for(lane_id)
        if found is None or item is None:
            return ""
        notes = found[1].cell(stage_id)  # type: ignore[attr-defined]
        if not notes.strip():
            return tr("Double-click to write notes here")
        cell = next((c for c in item.box.cells if c.stage_id == stage_id), None)
        if cell is None or not cell.truncated:
            return ""
        # rich text on purpose (line breaks), with the user's words escaped
        return "<p>" + html.escape(notes.strip()).replace("\n", "<br>") + "</p>"

    def _tooltip(self, object_id: str) -> str:
        found = self.document.find(object_id)
        if found is None:
            return ""
        obj = found[1]
        title = getattr(obj, "title", None) or getattr(obj, "name", "")
        detail = getattr(obj, "description", "")
        # Rich text on purpose, with the user's words escaped: never interpreted.
        body = f"<b>{html.escape(title)}</b>"
        if detail:
            body += "<br>" + html.escape(detail).replace("\n", "<br>")
        return f"<p>{body}</p>"

    # ------------------------------------------------------------- queries
    @property
    def curve_item(self) -> CurveItem:
        """The emotion curve."""
        return self._fixed["curve"]  # type: ignore[return-value]

    def item_for(self, model_id: str) -> MapItem | None:
        """The item showing a stage, touchpoint, marker or lane (the header for the map)."""
        item = self._items.get(model_id)
        if item is None and self._document is not None and model_id == self.document.journey_map.id:
            return self._fixed.get("header")
        return item

    def map_items(self) -> list[MapItem]:
        """Every item that shows a model object, fixed ones included."""
        return [*self._fixed.values(), *self._items.values()]

    def selected_objects(self) -> list[tuple[str, str]]:
        """(kind, id) of the selected objects, in model order."""
        chosen = {i.model_id() for i in self.selectedItems() if isinstance(i, MapItem)}
        jm = self.document.journey_map
        out = []
        for kind, items in (
            ("stage", jm.stages),
            ("touchpoint", jm.touchpoints),
            ("pain", jm.pains),
            ("opportunity", jm.opportunities),
            ("lane", jm.lanes),
        ):
            out += [(kind, o.id) for o in items if o.id in chosen]
        return out

    def selected_ids(self) -> list[str]:
        """Ids of the selected objects."""
        return [object_id for _kind, object_id in self.selected_objects()]

    def reading_order(self) -> list[str]:
        """Each stage, then its touchpoints in time order, then the pains and
        opportunities on it or them (the order Find lists its matches in), then the
        lanes: the order Tab walks (a keyboard reaches every object without the mouse)."""
        if self.layout is None:
            return []
        document = self.document
        # the layout sorted the touchpoints by time already: Tab need not sort them again
        ordered = [document.object(i) for i in self.layout.time_order]
        jm = document.journey_map
        # then the lanes, top to bottom, as they are drawn under the band
        return [obj.id for _kind, obj in reading_order(jm, ordered)] + [x.id for x in jm.lanes]

    def select_neighbour(self, forward: bool) -> str | None:
        """Select the object after (or before) the selected one in reading order, going
        round at the ends; from no selection, the first (or last). Returns its id."""
        order = self.reading_order()
        if not order:
            return None
        selected = set(self.selected_ids())
        at = next((k for k, i in enumerate(order) if i in selected), None)
        if at is None:
            chosen = order[0] if forward else order[-1]
        else:
            chosen = order[(at + (1 if forward else -1)) % len(order)]
        self.select_ids([chosen])
        return chosen

    def selected_stage_id(self) -> str | None:
        """The selected stage, or the stage of the first selected touchpoint."""
        jm = self.document.journey_map
        for kind, object_id in self.selected_objects():
            if kind == "stage":
                return object_id
            if kind == "touchpoint":
                return jm.touchpoint(object_id).stage_id
        return None

    def select_ids(self, ids: list[str] | set[str]) -> None:
        """Select exactly these objects."""
        self.clearSelection()
        for object_id in ids:
            item = self._items.get(object_id)
            if item is not None:
                item.setSelected(True)

    def view_scale(self) -> float:
        """Device pixels per scene unit in the first view (1 without a view)."""
        views = self.views()
        return views[0].transform().m11() if views else 1.0

    def visible_rect(self) -> QRectF | None:
        """The part of the scene the first view shows (None without a view)."""
        views = self.views()
        if not views:
            return None
        return views[0].mapToScene(views[0].viewport().rect()).boundingRect()

    def drag_threshold(self) -> float:
        """How far (in scene units) the mouse must move before a press becomes a drag."""
        return DRAG_THRESHOLD_PIXELS / max(self.view_scale(), 1e-6)

    def select_for_menu(self, pos: QPointF) -> str | None:
        """Right-click at ``pos``: the stage, touchpoint, pain or opportunity there becomes
        the selection, unless it is already selected (then the whole selection stays, so
        the menu acts on all of it); on an empty spot the selection is cleared. Returns
        the id under ``pos``."""
        item = self._top_item(pos) or self.lane_at(pos)  # a lane's notes: the lane's menu
        if item is None:
            self.clearSelection()
            return None
        if not item.isSelected():
            self.select_ids([item.model_id()])
        return item.model_id()

    def point_on_band(self, pos: QPointF) -> tuple[str, float, float] | None:
        """(stage id, position, emotion) of a point inside the emotion band, where a
        touchpoint added there would go; None outside it or on a map without stages."""
        layout = self.layout
        if layout is None or not layout.stages or not layout.band.rect.contains(pos.x(), pos.y()):
            return None
        placed = layout.x_to_stage_position(pos.x())
        if placed is None:
            return None
        stage_id, position = placed
        return stage_id, position, layout.band.y_to_emotion(pos.y())

    def object_at(self, pos: QPointF) -> MapItem | None:
        """The stage, touchpoint, pain, opportunity or lane title at a scene point (None:
        empty)."""
        return self._top_item(pos)

    def _top_item(self, pos: QPointF) -> MapItem | None:
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder
        ):
            if isinstance(item, (TouchpointItem, MarkerItem, StageItem, LaneItem)):
                return item  # (a lane by its title: see LaneItem.shape)
        return None

    def lane_at(self, pos: QPointF) -> LaneItem | None:
        """The lane whose row (title or notes) holds ``pos``."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, LaneItem):
                return item
        return None

    def selected_only(self, kind: str) -> str | None:
        """The one selected object of this kind (None when none, or several, are)."""
        chosen = [i for k, i in self.selected_objects() if k == kind]
        return chosen[0] if len(chosen) == 1 else None

    # -------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            if event.button() == Qt.MouseButton.RightButton:
                self.cancel_interaction()
            event.accept()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self._top_item(event.scenePos())
        if item is None:
            super().mousePressEvent(event)  # empty space: the view's rubber band
            return
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if toggle:
            item.setSelected(not item.isSelected())
            event.accept()
            return
        if not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        pos = event.scenePos()
        if isinstance(item, TouchpointItem):
            moving = [i for i in self.selectedItems() if isinstance(i, TouchpointItem)]
            self.interaction = DragTouchpoints(self, pos, moving)
        elif isinstance(item, StageItem):
            if item.on_resize_grip(pos, self.view_scale()):
                self.interaction = ResizeStage(self, pos, item)
            else:
                self.interaction = ReorderStage(self, pos, item)
        elif isinstance(item, MarkerItem):
            self.interaction = DragMarker(self, pos, item)
        elif isinstance(item, LaneItem):
            self.interaction = ReorderLane(self, pos, item)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(event)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction = self.interaction
        if interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            self.interaction = None
            interaction.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def cancel_interaction(self) -> bool:
        """Abandon the gesture in progress (Esc); True when there was one."""
        interaction, self.interaction = self.interaction, None
        if interaction is None:
            return False
        interaction.cancel()
        return True

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        self.cancel_interaction()
        pos = event.scenePos()
        if self.request_edit_at(pos):
            event.accept()
            return
        on_band = self.point_on_band(pos)
        if on_band is not None:
            new_id = self.controller.add_touchpoint(*on_band)
            if new_id is not None:
                self.select_ids([new_id])
                self.request_edit(new_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -------------------------------------------------------------- editing
    def request_edit_at(self, pos: QPointF) -> bool:
        """Start editing whatever text is under ``pos``; False when there is none."""
        item = self._top_item(pos)
        if item is not None:
            return self.request_edit(item.model_id())
        for candidate in self.items(pos):
            if isinstance(candidate, HeaderItem):
                run = candidate.title_run()
                if run is not None and pos.y() <= self.layout.header_rule_y:
                    return self.request_edit(self.document.journey_map.id)
            if isinstance(candidate, PersonaItem):
                self.persona_requested.emit()
                return True
        lane = self.lane_at(pos)  # (its shape is only its title: see LaneItem.shape)
        if lane is not None:
            return self.request_edit(lane.model_id(), lane.cell_at(pos.x()))
        return False

    def request_edit(self, object_id: str, stage_id: str | None = None) -> bool:
        """Ask the view to edit an object's title (or a lane cell's notes) in place."""
        found = self.document.find(object_id)
        layout = self.layout
        if found is None or layout is None:
            return False
        kind, obj = found
        s = layout.sizes
        item = self.item_for(object_id)
        if kind == "touchpoint":
            rect = item.title_rect()
            request = EditRequest(object_id, "title", rect, obj.title, s.card_title)
        elif kind == "stage":
            header = item.box.header
            rect = QRectF(header.x, header.y, header.w, s.stage * 1.6)
            request = EditRequest(object_id, "name", rect, obj.name, s.stage)
        elif kind in ("pain", "opportunity"):
            request = EditRequest(object_id, "title", item.title_rect(), obj.title, s.note)
        elif kind == "map":
            run = self._fixed["header"].title_run()
            rect = QRectF(run.x, run.y - run.size, layout.width * 0.6, run.size * 1.3)
            request = EditRequest(object_id, "title", rect, obj.title, s.title)
        elif kind == "lane" and stage_id is None:
            row = item.box.row
            rect = QRectF(
                row.x,
                row.y,
                layout.stages[0].column.x - row.x if layout.stages else 150,
                s.lane_title * 1.6,
            )
            request = EditRequest(object_id, "title", rect, obj.title, s.lane_title)
        elif kind == "lane":
            cell = next(c for c in item.box.cells if c.stage_id == stage_id)
            rect = QRectF(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h)
            request = EditRequest(
                object_id, f"cell:{stage_id}", rect, obj.cell(stage_id), s.note, multiline=True
            )
        else:
            return False
        self.edit_requested.emit(request)
        return True

    # ---------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if not self.cancel_interaction():
                self.clearSelection()
            event.accept()
            return
        if self.interaction is not None:
            event.accept()
            return
        fine = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        step = 0.1 if fine else 1.0
        moves = {
            Qt.Key.Key_Up: (step, 0.0),
            Qt.Key.Key_Down: (-step, 0.0),
            Qt.Key.Key_Left: (0.0, -0.01 if fine else -0.05),
            Qt.Key.Key_Right: (0.0, 0.01 if fine else 0.05),
        }
        if key in moves and any(k == "touchpoint" for k, _ in self.selected_objects()):
            d_emotion, d_position = moves[key]
            self.controller.nudge(d_emotion, d_position, fresh=not event.isAutoRepeat())
            event.accept()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_ids():
            self.request_edit(self.selected_ids()[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def schedule_refresh(self) -> None:
        """Refresh on the next turn of the event loop (coalesces bursts)."""
        QTimer.singleShot(0, self.refresh)

    def set_items_flag(self, flag: QGraphicsItem.GraphicsItemFlag, on: bool) -> None:
        """Set a flag on every model item (e.g. turn selection off in presentation mode)."""
        for item in self._items.values():
            item.setFlag(flag, on)

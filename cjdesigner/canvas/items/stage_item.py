"""A stage: its tinted header bar on the time axis and the separator down its column."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cjdesigner import palette
from cjdesigner.layout import StageBox

from ..painting import draw_marker_glyph, draw_runs, qrect
from ..style import Z_STAGES, colour, pen
from .background import MIN_TEXT_PIXELS
from .base import MapItem

RESIZE_GRIP_PIXELS = 7.0  # how close (on screen) to the right edge a press resizes


class StageItem(MapItem):
    """Selectable by its header; drag the header to reorder, its right edge to resize."""

    FLAGS = MapItem.FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable

    def __init__(self, stage_id: str, box: StageBox, last: bool = False) -> None:
        self._last = last
        super().__init__(stage_id, box, Z_STAGES)
        self.setAcceptHoverEvents(True)

    def set_last(self, last: bool) -> None:
        """Whether this is the last stage (it then also draws its right border)."""
        self._last = last
        self.update()

    def compute_bounds(self, box: StageBox) -> QRectF:
        return qrect(box.column).adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(qrect(self._box.header))
        return path

    def on_resize_grip(self, scene_pos: QPointF, pixels_per_unit: float) -> bool:
        """True when a press at ``scene_pos`` grabs the header's right edge."""
        header = self._box.header
        grip = RESIZE_GRIP_PIXELS / max(pixels_per_unit, 1e-6)
        return (
            header.y <= scene_pos.y() <= header.bottom and abs(scene_pos.x() - header.right) <= grip
        )

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        grip = self.on_resize_grip(event.scenePos(), scale)
        self.setCursor(Qt.CursorShape.SizeHorCursor if grip else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        col = box.column
        painter.setPen(pen(palette.RULE, 0.9))
        painter.drawLine(QLineF(col.x, box.header.bottom, col.x, col.bottom))
        if self._last:
            painter.drawLine(QLineF(col.right, box.header.bottom, col.right, col.bottom))
        header = qrect(box.header)
        if not option.exposedRect.intersects(header):
            return  # a repaint inside the column (a drag): the header is not part of it
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour(box.tint)))
        painter.drawRect(header)
        painter.setPen(pen(palette.PAPER, 2.0))
        painter.drawLine(QLineF(box.header.x, box.header.y, box.header.x, box.header.bottom))
        draw_runs(painter, box.texts, MIN_TEXT_PIXELS)
        for badge in box.badges:
            draw_marker_glyph(painter, badge.kind, badge.glyph)
            draw_runs(painter, [badge.code], MIN_TEXT_PIXELS)
        if self.isSelected():
            highlight = QPen(option.palette.highlight().color(), 2.0)
            highlight.setCosmetic(True)
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(qrect(box.header).adjusted(1, 1, -1, -1))

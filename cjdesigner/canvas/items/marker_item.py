"""A pain or an opportunity in the markers row: its glyph, code and title."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import MarkerBox

from ..painting import draw_marker_glyph, draw_runs, qrect
from ..style import Z_MARKERS, colour
from .background import MIN_TEXT_PIXELS
from .base import MapItem

MARKER_COLOURS = {"pain": palette.PAIN, "opportunity": palette.OPPORTUNITY}


class MarkerItem(MapItem):
    """Selectable; dragged onto a touchpoint or stage to move its anchor."""

    FLAGS = MapItem.FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    CURSOR = Qt.CursorShape.OpenHandCursor

    def __init__(self, marker_id: str, box: MarkerBox) -> None:
        super().__init__(marker_id, box, Z_MARKERS)
        self.setAcceptHoverEvents(True)

    @property
    def kind(self) -> str:
        """ "pain" or "opportunity"."""
        return self._box.kind

    def compute_bounds(self, box: MarkerBox) -> QRectF:
        return qrect(box.rect).united(qrect(box.glyph)).adjusted(-3, -3, 3, 3)

    def title_rect(self) -> QRectF:
        """The area of the title, for in-place editing."""
        return qrect(self._box.rect).adjusted(self._box.glyph.w + 4, 0, 0, 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        if self.lod(painter, option) * box.glyph.w < 3:  # far away: a dot of its colour
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour(MARKER_COLOURS[box.kind])))
            painter.drawRect(qrect(box.glyph))
            return
        # A paper background keeps the label readable where it crosses a stage border.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour(palette.PAPER)))
        painter.drawRect(qrect(box.rect).adjusted(-2, -1, 2, 1))
        draw_marker_glyph(painter, box.kind, box.glyph)
        if box.vote_dot is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour(palette.INK)))
            painter.drawEllipse(qrect(box.vote_dot))
        draw_runs(painter, box.texts, MIN_TEXT_PIXELS)
        if self.isSelected():
            highlight = QPen(option.palette.highlight().color(), 2.0)
            highlight.setCosmetic(True)
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(qrect(box.rect).adjusted(-3, -3, 3, 3), 4, 4)

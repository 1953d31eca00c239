"""A touchpoint: a dot on the emotion curve and a card beside it."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import TouchpointBox

from ..painting import draw_glyph, draw_marker_glyph, draw_runs, qrect
from ..style import Z_TOUCHPOINTS, colour, pen
from .background import MIN_TEXT_PIXELS
from .base import MapItem

RING_GAP = 4.0


class TouchpointItem(MapItem):
    """Selectable; dragged by the scene's DragTouchpoints interaction, never by Qt itself."""

    FLAGS = MapItem.FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    _CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
    CURSOR = Qt.CursorShape.PointingHandCursor

    def __init__(self, touchpoint_id: str, box: TouchpointBox) -> None:
        super().__init__(touchpoint_id, box, Z_TOUCHPOINTS)
        self.setAcceptHoverEvents(True)
        # Cards repaint from a pixmap when something near them changes (a drag, the
        # curve); Qt bounds these caches by its pixmap cache limit.
        self.setCacheMode(self._CACHE)

    def compute_bounds(self, box: TouchpointBox) -> QRectF:
        # Plain arithmetic, one QRectF: this runs for every touchpoint of a map.
        x, y = box.dot
        r = box.dot_radius + RING_GAP + 2
        card = box.card
        x0, y0 = min(card.x, x - r), min(card.y, y - r)
        x1, y1 = max(card.x + card.w, x + r), max(card.y + card.h, y + r)
        star = box.star
        if star:
            x0, y0 = min(x0, star.x), min(y0, star.y)
            x1, y1 = max(x1, star.x + star.w), max(y1, star.y + star.h)
        return QRectF(x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6)

    def shape(self) -> QPainterPath:
        box = self._box
        path = QPainterPath()
        path.addRoundedRect(qrect(box.card), 5, 5)
        r = box.dot_radius + RING_GAP
        path.addEllipse(QPointF(*box.dot), r, r)
        return path

    def dot_scene_pos(self) -> QPointF:
        """Where the dot is drawn now (it moves with the item during a drag)."""
        return QPointF(*self._box.dot) + self.pos()

    def title_rect(self) -> QRectF:
        """The area of the title lines, for in-place editing."""
        card = self._box.card
        runs = [r for r in self._box.texts if r.style == "semibold" and r.size >= 7.5]
        if not runs:
            return qrect(card)
        top = runs[0].y - runs[0].size
        return QRectF(
            runs[0].x, top, card.right - runs[0].x - 4, runs[-1].y - top + runs[-1].size * 0.35
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        lod = self.lod(painter, option)
        card = qrect(box.card)
        if lod * box.card.h < 1.5 and not self.isSelected():
            # under two pixels tall (a whole big map on screen): the card's tint is all
            # that shows; one call instead of ten for each of thousands of cards
            painter.fillRect(card, colour(box.border))
            return
        if box.leader:
            (x0, y0), (x1, y1) = box.leader
            painter.setPen(pen(palette.INK_FAINT, 0.8))
            painter.drawLine(QLineF(x0, y0, x1, y1))
        selected = self.isSelected()
        if lod * box.card.h < 6:  # far away: a faint block stands for the card
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour(box.border)))
            painter.drawRect(card)
        else:
            painter.setPen(pen(box.border, 1.6 if box.moment_of_truth else 1.0))
            painter.setBrush(QBrush(colour(palette.PAPER)))
            painter.drawRoundedRect(card, 5, 5)
            if lod * box.glyph.w >= 4:
                draw_glyph(painter, box.channel, box.glyph, stroke=palette.INK_SECONDARY, width=1.6)
            draw_runs(painter, box.texts, MIN_TEXT_PIXELS)
            for badge in box.badges:
                draw_marker_glyph(painter, badge.kind, badge.glyph)
                draw_runs(painter, [badge.code], MIN_TEXT_PIXELS)
            if box.star:
                draw_glyph(
                    painter,
                    "star",
                    box.star,
                    stroke=palette.INK,
                    fill=palette.MOMENT_OF_TRUTH,
                    width=1.0,
                )
        x, y = box.dot
        r = box.dot_radius
        if box.key_moment:
            painter.setPen(pen(palette.KEY_MOMENT_RING, 1.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), r + RING_GAP, r + RING_GAP)
        painter.setPen(pen(palette.PAPER, 1.5))
        painter.setBrush(QBrush(colour(box.colour)))
        painter.drawEllipse(QPointF(x, y), r, r)
        if selected:
            highlight = QPen(option.palette.highlight().color(), 2.0)
            highlight.setCosmetic(True)
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), 6, 6)
            painter.drawEllipse(QPointF(x, y), r + 2, r + 2)

"""Items that are drawn but not dragged: title band, persona, emotion band, lanes, legend."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import (
    EmotionBand,
    LaneBox,
    PersonaBox,
    Rect,
    TextRun,
)
from cjdesigner.layout import (
    LegendItem as LegendBox,
)

from ..painting import draw_glyph, draw_marker_glyph, draw_runs, qrect
from ..style import Z_BACKGROUND, Z_LANES, colour, pen
from .base import MapItem

MIN_TEXT_PIXELS = 3.0  # smaller than this on screen, text is skipped (level of detail)
# Qt's dash line: 4 on, 2 off, in pen widths (the neutral line's pen is 1 wide)
ZERO_LINE_PERIOD = 6.0


@dataclass(frozen=True)
class HeaderBox:
    """The title band: runs, the rule under it and the poster's left/right edges."""

    runs: list[TextRun]
    rule_y: float
    left: float
    right: float
    top: float


class HeaderItem(MapItem):
    """Title, scenario line and meta block; double-click edits the title."""

    def __init__(self, map_id: str, box: HeaderBox) -> None:
        super().__init__(map_id, box, Z_BACKGROUND)

    def compute_bounds(self, box: HeaderBox) -> QRectF:
        return QRectF(box.left, box.top, box.right - box.left, box.rule_y - box.top + 2)

    def title_run(self) -> TextRun | None:
        """The run holding the map title (the first one)."""
        return self._box.runs[0] if self._box.runs else None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        draw_runs(painter, box.runs, MIN_TEXT_PIXELS, option.exposedRect)
        painter.setPen(pen(palette.RULE, 1.0))
        painter.drawLine(QLineF(box.left, box.rule_y, box.right, box.rule_y))


class PersonaItem(MapItem):
    """The persona card: photo or initials, name, role, quote and lists."""

    def __init__(self, persona_id: str, box: PersonaBox) -> None:
        super().__init__(persona_id, box, Z_BACKGROUND)
        self._photo = None

    def compute_bounds(self, box: PersonaBox) -> QRectF:
        return qrect(box.rect).united(qrect(box.side)).adjusted(-2, -2, 2, 2)

    def set_box(self, box: PersonaBox) -> None:
        self._photo = None
        super().set_box(box)

    def _photo_image(self) -> QImage | None:
        if self._photo is None and self._box.photo:
            image = QImage.fromData(self._box.photo)
            self._photo = image if not image.isNull() else False
        return self._photo or None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        painter.setPen(pen(palette.RULE, 1.0))
        painter.setBrush(QBrush(colour("#F6F8FA")))
        painter.drawRoundedRect(qrect(box.rect), 6, 6)
        if box.side.w > 0:
            painter.setBrush(QBrush(colour("#FBFCFD")))
            painter.drawRoundedRect(qrect(box.side), 6, 6)
        avatar = qrect(box.avatar)
        clip = QPainterPath()
        clip.addEllipse(avatar)
        image = self._photo_image()
        if image is not None:
            painter.save()
            painter.setClipPath(clip)
            painter.drawImage(avatar, image)
            painter.restore()
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour(palette.INK_SECONDARY)))
            painter.drawEllipse(avatar)
            if box.initials:
                draw_runs(painter, [box.initials], MIN_TEXT_PIXELS)
        draw_runs(painter, box.texts, MIN_TEXT_PIXELS, option.exposedRect)
        draw_runs(painter, box.side_texts, MIN_TEXT_PIXELS, option.exposedRect)


@dataclass(frozen=True)
class BandBox:
    """The emotion band and the gutter left of it (for the scale)."""

    band: EmotionBand
    gutter_left: float


class BandItem(MapItem):
    """Positive/negative zones, the grid, the neutral line, the scale and its faces."""

    def __init__(self, map_id: str, box: BandBox) -> None:
        super().__init__(map_id, box, Z_BACKGROUND)

    def compute_bounds(self, box: BandBox) -> QRectF:
        r = box.band.rect
        return QRectF(box.gutter_left, r.y, r.right - box.gutter_left, r.h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        band = self._box.band
        r = band.rect
        exposed = option.exposedRect
        # Only the exposed stretch: a drag repaints a few dots' worth of a map-wide band.
        x0, x1 = max(r.x, exposed.left() - 2), min(r.right, exposed.right() + 2)
        if x1 > x0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour(palette.ZONE_POSITIVE)))
            painter.drawRect(QRectF(x0, r.y, x1 - x0, band.zero_y - r.y))
            painter.setBrush(QBrush(colour(palette.ZONE_NEGATIVE)))
            painter.drawRect(QRectF(x0, band.zero_y, x1 - x0, r.bottom - band.zero_y))
            painter.setPen(pen(palette.GRID, 0.6))
            for value, y, _run in band.ticks:
                if value:
                    painter.drawLine(QLineF(x0, y, x1, y))
            painter.setPen(pen(palette.INK_FAINT, 1.0, Qt.PenStyle.DashLine))
            # Drawn from the last whole dash period before the exposed stretch, so the
            # dashes line up with the rest of the line. From the band's edge, Qt dashed
            # the whole map-wide line every frame of a drag (2,000 touchpoints: 0.3 ms).
            start = r.x + (x0 - r.x) // ZERO_LINE_PERIOD * ZERO_LINE_PERIOD
            painter.drawLine(QLineF(start, band.zero_y, x1, band.zero_y))
        draw_runs(painter, [run for _v, _y, run in band.ticks], MIN_TEXT_PIXELS, exposed)
        for name, face in band.faces:
            if exposed.intersects(qrect(face)):
                draw_glyph(painter, f"face_{name}", face, stroke=palette.INK_SECONDARY, width=1.4)


class LaneItem(MapItem):
    """One lane: a stripe, its title in the gutter and a cell of notes per stage.

    A click on the title selects the lane (to delete, move or retype it) and a drag moves
    it up or down; its cells are for notes, so a press there still starts a rubber band
    and a double-click edits them.
    """

    FLAGS = MapItem.FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    CURSOR = Qt.CursorShape.OpenHandCursor  # over the title (the shape): it drags up or down

    def __init__(self, lane_id: str, box: LaneBox) -> None:
        super().__init__(lane_id, box, Z_LANES)
        self.setAcceptHoverEvents(True)

    def compute_bounds(self, box: LaneBox) -> QRectF:
        return qrect(box.row)

    def title_rect(self) -> QRectF:
        """The lane's title column, left of the stages' cells."""
        row, cells = self._box.row, self._box.cells
        right = cells[0].rect.x if cells else row.right
        return QRectF(row.x, row.y, right - row.x, row.h)

    def focus_area(self) -> QRectF:
        return self.title_rect()  # not the whole row, many screens wide

    def shape(self) -> QPainterPath:
        # what selects the lane: a rubber band drawn over touchpoints and on into the
        # lanes below must not take whole lanes with it
        path = QPainterPath()
        path.addRect(self.title_rect())
        return path

    def cell_rect(self, stage_id: str) -> QRectF | None:
        """The cell of one stage in this lane (None if the lane has none for it)."""
        cell = next((c for c in self._box.cells if c.stage_id == stage_id), None)
        return qrect(cell.rect) if cell is not None else None

    def cell_at(self, x: float) -> str | None:
        """The stage id of the cell under x, or None in the title column."""
        return next((c.stage_id for c in self._box.cells if c.rect.x <= x < c.rect.right), None)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour(box.stripe)))
        painter.drawRect(qrect(box.row))
        painter.setPen(pen(palette.GRID, 0.8))
        painter.drawLine(QLineF(box.row.x, box.row.bottom, box.row.right, box.row.bottom))
        draw_runs(painter, box.texts, MIN_TEXT_PIXELS, option.exposedRect)
        exposed = option.exposedRect
        for cell in box.cells:
            if cell.rect.right < exposed.left() or cell.rect.x > exposed.right():
                continue
            draw_runs(painter, cell.texts, MIN_TEXT_PIXELS, exposed)
        if self.isSelected():
            highlight = QPen(option.palette.highlight().color(), 2.0)
            highlight.setCosmetic(True)
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.title_rect().adjusted(1, 1, -1, -1))


@dataclass(frozen=True)
class StripBox:
    """The markers row under the emotion band."""

    rect: Rect
    gutter_left: float
    title: list[TextRun]


class StripItem(MapItem):
    """The background and title of the pains & opportunities row."""

    def __init__(self, map_id: str, box: StripBox) -> None:
        super().__init__(map_id, box, Z_BACKGROUND)

    def compute_bounds(self, box: StripBox) -> QRectF:
        r = box.rect
        return QRectF(box.gutter_left, r.y, r.right - box.gutter_left, r.h)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        if box.rect.h <= 0:
            return
        painter.setPen(pen(palette.GRID, 0.8))
        painter.drawLine(QLineF(box.gutter_left, box.rect.bottom, box.rect.right, box.rect.bottom))
        draw_runs(painter, box.title, MIN_TEXT_PIXELS)


@dataclass(frozen=True)
class FooterBox:
    """The legend and the small print."""

    rect: Rect
    items: list[LegendBox]
    texts: list[TextRun]


class LegendItem(MapItem):
    """Emotion scale, marker shapes, moment of truth, key moments, kinds, channel glyphs."""

    def __init__(self, map_id: str, box: FooterBox) -> None:
        super().__init__(map_id, box, Z_BACKGROUND)

    def compute_bounds(self, box: FooterBox) -> QRectF:
        return qrect(box.rect).adjusted(0, 0, 0, 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        box = self._box
        for item in box.items:
            for rect, fill in item.swatches:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour(fill)))
                painter.drawRect(qrect(rect))
            g = item.glyph
            if item.kind in ("pain", "opportunity"):
                draw_marker_glyph(painter, item.kind, g)
            elif item.kind == "moment_of_truth":
                draw_glyph(
                    painter, "star", g, stroke=palette.INK, fill=palette.MOMENT_OF_TRUTH, width=1.0
                )
            elif item.kind == "key_moment":
                painter.setPen(pen(palette.KEY_MOMENT_RING, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(qrect(g).adjusted(1, 1, -1, -1))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour(palette.NEUTRAL)))
                painter.drawEllipse(qrect(g).adjusted(g.w * 0.3, g.h * 0.3, -g.w * 0.3, -g.h * 0.3))
            elif item.kind == "baseline":
                painter.setPen(pen(palette.CURVE_BASELINE, 2.0, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(g.x, g.cy), QPointF(g.right, g.cy))
            elif item.kind == "votes":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour(palette.INK)))
                painter.drawEllipse(QPointF(g.cx, g.cy), g.w * 0.25, g.w * 0.25)
            elif item.kind == "channel" and item.channel:
                draw_glyph(painter, item.channel, g, stroke=palette.INK_SECONDARY, width=1.5)
            draw_runs(painter, item.texts, MIN_TEXT_PIXELS)
        draw_runs(painter, box.texts, MIN_TEXT_PIXELS)

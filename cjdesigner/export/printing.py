"""Printing the map from the app: fitted on one sheet, or cut across several sheets.

The same cut as the PDF's tiled poster (``paper.sheet_grid``): an assembly sheet, then
one sheet per tile with crop marks, overlaps and alignment marks, but onto whatever
paper the printer holds. Drawn with QPainter from an export scene (``image.map_scene``),
so it stays vector, on any paged device: a QPrinter, the print preview's, a QPdfWriter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from cjdesigner import palette
from cjdesigner.canvas.style import BASE_PIXELS, base_font, colour
from cjdesigner.layout import PRINT_FLOOR

from .image import map_rect
from .paper import MM, Tile, TileGrid, sheet_grid, sheet_marks
from .sheet_words import sheet_word

MARGIN = 12 * MM  # room for crop marks and the sheet's label; wider than printers' own
OVERLAP = 10 * MM
MAX_ACROSS = 12  # sheets side by side; beyond this a print shop's poster is the answer
SHRINK = 0.9  # printed at least this share of the size that fills the sheets across


class PrintError(OSError):
    """The device refused: to start (``started`` False) or to take another sheet."""

    def __init__(self, started: bool) -> None:
        super().__init__(
            "the printer did not take the next sheet"
            if started
            else "the printer did not accept the job"
        )
        self.started = started


@dataclass(frozen=True)
class PrintPlan:
    """How a map of ``map_size`` points prints on sheets of ``grid.sheet``."""

    across: int  # 1: fitted on one sheet
    scale: float  # printed points per map point
    grid: TileGrid
    smallest: float  # the smallest text as printed, in points

    @property
    def tiled(self) -> bool:
        """Cut across several sheets (with an assembly sheet first)."""
        return self.across > 1

    @property
    def sheets(self) -> int:
        """Sheets the map itself takes."""
        return len(self.grid.tiles)

    @property
    def pages(self) -> int:
        """Pages sent to the printer: the assembly sheet and the tiles, or the one sheet."""
        return 1 + self.sheets if self.tiled else 1

    @property
    def legible(self) -> bool:
        """The smallest text prints at PRINT_FLOOR (7 pt) or larger."""
        return self.smallest >= PRINT_FLOOR - 1e-6


def plan_print(
    map_size: tuple[float, float], smallest_text: float, sheet: tuple[float, float], across: int
) -> PrintPlan:
    """The plan for printing a map across ``across`` sheets (1: fitted on one)."""
    map_w, map_h = max(map_size[0], 1.0), max(map_size[1], 1.0)
    sheet_w, sheet_h = sheet
    pw, ph = max(sheet_w - 2 * MARGIN, 1.0), max(sheet_h - 2 * MARGIN, 1.0)
    across = max(1, min(int(across), MAX_ACROSS))
    if across == 1:
        scale = min(pw / map_w, ph / map_h)
    else:  # exactly ``across`` columns: a hair under, so rounding never adds one
        scale = (across * pw - (across - 1) * OVERLAP) / map_w * (1 - 1e-9)
    grid = sheet_grid(map_w * scale, map_h * scale, sheet_w, sheet_h, MARGIN, OVERLAP)
    if grid.rows > 1:
        # A last row holding a sliver of the map costs a whole row of sheets: print a
        # little smaller (at most SHRINK) when that saves it and the text stays as legible.
        rows = grid.rows - 1
        fewer = (rows * ph - (rows - 1) * OVERLAP) / map_h * (1 - 1e-9)
        legible = smallest_text * scale >= PRINT_FLOOR - 1e-6
        if fewer >= scale * SHRINK and (smallest_text * fewer >= PRINT_FLOOR - 1e-6 or not legible):
            scale = fewer
            grid = sheet_grid(map_w * scale, map_h * scale, sheet_w, sheet_h, MARGIN, OVERLAP)
    return PrintPlan(across, scale, grid, smallest_text * scale)


def legible_across(
    map_size: tuple[float, float], smallest_text: float, sheet: tuple[float, float]
) -> int | None:
    """The fewest sheets across that print every text at 7 pt or more (None: over 12)."""
    for across in range(1, MAX_ACROSS + 1):
        if plan_print(map_size, smallest_text, sheet, across).legible:
            return across
    return None


def sheet_size(device: QPagedPaintDevice) -> tuple[float, float]:
    """The device's whole sheet in points, as oriented."""
    rect = device.pageLayout().fullRectPoints()
    return float(rect.width()), float(rect.height())


def print_map(
    device: QPagedPaintDevice,
    scene: QGraphicsScene,
    plan: PrintPlan,
    title: str,
    language: str,
) -> int:
    """Draw every page of ``plan`` on ``device`` (set to full-page drawing, no margins of
    its own); returns the number of pages. Raises PrintError if the device will not start
    (a printer that refused the job, a file that cannot be written) or go on."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError(started=False)
    try:
        painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0)  # points
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pages = _Pages(painter, scene, plan, title, language)
        if not plan.tiled:
            pages.one_sheet()
            return 1
        pages.assembly()
        for tile in plan.grid.tiles:
            if not device.newPage():
                raise PrintError(started=True)
            pages.tile(tile)
        return plan.pages
    finally:
        painter.end()


class _Pages:
    """Draws the pages of one print job, in points (y down) on the painter."""

    def __init__(
        self, painter: QPainter, scene: QGraphicsScene, plan: PrintPlan, title: str, lang: str
    ) -> None:
        self.painter, self.scene, self.plan = painter, scene, plan
        self.title, self.language = title, lang
        self.source = map_rect(scene)
        self.grid = plan.grid
        self.poster = (self.source.width() * plan.scale, self.source.height() * plan.scale)

    def one_sheet(self) -> None:
        """The whole map, centred on the sheet."""
        (w, h), (sw, sh) = self.poster, self.grid.sheet
        self.scene.render(self.painter, QRectF((sw - w) / 2, (sh - h) / 2, w, h), self.source)

    def assembly(self) -> None:
        """How to put the sheets together: words, and the map with every sheet outlined."""
        painter, grid, language = self.painter, self.grid, self.language
        m = grid.margin
        sw, sh = grid.sheet
        ink = colour(palette.INK)
        heading = f"{sheet_word('assembly', language)}: {self.title}"
        _text(painter, QRectF(m, m, sw - 2 * m, 22), heading, 16, "bold", ink, elide=True)
        how = QRectF(m, m + 28, sw - 2 * m, sh / 3)
        used = _text(painter, how, sheet_word("how", language), 9, "regular", ink)
        top = m + 28 + used + 10
        area_w, area_h = sw - 2 * m, sh - m - top
        extent_w, extent_h = grid.extent  # every sheet's outline fits, not just the poster
        thumb = min(area_w / extent_w, area_h / extent_h)
        poster_w, poster_h = self.poster
        self.scene.render(painter, QRectF(m, top, poster_w * thumb, poster_h * thumb), self.source)
        accent = colour(palette.OPPORTUNITY)
        painter.setPen(QPen(accent, 0.8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for tile in grid.tiles:
            rect = QRectF(m + tile.x * thumb, top + tile.y * thumb, tile.w * thumb, tile.h * thumb)
            painter.drawRect(rect)
            label = QRectF(rect.x() + 3, rect.y() + 2, rect.width() - 6, 14)
            _text(painter, label, tile.label, 10, "bold", accent)

    def tile(self, tile: Tile) -> None:
        """One sheet: its part of the map, its marks and its label."""
        painter, grid, source, k = self.painter, self.grid, self.source, self.plan.scale
        m = grid.margin
        pw, ph = grid.sheet[0] - 2 * m, grid.sheet[1] - 2 * m
        part = QRectF(source.x() + tile.x / k, source.y() + tile.y / k, tile.w / k, tile.h / k)
        painter.save()
        painter.setClipRect(QRectF(m, m, pw, ph))
        self.scene.render(painter, QRectF(m, m, pw, ph), part)  # only the items of this sheet
        painter.restore()
        self._marks(tile)
        grey = colour(palette.INK_SECONDARY)
        _text(painter, QRectF(m, m / 2 - 8, 22, 12), tile.label, 8, "bold", grey)
        place = sheet_word("sheet", self.language).format(
            label=tile.label, row=tile.row + 1, rows=grid.rows, col=tile.col + 1, cols=grid.cols
        )
        line = QRectF(m + 22, m / 2 - 8, pw - 22, 12)
        _text(painter, line, f"{place} · {self.title}", 7.5, "regular", grey, elide=True)

    def _marks(self, tile: Tile) -> None:
        painter = self.painter
        marks = sheet_marks(tile, self.grid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour(palette.INK), 0.5))
        for x1, y1, x2, y2 in marks.crops:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        dashed = QPen(colour(palette.OPPORTUNITY), 0.6)
        dashed.setDashPattern([4 / 0.6, 3 / 0.6])  # in pen widths: 4 pt on, 3 pt off
        painter.setPen(dashed)
        for x1, y1, x2, y2 in marks.joins:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.setPen(QPen(colour(palette.OPPORTUNITY), 0.6))
        for x, y in marks.targets:
            painter.drawEllipse(QPointF(x, y), 4, 4)
            painter.drawLine(QPointF(x - 6, y), QPointF(x + 6, y))
            painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    size: float,
    style: str,
    ink: QColor,
    elide: bool = False,
) -> float:
    """Plain text (never markup) at ``size`` points in ``rect``: one elided line, or
    wrapped; returns the height it took."""
    k = size / BASE_PIXELS
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(k, k)
    font = base_font(style)
    painter.setFont(font)
    painter.setPen(ink)
    box = QRectF(0, 0, rect.width() / k, rect.height() / k)
    if elide:
        line = painter.fontMetrics().elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, int(box.width())
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), line)
        used = painter.fontMetrics().height()
    else:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        drawn = painter.drawText(box, flags, text)
        used = drawn.height()
    painter.restore()
    return used * k

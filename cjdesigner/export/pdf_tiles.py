"""Tiled printing: an assembly sheet, then the poster cut onto office sheets.

Every sheet shows its part of the poster (the same Form XObject, clipped), crop marks at
the printable corners, dashed lines where the neighbouring sheet overlaps, round
alignment marks in the overlaps (the same mark appears on both sheets), and its label
("B3": row B, column 3) with its place in the grid.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from cjdesigner import palette
from cjdesigner.layout.boxes import MapLayout

from .paper import Tile, TileGrid, sheet_marks
from .pdf_fonts import FontSet
from .sheet_words import sheet_word

MARK = 9.0  # crop mark length, points


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width)


def draw_tiles(
    canvas: Canvas,
    form: str,
    layout: MapLayout,
    scale: float,
    grid: TileGrid,
    title: str,
    fonts: FontSet,
) -> int:
    """Draw the assembly sheet and every tile; returns the number of pages."""
    lang = layout.language
    sw, sh = grid.sheet
    m = grid.margin
    font = fonts.main["regular"]
    bold = fonts.main["bold"]
    poster_h = layout.height * scale

    # --- the assembly sheet ------------------------------------------------------------
    canvas.setPageSize(grid.sheet)
    canvas.setFillColor(HexColor(palette.INK))
    canvas.setFont(bold, 16)
    canvas.drawString(m, sh - m - 16, f"{sheet_word('assembly', lang)}: {title}"[:90])
    canvas.setFont(font, 9)
    y = sh - m - 34
    for line in _wrap(sheet_word("how", lang), font, 9, sw - 2 * m):
        canvas.drawString(m, y, line)
        y -= 12
    area_w, area_h = sw - 2 * m, y - m - 10
    extent_w, extent_h = grid.extent  # every sheet's outline fits, not just the poster
    thumb = min(area_w / extent_w, area_h / extent_h)
    ox, oy = m, m + (area_h - poster_h * thumb)
    canvas.saveState()
    canvas.translate(ox, oy)
    canvas.scale(thumb * scale, thumb * scale)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setStrokeColor(HexColor(palette.OPPORTUNITY))
    canvas.setLineWidth(0.8)
    for tile in grid.tiles:
        x = ox + tile.x * thumb
        top = oy + poster_h * thumb - tile.y * thumb
        w, h = tile.w * thumb, tile.h * thumb
        canvas.setFillColor(HexColor(palette.OPPORTUNITY))
        canvas.rect(x, top - h, w, h, stroke=1, fill=0)
        canvas.setFont(bold, 10)
        canvas.drawString(x + 3, top - 12, tile.label)
    canvas.showPage()

    # --- one page per tile ---------------------------------------------------------------
    pw, ph = sw - 2 * m, sh - 2 * m
    for tile in grid.tiles:
        canvas.setPageSize(grid.sheet)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(m, m, pw, ph)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(m - tile.x * grid.scale, (m + ph) - (poster_h - tile.y) * grid.scale)
        canvas.scale(scale * grid.scale, scale * grid.scale)
        canvas.doForm(form)
        canvas.restoreState()
        _marks(canvas, tile, grid)
        canvas.setFillColor(HexColor(palette.INK_SECONDARY))
        canvas.setFont(bold, 8)
        canvas.drawString(m, sh - m / 2 - 3, tile.label)
        canvas.setFont(font, 7.5)
        place = sheet_word("sheet", lang).format(
            label=tile.label, row=tile.row + 1, rows=grid.rows, col=tile.col + 1, cols=grid.cols
        )
        canvas.drawString(m + 22, sh - m / 2 - 3, f"{place} · {title}"[:120])
        canvas.showPage()
    return 1 + len(grid.tiles)


def _marks(canvas: Canvas, tile: Tile, grid: TileGrid) -> None:
    """The sheet's marks (``paper.sheet_marks``, y down) on reportlab's page (y up)."""
    sh = grid.sheet[1]
    marks = sheet_marks(tile, grid, MARK)
    canvas.setStrokeColor(HexColor(palette.INK))
    canvas.setLineWidth(0.5)
    for x1, y1, x2, y2 in marks.crops:
        canvas.line(x1, sh - y1, x2, sh - y2)
    canvas.setStrokeColor(HexColor(palette.OPPORTUNITY))
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    for x1, y1, x2, y2 in marks.joins:
        canvas.line(x1, sh - y1, x2, sh - y2)
    canvas.setDash()
    for x, y in marks.targets:
        y = sh - y
        canvas.circle(x, y, 4, stroke=1, fill=0)
        canvas.line(x - 6, y, x + 6, y)
        canvas.line(x, y - 6, x, y + 6)

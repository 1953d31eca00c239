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

from .paper import TileGrid
from .pdf_fonts import FontSet

MARK = 9.0  # crop mark length, points

_WORDS = {
    "assembly": ("Assembly", "Montaje"),
    "how": (
        "Print every sheet at 100 % (no “fit to page”). Trim the top and left edges along the "
        "crop marks, lay each sheet over its neighbour so the dashed lines and round marks "
        "meet, and glue. Rows are lettered from the top, columns numbered from the left.",
        "Imprime cada hoja al 100 % (sin «ajustar a la página»). Recorta los bordes superior "
        "e izquierdo por las marcas de corte, superpón cada hoja a su vecina haciendo coincidir "
        "las líneas discontinuas y las marcas redondas, y pega. Las filas van con letras "
        "desde arriba; las columnas, con números desde la izquierda.",
    ),
    "sheet": (
        "sheet {label}: row {row} of {rows}, column {col} of {cols}",
        "hoja {label}: fila {row} de {rows}, columna {col} de {cols}",
    ),
}


def _w(key: str, lang: str) -> str:
    en, es = _WORDS[key]
    return es if lang == "es" else en


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
    poster_w, poster_h = layout.width * scale, layout.height * scale

    # --- the assembly sheet ------------------------------------------------------------
    canvas.setPageSize(grid.sheet)
    canvas.setFillColor(HexColor(palette.INK))
    canvas.setFont(bold, 16)
    canvas.drawString(m, sh - m - 16, f"{_w('assembly', lang)}: {title}"[:90])
    canvas.setFont(font, 9)
    y = sh - m - 34
    for line in _wrap(_w("how", lang), font, 9, sw - 2 * m):
        canvas.drawString(m, y, line)
        y -= 12
    area_w, area_h = sw - 2 * m, y - m - 10
    thumb = min(area_w / poster_w, area_h / poster_h)
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
        _crop_marks(canvas, m, pw, ph)
        _overlaps_and_marks(canvas, tile, grid, m, pw, ph)
        canvas.setFillColor(HexColor(palette.INK_SECONDARY))
        canvas.setFont(bold, 8)
        canvas.drawString(m, sh - m / 2 - 3, tile.label)
        canvas.setFont(font, 7.5)
        place = _w("sheet", lang).format(
            label=tile.label, row=tile.row + 1, rows=grid.rows, col=tile.col + 1, cols=grid.cols
        )
        canvas.drawString(m + 22, sh - m / 2 - 3, f"{place} · {title}"[:120])
        canvas.showPage()
    return 1 + len(grid.tiles)


def _crop_marks(canvas: Canvas, m: float, pw: float, ph: float) -> None:
    canvas.setStrokeColor(HexColor(palette.INK))
    canvas.setLineWidth(0.5)
    gap = 2.0
    for x, y, dx, dy in (
        (m, m, -1, -1),
        (m + pw, m, 1, -1),
        (m, m + ph, -1, 1),
        (m + pw, m + ph, 1, 1),
    ):
        canvas.line(x + dx * gap, y, x + dx * (gap + MARK), y)
        canvas.line(x, y + dy * gap, x, y + dy * (gap + MARK))


def _overlaps_and_marks(canvas, tile, grid: TileGrid, m: float, pw: float, ph: float) -> None:
    overlap = grid.overlap
    canvas.setStrokeColor(HexColor(palette.OPPORTUNITY))
    canvas.setLineWidth(0.6)
    canvas.setDash(4, 3)
    right = tile.col < grid.cols - 1
    below = tile.row < grid.rows - 1
    left = tile.col > 0
    above = tile.row > 0
    if right:
        canvas.line(m + pw - overlap, m, m + pw - overlap, m + ph)
    if below:
        canvas.line(m, m + overlap, m + pw, m + overlap)
    if left:
        canvas.line(m + overlap, m, m + overlap, m + ph)
    if above:
        canvas.line(m, m + ph - overlap, m + pw, m + ph - overlap)
    canvas.setDash()
    marks = []
    if right:
        marks.append((m + pw - overlap / 2, m + ph / 2))
    if left:
        marks.append((m + overlap / 2, m + ph / 2))
    if below:
        marks.append((m + pw / 2, m + overlap / 2))
    if above:
        marks.append((m + pw / 2, m + ph - overlap / 2))
    for x, y in marks:
        canvas.circle(x, y, 4, stroke=1, fill=0)
        canvas.line(x - 6, y, x + 6, y)
        canvas.line(x, y - 6, x, y + 6)

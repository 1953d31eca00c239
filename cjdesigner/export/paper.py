"""Paper sizes, orientation and the maths of cutting a poster onto office sheets (pure)."""

from __future__ import annotations

import math
from dataclasses import dataclass

MM = 72 / 25.4

# Portrait sizes in points.
PAPERS: dict[str, tuple[float, float]] = {
    "A0": (841 * MM, 1189 * MM),
    "A1": (594 * MM, 841 * MM),
    "A2": (420 * MM, 594 * MM),
    "A3": (297 * MM, 420 * MM),
    "A4": (210 * MM, 297 * MM),
    "letter": (612.0, 792.0),
    "tabloid": (792.0, 1224.0),
    "arch-d": (24 * 72.0, 36 * 72.0),
    "arch-e": (36 * 72.0, 48 * 72.0),
}
# Smallest to largest, per family, for "the next size up".
ORDER = {
    "iso": ["A4", "A3", "A2", "A1", "A0"],
    "us": ["letter", "tabloid", "arch-d", "arch-e"],
}
SHEETS = ("a4", "letter")


def paper_name(name: str) -> str:
    """The canonical name of a paper ("a1" → "A1", "Letter" → "letter"); ValueError if unknown."""
    for key in PAPERS:
        if key.lower() == name.strip().lower():
            return key
    raise ValueError(f"unknown paper {name!r}; use one of {', '.join(PAPERS)}")


def page_size(name: str, landscape: bool = True) -> tuple[float, float]:
    """(width, height) in points."""
    w, h = PAPERS[paper_name(name)]
    return (h, w) if landscape else (w, h)


def next_size_up(name: str) -> str | None:
    """The next larger paper of the same family, or None at the largest."""
    name = paper_name(name)
    for sizes in ORDER.values():
        if name in sizes:
            i = sizes.index(name)
            return sizes[i + 1] if i + 1 < len(sizes) else None
    return None


@dataclass(frozen=True)
class Tile:
    """One sheet of a tiled poster: its place in the grid and the poster area it shows."""

    row: int
    col: int
    x: float  # poster coordinates (points, y down) of the area shown on this sheet
    y: float
    w: float
    h: float

    @property
    def label(self) -> str:
        """ "A1", "B3"…: row letter, column number (as on the assembly sheet)."""
        return f"{_row_letter(self.row)}{self.col + 1}"


def _row_letter(row: int) -> str:
    letters = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class TileGrid:
    """How a poster is cut: sheets in rows and columns, each with a printable area."""

    rows: int
    cols: int
    tiles: tuple[Tile, ...]
    sheet: tuple[float, float]
    margin: float
    overlap: float
    scale: float  # poster points per sheet point (1 = printed at the poster's size)

    @property
    def extent(self) -> tuple[float, float]:
        """The poster area all the sheets cover together (past the poster's right and
        bottom edges when the last column or row is only partly used)."""
        last = self.tiles[-1]
        return last.x + last.w, last.y + last.h


def tile_grid(
    poster_w: float,
    poster_h: float,
    sheet: str = "a4",
    landscape: bool = True,
    margin: float = 12 * MM,
    overlap: float = 10 * MM,
    scale: float = 1.0,
) -> TileGrid:
    """Cut a poster of ``poster_w`` × ``poster_h`` points onto sheets of a named paper.

    Each sheet prints an area of (sheet − 2·margin); neighbouring sheets share
    ``overlap`` so they can be glued with no gap. ``scale`` > 1 prints the poster larger.
    """
    sheet_w, sheet_h = page_size(sheet, landscape)
    return sheet_grid(poster_w, poster_h, sheet_w, sheet_h, margin, overlap, scale)


def sheet_grid(
    poster_w: float,
    poster_h: float,
    sheet_w: float,
    sheet_h: float,
    margin: float = 12 * MM,
    overlap: float = 10 * MM,
    scale: float = 1.0,
) -> TileGrid:
    """Cut a poster onto sheets of any size (``sheet_w`` × ``sheet_h`` points): a printer's
    paper is not always one of ours."""
    printable_w = sheet_w - 2 * margin
    printable_h = sheet_h - 2 * margin
    area_w = printable_w / scale
    area_h = printable_h / scale
    step_w = area_w - overlap / scale
    step_h = area_h - overlap / scale
    cols = max(1, math.ceil((poster_w - area_w) / step_w) + 1) if poster_w > area_w else 1
    rows = max(1, math.ceil((poster_h - area_h) / step_h) + 1) if poster_h > area_h else 1
    tiles = tuple(
        Tile(r, c, c * step_w, r * step_h, area_w, area_h) for r in range(rows) for c in range(cols)
    )
    return TileGrid(rows, cols, tiles, (sheet_w, sheet_h), margin, overlap, scale)


Line = tuple[float, float, float, float]


@dataclass(frozen=True)
class SheetMarks:
    """What a tiled sheet prints around its part of the poster, in sheet points, y down."""

    crops: tuple[Line, ...]  # crop marks at the corners of the printed area
    joins: tuple[Line, ...]  # (dashed) where a neighbouring sheet overlaps this one
    targets: tuple[tuple[float, float], ...]  # centres of the round alignment marks


def sheet_marks(tile: Tile, grid: TileGrid, mark: float = 9.0, gap: float = 2.0) -> SheetMarks:
    """The crop marks, overlap lines and alignment marks of one sheet (the same mark
    appears on both sheets of an overlap, so they can be laid one over the other)."""
    m, ov = grid.margin, grid.overlap
    pw, ph = grid.sheet[0] - 2 * m, grid.sheet[1] - 2 * m
    crops: list[Line] = []
    for x, y, dx, dy in (
        (m, m, -1, -1),
        (m + pw, m, 1, -1),
        (m, m + ph, -1, 1),
        (m + pw, m + ph, 1, 1),
    ):
        crops.append((x + dx * gap, y, x + dx * (gap + mark), y))
        crops.append((x, y + dy * gap, x, y + dy * (gap + mark)))
    right, below = tile.col < grid.cols - 1, tile.row < grid.rows - 1  # neighbours
    left, above = tile.col > 0, tile.row > 0
    joins: list[Line] = []
    if right:  # vertical joins run upwards (their dashes start at the foot)
        joins.append((m + pw - ov, m + ph, m + pw - ov, m))
    if below:
        joins.append((m, m + ph - ov, m + pw, m + ph - ov))
    if left:
        joins.append((m + ov, m + ph, m + ov, m))
    if above:
        joins.append((m, m + ov, m + pw, m + ov))
    targets = [
        point
        for there, point in (
            (right, (m + pw - ov / 2, m + ph / 2)),
            (left, (m + ov / 2, m + ph / 2)),
            (below, (m + pw / 2, m + ph - ov / 2)),
            (above, (m + pw / 2, m + ov / 2)),
        )
        if there
    ]
    return SheetMarks(tuple(crops), tuple(joins), tuple(targets))

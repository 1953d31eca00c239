"""The hand-over's tables: rows of user text, wrapped with the poster's metrics and drawn
as plain strings (never parsed as markup), split between rows with the header repeated.

reportlab's Table drew every cell through its style machinery and copied the whole rest
of a table at each page break: once the hand-over printed every row (a 20,000-touchpoint
map has thousands of pains), the tables took more time than the poster. A Grid draws a
page's rows as one text object, one path of rules and one path of stripes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cjdesigner import palette
from cjdesigner.textmetrics import wrap

from .pdf_fonts import FontSet
from .pdf_text import TextOps, fill_op

PAD = 6.0  # cell padding left and right, in points
VPAD = 3.0  # cell padding above and below

Cell = list[str] | Flowable  # the wrapped lines of a text cell, or a drawn cell


@dataclass(frozen=True)
class GridStyle:
    """Fonts and sizes of one kind of table."""

    fonts: FontSet
    size: float
    leading: float


@dataclass(frozen=True)
class _Row:
    cells: tuple[Cell, ...]
    height: float
    index: int  # among the table's rows: every other one is striped, across pages too


class Grid(Flowable):
    """A table: a header row (repeated on every page) and rows of wrapped text or small
    flowables, in columns of the given widths."""

    def __init__(
        self,
        style: GridStyle,
        widths: Sequence[float],
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        cap: int = 0,
    ) -> None:
        """``cap``: the most lines a row may have; a longer text goes on in further rows
        (a table splits only between rows, and a row taller than a page is never printed)."""
        super().__init__()
        self.style = style
        self.widths = list(widths)
        self.header = [
            self._lines(str(h), w, "semibold") for h, w in zip(header, widths, strict=True)
        ]
        self.header_height = self._height(self.header)
        self.rows: list[_Row] = []
        for row in rows:
            for cells in self._pieces(
                [self._cell(c, w) for c, w in zip(row, widths, strict=True)], cap
            ):
                self.rows.append(_Row(tuple(cells), self._height(cells), len(self.rows)))
        self._rows_height = sum(r.height for r in self.rows)

    # ------------------------------------------------------------ building
    def _lines(self, text: str, width: float, font_style: str = "regular") -> list[str]:
        return wrap(text, max(width - 2 * PAD, 1.0), self.style.size, font_style) or [""]

    def _cell(self, value: object, width: float) -> Cell:
        return value if isinstance(value, Flowable) else self._lines(str(value), width)

    def _height(self, cells: Sequence[Cell]) -> float:
        tallest = self.style.leading
        for cell in cells:
            h = cell.wrap(0, 0)[1] if isinstance(cell, Flowable) else len(cell) * self.style.leading
            tallest = max(tallest, h)
        return tallest + 2 * VPAD

    @staticmethod
    def _pieces(cells: list[Cell], cap: int) -> list[list[Cell]]:
        longest = max((len(c) for c in cells if not isinstance(c, Flowable)), default=0)
        if not cap or longest <= cap:
            return [cells]
        out = []
        for start in range(0, longest, cap):
            piece: list[Cell] = []
            for cell in cells:
                if not isinstance(cell, Flowable) and len(cell) > cap:
                    piece.append(cell[start : start + cap])
                else:  # a drawn cell or a short text: in the first row only
                    piece.append(cell if start == 0 else [""])
            out.append(piece)
        return out

    def _part(self, rows: list[_Row], rows_height: float) -> Grid:
        part = Grid.__new__(Grid)
        Flowable.__init__(part)
        part.style, part.widths = self.style, self.widths
        part.header, part.header_height, part.rows = self.header, self.header_height, rows
        part._rows_height = rows_height  # known: a long table is split page after page
        return part

    # ------------------------------------------------------------ flowable
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + self._rows_height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.header_height
        fit, used = 0, 0.0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        rest = self._rows_height - used
        return [self._part(self.rows[:fit], used), self._part(self.rows[fit:], rest)]

    def draw(self) -> None:
        c = self.canv
        width = sum(self.widths)
        top = self.header_height + self._rows_height
        stripes, rules = c.beginPath(), c.beginPath()
        y = top - self.header_height
        for row in self.rows:
            if row.index % 2:
                stripes.rect(0, y - row.height, width, row.height)
            y -= row.height
            rules.moveTo(0, y)
            rules.lineTo(width, y)
        c.setFillColor(HexColor(palette.LANE_STRIPES[0]))
        c.drawPath(stripes, stroke=0, fill=1)
        text = c.beginText()
        ops = TextOps(c, text)
        self._text_row(ops, self.header, top, "semibold", palette.INK_SECONDARY)
        drawn: list[tuple[Flowable, float, float]] = []
        y = top - self.header_height
        for row in self.rows:
            x = 0.0
            for cell, w in zip(row.cells, self.widths, strict=True):
                if isinstance(cell, Flowable):
                    drawn.append((cell, x + PAD, y - VPAD - cell.wrap(0, 0)[1]))
                x += w
            self._text_row(ops, row.cells, y, "regular", palette.INK)
            y -= row.height
        c.drawText(text)
        for cell, x, bottom in drawn:
            operators = getattr(cell, "operators", None)
            if operators is not None:  # a Rating: its dots as ready-made operators
                c._code.append(f"q 1 0 0 1 {fp_str(x, bottom)} cm {operators()} Q")
            else:
                cell.drawOn(c, x, bottom)
        c.setStrokeColor(HexColor(palette.RULE))
        c.setLineWidth(0.3)
        c.drawPath(rules, stroke=1, fill=0)
        c.setStrokeColor(HexColor(palette.INK_FAINT))
        c.setLineWidth(0.8)
        y = top - self.header_height
        c.line(0, y, width, y)

    def _text_row(
        self, ops: TextOps, cells: Sequence[Cell], top: float, font_style: str, colour: str
    ) -> None:
        """The lines of a row's text cells, top-aligned, into the page's text object
        (fallback fonts piece by piece where Open Sans lacks a character)."""
        fonts, size, leading = self.style.fonts, self.style.size, self.style.leading
        ops.raw(fill_op(colour))
        x = 0.0
        for cell, w in zip(cells, self.widths, strict=True):
            copy_text = getattr(cell, "copy_text", None)
            if copy_text:  # a drawn cell's value, invisible, there to copy and search
                ops.raw("3 Tr")
                ops.put(fonts.main[font_style], size, x + PAD, top - VPAD - size, copy_text)
                ops.raw("0 Tr")
            if not isinstance(cell, Flowable):
                baseline = top - VPAD - size
                for line in cell:
                    left = x + PAD
                    pieces = fonts.pieces(line, font_style) if line else []
                    for i, (font, piece) in enumerate(pieces):
                        ops.put(font, size, left, baseline, piece)
                        if i + 1 < len(pieces):
                            left += stringWidth(piece, font, size)
                    baseline -= leading
            x += w

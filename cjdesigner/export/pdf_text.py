"""Text written straight into a PDF text object (BT…ET) as operators.

reportlab's textOut does per call what a page of text repeats thousands of times: it looks
the font up, measures the string to move its cursor, formats its operators through a
temporary list. The poster and the hand-over place every piece themselves, so they need
only the operators: a text matrix, the font subset when it changes, the encoded string.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject


@lru_cache(maxsize=512)
def fill_op(hex_colour: str) -> str:
    """The PDF operator that sets this fill colour (what setFillColor writes), once."""
    c = HexColor(hex_colour)
    return f"{fp_str(c.red, c.green, c.blue)} rg"


class TextOps:
    """Pieces of text for one text object; every font must be a TrueType font (ours)."""

    def __init__(self, canvas: Canvas, text: PDFTextObject) -> None:
        self._doc = canvas._doc
        self._escape = canvas._escape
        self._code = text._code
        self._fonts: dict[str, pdfmetrics.Font] = {}
        self._now: tuple[str, int, float] | None = None  # (font, subset, size) in force

    def put(self, font_name: str, size: float, x: float, y: float, text: str) -> None:
        """``text`` in one font, its baseline starting at (x, y)."""
        font = self._fonts.get(font_name)
        if font is None:
            font = self._fonts[font_name] = pdfmetrics.getFont(font_name)
        code = self._code
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for subset, encoded in font.splitString(text, self._doc):
            if (font_name, subset, size) != self._now:
                name = font.getSubsetInternalName(subset, self._doc)
                code.append(f"{name} {fp_str(size)} Tf")
                self._now = (font_name, subset, size)
            code.append(f"({self._escape(encoded)}) Tj")

    def raw(self, operators: str) -> None:
        """Other operators inside the text object (a colour, a rendering mode)."""
        self._code.append(operators)

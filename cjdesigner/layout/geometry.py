"""Value types of the layout: rectangles and runs of text, in points, y pointing down."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner (x, y), width w, height h."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y of the bottom edge."""
        return self.y + self.h

    @property
    def cx(self) -> float:
        """x of the centre."""
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        """y of the centre."""
        return self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        """True when the point lies inside (edges included)."""
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def intersects(self, other: Rect, gap: float = 0.0) -> bool:
        """True when the rectangles overlap or come closer than ``gap``."""
        return not (
            other.x >= self.right + gap
            or other.right + gap <= self.x
            or other.y >= self.bottom + gap
            or other.bottom + gap <= self.y
        )

    def overlap_area(self, other: Rect) -> float:
        """Area shared by the two rectangles (0 when they do not touch)."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0.0

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        """The rectangle shrunk by dx on the left and right and dy on the top and bottom."""
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def moved(self, dx: float, dy: float) -> Rect:
        """The same rectangle shifted by (dx, dy)."""
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True, slots=True)
class TextRun:
    """One line of text: drawn with its baseline starting at (x, y).

    ``style`` is a key of ``cjdesigner.fonts.font_files()``; ``size`` is in points.
    Renderers draw the text exactly as given: the layout already wrapped and
    ellipsised it, so the screen and the paper break lines in the same places.
    """

    x: float
    y: float
    text: str
    size: float
    style: str = "regular"
    colour: str = "#1F2328"

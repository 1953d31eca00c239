"""The emotion curve (and, in a future-state map, the current-state curve behind it).

The curve is split into chunks of a few dozen segments, each its own child item, so a
drag repaints only the part of the curve that moved, not a line across the whole map.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import CubicSegment

from ..painting import curve_path
from ..style import Z_CURVE, pen
from .base import MapItem

CURVE_WIDTH = 2.75
CHUNK = 8  # segments per child item: a drag dirties only a small area


class _Chunk(QGraphicsItem):
    """A run of consecutive curve segments."""

    def __init__(self, parent: QGraphicsItem, dashed: bool) -> None:
        super().__init__(parent)
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._dashed = dashed

    def set_segments(self, segments: list[CubicSegment]) -> None:
        self.prepareGeometryChange()
        self._path = curve_path(segments)
        margin = CURVE_WIDTH
        self._bounds = self._path.boundingRect().adjusted(-margin, -margin, margin, margin)
        self.update()

    def path(self) -> QPainterPath:
        return self._path

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._dashed:
            painter.setPen(pen(palette.CURVE_BASELINE, 2.0, Qt.PenStyle.DashLine))
        else:
            painter.setPen(pen(palette.CURVE, CURVE_WIDTH))
        painter.drawPath(self._path)


class CurveItem(MapItem):
    """A smooth, truthful line through the dots in time order; follows drags live."""

    def __init__(
        self, map_id: str, segments: list[CubicSegment], baseline: list[CubicSegment] | None = None
    ) -> None:
        self._segments: list[CubicSegment] = []
        self._chunks: list[_Chunk] = []
        self._baseline_chunks: list[_Chunk] = []
        self._baseline: list[CubicSegment] = []
        super().__init__(map_id, segments, Z_CURVE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self._rebuild(segments)
        self.set_baseline(baseline)

    def compute_bounds(self, segments: list[CubicSegment]) -> QRectF:
        return QRectF()  # the chunks paint; this item only groups them

    def set_box(self, segments: list[CubicSegment]) -> None:
        """Show a whole new curve."""
        super().set_box(segments)
        self._rebuild(segments)

    def _rebuild(self, segments: list[CubicSegment]) -> None:
        self._segments = list(segments)
        self._fill(self._chunks, self._segments, dashed=False)

    def _fill(self, chunks: list[_Chunk], segments: list[CubicSegment], dashed: bool) -> None:
        """Give ``chunks`` the segments, CHUNK each, reusing chunks and adding or removing
        only as many as the count needs."""
        needed = (len(segments) + CHUNK - 1) // CHUNK
        while len(chunks) < needed:
            chunk = _Chunk(self, dashed=dashed)
            if dashed:
                chunk.setZValue(-1)  # the current state stays behind the curve
            chunks.append(chunk)
        while len(chunks) > needed:
            chunk = chunks.pop()
            chunk.setParentItem(None)
            if chunk.scene() is not None:
                chunk.scene().removeItem(chunk)
        for i, chunk in enumerate(chunks):
            chunk.set_segments(segments[i * CHUNK : (i + 1) * CHUNK])

    def replace_segments(self, start: int, segments: list[CubicSegment]) -> None:
        """Replace segments ``start``… (same count) and repaint only their chunks."""
        end = start + len(segments)
        if start < 0 or end > len(self._segments):
            self._rebuild(self._segments[: max(start, 0)] + segments + self._segments[end:])
            return
        self._segments[start:end] = segments
        for index in range(start // CHUNK, (max(end - 1, start)) // CHUNK + 1):
            self._chunks[index].set_segments(self._segments[index * CHUNK : (index + 1) * CHUNK])

    def segments(self) -> list[CubicSegment]:
        """The segments shown now."""
        return list(self._segments)

    def set_baseline(self, baseline: list[CubicSegment] | None) -> None:
        """Show (or hide, with None) the current-state curve behind this one. Called on
        every refresh: an unchanged baseline (most edits) costs one comparison, no repaint."""
        segments = list(baseline or [])
        if segments == self._baseline:
            return
        self._baseline = segments
        self._fill(self._baseline_chunks, segments, dashed=True)

    def has_baseline(self) -> bool:
        """True when the current-state curve is shown."""
        return bool(self._baseline_chunks)

    def path(self) -> QPainterPath:
        """The whole curve as one path (for tests and hit checks)."""
        return curve_path(self._segments)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass

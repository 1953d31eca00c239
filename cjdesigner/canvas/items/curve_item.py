"""The emotion curve (and, in a future-state map, the current-state curve behind it)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import CubicSegment

from ..painting import curve_path
from ..style import Z_CURVE, pen
from .base import MapItem

CURVE_WIDTH = 2.75


class CurveItem(MapItem):
    """A smooth, truthful line through the dots in time order; follows drags live."""

    def __init__(
        self, map_id: str, segments: list[CubicSegment], baseline: list[CubicSegment] | None = None
    ) -> None:
        self._path = QPainterPath()
        self._baseline_path = QPainterPath()
        self._baseline = baseline or []
        super().__init__(map_id, segments, Z_CURVE)

    def compute_bounds(self, segments: list[CubicSegment]) -> QRectF:
        self._path = curve_path(segments)
        self._baseline_path = curve_path(self._baseline)
        margin = CURVE_WIDTH
        return (
            self._path.boundingRect()
            .united(self._baseline_path.boundingRect())
            .adjusted(-margin, -margin, margin, margin)
        )

    def set_baseline(self, baseline: list[CubicSegment] | None) -> None:
        """Show (or hide, with None) the current-state curve behind this one."""
        self._baseline = baseline or []
        self.set_box(self._box)

    def path(self) -> QPainterPath:
        """The curve as drawn now."""
        return self._path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not self._baseline_path.isEmpty():
            painter.setPen(pen(palette.CURVE_BASELINE, 2.0, Qt.PenStyle.DashLine))
            painter.drawPath(self._baseline_path)
        painter.setPen(pen(palette.CURVE, CURVE_WIDTH))
        painter.drawPath(self._path)

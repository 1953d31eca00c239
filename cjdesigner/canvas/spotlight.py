"""One stage in front of the room, on screen: Qt rectangles for the view, and the fade.

In presentation mode Page Down / Page Up (what a presenter's clicker sends) walk the
map stage by stage. The view frames the stage and fades everything else, so the room
reads one stage at a time and still sees where it sits in the journey. The geometry is
``layout.frames``, shared with the slides PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from cjdesigner import palette
from cjdesigner.layout import MapLayout, Rect, frames
from cjdesigner.layout.frames import stage_after

__all__ = ["Fade", "paint_fade", "stage_after", "stage_frame", "stage_region"]

FADE = QColor(palette.PAPER)
FADE.setAlphaF(frames.FADE_ALPHA)  # the rest of the map, as if behind tracing paper


def _q(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def stage_region(layout: MapLayout, stage_id: str) -> list[QRectF]:
    """``frames.stage_region`` as Qt rectangles."""
    return [_q(r) for r in frames.stage_region(layout, stage_id)]


def stage_frame(layout: MapLayout, stage_id: str, width: float, height: float) -> QRectF | None:
    """``frames.stage_frame`` as a Qt rectangle."""
    frame = frames.stage_frame(layout, stage_id, width, height)
    return _q(frame) if frame is not None else None


class Fade:
    """Fades the map around one stage, remembering the rectangles for the layout it
    was made from (a 20,000-touchpoint map: 2.7 ms to work out, at every repaint)."""

    def __init__(self) -> None:
        # the layout itself, not its id: a freed layout's id can come back for the next
        self._layout: MapLayout | None = None
        self._stage_id = ""
        self._rects: list[Rect] = []

    def paint(self, painter: QPainter, layout: MapLayout, stage_id: str) -> bool:
        """Fade all but ``stage_id``; False when the stage is gone."""
        if layout is not self._layout or stage_id != self._stage_id:
            self._rects = frames.faded_rects(layout, stage_id)
            self._layout, self._stage_id = layout, stage_id
        return paint_fade(painter, self._rects)


def paint_fade(painter: QPainter, rects: list[Rect]) -> bool:
    """Fade these rectangles of the map; False when there are none (no such stage)."""
    if not rects:
        return False
    painter.save()
    # whole pixels: neighbouring rectangles then meet edge to edge, never blended twice
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for rect in rects:
        painter.fillRect(_q(rect), FADE)
    painter.restore()
    return True

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

__all__ = ["paint_fade", "stage_after", "stage_frame", "stage_region"]

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


def paint_fade(painter: QPainter, layout: MapLayout, stage_id: str) -> bool:
    """Fade the map around one stage; False when the stage is gone."""
    rects = frames.faded_rects(layout, stage_id)
    if not rects:
        return False
    painter.save()
    # whole pixels: neighbouring rectangles then meet edge to edge, never blended twice
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for rect in rects:
        painter.fillRect(_q(rect), FADE)
    painter.restore()
    return True

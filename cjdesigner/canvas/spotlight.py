"""One stage in front of the room: the part of the map to frame, and the rest faded.

In presentation mode Page Down / Page Up (what a presenter's clicker sends) walk the
map stage by stage. The view frames the stage's column and fades everything else, so
the room reads one stage at a time and still sees where it sits in the journey.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from cjdesigner.layout import MapLayout

FADE = QColor(255, 255, 255, 185)  # the rest of the map, as if behind tracing paper
# The whole column (lanes too) is framed only if that brings it this much closer than
# the whole map; otherwise the frame stops under the pains and opportunities. A few
# stages on a 16:9 projector come only 1.3x closer whole (card titles at 11 px), but
# 2x without the lanes (17 px), whose notes are too small to read across a room anyway.
CLOSER = 1.6


def stage_frame(layout: MapLayout, stage_id: str, width: float, height: float) -> QRectF | None:
    """The map rectangle to fit in a ``width`` × ``height`` view to show one stage: its
    whole column (header, band, markers and lanes), or, when that would come little
    closer than the whole map already is (a few stages on a wide screen), the column
    down to its pains and opportunities. None for an unknown stage."""
    region = stage_region(layout, stage_id)
    if not region or width <= 0 or height <= 0:
        return None
    margin = 2 * layout.sizes.gap
    frame = region[0]
    for rect in region[1:]:
        frame = frame.united(rect)
    frame.adjust(-margin, -margin, margin, margin)
    whole_map = min(width / layout.width, height / layout.height)
    if _scale(frame, width, height) < CLOSER * whole_map:
        strip = layout.marker_strip
        bottom = strip.bottom if strip.h > 0 else layout.band.rect.bottom
        frame.setBottom(bottom + margin)
    return frame


def stage_region(layout: MapLayout, stage_id: str) -> list[QRectF]:
    """What belongs to one stage on the map: its column (header, cards, lane notes:
    none of them leaves it) and the labels of its pains and opportunities, which may
    reach into the next column. Empty for an unknown stage."""
    box = layout.stage_box(stage_id)
    if box is None:
        return []
    col = box.column
    region = [QRectF(col.x, col.y, col.w, col.h)]
    for marker in layout.markers.values():
        anchor = layout.touchpoints.get(marker.anchor_id)
        if marker.anchor_id == stage_id or (anchor is not None and anchor.stage_id == stage_id):
            for r in (marker.glyph, marker.rect):
                region.append(QRectF(r.x, r.y, r.w, r.h))
    return region


def _scale(rect: QRectF, width: float, height: float) -> float:
    return min(width / rect.width(), height / rect.height())


def stage_after(layout: MapLayout, current: str | None, forward: bool) -> str | None:
    """The next (or previous) stage to show; None, the whole map, after the last one
    (or before the first). From the whole map: the first (or the last) stage."""
    ids = [s.stage_id for s in layout.stages]
    if not ids:
        return None
    if current not in ids:
        return ids[0] if forward else ids[-1]
    i = ids.index(current) + (1 if forward else -1)
    return ids[i] if 0 <= i < len(ids) else None


def paint_fade(painter: QPainter, layout: MapLayout, stage_id: str) -> bool:
    """Fade the map around one stage's column; False when the stage is gone."""
    region = stage_region(layout, stage_id)
    if not region:
        return False
    hole = QPainterPath()
    hole.setFillRule(Qt.FillRule.WindingFill)  # overlaps add up, never cancel out
    for rect in region:
        hole.addRect(rect.adjusted(-1, -1, 1, 1))
    hole = hole.simplified()  # one outline around the column and its labels
    faded = QPainterPath()
    faded.addRect(QRectF(0, 0, layout.width, layout.height))
    painter.fillPath(faded.subtracted(hole), FADE)
    return True

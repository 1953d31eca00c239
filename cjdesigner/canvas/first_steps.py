"""The hint an empty map shows on screen: how to add its first touchpoint (or stage).

The window gives the texts (with its own shortcuts, in the interface's language); the
view draws the one that applies over the emotion band, in screen pixels, so it keeps
its size at any zoom and never reaches an export, the clipboard or the projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsView

from cjdesigner import palette
from cjdesigner.layout import MapLayout
from cjdesigner.model import JourneyMap

PIXELS = 16  # the hint's type size on screen
MAX_WIDTH = 560  # pixels: two short lines rather than one across the whole band


def hint_for(journey_map: JourneyMap, hints: dict[str, str]) -> str | None:
    """The hint for this map: "no_stages", "no_touchpoints", or None once it has some."""
    if journey_map.touchpoints:
        return None
    return hints.get("no_touchpoints" if journey_map.stages else "no_stages")


def paint_hint(painter: QPainter, view: QGraphicsView, layout: MapLayout, text: str) -> None:
    """Write ``text`` in the middle of the band's upper half (clear of the zero line),
    if that part of the band is on screen and large enough to hold it."""
    band = layout.band
    upper = QRectF(band.rect.x, band.rect.y, band.rect.w, band.zero_y - band.rect.y)
    area = view.mapFromScene(upper).boundingRect().intersected(view.viewport().rect())
    if area.height() < 60 or area.width() < 200:
        return  # too small to read: zoomed far out, or scrolled past the band
    width = min(area.width() - 40, MAX_WIDTH)
    box = QRect(area.center().x() - width // 2, area.top(), width, area.height())
    painter.save()
    painter.resetTransform()  # viewport pixels
    font = painter.font()
    font.setPixelSize(PIXELS)
    painter.setFont(font)
    painter.setPen(QColor(palette.INK_SECONDARY))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.restore()

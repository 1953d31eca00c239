"""Drawing the layout's primitives with QPainter: text runs, glyph paths, curves."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen

from cjdesigner import glyphs, palette
from cjdesigner.layout import CubicSegment, Rect, TextRun

from .style import BASE_PIXELS, base_font, colour


def qrect(r: Rect) -> QRectF:
    """A QRectF for a layout rectangle."""
    return QRectF(r.x, r.y, r.w, r.h)


def path_from_ops(ops: glyphs.Path) -> QPainterPath:
    """A QPainterPath from glyph path operations."""
    path = QPainterPath()
    for op in ops:
        kind = op[0]
        if kind == "M":
            path.moveTo(op[1], op[2])
        elif kind == "L":
            path.lineTo(op[1], op[2])
        elif kind == "C":
            path.cubicTo(op[1], op[2], op[3], op[4], op[5], op[6])
        else:
            path.closeSubpath()
    return path


@cache
def glyph_path(name: str) -> QPainterPath:
    """A glyph in its 24-unit box: a channel value, "pain", "pain_mark", "star", "face_happy"…"""
    ops = glyphs.glyph_ops(name)
    return path_from_ops(ops)


def draw_glyph(
    painter: QPainter,
    name: str,
    box: Rect,
    stroke: str | None = None,
    fill: str | None = None,
    width: float = 1.5,
) -> None:
    """Draw a glyph scaled into ``box``; ``width`` is in glyph units (24 per box side)."""
    painter.save()
    painter.translate(box.x, box.y)
    scale = box.w / glyphs.BOX
    painter.scale(scale, scale)
    painter.setPen(QPen(colour(stroke), width) if stroke else Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour(fill)) if fill else Qt.BrushStyle.NoBrush)
    painter.drawPath(glyph_path(name))
    painter.restore()


def draw_marker_glyph(painter: QPainter, kind: str, box: Rect) -> None:
    """A pain (triangle with !) or opportunity (circle with +): shape AND colour."""
    fill = palette.PAIN if kind == "pain" else palette.OPPORTUNITY
    draw_glyph(painter, kind, box, stroke=palette.PAPER, fill=fill, width=1.2)
    draw_glyph(painter, f"{kind}_mark", box, stroke=palette.PAPER, width=2.6)


def draw_runs(
    painter: QPainter, runs: list[TextRun], min_pixels: float = 0.0, exposed: QRectF | None = None
) -> None:
    """Draw text runs exactly where the layout put them (one scene unit = one point).

    Runs smaller than ``min_pixels`` on screen are skipped (level of detail), and so are
    runs outside ``exposed`` (the part of the item being repainted).
    """
    if not runs:
        return
    scale_now = painter.worldTransform().m11() if min_pixels else 1.0
    if exposed is not None and exposed.isEmpty():
        exposed = None
    for run in runs:
        if min_pixels and run.size * scale_now < min_pixels:
            continue
        if exposed is not None and (
            run.y + run.size < exposed.top()
            or run.y - run.size > exposed.bottom()
            or run.x > exposed.right()
            or run.x + len(run.text) * run.size < exposed.left()
        ):
            continue
        painter.save()
        painter.translate(run.x, run.y)
        factor = run.size / BASE_PIXELS
        painter.scale(factor, factor)
        painter.setFont(base_font(run.style))
        painter.setPen(colour(run.colour))
        painter.drawText(QPointF(0, 0), run.text)
        painter.restore()


def curve_path(segments: list[CubicSegment]) -> QPainterPath:
    """The emotion curve as one QPainterPath."""
    path = QPainterPath()
    if not segments:
        return path
    path.moveTo(*segments[0].p0)
    for seg in segments:
        path.cubicTo(QPointF(*seg.p1), QPointF(*seg.p2), QPointF(*seg.p3))
    return path

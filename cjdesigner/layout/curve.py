"""The emotion curve: a smooth line through the touchpoints that never overshoots.

Monotone cubic interpolation (Fritsch–Carlson): between two touchpoints the curve
stays within their two scores, so it never bulges past +5/-5 nor invents a peak no
touchpoint has (a Catmull-Rom spline does both). Returned as cubic Bézier segments,
which QPainterPath.cubicTo and reportlab's curveTo draw identically.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class CubicSegment:
    """From p0 to p3 with control points p1 and p2."""

    p0: Point
    p1: Point
    p2: Point
    p3: Point


def monotone_tangents(xs: Sequence[float], ys: Sequence[float]) -> list[float]:
    """Fritsch–Carlson slopes at each point (xs strictly increasing)."""
    n = len(xs)
    if n < 2:
        return [0.0] * n
    secants = [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(n - 1)]
    tangents = [secants[0]]
    for i in range(1, n - 1):
        a, b = secants[i - 1], secants[i]
        tangents.append(0.0 if a * b <= 0 else (a + b) / 2)
    tangents.append(secants[-1])
    for i, d in enumerate(secants):
        if d == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        alpha, beta = tangents[i] / d, tangents[i + 1] / d
        norm = alpha * alpha + beta * beta
        if norm > 9:
            tau = 3 / math.sqrt(norm)
            tangents[i] = tau * alpha * d
            tangents[i + 1] = tau * beta * d
    return tangents


def monotone_curve(points: Sequence[Point]) -> list[CubicSegment]:
    """Bézier segments through ``points`` (in time order, x non-decreasing).

    Points sharing an x are joined by a straight vertical step, since a function of
    time cannot take two values at one instant.
    """
    if len(points) < 2:
        return []
    segments: list[CubicSegment] = []
    run: list[Point] = [points[0]]
    for point in points[1:]:
        if point[0] - run[-1][0] <= 1e-9:
            segments.extend(_smooth(run))
            segments.append(_straight(run[-1], point))
            run = [point]
        else:
            run.append(point)
    segments.extend(_smooth(run))
    return segments


def _straight(a: Point, b: Point) -> CubicSegment:
    return CubicSegment(a, a, b, b)


def _smooth(run: Sequence[Point]) -> list[CubicSegment]:
    if len(run) < 2:
        return []
    xs = [p[0] for p in run]
    ys = [p[1] for p in run]
    m = monotone_tangents(xs, ys)
    out = []
    for i in range(len(run) - 1):
        h = xs[i + 1] - xs[i]
        out.append(
            CubicSegment(
                run[i],
                (xs[i] + h / 3, ys[i] + m[i] * h / 3),
                (xs[i + 1] - h / 3, ys[i + 1] - m[i + 1] * h / 3),
                run[i + 1],
            )
        )
    return out

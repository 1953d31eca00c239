"""One stage in front: what belongs to it, the part of the map that frames it, and the
rest of the map to fade. Shared by the canvas's stage walk and the slides PDF.
"""

from __future__ import annotations

from itertools import pairwise

from .boxes import MapLayout
from .geometry import Rect

# The whole column (lanes too) is framed only if that brings it this much closer than
# the whole map; otherwise the frame stops under the pains and opportunities. A few
# stages on a 16:9 screen come only 1.3x closer whole (card titles at 11 px on a 1080p
# projector), but 2x without the lanes (17 px), whose notes are too small to read across
# a room anyway.
CLOSER = 1.6
FADE_ALPHA = 185 / 255  # white over the rest of the map, as if behind tracing paper


def stage_region(layout: MapLayout, stage_id: str) -> list[Rect]:
    """What belongs to one stage on the map: its column (header, cards, lane notes:
    none of them leaves it), then the glyphs and labels of its pains and opportunities,
    which may reach into the next column. Empty for an unknown stage."""
    box = layout.stage_box(stage_id)
    if box is None:
        return []
    region = [box.column]
    for marker in layout.markers.values():
        anchor = layout.touchpoints.get(marker.anchor_id)
        if marker.anchor_id == stage_id or (anchor is not None and anchor.stage_id == stage_id):
            region += [marker.glyph, marker.rect]
    return region


def stage_frame(layout: MapLayout, stage_id: str, width: float, height: float) -> Rect | None:
    """The map rectangle to fit in a ``width`` × ``height`` view (or page) to show one
    stage: its whole column (header, band, markers and lanes), or, when that would come
    little closer than the whole map already is (a few stages on a wide screen), the
    column down to its pains and opportunities. None for an unknown stage."""
    region = stage_region(layout, stage_id)
    if not region or width <= 0 or height <= 0:
        return None
    margin = 2 * layout.sizes.gap
    left = min(r.x for r in region) - margin
    top = min(r.y for r in region) - margin
    right = max(r.right for r in region) + margin
    bottom = max(r.bottom for r in region) + margin
    whole_map = min(width / layout.width, height / layout.height)
    if min(width / (right - left), height / (bottom - top)) < CLOSER * whole_map:
        strip = layout.marker_strip
        bottom = (strip.bottom if strip.h > 0 else layout.band.rect.bottom) + margin
    return Rect(left, top, right - left, bottom - top)


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


def faded_rects(layout: MapLayout, stage_id: str) -> list[Rect]:
    """The map outside one stage's region, as rectangles that neither overlap each other
    nor the region (so a translucent fill fades everything else exactly once). Empty
    for an unknown stage."""
    holes = stage_region(layout, stage_id)
    if not holes:
        return []
    return complement(Rect(0.0, 0.0, layout.width, layout.height), holes)


def complement(outer: Rect, holes: list[Rect]) -> list[Rect]:
    """``outer`` minus the union of ``holes``, as disjoint rectangles: the grid of every
    hole edge, each row's uncovered cells merged into runs."""
    xs = sorted(
        {
            outer.x,
            outer.right,
            *(_clamp(v, outer.x, outer.right) for h in holes for v in (h.x, h.right)),
        }
    )
    ys = sorted(
        {
            outer.y,
            outer.bottom,
            *(_clamp(v, outer.y, outer.bottom) for h in holes for v in (h.y, h.bottom)),
        }
    )
    out: list[Rect] = []
    for y0, y1 in pairwise(ys):
        if y1 <= y0:
            continue
        cy = (y0 + y1) / 2
        run_start: float | None = None
        for x0, x1 in pairwise(xs):
            cx = (x0 + x1) / 2
            covered = any(h.x <= cx <= h.right and h.y <= cy <= h.bottom for h in holes)
            if not covered and run_start is None:
                run_start = x0
            elif covered and run_start is not None:
                out.append(Rect(run_start, y0, x0 - run_start, y1 - y0))
                run_start = None
        if run_start is not None:
            out.append(Rect(run_start, y0, xs[-1] - run_start, y1 - y0))
    return out


def _clamp(value: float, lo: float, hi: float) -> float:
    return min(max(value, lo), hi)

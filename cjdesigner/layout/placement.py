"""Deterministic placement of labels that must not overlap: touchpoint cards, markers.

Cards go above or below their dot (alternating, or away from the band's edge), then
shift sideways, then stack further out with a leader line. Candidates are tried in a
fixed order and collisions are found through a coarse grid, so placing thousands of
cards stays linear and the same map always looks the same, on screen and on paper.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .geometry import Rect


class RectIndex:
    """A uniform grid of buckets for fast "does this rectangle hit anything?" queries."""

    def __init__(self, cell: float) -> None:
        self._cell = max(cell, 1.0)
        # bucket → list of (x0, y0, x1, y1, owner, rect); tuples keep the hot loop cheap.
        self._buckets: dict[tuple[int, int], list[tuple[float, float, float, float, str, Rect]]] = (
            defaultdict(list)
        )

    def add(self, r: Rect, owner: str = "") -> None:
        """Remember a rectangle (``owner`` lets a card ignore its own dot)."""
        c = self._cell
        entry = (r.x, r.y, r.x + r.w, r.y + r.h, owner, r)
        for i in range(int(r.x // c), int((r.x + r.w) // c) + 1):
            for j in range(int(r.y // c), int((r.y + r.h) // c) + 1):
                self._buckets[(i, j)].append(entry)

    def any_hit(self, r: Rect, gap: float = 0.0, ignore: str = "") -> bool:
        """True when ``r`` overlaps (or comes within ``gap`` of) a remembered rectangle."""
        return self.any_hit_at(r.x - gap, r.y - gap, r.x + r.w + gap, r.y + r.h + gap, ignore)

    def any_hit_at(self, x0: float, y0: float, x1: float, y1: float, ignore: str = "") -> bool:
        """``any_hit`` for the box from (x0, y0) to (x1, y1), gap included."""
        c = self._cell
        buckets = self._buckets
        for i in range(int(x0 // c), int(x1 // c) + 1):
            for j in range(int(y0 // c), int(y1 // c) + 1):
                for ex0, ey0, ex1, ey1, owner, _rect in buckets.get((i, j), ()):
                    if (
                        ex0 < x1
                        and ex1 > x0
                        and ey0 < y1
                        and ey1 > y0
                        and not (ignore and owner == ignore)
                    ):
                        return True
        return False

    def hits(self, r: Rect, gap: float = 0.0, ignore: str = "") -> list[Rect]:
        """Remembered rectangles that ``r`` overlaps (or comes within ``gap`` of)."""
        c = self._cell
        x0, y0 = r.x - gap, r.y - gap
        x1, y1 = r.x + r.w + gap, r.y + r.h + gap
        found: dict[int, Rect] = {}
        buckets = self._buckets
        for i in range(int(x0 // c), int(x1 // c) + 1):
            for j in range(int(y0 // c), int(y1 // c) + 1):
                for ex0, ey0, ex1, ey1, owner, rect in buckets.get((i, j), ()):
                    if ex0 < x1 and ex1 > x0 and ey0 < y1 and ey1 > y0:
                        if ignore and owner == ignore:
                            continue
                        found[id(rect)] = rect
        return list(found.values())


class CurveIndex:
    """Answers "does the curve pass through this rectangle?" in O(log n).

    Each monotone-cubic segment is monotone in x and in y (that is what Fritsch–Carlson
    guarantees), so within any x interval it stays between its y values at the ends;
    the straight chord between them is a close enough stand-in for avoiding the line.
    """

    def __init__(self, points: Sequence[tuple[float, float]]) -> None:
        self._points = list(points)
        self._xs = [p[0] for p in self._points]

    def crosses(self, r: Rect) -> bool:
        """True when the polyline through the points enters ``r``."""
        pts = self._points
        if len(pts) < 2:
            return False
        x0, x1 = r.x, r.x + r.w
        i = max(0, bisect_left(self._xs, x0) - 1)
        while i < len(pts) - 1 and pts[i][0] <= x1:
            (ax, ay), (bx, by) = pts[i], pts[i + 1]
            i += 1
            if bx < x0:
                continue
            if bx - ax <= 1e-9:
                lo, hi = min(ay, by), max(ay, by)
            else:
                t0 = (max(ax, x0) - ax) / (bx - ax)
                t1 = (min(bx, x1) - ax) / (bx - ax)
                ya, yb = ay + (by - ay) * t0, ay + (by - ay) * t1
                lo, hi = min(ya, yb), max(ya, yb)
            if lo <= r.y + r.h and hi >= r.y:
                return True
        return False


@dataclass(frozen=True)
class CardRequest:
    """What the placer needs to know about one touchpoint card."""

    owner: str
    dot_x: float
    dot_y: float
    width: float
    height: float
    lo_x: float  # the card must stay within [lo_x, hi_x] (its stage column)
    hi_x: float
    prefer_below: bool | None  # None: alternate with the previous card


@dataclass(frozen=True)
class CardPlacement:
    """Where a card went, and whether it needs a leader line or still overlaps."""

    rect: Rect
    above: bool
    stacked: bool
    overlaps: bool


def place_cards(
    requests: Sequence[CardRequest],
    bounds: Rect,
    dots: Iterable[tuple[str, Rect]],
    gap: float,
    curve: CurveIndex | None = None,
    max_levels: int = 4,
    last_above: bool = False,
) -> list[CardPlacement]:
    """Place cards in the order given (time order) without overlapping cards or dots.

    The ``curve`` is avoided when a nearby candidate allows it, but a card may cover
    the line rather than stack far from its dot. ``last_above``: the side the card
    before these took (cards without a preference alternate).
    """
    cell = max((r.width for r in requests), default=100.0)
    index = RectIndex(cell)
    for owner, dot in dots:
        index.add(dot, owner)
    placements: list[CardPlacement] = []
    half_gap = gap / 2
    top, bottom = bounds.y, bounds.bottom
    for req in requests:
        above_first = (not last_above) if req.prefer_below is None else not req.prefer_below
        chosen: CardPlacement | None = None
        fallback: CardPlacement | None = None
        w, h, owner = req.width, req.height, req.owner
        for x, y, above, level in _candidate_spots(req, above_first, gap, max_levels):
            if y < top or y + h > bottom:
                continue
            if index.any_hit_at(
                x - half_gap, y - half_gap, x + w + half_gap, y + h + half_gap, owner
            ):
                continue
            rect = Rect(x, y, w, h)
            if curve is None or not curve.crosses(rect):
                chosen = CardPlacement(rect, above, level > 0, False)
                break
            if fallback is None and level <= 1:
                fallback = CardPlacement(rect, above, level > 0, False)
        chosen = chosen or fallback
        if chosen is None:
            candidates = list(_candidates(req, above_first, gap, max_levels))
            chosen = _least_overlap(candidates, index, bounds, half_gap, owner)
        index.add(chosen.rect, owner)
        placements.append(chosen)
        last_above = chosen.above
    return placements


def _least_overlap(
    candidates: list[tuple[Rect, bool, int]],
    index: RectIndex,
    bounds: Rect,
    half_gap: float,
    owner: str,
) -> CardPlacement:
    """No free spot: the candidate that covers the least of its neighbours (or a clamp)."""
    best: tuple[float, Rect, bool, int] | None = None
    for rect, above, level in candidates:
        if rect.y < bounds.y or rect.bottom > bounds.bottom:
            continue
        overlap = sum(rect.overlap_area(h) for h in index.hits(rect, half_gap, ignore=owner))
        if best is None or overlap < best[0]:
            best = (overlap, rect, above, level)
    if best is None:  # nothing fits in the band at all: clamp the first choice
        rect, above, _level = candidates[0]
        top = min(max(rect.y, bounds.y), bounds.bottom - rect.h)
        return CardPlacement(Rect(rect.x, top, rect.w, rect.h), above, False, True)
    _, rect, above, level = best
    return CardPlacement(rect, above, level > 0, True)


def _candidate_spots(
    req: CardRequest, above_first: bool, gap: float, max_levels: int
) -> Iterable[tuple[float, float, bool, int]]:
    """(x, y, above, level) of each place to try, best first: beside the dot, shifted
    half a card either way, then stacked further out (straight above or below)."""
    centred = min(max(req.dot_x - req.width / 2, req.lo_x), max(req.lo_x, req.hi_x - req.width))
    shifts = (0.0, req.width / 2 + gap, -(req.width / 2 + gap))
    sides = (True, False) if above_first else (False, True)
    lo, hi = req.lo_x - 0.01, req.hi_x + 0.01 - req.width
    for level in range(max_levels + 1):
        offset = gap + level * (req.height + gap)
        for shift in shifts if level < 2 else (0.0,):
            x = centred + shift
            if x < lo or x > hi:
                continue
            for above in sides:
                y = req.dot_y - offset - req.height if above else req.dot_y + offset
                yield x, y, above, level


def _candidates(
    req: CardRequest, above_first: bool, gap: float, max_levels: int
) -> Iterable[tuple[Rect, bool, int]]:
    for x, y, above, level in _candidate_spots(req, above_first, gap, max_levels):
        yield Rect(x, y, req.width, req.height), above, level


@dataclass(frozen=True)
class StripRequest:
    """A marker label to place in the markers row, as near its anchor as possible."""

    owner: str
    anchor_x: float
    width: float


def place_in_rows(
    requests: Sequence[StripRequest], left: float, right: float, gap: float
) -> list[tuple[int, float]]:
    """(row, x) for each request, left to right; a new row starts when one is full.

    Each label goes at its anchor if free, else just right of the previous label in the
    lowest row where it still lands near its anchor.
    """
    row_ends: list[float] = []
    out: list[tuple[int, float]] = []
    for req in requests:
        want = min(max(req.anchor_x, left), right - req.width)
        placed = False
        for row, end in enumerate(row_ends):
            x = max(want, end + gap)
            if x + req.width <= right and x - want <= req.width:
                row_ends[row] = x + req.width
                out.append((row, x))
                placed = True
                break
        if not placed:
            row_ends.append(want + req.width)
            out.append((len(row_ends) - 1, want))
    return out

"""The emotion curve (and, in a future-state map, the current-state curve behind it).

The curve is split into chunks of a few segments, each its own item, so a drag
repaints only the part of the curve that moved, not a line across the whole map. The
chunks are top-level items, not children of the curve: Qt culls top-level items through
its index, but asks every child of a visible parent for its bounds on every repaint
(5,000 Python calls a frame on a 20,000-touchpoint map).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from cjdesigner import palette
from cjdesigner.layout import CubicSegment

from ..painting import curve_path
from ..style import Z_CURVE, pen
from .base import MapItem

CURVE_WIDTH = 2.75
CHUNK = 4  # segments per chunk: a drag dirties only a small area (4 vs 8: p95 frame at
# 100% on 200 touchpoints 1.66 -> 1.43 ms; 1, 2 and 4 measured alike, 16 worse)


class _Chunk(QGraphicsItem):
    """A run of consecutive curve segments."""

    def __init__(self, dashed: bool) -> None:
        super().__init__()
        # the current state stays behind the curve
        self.setZValue(Z_CURVE - 0.5 if dashed else Z_CURVE)
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._shown: list[CubicSegment] | None = None
        self._dashed = dashed

    def set_segments(self, segments: list[CubicSegment]) -> None:
        if segments == self._shown:
            return  # e.g. a drag's splice undone and redone within one frame
        self._shown = list(segments)
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


class RunLengths:
    """Lengths of the chunks' runs with prefix sums in O(log n) (a Fenwick tree): a drag
    splices the curve a few times a frame, and summing 5,000 run lengths each time was a
    third of a frame at fit-all on 20,000 touchpoints."""

    def __init__(self, lengths: list[int]) -> None:
        self._n = len(lengths)
        self._lengths = list(lengths)
        tree = [0, *lengths]
        for i in range(1, self._n + 1):
            j = i + (i & -i)
            if j <= self._n:
                tree[j] += tree[i]
        self._tree = tree
        self.total = sum(lengths)

    def prefix(self, k: int) -> int:
        """Sum of the first ``k`` lengths."""
        tree, out = self._tree, 0
        while k > 0:
            out += tree[k]
            k -= k & -k
        return out

    def set(self, k: int, length: int) -> None:
        """Run ``k`` now holds ``length`` segments."""
        delta = length - self._lengths[k]
        if not delta:
            return
        self._lengths[k] = length
        self.total += delta
        tree, i = self._tree, k + 1
        while i <= self._n:
            tree[i] += delta
            i += i & -i

    def run_at(self, position: int) -> int:
        """The last run that starts at or before segment ``position`` (what
        ``bisect_right(offsets, position) - 1`` gives on the list of run starts)."""
        tree, k, rest = self._tree, 0, position
        step = 1 << self._n.bit_length()
        while step:
            nxt = k + step
            if nxt <= self._n and tree[nxt] <= rest:
                k = nxt
                rest -= tree[nxt]
            step >>= 1
        return k


class CurveItem(MapItem):
    """A smooth, truthful line through the dots in time order; follows drags live."""

    def __init__(
        self, map_id: str, segments: list[CubicSegment], baseline: list[CubicSegment] | None = None
    ) -> None:
        self._segments: list[CubicSegment] | None = []  # None: join ``_runs`` when asked
        self._runs: list[list[CubicSegment]] = []  # what each chunk shows
        self._lengths = RunLengths([])
        self._pending: set[int] = set()  # chunks a deferred splice changed
        self._chunks: list[_Chunk] = []
        self._baseline_chunks: list[_Chunk] = []
        self._baseline: list[CubicSegment] = []
        self._chunk_scene: QGraphicsScene | None = None  # where the chunks are shown
        super().__init__(map_id, segments, Z_CURVE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self._rebuild(segments)
        self.set_baseline(baseline)

    def compute_bounds(self, segments: list[CubicSegment]) -> QRectF:
        return QRectF()  # the chunks paint; this item only groups them

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            # the chunks follow the curve into (or out of) a scene
            old, new = self._chunk_scene, self.scene()
            for chunk in [*self._chunks, *self._baseline_chunks]:
                if old is not None and chunk.scene() is old:
                    old.removeItem(chunk)
                if new is not None:
                    new.addItem(chunk)
            self._chunk_scene = new
        return super().itemChange(change, value)

    def chunks(self) -> list[QGraphicsItem]:
        """The items that draw the curve (and the current-state curve behind it)."""
        return [*self._baseline_chunks, *self._chunks]

    def set_box(self, segments: list[CubicSegment]) -> None:
        """Show a whole new curve."""
        super().set_box(segments)
        self._rebuild(segments)

    def _rebuild(self, segments: list[CubicSegment]) -> None:
        self._pending.clear()
        self._segments = list(segments)
        self._runs = self._fill(self._chunks, self._segments, dashed=False)
        self._lengths = RunLengths([len(run) for run in self._runs])

    def _fill(
        self, chunks: list[_Chunk], segments: list[CubicSegment], dashed: bool
    ) -> list[list[CubicSegment]]:
        """Give ``chunks`` the segments, CHUNK each, reusing chunks and adding or removing
        only as many as the count needs; returns each chunk's run of segments."""
        needed = (len(segments) + CHUNK - 1) // CHUNK
        while len(chunks) < needed:
            chunk = _Chunk(dashed=dashed)
            chunks.append(chunk)
            if self._chunk_scene is not None:
                self._chunk_scene.addItem(chunk)
        while len(chunks) > needed:
            chunk = chunks.pop()
            if chunk.scene() is not None:
                chunk.scene().removeItem(chunk)
        runs = [segments[i * CHUNK : (i + 1) * CHUNK] for i in range(needed)]
        for chunk, run in zip(chunks, runs, strict=True):
            chunk.set_segments(run)
        return runs

    def splice(
        self, start: int, stop: int, segments: list[CubicSegment], defer: bool = False
    ) -> None:
        """Replace segments ``start:stop`` with ``segments`` (any count), repainting only
        the chunks that held them: the other chunks keep their runs, so a dot dragged far
        along a long curve redoes two small stretches, not everything in between. With
        ``defer``, chunks are repainted by ``flush`` (only those whose run ends up
        different, so splices undone and redone within one frame cost no repaint)."""
        runs = self._runs
        if not runs:
            self._rebuild(list(segments))
            return
        self._segments = None  # the flat list is joined again only when asked for
        lengths = self._lengths
        total = lengths.total
        if not 0 <= start <= stop <= total:
            flat = self.segments()
            self._rebuild(flat[: max(start, 0)] + segments + flat[stop:])
            return
        first = lengths.run_at(start)
        first = min(first, len(runs) - 1)
        last = max(first, min(len(runs) - 1, lengths.run_at(max(stop - 1, start))))
        base = lengths.prefix(first)
        joined = [seg for run in runs[first : last + 1] for seg in run]
        joined[start - base : stop - base] = segments
        count = last - first + 1
        size, extra = divmod(len(joined), count)
        at = 0
        for k in range(count):
            take = size + (1 if k < extra else 0)
            runs[first + k] = joined[at : at + take]
            lengths.set(first + k, take)
            if defer:
                self._pending.add(first + k)
            else:
                self._chunks[first + k].set_segments(runs[first + k])
            at += take

    def flush(self) -> None:
        """Repaint the chunks that deferred splices changed."""
        for k in sorted(self._pending):
            if k < len(self._chunks):
                self._chunks[k].set_segments(self._runs[k])
        self._pending.clear()

    def segments(self) -> list[CubicSegment]:
        """The segments shown now."""
        if self._segments is None:
            self._segments = [seg for run in self._runs for seg in run]
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
        return curve_path(self.segments())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pass

"""Canvas: scene build vs plain rect items; drag frame times vs the same drag over plain items."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from .harness import Row, interleaved_medians, percentile, repeats
from .mapgen import generate_map

DRAG_STEPS = 150  # frames per drag: p95 is then the 8th-slowest, not the 3rd
FRAME_S = 1 / 60  # one frame at 60 Hz: a drag must never take longer


def _app() -> QApplication:
    return QApplication.instance() or QApplication([])


def _plain_scene(n: int) -> QGraphicsScene:
    scene = QGraphicsScene()
    for i in range(n):
        rect = QGraphicsRectItem(0, 0, 160, 44)
        rect.setPos((i % 200) * 170.0, (i // 200) * 60.0)
        scene.addItem(rect)
    return scene


def _plain_text_scene(n: int) -> QGraphicsScene:
    scene = QGraphicsScene()
    for i in range(n):
        rect = QGraphicsRectItem(0, 0, 160, 44)
        rect.setPos((i % 200) * 170.0, (i // 200) * 60.0)
        text = QGraphicsSimpleTextItem(f"Touchpoint {i}", rect)
        text.setPos(8, 8)
        scene.addItem(rect)
    # A fixed scene rect, as the map's scene has. Without one the scene grows while the
    # item moves, the view's scroll range changes and Qt repaints the whole viewport
    # every frame: the floor measured 0.5 ms at 200 items and 198 ms at 20,000 (fit-all)
    # where moving one rect costs 0.02-0.1 ms.
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-200, -200, 200, 200))
    return scene


def _send(
    view: QGraphicsView, kind: QEvent.Type, scene_pos: QPointF, buttons: Qt.MouseButton
) -> None:
    pos = QPointF(view.mapFromScene(scene_pos))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def _frame_times(
    view: QGraphicsView, start: QPointF, step: QPointF, drive: Callable[[QPointF], None]
) -> list[float]:
    """Time each of DRAG_STEPS moves until Qt has repainted what changed.

    The move is handled, then the event loop runs until the scene's dirty regions are
    painted into the viewport — the frame a user waits for.
    """
    times = []
    QApplication.processEvents()
    for i in range(1, DRAG_STEPS + 1):
        t0 = time.perf_counter()
        drive(start + step * i)
        QApplication.processEvents()
        QApplication.processEvents()
        times.append(time.perf_counter() - t0)
    return times


def _canvas_drag(view: QGraphicsView, scene, fit: bool) -> list[float]:
    """Drive the real DragTouchpoints interaction (hit-testing a sub-pixel dot at fit-all
    zoom would be luck), one move per frame."""
    from PySide6.QtWidgets import QGraphicsSceneMouseEvent

    from cjdesigner.canvas.interactions import DragTouchpoints

    layout = scene.layout
    tp_id = layout.time_order[len(layout.time_order) // 2]
    start = QPointF(*layout.touchpoints[tp_id].dot)
    if fit:
        view.fitInView(
            QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio
        )
    else:
        view.resetTransform()
        view.centerOn(start)
    interaction = DragTouchpoints(scene, start, [scene.item_for(tp_id)])
    scene.interaction = interaction
    step = QPointF(5, -3) / view.transform().m11()  # a hand moves a few pixels per frame
    event = QGraphicsSceneMouseEvent()

    def drive(pos: QPointF) -> None:
        event.setScenePos(pos)
        interaction.move(event)

    times = _frame_times(view, start, step, drive)
    scene.cancel_interaction()
    return times


def _plain_drag(view: QGraphicsView, scene: QGraphicsScene, fit: bool) -> list[float]:
    items = sorted(
        (i for i in scene.items() if isinstance(i, QGraphicsRectItem)),
        key=lambda i: (i.pos().y(), i.pos().x()),
    )
    item = items[len(items) // 2]
    start = item.pos()
    if fit:
        view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    else:
        view.resetTransform()
        view.centerOn(start)
    step = QPointF(5, -3) / view.transform().m11()
    times = _frame_times(view, start, step, item.setPos)
    item.setPos(start)  # the next run drags the same item from the same place
    QApplication.processEvents()
    return times


def run(sizes: list[int], runs: int) -> list[Row]:
    """Scene build and drag frame rows for each size."""
    _app()
    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.canvas.style import ensure_fonts
    from cjdesigner.document import Document
    from cjdesigner.layout import clear_caches

    ensure_fonts()
    rows = []
    for n in sizes:
        jm = generate_map(n, seed=n)
        k = repeats(n, runs)
        documents = [Document(jm.model_copy(deep=True)) for _ in range(k)]
        scenes = []

        plain_scenes: list[QGraphicsScene] = []

        def build(documents: list = documents, scenes: list = scenes) -> None:
            scenes.append(MapScene(documents[len(scenes)]))

        def build_plain(n: int = n, kept: list = plain_scenes) -> None:
            # kept alive like ours: a dropped scene is destroyed inside the timing, which
            # doubled the floor (2,000 rects: 9.1 ms built and destroyed, 5.0 ms built)
            kept.append(_plain_scene(n))

        # Each build starts with cold caches (measured text, remembered stages), as
        # opening a map in a fresh app does: a warm run would reuse the last run's work.
        build_time, floor = interleaved_medians([build, build_plain], k, setup=clear_caches)
        plain_scenes.clear()
        size = f"{n} tp"
        rows.append(
            Row(
                "canvas",
                "scene build (layout + items)",
                size,
                build_time,
                floor,
                5.0,
                note=f"floor: {n} rect items",
            )
        )
        scene = scenes[-1]
        # one map open while dragging, as in the app: the other builds' scenes (k maps of
        # n touchpoints) would otherwise stay in memory for the collector to walk
        del scenes[:-1], documents[:-1]
        gc.collect()
        view = QGraphicsView(scene)
        view.resize(1600, 1000)
        view.show()
        plain = _plain_text_scene(n)
        plain_view = QGraphicsView(plain)
        plain_view.resize(1600, 1000)
        plain_view.show()
        QApplication.processEvents()
        for fit in (False, True):
            label = "fit-all" if fit else "100%"
            # k drags each (150 frames), ours and the floor's alternating; the figure is
            # the median of their p95 frames
            ours_p95, base_p95 = [], []
            for _ in range(k):
                ours_p95.append(percentile(_canvas_drag(view, scene, fit), 95))
                base_p95.append(percentile(_plain_drag(plain_view, plain, fit), 95))
            ours, base = statistics.median(ours_p95), statistics.median(base_p95)
            what = f"drag p95 frame at {label}"
            rows.append(
                Row(
                    "canvas",
                    what,
                    size,
                    ours,
                    base,
                    3.0,
                    note="floor: rect+text items, fixed scene rect; also ≤ 16.7 ms",
                    cap=FRAME_S,
                )
            )
        view.close()
        plain_view.close()
    return rows

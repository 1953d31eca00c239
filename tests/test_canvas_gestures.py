"""Drive the real canvas with the mouse: every gesture is one undo step, undo is exact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from cjdesigner.canvas.items import MarkerItem, StageItem, TouchpointItem
from cjdesigner.document import Document
from cjdesigner.model import load_map
from tests import helpers
from tests.conftest import SAMPLES


@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


_exact_undo = helpers.exact_undo_step


def _center(view, rect):
    view.centerOn(rect.cx, rect.cy)


def test_drag_stage_header_to_reorder(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    first = scene.item_for(jm.stages[0].id)
    target = scene.item_for(jm.stages[2].id).box.header
    header = first.box.header
    view.set_zoom(0.3)
    _center(view, target)
    before, count = jm.model_dump(), window.document.undo_stack.count()
    moved_id = jm.stages[0].id
    tps = [t.id for t in jm.touchpoints if t.stage_id == moved_id]
    helpers.drag(view, (header.cx, header.cy), (target.right - 5, target.cy))
    assert [s.id for s in jm.stages].index(moved_id) == 2
    assert all(jm.touchpoint(t).stage_id == moved_id for t in tps)  # they travel with it
    # its touchpoints are drawn inside its new column
    column = scene.item_for(moved_id).box.column
    for t in tps:
        assert column.x <= scene.item_for(t).box.dot[0] <= column.right
    _exact_undo(window, before, count)


def test_move_a_stage_with_the_keyboard_as_its_drag_would(window):
    """Ctrl+Shift+Right and Left move the selected stage, its touchpoints with it: the
    keyboard's way to reorder (a drag was the only one). Greyed out at the ends, and
    with touchpoints selected the keys still nudge them in time."""
    jm = window.document.journey_map
    scene, view, actions = window.scene, window.view, window.editing.actions
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    ids = [s.id for s in jm.stages]
    scene.select_ids([ids[0]])
    assert not actions["move_stage_left"].isEnabled()
    assert actions["move_stage_right"].isEnabled()
    before, count = jm.model_dump(), window.document.undo_stack.count()
    view.setFocus()
    helpers.key(view, Qt.Key.Key_Right, shift_ctrl)
    assert [s.id for s in jm.stages] == [ids[1], ids[0], *ids[2:]]
    assert scene.selected_ids() == [ids[0]]  # still selected, to move on
    assert window.document.undo_stack.undoText() == f"Move stage “{jm.stages[1].name}”"
    _exact_undo(window, before, count)
    window.document.undo_stack.undo()  # (it ends redone)
    scene.select_ids([ids[-1]])
    assert actions["move_stage_left"].isEnabled()
    assert not actions["move_stage_right"].isEnabled()
    helpers.key(view, Qt.Key.Key_Right, shift_ctrl)  # nowhere to go: nothing happens
    assert [s.id for s in jm.stages] == ids
    tp = jm.touchpoints[0]
    scene.select_ids([tp.id])
    position = tp.position
    helpers.key(view, Qt.Key.Key_Right, shift_ctrl)
    assert tp.position > position and [s.id for s in jm.stages] == ids


def test_drag_stage_right_edge_to_resize(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    stage = jm.stages[1]
    header = scene.item_for(stage.id).box.header
    _center(view, header)
    before, count = jm.model_dump(), window.document.undo_stack.count()
    grip = (header.right - 1, header.cy)
    helpers.drag(view, grip, (header.right + header.w * 0.5, header.cy))
    assert stage.width == pytest.approx(1.5, abs=0.06)
    _exact_undo(window, before, count)


def test_drag_touchpoint_up_two_points_and_across_a_stage_border(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    tp = next(t for t in jm.touchpoints if t.title == "Comparador de vuelos")  # +1, first stage
    item = scene.item_for(tp.id)
    band = scene.layout.band
    x, y = item.box.dot
    _center(view, item.box.card)
    before, count = jm.model_dump(), window.document.undo_stack.count()
    up_two = band.emotion_to_y(tp.emotion + 2) - band.emotion_to_y(tp.emotion)
    helpers.drag(view, (x, y), (x, y + up_two + 3))  # a little off: snapping to whole points
    assert tp.emotion == 3 and tp.stage_id == jm.stages[0].id
    _exact_undo(window, before, count)
    # now across the border into the next stage
    next_stage = scene.item_for(jm.stages[1].id).box
    x, y = scene.item_for(tp.id).box.dot
    count = window.document.undo_stack.count()
    helpers.drag(view, (x, y), (next_stage.inner_left + 20, y))
    assert tp.stage_id == jm.stages[1].id and 0 <= tp.position < 0.5
    assert window.document.undo_stack.count() == count + 1


def test_alt_drag_sets_emotion_in_tenths(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    tp = next(t for t in jm.touchpoints if t.title == "Comparador de vuelos")
    x, y = scene.item_for(tp.id).box.dot
    _center(view, scene.item_for(tp.id).box.card)
    band = scene.layout.band
    target = band.emotion_to_y(2.4)
    helpers.drag(view, (x, y), (x, target), modifiers=Qt.KeyboardModifier.AltModifier)
    assert tp.emotion == pytest.approx(2.4, abs=0.11) and tp.emotion != round(tp.emotion)


def test_escape_cancels_a_drag_and_restores_everything(window, qtbot):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    tp = jm.touchpoints[3]
    item = scene.item_for(tp.id)
    x, y = item.box.dot
    _center(view, item.box.card)
    before, count = jm.model_dump(), window.document.undo_stack.count()
    path_before = scene.curve_item.path().boundingRect()
    helpers.press(view, (x, y))
    helpers.move(view, (x + 40, y + 120))
    helpers.move(view, (x + 80, y + 200))
    assert item.pos() != QPointF(0, 0)  # live feedback
    view.setFocus()
    helpers.key(view, Qt.Key.Key_Escape)
    helpers.release(view, (x + 80, y + 200))
    assert jm.model_dump() == before and window.document.undo_stack.count() == count
    assert item.pos() == QPointF(0, 0)
    assert scene.curve_item.path().boundingRect() == path_before


def test_rubber_band_select_then_drag_moves_all_as_one_step(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    stage = jm.stages[0]
    in_stage = [t for t in jm.touchpoints if t.stage_id == stage.id]
    boxes = [scene.item_for(t.id).box for t in in_stage]
    column = scene.item_for(stage.id).box.column
    left = max(min(b.card.x for b in boxes) - 10, column.x + 1)
    top = min(min(b.card.y, b.dot[1]) for b in boxes) - 10
    right = min(max(b.card.right for b in boxes) + 10, column.right - 1)
    bottom = max(max(b.card.bottom, b.dot[1]) for b in boxes) + 10
    view.set_zoom(0.35)
    view.centerOn((left + right) / 2, (top + bottom) / 2)
    empty_corner = (left, top)
    assert scene._top_item(QPointF(*empty_corner)) is None
    helpers.drag(view, empty_corner, (right, bottom))
    assert set(scene.selected_ids()) == {t.id for t in in_stage}
    before, count = jm.model_dump(), window.document.undo_stack.count()
    emotions = [t.emotion for t in in_stage]
    x, y = boxes[0].dot
    band = scene.layout.band
    down_one = band.emotion_to_y(-1) - band.emotion_to_y(0)
    helpers.drag(view, (x, y), (x, y + down_one))
    assert [t.emotion for t in in_stage] == [max(-5, e - 1) for e in emotions]
    _exact_undo(window, before, count)


def test_double_click_in_the_band_adds_a_touchpoint_and_edits_its_title(window, qtbot):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    stage_box = scene.layout.stages[4]  # Vuelo
    band = scene.layout.band
    y = band.emotion_to_y(-2)
    x = next(  # an empty spot of the band inside the stage, as a user would pick
        x
        for x in range(int(stage_box.inner_left), int(stage_box.inner_right), 4)
        if scene._top_item(QPointF(x, y)) is None
    )
    view.centerOn(x, y)
    count = len(jm.touchpoints)
    helpers.double_click(view, (x, y))
    assert len(jm.touchpoints) == count + 1
    new = jm.touchpoints[-1]
    assert (new.stage_id, new.emotion) == (stage_box.stage_id, -2)
    assert new.title == "Nuevo punto de contacto"  # the map is in Spanish
    qtbot.waitUntil(lambda: view.editor is not None, timeout=2000)
    editor = view.editor
    assert editor is not None
    editor.editor.setText("Avisos de retraso")
    helpers.key(editor.editor, Qt.Key.Key_Return)
    assert new.title == "Avisos de retraso"
    stack = window.document.undo_stack
    stack.undo()
    assert jm.touchpoint(new.id).title == "Nuevo punto de contacto"
    stack.undo()
    assert jm.touchpoint(new.id) is None


def test_mark_pain_with_the_keyboard_and_drag_it_to_a_stage(window, qtbot):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    tp = next(t for t in jm.touchpoints if t.title == "Check-in online en la app")
    scene.select_ids([tp.id])
    view.setFocus()
    before, count = jm.model_dump(), window.document.undo_stack.count()
    window.editing.actions["mark_pain"].trigger()
    pain = jm.pains[-1]
    assert pain.touchpoint_id == tp.id and pain.title == "Nuevo dolor"
    qtbot.waitUntil(lambda: view.editor is not None, timeout=2000)
    view.editor.cancel()
    _exact_undo(window, before, count)
    marker = scene.item_for(pain.id)
    assert isinstance(marker, MarkerItem)
    target = scene.item_for(jm.stages[5].id).box
    view.set_zoom(0.3)
    view.centerOn(marker.box.glyph.cx, marker.box.glyph.cy)
    helpers.drag(
        view, (marker.box.glyph.cx, marker.box.glyph.cy), (target.column.cx, marker.box.glyph.cy)
    )
    assert pain.stage_id == jm.stages[5].id and pain.touchpoint_id is None


def test_delete_a_stage_takes_its_touchpoints_and_markers_and_undo_brings_them_back(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    stage = jm.stages[1]  # Reserva: holds a pain and an opportunity
    header = scene.item_for(stage.id).box.header
    _center(view, header)
    helpers.press(view, (header.cx, header.cy))
    helpers.release(view, (header.cx, header.cy))
    assert scene.selected_ids() == [stage.id]
    before, count = jm.model_dump(), window.document.undo_stack.count()
    view.setFocus()
    window.editing.actions["delete"].trigger()
    assert jm.stage(stage.id) is None
    assert all(t.stage_id != stage.id for t in jm.touchpoints)
    assert scene.item_for(stage.id) is None
    _exact_undo(window, before, count)
    window.document.undo_stack.undo()
    assert isinstance(scene.item_for(stage.id), StageItem)
    assert all(isinstance(scene.item_for(t.id), TouchpointItem) for t in jm.touchpoints)


def test_deleting_several_stages_with_the_mouse_leaves_a_map_that_saves(window, tmp_path):
    """Click one stage header, Ctrl+click another, Delete: both go with all their notes
    and markers, the map stays sound (it used to keep the first stage's lane notes, and
    Save refused the map), and undo and redo are exact."""
    from cjdesigner.model import save_map
    from cjdesigner.model.journey import find_reference_problem

    jm = window.document.journey_map
    scene, view = window.scene, window.view
    first, second = jm.stages[1], jm.stages[2]
    assert all(first.id in lane.cells and second.id in lane.cells for lane in jm.lanes)
    for stage, modifiers in (
        (second, helpers.NO_MODIFIER),
        (first, Qt.KeyboardModifier.ControlModifier),
    ):
        header = scene.item_for(stage.id).box.header
        _center(view, header)
        helpers.press(view, (header.cx, header.cy), modifiers=modifiers)
        helpers.release(view, (header.cx, header.cy), modifiers=modifiers)
    assert set(scene.selected_ids()) == {first.id, second.id}
    before, count = jm.model_dump(), window.document.undo_stack.count()
    view.setFocus()
    window.editing.actions["delete"].trigger()
    assert jm.stage(first.id) is None and jm.stage(second.id) is None
    assert find_reference_problem(jm) is None
    assert all(first.id not in lane.cells and second.id not in lane.cells for lane in jm.lanes)
    save_map(jm, tmp_path / "saved.journey.json")  # refused before: dangling lane notes
    after = jm.model_dump()
    _exact_undo(window, before, count)
    window.document.undo_stack.redo()
    assert jm.model_dump() == after


def test_arrow_keys_nudge_and_a_held_key_is_one_step(window):
    jm = window.document.journey_map
    scene, view = window.scene, window.view
    tp = jm.touchpoints[0]
    scene.select_ids([tp.id])
    view.setFocus()
    start, count = tp.emotion, window.document.undo_stack.count()
    helpers.key(view, Qt.Key.Key_Down)
    for _ in range(3):
        helpers.key(view, Qt.Key.Key_Down, auto_repeat=True)
    assert tp.emotion == start - 4
    assert window.document.undo_stack.count() == count + 1
    helpers.key(view, Qt.Key.Key_Right)
    assert window.document.undo_stack.count() == count + 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert tp.emotion == start


def test_copy_paste_and_duplicate_touchpoints(window):
    jm = window.document.journey_map
    scene = window.scene
    tp = jm.touchpoints[2]
    scene.select_ids([tp.id])
    count = len(jm.touchpoints)
    assert scene.controller.copy() == 1
    pasted = scene.controller.paste()
    assert len(pasted) == 1 and len(jm.touchpoints) == count + 1
    copy = jm.touchpoint(pasted[0])
    assert copy.title == tp.title and copy.id != tp.id and copy.stage_id == tp.stage_id
    assert scene.selected_ids() == pasted
    duplicated = scene.controller.duplicate()
    assert len(duplicated) == 1 and len(jm.touchpoints) == count + 2


def test_touchpoints_travel_with_their_pains_and_opportunities(window, tmp_path):
    """Copy in one map, paste in another: the copies keep their markers, an opportunity
    still answers the copied pain (its copy), and the map stays sound."""
    from cjdesigner.model.journey import find_reference_problem

    jm = window.document.journey_map
    scene = window.scene
    opp = next(o for o in jm.opportunities if o.touchpoint_id and o.answers_pain_id)
    pain = jm.pains[[p.id for p in jm.pains].index(opp.answers_pain_id)]
    chosen = {opp.touchpoint_id, pain.touchpoint_id} - {None}
    scene.select_ids(sorted(chosen))
    assert scene.controller.copy() == len(chosen)
    window.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    other = window.document.journey_map
    before = (len(other.touchpoints), len(other.pains), len(other.opportunities))
    pasted = window.scene.controller.paste()
    assert len(pasted) == len(chosen)
    new_pains = [p for p in other.pains if p.touchpoint_id in pasted]
    new_opps = [o for o in other.opportunities if o.touchpoint_id in pasted]
    assert [p.title for p in new_pains if p.title == pain.title]
    copy_of_opp = next(o for o in new_opps if o.title == opp.title)
    assert copy_of_opp.answers_pain_id in {p.id for p in new_pains}
    assert find_reference_problem(other) is None
    window.document.undo_stack.undo()  # one step takes it all back
    assert (len(other.touchpoints), len(other.pains), len(other.opportunities)) == before


def test_rebuilt_scene_has_the_same_items(window):
    scene = window.scene
    live = {(type(i).__name__, i.model_id(), repr(i.box)) for i in scene.map_items()}
    scene.rebuild()
    again = {(type(i).__name__, i.model_id(), repr(i.box)) for i in scene.map_items()}
    assert live == again
    jm = window.document.journey_map
    ids = {i.model_id() for i in scene.map_items()}
    assert {t.id for t in jm.touchpoints} <= ids and {s.id for s in jm.stages} <= ids
    assert all(isinstance(scene.item_for(t.id), TouchpointItem) for t in jm.touchpoints)


def test_pointer_shows_a_hand_over_touchpoints_and_markers(window):
    """Moving the pointer over a card shows the pointing hand, over a pain the open hand,
    and back over the empty band the arrow again."""
    from PySide6.QtCore import Qt

    view, layout = window.view, window.scene.layout
    viewport = view.viewport()
    tp_box = layout.touchpoints[layout.time_order[2]]
    card = tp_box.card
    helpers.move(view, (card.x + card.w / 2, card.y + card.h / 2), buttons=helpers.NO_BUTTONS)
    assert viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor
    marker = next(iter(layout.markers.values()))
    glyph = marker.glyph
    helpers.move(view, (glyph.cx, glyph.cy), buttons=helpers.NO_BUTTONS)
    assert viewport.cursor().shape() == Qt.CursorShape.OpenHandCursor
    band = layout.band.rect
    empty = (band.x + 2, band.y + 2)
    assert not any(
        isinstance(i, TouchpointItem | MarkerItem) for i in window.scene.items(QPointF(*empty))
    )
    helpers.move(view, empty, buttons=helpers.NO_BUTTONS)
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_zoom_controls(window):
    view = window.view
    view.actual_size()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_in()
    assert view.zoom() == pytest.approx(1.25)
    view.fit_map()
    layout = window.scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.width() >= layout.width - 1 or visible.height() >= layout.height - 1


def _gesture(view, kind, pos: QPointF, value: float = 0.0) -> bool:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    event = QNativeGestureEvent(
        kind,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        value,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def test_a_touchpad_pinch_zooms_about_the_fingers(window):
    view, label = window.view, window.editing.zoom_label
    view.set_zoom(0.5)
    at = QPointF(300, 200)  # off the viewport's centre, where a plain scale would anchor
    under = view.mapToScene(at.toPoint())
    for _ in range(4):  # a pinch arrives as many small steps
        assert _gesture(view, Qt.NativeGestureType.ZoomNativeGesture, at, 0.1)
    assert view.zoom() == pytest.approx(0.5 * 1.1**4)
    assert label.text() == f"{round(view.zoom() * 100)}%"
    still = view.mapFromScene(under)
    assert abs(still.x() - at.x()) <= 1 and abs(still.y() - at.y()) <= 1
    _gesture(view, Qt.NativeGestureType.ZoomNativeGesture, at, -0.5)
    assert view.zoom() == pytest.approx(0.5 * 1.1**4 * 0.5)
    # a two-finger double tap: the whole map, then 100% where the fingers are
    assert _gesture(view, Qt.NativeGestureType.SmartZoomNativeGesture, at)
    layout = window.scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.width() >= layout.width - 1 or visible.height() >= layout.height - 1
    under = view.mapToScene(at.toPoint())
    assert _gesture(view, Qt.NativeGestureType.SmartZoomNativeGesture, at)
    assert view.zoom() == pytest.approx(1.0)
    still = view.mapFromScene(under)
    assert abs(still.x() - at.x()) <= 1 and abs(still.y() - at.y()) <= 1
    # other gestures (rotate, swipe) are left to Qt
    assert not _gesture(view, Qt.NativeGestureType.RotateNativeGesture, at, 10.0)
    assert view.zoom() == pytest.approx(1.0)


def test_two_fingers_pinching_a_touch_screen_zoom_about_them(window):
    from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

    view = window.view
    view.set_zoom(0.5)
    at = QPointF(260, 180)
    under = view.mapToScene(at.toPoint())
    pinch = QPinchGesture()
    pinch.setCenterPoint(QPointF(view.viewport().mapToGlobal(at.toPoint())))
    pinch.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
    for _ in range(3):
        pinch.setScaleFactor(1.2)
        event = QGestureEvent([pinch])
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted(pinch)
    assert view.zoom() == pytest.approx(0.5 * 1.2**3)
    still = view.mapFromScene(under)
    assert abs(still.x() - at.x()) <= 1 and abs(still.y() - at.y()) <= 1
    pinch.setChangeFlags(QPinchGesture.ChangeFlag.RotationAngleChanged)  # a twist alone
    QApplication.sendEvent(view.viewport(), QGestureEvent([pinch]))
    assert view.zoom() == pytest.approx(0.5 * 1.2**3)


def _live_curve_error(scene, dragged_id: str) -> float:
    """Largest distance between the curve on screen and the whole curve computed afresh
    through every dot where it is now (the dragged one at its live position)."""
    from cjdesigner.layout import monotone_curve

    layout = scene.layout
    points = [layout.touchpoints[i].dot for i in layout.time_order]
    dot = scene.item_for(dragged_id).dot_scene_pos()
    points[layout.time_order.index(dragged_id)] = (dot.x(), dot.y())
    points.sort(key=lambda p: p[0])
    expected = monotone_curve(points)
    live = scene.curve_item.segments()
    assert len(live) == len(expected)
    return max(
        abs(a - b)
        for e, g in zip(expected, live, strict=True)
        for pe, pg in zip((e.p0, e.p1, e.p2, e.p3), (g.p0, g.p1, g.p2, g.p3), strict=True)
        for a, b in zip(pe, pg, strict=True)
    )


def test_live_curve_follows_a_dot_dragged_past_its_neighbours(window):
    """Dragging past other touchpoints redraws only a stretch of the curve, and that
    stretch matches the whole curve computed afresh (within half a unit)."""
    from cjdesigner.canvas.interactions import DragTouchpoints

    scene = window.scene
    layout = scene.layout
    tp_id = layout.time_order[3]
    start = QPointF(*layout.touchpoints[tp_id].dot)
    interaction = DragTouchpoints(scene, start, [scene.item_for(tp_id)])
    scene.interaction = interaction
    event = QGraphicsSceneMouseEvent()
    for step in range(1, 25):  # far to the right, past several touchpoints, then back a bit
        dx = 60 * step if step < 18 else 60 * (36 - step)
        event.setScenePos(start + QPointF(dx, -4 * step))
        interaction.move(event)
        assert _live_curve_error(scene, tp_id) < 0.5, step
    scene.cancel_interaction()
    assert scene.curve_item.segments() == layout.curve


def test_dragging_far_along_a_long_curve_redraws_only_near_the_dot(qtbot):
    """At fit-all on a big map one mouse step jumps past hundreds of touchpoints: the
    live curve still equals the whole curve computed afresh, yet each frame repaths
    only the few chunks near where the dot left and where it is now; a cancel puts the
    layout's curve back exactly."""
    from cjdesigner.canvas.interactions import DragTouchpoints
    from cjdesigner.canvas.items import curve_item
    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.export.image import dispose
    from tests.perf.mapgen import generate_map

    scene = MapScene(Document(generate_map(600, seed=7)))
    layout = scene.layout
    order = layout.time_order
    tp_id = order[40]
    start = QPointF(*layout.touchpoints[tp_id].dot)
    interaction = DragTouchpoints(scene, start, [scene.item_for(tp_id)])
    scene.interaction = interaction
    repathed = []
    original = curve_item._Chunk.set_segments

    def counting(chunk, segments):
        repathed.append(chunk)
        original(chunk, segments)

    curve_item._Chunk.set_segments = counting
    try:
        event = QGraphicsSceneMouseEvent()
        targets = [order[k] for k in (45, 200, 201, 420, 590, 599, 300, 41, 0, 44)]
        for target in targets:
            goal = layout.touchpoints[target].dot
            repathed.clear()
            event.setScenePos(QPointF(goal[0] + 0.5, goal[1] - 3))
            interaction.move(event)
            assert _live_curve_error(scene, tp_id) < 0.5, target
            assert len(set(map(id, repathed))) <= 12, (target, len(set(map(id, repathed))))
    finally:
        curve_item._Chunk.set_segments = original
    scene.cancel_interaction()
    assert scene.curve_item.segments() == layout.curve
    dispose(scene)


def test_a_big_map_gets_room_for_every_card_in_the_pixmap_cache(qtbot):
    """Each card repaints from a cached pixmap; Qt's 10 MB default held ~10,000 of them,
    so a full repaint of a bigger map at fit-all re-rendered every card (5x slower)."""
    from PySide6.QtGui import QPixmapCache

    from cjdesigner.canvas.scene import PIXMAP_KB_PER_CARD, MapScene
    from cjdesigner.export.image import dispose
    from tests.perf.mapgen import generate_map

    QPixmapCache.setCacheLimit(10 * 1024)  # Qt's default (an earlier test may have grown it)
    scene = MapScene(Document(generate_map(6000, seed=3)))
    assert QPixmapCache.cacheLimit() >= len(scene.layout.touchpoints) * PIXMAP_KB_PER_CARD
    dispose(scene)


def test_run_lengths_answer_like_a_list_of_offsets():
    """The drag's splices find runs through prefix sums kept in a tree; they must agree
    with bisecting the plain list of run starts, empty runs included."""
    import random
    from bisect import bisect_right
    from itertools import accumulate

    from cjdesigner.canvas.items.curve_item import RunLengths

    rng = random.Random(1)
    for _ in range(200):
        lengths = [rng.choice([0, 1, 3, 4, 4, 5]) for _ in range(rng.randint(1, 40))]
        tree = RunLengths(lengths)
        for _ in range(40):
            if rng.random() < 0.5:
                k, value = rng.randrange(len(lengths)), rng.randint(0, 6)
                lengths[k] = value
                tree.set(k, value)
            offsets = [0, *accumulate(lengths)]
            assert tree.total == offsets[-1]
            k = rng.randint(0, len(lengths))
            assert tree.prefix(k) == offsets[k]
            position = rng.randint(0, offsets[-1] + 2)
            assert tree.run_at(position) == bisect_right(offsets, position) - 1


def test_curve_chunks_are_top_level_items_that_follow_the_curve(qtbot):
    """Qt asks every child of a visible item for its bounds on every repaint, so the
    curve's chunks are scene-level items (culled by the scene's index): they must still
    come and go with the curve, across documents and the current-state overlay."""
    from cjdesigner.canvas.items.curve_item import _Chunk
    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.export.image import dispose
    from cjdesigner.model.future import future_state_from

    def shown(scene):
        return [item for item in scene.items() if isinstance(item, _Chunk)]

    scene = MapScene(Document(load_map(SAMPLES / "aerolinea.journey.json")))
    chunks = shown(scene)
    assert chunks and sorted(map(id, chunks)) == sorted(map(id, scene.curve_item.chunks()))
    assert all(c.parentItem() is None for c in chunks)
    painted = chunks[0].boundingRect()
    assert painted.width() > 0 and scene.items(painted.center())  # found where it draws
    scene.set_document(Document(load_map(SAMPLES / "concesionario.journey.json")))
    assert sorted(map(id, shown(scene))) == sorted(map(id, scene.curve_item.chunks()))
    future = future_state_from(load_map(SAMPLES / "aerolinea.journey.json"))
    scene.set_document(Document(future))
    scene.set_show_baseline(True)
    both = shown(scene)
    assert len(both) == len(scene.curve_item.chunks()) > len(chunks) - 1
    assert {c.zValue() for c in both} == {9.5, 10.0}  # the current state behind the curve
    scene.set_show_baseline(False)
    assert len(shown(scene)) == len(scene.curve_item.chunks()) < len(both)
    scene.removeItem(scene.curve_item)
    assert shown(scene) == []
    dispose(scene)


def test_the_dragged_score_shows_beside_the_dot_or_in_the_status_bar(window, qtbot):
    """Zoomed in, the score being set is drawn beside the dragged dot; zoomed out past
    15% (where a moving label would repaint dozens of items per pixel) it is not drawn,
    and the status bar says it instead."""
    view, scene = window.view, window.scene
    layout = scene.layout
    tp_id = layout.time_order[2]
    for zoom, on_canvas in ((1.0, True), (0.1, False)):
        view.set_zoom(zoom)
        dot = layout.touchpoints[tp_id].dot
        band = layout.band
        target = band.emotion_to_y(4.0)
        helpers.press(view, dot)
        helpers.move(view, (dot[0] + 2, (dot[1] + target) / 2))
        helpers.move(view, (dot[0] + 3, target))
        interaction = scene.interaction
        assert interaction.label.isVisible() is on_canvas
        if on_canvas:
            assert interaction.label.text() == "+4"
            label_pos = interaction.label.scenePos()
            assert abs(label_pos.y() - target) < 40 / zoom
        assert window.statusBar().currentMessage() == "Emotion +4"
        helpers.release(view, (dot[0] + 3, target))
        window.document.undo_stack.undo()


def test_the_guide_leads_to_the_scale_only_while_the_scale_is_in_view(window):
    """The dashed guide runs from the emotion scale to the dragged dot while the scale is
    on screen. Scrolled away from it, no guide: a line to a scale out of view crossed the
    whole window, and everything under it repainted on every frame of the drag."""
    view, scene = window.view, window.scene
    layout, band = scene.layout, scene.layout.band
    tp_id = layout.time_order[-2]  # far right of the map, away from the scale
    dot = layout.touchpoints[tp_id].dot
    target = band.emotion_to_y(3.0)
    for zoom, guide_shown in ((0.25, True), (1.0, False)):
        view.set_zoom(zoom)
        view.centerOn(QPointF(*dot))
        assert (scene.visible_rect().left() <= band.rect.x) is guide_shown
        helpers.press(view, dot)
        helpers.move(view, (dot[0] + 2, (dot[1] + target) / 2))
        helpers.move(view, (dot[0] + 3, target))
        line = scene.interaction.guide.line()
        if guide_shown:
            assert line.x1() == band.rect.x and abs(line.y1() - target) < 1e-6
            assert abs(line.x2() - scene.item_for(tp_id).dot_scene_pos().x()) < 1e-6
        else:
            assert line.isNull()
        helpers.release(view, (dot[0] + 3, target))
        window.document.undo_stack.undo()


def _menu_entries(menu) -> dict[str, bool]:
    return {a.objectName(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}


def test_right_click_selects_and_offers_the_edit_actions(window, qtbot):
    """Right-click a card: it becomes the selection and the menu offers what Edit does
    (greyed out alike); Delete from the menu removes it as one undo step. Right-click an
    empty spot of the band: nothing stays selected, and "Add Touchpoint Here" adds one
    where the click was."""
    view, scene = window.view, window.scene
    jm, layout = window.document.journey_map, scene.layout
    tp_id = layout.time_order[3]
    card = scene.item_for(tp_id).sceneBoundingRect()
    view.centerOn(card.center())
    before, count = jm.model_dump(), window.document.undo_stack.count()
    helpers.right_click(view, card.center())
    assert scene.selected_ids() == [tp_id]
    menu = window.canvas_menu.menu
    assert menu is not None and menu.isVisible()
    entries = _menu_entries(menu)
    assert entries["action_delete"] and entries["action_copy"] and entries["action_mark_pain"]
    assert "action_add_touchpoint_here" not in entries
    menu.close()
    window.editing.actions["delete"].trigger()  # as a click on the menu entry does
    assert jm.touchpoint(tp_id) is None
    _exact_undo(window, before, count)
    window.document.undo_stack.undo()
    # an empty spot of the band in the last stage, at a whole emotion
    band, last = layout.band, layout.stages[-1]
    spots = [
        (
            f,
            e,
            QPointF(
                last.inner_left + f * (last.inner_right - last.inner_left), band.emotion_to_y(e)
            ),
        )
        for e in (-3.0, -4.0, 3.0, -2.0, 4.0)
        for f in (0.5, 0.4, 0.6, 0.3, 0.7)
    ]
    fraction, emotion, spot = next(t for t in spots if scene._top_item(t[2]) is None)
    view.centerOn(spot)
    scene.select_ids([tp_id])
    helpers.right_click(view, spot)
    assert scene.selected_ids() == []  # nothing out of sight gets cut or deleted
    menu = window.canvas_menu.menu
    entries = _menu_entries(menu)
    assert entries["action_add_touchpoint_here"] and not entries["action_delete"]
    here = next(a for a in menu.actions() if a.objectName() == "action_add_touchpoint_here")
    menu.close()
    here.trigger()
    (new_id,) = scene.selected_ids()
    added = jm.touchpoint(new_id)
    assert added.stage_id == last.stage_id and added.emotion == emotion
    assert abs(added.position - fraction) < 0.02


def test_menu_key_opens_the_menu_at_the_selection(window):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    view, scene = window.view, window.scene
    tp_id = scene.layout.time_order[1]
    scene.select_ids([tp_id])
    view.setFocus()
    center = view.viewport().rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, center, view.viewport().mapToGlobal(center)
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = window.canvas_menu.menu
    assert menu.isVisible() and scene.selected_ids() == [tp_id]
    assert _menu_entries(menu)["action_rename"]
    menu.close()


def test_the_status_bar_shows_the_zoom(window):
    from cjdesigner.ui.i18n import install_translators

    view, label = window.view, window.editing.zoom_label
    view.actual_size()
    assert label.text() == "100%"
    view.zoom_in()
    assert label.text() == "125%"
    view.fit_map()
    assert label.text() == f"{round(view.zoom() * 100)}%"
    install_translators("es")
    try:
        view.set_zoom(2.0)
        assert label.text() == "200 %"
    finally:
        install_translators("en")


def test_a_menu_left_open_across_a_map_change_adds_nothing_stale(window):
    """Found by the random GUI run: "Add Touchpoint Here" kept the stage it was built
    for; triggered after New (or after Undo took that stage away) it inserted a
    touchpoint pointing at a stage not in the map, and the command failed half way."""
    view, scene = window.view, window.scene
    layout = scene.layout
    new_stage = scene.controller.add_stage_after(None)  # an empty stage: a free spot
    layout = scene.layout
    box = next(b for b in layout.stages if b.stage_id == new_stage)
    spot = QPointF((box.inner_left + box.inner_right) / 2, layout.band.emotion_to_y(1.0))
    view.centerOn(spot)
    helpers.right_click(view, spot)
    here = next(
        a
        for a in window.canvas_menu.menu.actions()
        if a.objectName() == "action_add_touchpoint_here"
    )
    stack = window.document.undo_stack
    stack.undo()  # the stage goes
    count = stack.count()
    here.trigger()
    assert stack.count() == count and scene.document.journey_map.stage(new_stage) is None
    window.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    assert not window.canvas_menu.menu.isVisible()
    here.trigger()
    assert not window.document.undo_stack.count()


def test_zoom_to_selection_brings_a_found_card_close_enough_to_read(window, qtbot):
    """At fit-all a card is a few pixels: Ctrl+2 zooms so the selection fills the view,
    no closer than 150%, centred on it; greyed out with nothing selected."""
    view, scene = window.view, window.scene
    action = window.editing.actions["zoom_selection"]
    scene.clearSelection()
    assert not action.isEnabled()
    view.fit_map()
    fit = view.zoom()
    tp_id = scene.layout.time_order[5]
    scene.select_ids([tp_id])
    assert action.isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.5) and view.zoom() > fit
    card = scene.item_for(tp_id).sceneBoundingRect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(card)
    assert abs(shown.center().x() - card.center().x()) < shown.width() * 0.05
    assert window.editing.zoom_label.text() == "150%"
    scene.select_ids([s.id for s in window.document.journey_map.stages[:3]])
    action.trigger()  # three stage headers: as large as fits
    assert view.zoom() < 1.5
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for stage in window.document.journey_map.stages[:3]:
        assert shown.contains(scene.item_for(stage.id).sceneBoundingRect())


def test_fitting_never_rocks_the_scroll_bars_forever(window, monkeypatch):
    """Found by the random GUI run (a step that never returned): at some sizes (447 × 400
    for this map) fitting made the scroll bars appear, the smaller view fitted again, they
    went, and so on forever, the window frozen at full CPU. Fitted, the view now has no
    scroll bars; zoomed, it has them as needed."""
    from PySide6.QtWidgets import QApplication

    from cjdesigner.canvas.view import MapView

    view = window.view
    window.open_path(SAMPLES / "concesionario.journey.json")
    on, off = Qt.ScrollBarPolicy.ScrollBarAsNeeded, Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    view.fit_map()
    # checked first: with scroll bars as needed the loop below never ends
    assert view.horizontalScrollBarPolicy() == off and view.verticalScrollBarPolicy() == off
    resizes = [0]
    real = MapView.resizeEvent

    def counted(self, event):
        resizes[0] += 1
        real(self, event)

    monkeypatch.setattr(MapView, "resizeEvent", counted)
    worst = 0
    for width in range(430, 470):
        resizes[0] = 0
        view.setFixedSize(width, 400)
        QApplication.processEvents()
        view.fit_map()
        QApplication.processEvents()
        worst = max(worst, resizes[0])
    assert worst < 5
    view.zoom_in()
    assert view.horizontalScrollBarPolicy() == on and view.verticalScrollBarPolicy() == on


def test_a_lane_note_edited_while_its_stage_is_cut_is_dropped(window, qtbot):
    """Found by the random GUI run: double-click a lane note, then (editor still open)
    Select All and Cut; when the editor lost the focus it wrote the note for a stage no
    longer in the map, and the map could not be saved sound. The note is now dropped."""
    from PySide6.QtWidgets import QApplication

    from cjdesigner.model.journey import find_reference_problem

    view, scene = window.view, window.scene
    jm = window.document.journey_map
    lane, stage = jm.lanes[0], jm.stages[1]
    assert scene.request_edit(lane.id, stage.id)
    QApplication.processEvents()  # the editor opens after the event that asked for it
    editor = view.editor
    assert editor is not None
    editor.editor.setPlainText("Una nota a medias")  # a lane note: a text box
    scene.select_ids([stage.id])
    scene.controller.cut()
    count = window.document.undo_stack.count()
    editor.commit()
    assert find_reference_problem(jm) is None
    assert stage.id not in lane.cells and window.document.undo_stack.count() == count


def _hold_ms() -> int:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.styleHints().mousePressAndHoldInterval()


def test_a_finger_held_on_a_card_opens_its_menu_and_leaves_it_where_it_was(window, qtbot):
    """An interactive display has no right button: a long press is the right-click. The
    card is selected for the menu and not moved; the finger's release (which goes to the
    open menu) is not waited for, and the next tap works as a tap."""
    from PySide6.QtCore import QEvent

    view, scene = window.view, window.scene
    jm = window.document.journey_map
    tp_id = scene.layout.time_order[2]
    card = scene.item_for(tp_id).sceneBoundingRect()
    view.centerOn(card.center())
    scene.select_ids([])
    before, count = jm.model_dump(), window.document.undo_stack.count()
    helpers.finger(view, QEvent.Type.MouseButtonPress, card.center())
    helpers.finger(
        view, QEvent.Type.MouseMove, card.center() + QPointF(1.5, -1.0)
    )  # a trembling finger
    assert window.canvas_menu.menu is None or not window.canvas_menu.menu.isVisible()
    qtbot.waitUntil(
        lambda: window.canvas_menu.menu is not None and window.canvas_menu.menu.isVisible(),
        timeout=_hold_ms() + 2000,
    )
    assert scene.selected_ids() == [tp_id]
    entries = _menu_entries(window.canvas_menu.menu)
    assert entries["action_delete"] and entries["action_mark_pain"]
    assert scene.interaction is None and scene.mouseGrabberItem() is None
    helpers.finger(view, QEvent.Type.MouseButtonRelease, card.center(), Qt.MouseButton.NoButton)
    assert jm.model_dump() == before and window.document.undo_stack.count() == count
    window.canvas_menu.menu.close()
    # the next tap, elsewhere, is an ordinary tap: it selects what it lands on
    other = scene.layout.time_order[5]
    spot = scene.item_for(other).sceneBoundingRect().center()
    view.centerOn(spot)
    helpers.finger(view, QEvent.Type.MouseButtonPress, spot)
    helpers.finger(view, QEvent.Type.MouseButtonRelease, spot, Qt.MouseButton.NoButton)
    assert scene.selected_ids() == [other]


def test_a_held_mouse_button_or_a_moving_finger_opens_no_menu(window, qtbot):
    """Only a finger holding still: a mouse held over a card is a drag about to start,
    and a finger that moves is dragging (the card follows it)."""
    from PySide6.QtCore import QEvent

    view, scene = window.view, window.scene
    tp_id = scene.layout.time_order[2]
    card = scene.item_for(tp_id).sceneBoundingRect()
    view.centerOn(card.center())
    helpers.press(view, card.center())
    qtbot.wait(_hold_ms() + 300)
    assert window.canvas_menu.menu is None
    helpers.release(view, card.center())
    helpers.finger(view, QEvent.Type.MouseButtonPress, card.center())
    helpers.finger(view, QEvent.Type.MouseMove, card.center() + QPointF(0, 40))
    qtbot.wait(_hold_ms() + 300)
    assert window.canvas_menu.menu is None
    helpers.finger(
        view,
        QEvent.Type.MouseButtonRelease,
        card.center() + QPointF(0, 40),
        Qt.MouseButton.NoButton,
    )
    assert window.document.undo_stack.count() == 1  # the finger dragged the card


def test_a_finger_held_on_an_empty_spot_of_the_band_offers_a_touchpoint_there(window, qtbot):
    from PySide6.QtCore import QEvent

    view, scene = window.view, window.scene
    layout = scene.layout
    band, last = layout.band, layout.stages[-1]
    spot = next(
        p
        for e in (-3.0, 3.0, -4.0, 4.0)
        for f in (0.5, 0.4, 0.6)
        if scene._top_item(
            p := QPointF(
                last.inner_left + f * (last.inner_right - last.inner_left), band.emotion_to_y(e)
            )
        )
        is None
    )
    view.centerOn(spot)
    helpers.finger(view, QEvent.Type.MouseButtonPress, spot)
    qtbot.waitUntil(
        lambda: window.canvas_menu.menu is not None and window.canvas_menu.menu.isVisible(),
        timeout=_hold_ms() + 2000,
    )
    assert "action_add_touchpoint_here" in _menu_entries(window.canvas_menu.menu)
    window.canvas_menu.menu.close()
    # the press's rubber band ended with it: the mouse moving on afterwards draws none
    helpers.move(view, spot + QPointF(120, 80), buttons=Qt.MouseButton.NoButton)
    assert view.rubberBandRect().isNull()

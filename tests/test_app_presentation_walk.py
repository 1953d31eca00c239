"""Presenting stage by stage: Page Down / Page Up (a clicker's keys) frame one stage at
a time and fade the rest; past the last stage, Home or Esc, the whole map is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeySequence

from cjdesigner import palette
from cjdesigner.app import create_main_window
from cjdesigner.canvas.spotlight import stage_frame, stage_region
from cjdesigner.commands import SetFieldsCommand, remove_stage_command
from cjdesigner.ui import dialogs
from tests.conftest import SAMPLES
from tests.helpers import drag, finger_at, to_view


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window([str(SAMPLES / "aerolinea.journey.json")])
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.presentation.set_active(True)
    win.resize(1920, 1080)  # a projector (offscreen, full screen is the window's size)
    qtbot.wait(10)
    yield win
    win.presentation.set_active(False)
    win.document.undo_stack.clear()


def _visible(view) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _shows_whole_map(view) -> bool:
    layout, visible = view.map_scene().layout, _visible(view)
    return visible.width() >= layout.width - 1 or visible.height() >= layout.height - 1


def _pixel(view, x: float, y: float) -> str:
    image = view.viewport().grab().toImage()
    point = view.mapFromScene(QPointF(x, y))
    return image.pixelColor(point.x(), point.y()).name()


def _page(qtbot, view, key=Qt.Key.Key_PageDown) -> None:
    qtbot.keyClick(view.viewport(), key)


def test_page_down_frames_each_stage_in_turn_and_then_the_whole_map(window, qtbot):
    view = window.view
    layout = window.scene.layout
    whole_map_zoom = view.zoom()
    assert _shows_whole_map(view) and view.spotlight is None
    for box in layout.stages:
        _page(qtbot, view)
        assert view.spotlight == box.stage_id
        visible = _visible(view)
        col = box.column
        # the stage from its header down to its pains and opportunities, twice as close
        # as the whole map (a few stages on a 16:9 screen: the lanes are left below)
        assert visible.left() <= col.x and col.right <= visible.right()
        assert visible.top() <= col.y and layout.marker_strip.bottom <= visible.bottom() + 1
        assert view.zoom() > 1.6 * whole_map_zoom
        assert not view.horizontalScrollBar().isVisible()  # the map alone on the projector
    _page(qtbot, view)  # past the last stage
    assert view.spotlight is None and _shows_whole_map(view)
    _page(qtbot, view, Qt.Key.Key_PageUp)  # backwards from the whole map: the last stage
    assert view.spotlight == layout.stages[-1].stage_id
    _page(qtbot, view, Qt.Key.Key_PageUp)
    assert view.spotlight == layout.stages[-2].stage_id
    _page(qtbot, view, Qt.Key.Key_Home)
    assert view.spotlight is None and _shows_whole_map(view)


def test_the_rest_of_the_map_is_faded_but_the_stage_and_its_markers_are_not(window, qtbot):
    view = window.view
    layout = window.scene.layout
    third, fourth = layout.stages[2], layout.stages[3]
    probes = {
        "this header": (third.header.x + 4, third.header.cy),
        "next header": (fourth.header.x + 4, fourth.header.cy),
    }
    before = {name: _pixel(view, *p) for name, p in probes.items()}
    for _ in range(3):
        _page(qtbot, view)
    assert view.spotlight == third.stage_id
    after = {name: _pixel(view, *p) for name, p in probes.items()}
    assert after["this header"] == before["this header"] == third.tint.lower()
    # the next stage's tint moved towards white: fainter than the stage in front
    white = "#ffffff"
    assert palette.contrast_ratio(after["next header"], white) < palette.contrast_ratio(
        before["next header"], white
    )
    # a pain of this stage whose label reaches into the next column is not cut in two
    region = stage_region(layout, third.stage_id)
    ids = {t for t, b in layout.touchpoints.items() if b.stage_id == third.stage_id}
    mine = [m for m in layout.markers.values() if m.anchor_id in ids | {third.stage_id}]
    assert mine
    for marker in mine:
        label = QRectF(marker.rect.x, marker.rect.y, marker.rect.w, marker.rect.h)
        assert any(r.contains(label) for r in region)


def test_the_whole_column_is_framed_when_it_still_comes_close(window):
    """On a tall screen (or a map of many stages) the lanes fit too: the whole column."""
    layout = window.scene.layout
    box = layout.stages[1]
    tall = stage_frame(layout, box.stage_id, 1080, 1920)
    assert tall.top() < box.column.y and tall.bottom() > box.column.bottom  # lanes included
    wide = stage_frame(layout, box.stage_id, 1920, 1080)
    assert wide.bottom() < box.column.bottom  # lanes left out
    assert wide.bottom() >= layout.marker_strip.bottom  # not its pains and opportunities
    assert stage_frame(layout, "no such stage", 1920, 1080) is None


def test_a_framed_stage_stays_framed_when_the_window_changes_size(window, qtbot):
    view = window.view
    _page(qtbot, view)
    _page(qtbot, view)
    box = window.scene.layout.stages[1]
    window.resize(1280, 720)  # the projector's resolution after all
    qtbot.wait(10)
    visible = _visible(view)
    assert view.spotlight == box.stage_id
    assert visible.left() <= box.column.x and box.column.right <= visible.right()
    assert visible.top() <= box.column.y
    assert window.scene.layout.marker_strip.bottom <= visible.bottom() + 1


def test_deleting_the_stage_in_front_brings_back_the_whole_map_and_undo_works(window, qtbot):
    view, doc = window.view, window.document
    _page(qtbot, view)
    stage_id = view.spotlight
    doc.undo_stack.push(remove_stage_command(doc, stage_id))
    view.viewport().repaint()
    assert view.spotlight is None
    _page(qtbot, view)  # the walk goes on from the first stage left
    assert view.spotlight == doc.journey_map.stages[0].id
    doc.undo_stack.undo()
    assert doc.journey_map.stages[0].id == stage_id


def test_outside_presentation_page_down_scrolls_and_leaving_ends_the_walk(window, qtbot):
    view = window.view
    _page(qtbot, view)
    assert view.spotlight is not None
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)  # leave presentation mode
    assert not window.presentation.active
    assert view.spotlight is None and _shows_whole_map(view)
    view.set_zoom(2.0)
    _page(qtbot, view)
    assert view.spotlight is None  # Page Down is the view's again


def test_the_fade_changes_no_pixel_of_the_stage_or_its_labels(qtbot):
    """Where a label reaches out of the column, the fade once covered the part inside
    the column instead of the part outside (overlapping outlines cancelled out)."""
    from PySide6.QtGui import QImage, QPainter

    from cjdesigner.canvas.spotlight import paint_fade
    from cjdesigner.export import image
    from cjdesigner.layout.frames import faded_rects
    from cjdesigner.model import load_map

    scene = image.map_scene(load_map(SAMPLES / "aerolinea.journey.json"))
    try:
        layout = scene.layout
        plain = image.render_image(scene, 72)  # one pixel per point
        stage = layout.stages[2]
        faded = QImage(plain)
        painter = QPainter(faded)
        assert paint_fade(painter, faded_rects(layout, stage.stage_id))
        painter.end()
    finally:
        image.dispose(scene)
    region = stage_region(layout, stage.stage_id)
    assert len(region) > 1  # the column and labels of its pains and opportunities
    changed_inside = 0
    for rect in region:
        for y in range(int(rect.top()) + 2, int(rect.bottom()) - 2, 3):
            for x in range(int(rect.left()) + 2, int(rect.right()) - 2, 3):
                changed_inside += plain.pixelColor(x, y) != faded.pixelColor(x, y)
    assert changed_inside == 0
    other = layout.stages[3].header
    assert plain.pixelColor(int(other.cx), int(other.cy)) != faded.pixelColor(
        int(other.cx), int(other.cy)
    )


def test_finding_a_card_in_another_stage_brings_that_stage_to_the_front(window, qtbot):
    """Mid-walk, Ctrl+F for a card of a later stage: it must not be shown faded."""
    from PySide6.QtWidgets import QApplication

    view, jm = window.view, window.document.journey_map
    _page(qtbot, view)
    first = view.spotlight
    assert first == jm.stages[0].id
    own = next(t for t in jm.touchpoints if t.stage_id == first)
    other = next(t for t in jm.touchpoints if t.stage_id == jm.stages[-1].id)
    doc = window.document
    for tp, title in ((own, "Xylo first stage"), (other, "Xylo last stage")):
        doc.undo_stack.push(SetFieldsCommand(doc, tp.id, {"title": title}))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert QApplication.focusWidget() is bar.field
    bar.field.setText(own.title)  # a card of the stage in front: the walk goes on
    assert window.scene.selected_ids() == [own.id] and view.spotlight == first
    bar.field.setText(other.title)
    assert window.scene.selected_ids() == [other.id]
    assert view.spotlight == other.stage_id  # the walk goes on from there
    card = window.scene.item_for(other.id).sceneBoundingRect()
    assert _visible(view).contains(card)


def test_selecting_something_of_another_stage_brings_it_to_the_front(window, qtbot):
    """A tap on an interactive display (or a click) on a faded card, stage or pain."""
    view, scene, jm = window.view, window.scene, window.document.journey_map
    _page(qtbot, view)
    assert view.spotlight == jm.stages[0].id
    third = next(t for t in jm.touchpoints if t.stage_id == jm.stages[2].id)
    scene.select_ids([third.id])
    assert view.spotlight == jm.stages[2].id
    scene.select_ids([jm.stages[4].id])
    assert view.spotlight == jm.stages[4].id
    layout = scene.layout
    pain = jm.pains[0]
    anchor = layout.markers[pain.id].anchor_id
    stage_of_pain = layout.touchpoints[anchor].stage_id if anchor in layout.touchpoints else anchor
    scene.select_ids([pain.id])
    assert view.spotlight == stage_of_pain
    scene.clearSelection()  # clicking the empty band: the stage stays in front
    assert view.spotlight == stage_of_pain
    window.presentation.set_active(False)
    scene.select_ids([third.id])  # outside presentation a selection moves no view
    assert view.spotlight is None


def test_a_faded_card_dragged_moves_under_the_pointer_then_its_stage_comes_forward(window, qtbot):
    """Pressing a faded card selects it; the view must not reframe under the pressed
    mouse (the card would jump away from the pointer), only once it is released."""
    from tests import helpers

    view, scene, jm = window.view, window.scene, window.document.journey_map
    _page(qtbot, view)
    first = jm.stages[0].id
    layout = scene.layout
    visible = _visible(view)
    tp_id = next(  # a card of the second stage that shows (faded) beside the first
        t.id
        for t in jm.touchpoints
        if t.stage_id == jm.stages[1].id
        and visible.contains(QPointF(*layout.touchpoints[t.id].dot))
    )
    dot = QPointF(*layout.touchpoints[tp_id].dot)
    emotion = jm.touchpoint(tp_id).emotion
    zoom, centre = view.zoom(), _visible(view).center()
    helpers.press(view, dot)
    assert scene.selected_ids() == [tp_id]
    assert view.spotlight == first and view.zoom() == zoom  # nothing moves yet
    target = dot + QPointF(0, -2 * (layout.band.plot_bottom - layout.band.plot_top) / 10)
    helpers.move(view, target)
    assert _visible(view).center() == centre  # still the same view while dragging
    helpers.release(view, target)
    qtbot.waitUntil(lambda: view.spotlight == jm.stages[1].id, timeout=2000)
    assert jm.touchpoint(tp_id).emotion == min(5.0, emotion + 2)  # dragged two points up
    assert window.document.undo_stack.count() == 1


def test_switching_the_language_mid_walk_is_quiet(qtbot, monkeypatch):
    """The rebuilt window deletes the old scene, which clears its selection on the way
    out; the walk used to follow that selection into the deleted scene (random GUI run,
    seeds 2028 and 2041)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from cjdesigner.app import switch_language
    from cjdesigner.ui.i18n import install_translators

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    window = create_main_window([str(SAMPLES / "aerolinea.journey.json")])
    with qtbot.waitExposed(window):
        window.show()
    window.presentation.set_active(True)
    view, scene, jm = window.view, window.scene, window.document.journey_map
    _page(qtbot, view)
    scene.select_ids([jm.touchpoints[0].id])
    assert view.spotlight is not None
    try:
        replacement = switch_language(window, "es")
        qtbot.addWidget(replacement)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        assert replacement.document is not None
        assert not replacement.isFullScreen() and replacement.menuBar().isVisible()
    finally:
        install_translators("en")
        replacement.settings.set_language(None)


def test_a_notice_says_how_to_walk_then_goes(window, qtbot):
    """Entering presentation mode shows the walk's keys at the top for a few seconds."""
    notice = window.presentation.notice
    assert notice.isVisible()
    text = notice.text()
    for action in window.presentation.stage_actions:
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text
    assert "Esc" in text
    view = window.view
    centre = notice.geometry().center().x()
    assert abs(centre - view.width() / 2) <= 2 and notice.geometry().top() < 40
    _page(qtbot, view)  # the view moves under it; the notice stays put
    assert abs(notice.geometry().center().x() - centre) <= 1
    one_line = notice.height()
    view.resize(420, 400)  # a narrow window: two lines, never cut off
    notice.show_text(text)
    assert notice.geometry().right() < 420 and notice.geometry().left() > 0
    assert notice.height() > 1.5 * one_line
    notice.shown_ms = 50
    notice.show_text(text)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)
    notice.show_text(text)
    window.presentation.set_active(False)
    assert not notice.isVisible()


def test_the_pointer_hides_when_still_and_comes_back_when_moved(window, qtbot):
    """On the projector an arrow left over the map distracts the room."""
    from tests import helpers

    view, presentation = window.view, window.presentation
    viewport = view.viewport()
    presentation.pointer_idle_ms = 30
    centre = view.mapToScene(viewport.rect().center())
    helpers.move(view, centre, buttons=Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    helpers.move(view, centre + QPointF(5, 5), buttons=Qt.MouseButton.NoButton)
    assert viewport.cursor().shape() != Qt.CursorShape.BlankCursor
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    # woken over a card: the hand, as ever; then over the empty band: the arrow, not blank
    layout = window.scene.layout
    visible = _visible(view)
    box = next(
        b for b in layout.touchpoints.values() if visible.contains(QPointF(b.card.cx, b.card.cy))
    )
    helpers.move(view, QPointF(box.card.cx, box.card.cy), buttons=Qt.MouseButton.NoButton)
    assert viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor
    band = layout.band.rect
    empty = next(
        QPointF(x, band.y + 2)
        for x in range(int(visible.left()) + 5, int(visible.right()), 10)
        if not window.scene.items(QPointF(x, band.y + 2))
        or all(not i.acceptHoverEvents() for i in window.scene.items(QPointF(x, band.y + 2)))
    )
    helpers.move(view, empty, buttons=Qt.MouseButton.NoButton)
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)
    presentation.set_active(False)  # leaving brings it back at once, and for good
    assert viewport.cursor().shape() != Qt.CursorShape.BlankCursor
    helpers.move(view, centre, buttons=Qt.MouseButton.NoButton)
    qtbot.wait(100)
    assert viewport.cursor().shape() != Qt.CursorShape.BlankCursor


def test_the_fade_follows_an_edit_made_mid_walk(window, qtbot):
    """The fade is worked out once per layout; an edit makes a new layout, and a pain
    added in the stage in front must not come out faded."""
    from cjdesigner.layout.frames import faded_rects

    view, scene, jm = window.view, window.scene, window.document.journey_map
    _page(qtbot, view)
    stage = view.spotlight
    tp = next(
        t
        for t in jm.touchpoints
        if t.stage_id == stage and not any(p.touchpoint_id == t.id for p in jm.pains)
    )
    scene.select_ids([tp.id])
    before = scene.layout
    assert scene.controller.mark_selection("pain")
    assert scene.layout is not before
    view.viewport().repaint()
    assert view._fade._rects == faded_rects(scene.layout, stage)
    new = next(m for m in scene.layout.markers.values() if m.anchor_id == tp.id)
    centre = QPointF(new.rect.cx, new.rect.cy)
    assert not any(
        r.x < centre.x() < r.right and r.y < centre.y() < r.bottom for r in view._fade._rects
    )


def test_a_clickers_start_and_black_screen_buttons(window, qtbot):
    """F5 starts (and ends) presentation mode as well as F11; B or . blanks the screen
    and brings the map back; leaving ends the blank too. Outside, B does nothing."""
    presentation, view = window.presentation, window.view
    blank = presentation.blank
    qtbot.keyClick(view.viewport(), Qt.Key.Key_B)
    assert blank.isVisible() and blank.geometry() == view.rect()
    image = view.grab().toImage()
    assert image.pixelColor(view.width() // 2, view.height() // 2).name() == "#000000"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Period)
    assert not blank.isVisible()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Period)
    assert blank.isVisible()
    qtbot.mouseClick(blank, Qt.MouseButton.LeftButton)  # a click brings the map back too
    assert not blank.isVisible()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_B)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F5)  # the clicker's button again: the end
    assert not presentation.active and not blank.isVisible()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_B)
    assert not blank.isVisible()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F5)
    assert presentation.active


def _empty_spot(view) -> QPointF:
    """A point of the band with no card, stage or marker under it, on screen."""
    scene = view.map_scene()
    layout = scene.layout
    band = layout.band
    visible = _visible(view)
    for box in layout.stages:
        for f in (0.5, 0.3, 0.7, 0.2, 0.8):
            for e in (-4.0, 4.0, -3.0, 3.0, 0.0):
                spot = QPointF(
                    box.inner_left + f * (box.inner_right - box.inner_left), band.emotion_to_y(e)
                )
                if scene.object_at(spot) is None and visible.contains(spot):
                    return spot
    raise AssertionError("no empty spot on screen")


def _swipe(view, start: QPointF, dx: float, dy: float = 0.0) -> None:
    """A finger stroke across the viewport from a scene point, ``dx``/``dy`` pixels."""
    from PySide6.QtCore import QEvent

    at = to_view(view, start)
    finger_at(view, QEvent.Type.MouseButtonPress, at)
    for k in (1, 2, 3):
        finger_at(view, QEvent.Type.MouseMove, at + QPointF(dx * k / 3, dy * k / 3))
    finger_at(view, QEvent.Type.MouseButtonRelease, at + QPointF(dx, dy), Qt.MouseButton.NoButton)


def test_a_finger_swiped_left_brings_the_next_stage_and_right_the_previous(window, qtbot):
    """On an interactive display, where no clicker is at hand: pages turn as in a book."""
    view, jm = window.view, window.document.journey_map
    count = window.document.undo_stack.count()
    _swipe(view, _empty_spot(view), -200)
    assert view.spotlight == jm.stages[0].id
    _swipe(view, _empty_spot(view), -200)
    assert view.spotlight == jm.stages[1].id
    _swipe(view, _empty_spot(view), +200)
    assert view.spotlight == jm.stages[0].id
    assert window.scene.selected_ids() == [] and window.document.undo_stack.count() == count


def test_what_is_not_a_swipe_turns_no_page(window, qtbot):
    """A short stroke, a mostly vertical one, a mouse drag (a rubber band, as ever) and a
    swipe outside presentation mode leave the walk where it was."""
    view, jm, scene = window.view, window.document.journey_map, window.scene
    _page(qtbot, view)
    assert view.spotlight == jm.stages[0].id
    spot = _empty_spot(view)
    _swipe(view, spot, -40)  # a tap that slid a little
    _swipe(view, spot, -120, 200)  # down the band, not across it
    drag(view, spot, spot - QPointF(300 / view.zoom(), 0))  # the mouse: a rubber band
    assert view.spotlight == jm.stages[0].id
    scene.select_ids([jm.touchpoints[0].id])
    _swipe(view, spot, -5)  # a tap on an empty spot clears the selection, as ever
    assert view.spotlight == jm.stages[0].id and scene.selected_ids() == []
    _swipe(view, spot, -200)
    assert view.spotlight == jm.stages[1].id
    window.presentation.set_active(False)
    _swipe(view, _empty_spot(view), -200)
    assert view.spotlight is None


def test_the_arrow_keys_of_a_clicker_turn_the_page_even_with_a_card_selected(window, qtbot):
    """Right and Left walk the stages while presenting (Up and Down still nudge the
    emotion); outside presentation mode Right nudges the selection in time, as before."""
    view, jm, scene = window.view, window.document.journey_map, window.scene
    stack = window.document.undo_stack
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.spotlight == jm.stages[0].id
    tp = next(t for t in jm.touchpoints if t.stage_id == jm.stages[0].id)
    scene.select_ids([tp.id])
    before, count = jm.model_dump(), stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.spotlight == jm.stages[1].id
    assert jm.model_dump() == before and stack.count() == count  # the card did not move
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.spotlight == jm.stages[0].id
    emotion = tp.emotion
    qtbot.keyClick(view, Qt.Key.Key_Up if emotion < 5 else Qt.Key.Key_Down)
    assert tp.emotion != emotion and stack.count() == count + 1
    # in a title being edited in place the arrows move the text cursor, not the walk
    scene.select_ids([tp.id])
    window.editing.actions["rename"].trigger()
    qtbot.waitUntil(lambda: view.editor is not None, timeout=2000)
    line = view.editor.editor
    line.setCursorPosition(3)
    shown = view.spotlight
    qtbot.keyClick(line, Qt.Key.Key_Left)
    assert line.cursorPosition() == 2 and view.spotlight == shown
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    # in the find field too
    window.find_bar.open_bar()
    field = window.find_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "xyz")  # (what it finds may come forward)
    shown = view.spotlight
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.cursorPosition() == 2 and view.spotlight == shown
    window.find_bar.close_bar()
    window.presentation.set_active(False)
    scene.select_ids([tp.id])
    position = tp.position
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right if position < 0.9 else Qt.Key.Key_Left)
    assert tp.position != position and stack.count() == count + 2


def test_esc_in_a_title_edited_in_place_ends_the_edit_not_the_presentation(window, qtbot):
    """Esc leaves presentation mode, but the innermost thing first: it used to leave
    presentation mode and the editor stayed open on the map."""
    view, scene, jm = window.view, window.scene, window.document.journey_map
    tp = jm.touchpoints[0]
    scene.select_ids([tp.id])
    window.editing.actions["rename"].trigger()
    qtbot.waitUntil(lambda: view.editor is not None, timeout=2000)
    qtbot.keyClicks(view.editor.editor, "never kept")
    qtbot.keyClick(view.editor.editor, Qt.Key.Key_Escape)
    assert view.editor is None and window.presentation.active
    assert tp.title != "never kept" and window.document.undo_stack.count() == 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_after_a_context_menu_the_pointer_hides_again(window, qtbot):
    """Linux sends the context menu on the right button's press, and the open menu takes
    its release (as it takes a finger's after a long press): the walk thought the button
    was still down, and the pointer never hid again on the projector."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from tests import helpers

    view, presentation = window.view, window.presentation
    viewport = view.viewport()
    presentation.pointer_idle_ms = 30
    centre = view.mapToScene(viewport.rect().center())
    spot = helpers.to_view(view, centre)
    helpers.press(view, centre, button=Qt.MouseButton.RightButton)
    menu_event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot.toPoint(), viewport.mapToGlobal(spot.toPoint())
    )
    QApplication.sendEvent(viewport, menu_event)
    assert window.canvas_menu.menu is not None and window.canvas_menu.menu.isVisible()
    window.canvas_menu.menu.close()  # the release went to the menu
    helpers.move(
        view, view.mapToScene(spot.toPoint()) + QPointF(3, 3), buttons=Qt.MouseButton.NoButton
    )
    qtbot.waitUntil(lambda: viewport.cursor().shape() == Qt.CursorShape.BlankCursor, timeout=2000)

"""Lanes as a user manages them: select one by its title, retype its kind, add, move
(keys, menu, drag) and delete lanes; each is one undo step and undo is exact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cjdesigner.model import Lane, LaneKind, load_map, save_map
from tests import helpers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


def _titles(window) -> list[str]:
    return [lane.title for lane in window.document.journey_map.lanes]


def _title_point(window, index: int) -> QPointF:
    """The middle of a lane's title, scrolled into view at 100%."""
    lane = window.document.journey_map.lanes[index]
    rect = window.scene.item_for(lane.id).title_rect()
    window.view.set_zoom(1.0)
    window.view.centerOn(rect.center())
    return rect.center()


def _cell_point(window, index: int, stage: int = 1) -> QPointF:
    lane = window.document.journey_map.lanes[index]
    cell = window.scene.item_for(lane.id).box.cells[stage].rect
    window.view.set_zoom(1.0)
    window.view.centerOn(cell.x + cell.w / 2, cell.y + cell.h / 2)
    return QPointF(cell.x + cell.w / 2, cell.y + cell.h / 2)


def _note_boxes(window, object_id: str, field: str) -> tuple[QWidget, list]:
    """Select an object; its inspector field of notes boxes and the boxes in it."""
    from PySide6.QtWidgets import QPlainTextEdit

    window.scene.select_ids([object_id])
    notes = window.features["inspector"].current_form().findChild(QWidget, field)
    return notes, notes.findChildren(QPlainTextEdit)


def _click(window, scene_point: QPointF, modifiers=helpers.NO_MODIFIER) -> None:
    helpers.press(window.view, scene_point, modifiers)
    helpers.release(window.view, scene_point, modifiers)


def test_a_click_on_a_lane_title_selects_it_and_the_inspector_changes_its_kind(window):
    """The lane form (title and kind) was there but never shown: a lane could not be
    selected. Its kind is now one choice away, and one undo step."""
    jm = window.document.journey_map
    lane = jm.lanes[1]
    _click(window, _title_point(window, 1))
    assert window.scene.selected_objects() == [("lane", lane.id)]
    inspector = window.features["inspector"]
    assert inspector.heading.text() == "Lane"
    assert window.view.accessibleName() == f"Lane 2 of {len(jm.lanes)}: “{lane.title}”"
    before, count = jm.model_dump(), window.document.undo_stack.count()
    kind = inspector.current_form().findChild(QComboBox, "field_kind")
    assert kind.currentData() == lane.kind
    target = kind.findData(LaneKind.FEELINGS)
    kind.setCurrentIndex(target)
    kind.activated.emit(target)
    assert lane.kind == LaneKind.FEELINGS
    helpers.exact_undo_step(window, before, count)


def test_a_press_on_a_lanes_notes_selects_nothing_and_a_double_click_edits_them(window, qtbot):
    """The notes stay what they were: a rubber band starts there and a double-click
    edits the cell, not the lane."""
    lane = window.document.journey_map.lanes[0]
    stage = window.document.journey_map.stages[1]
    spot = _cell_point(window, 0)
    _click(window, spot)
    assert window.scene.selected_objects() == []
    helpers.double_click(window.view, spot)
    qtbot.waitUntil(lambda: window.view.editor is not None)
    assert window.view.editor.text() == lane.cell(stage.id)
    window.view.editor.cancel()


def test_a_rubber_band_over_touchpoints_and_on_into_the_notes_takes_no_lane(window):
    layout = window.scene.layout
    window.view.set_zoom(0.3)
    first, last = layout.stages[0].column, layout.stages[1].column
    top = (first.x + 4, layout.band.rect.y + 4)
    bottom = (last.right - 4, layout.lanes[-1].row.bottom - 4)
    window.view.centerOn(QPointF(*top) + (QPointF(*bottom) - QPointF(*top)) / 2)
    helpers.drag(window.view, top, bottom)
    kinds = {kind for kind, _ in window.scene.selected_objects()}
    assert "touchpoint" in kinds and "lane" not in kinds


def test_delete_takes_the_selected_lane_with_its_notes_in_one_step(window, tmp_path):
    jm = window.document.journey_map
    lane = jm.lanes[2]
    assert any(lane.cells.values())
    before, count = jm.model_dump(), window.document.undo_stack.count()
    _click(window, _title_point(window, 2))
    window.view.setFocus()
    helpers.key(window.view, Qt.Key.Key_Delete)
    assert lane.id not in {x.id for x in jm.lanes}
    assert window.scene.item_for(lane.id) is None
    assert window.document.undo_stack.undoText() == f"Delete lane “{lane.title}”"
    helpers.exact_undo_step(window, before, count)
    save_map(jm, tmp_path / "m.journey.json")
    assert load_map(tmp_path / "m.journey.json").model_dump() == jm.model_dump()


def test_ctrl_click_a_lane_and_a_touchpoint_and_delete_both_in_one_step(window):
    jm = window.document.journey_map
    tp = jm.touchpoints[0]
    before, count = jm.model_dump(), window.document.undo_stack.count()
    window.scene.select_ids([tp.id])
    _click(window, _title_point(window, 0), Qt.KeyboardModifier.ControlModifier)
    assert {k for k, _ in window.scene.selected_objects()} == {"touchpoint", "lane"}
    window.editing.actions["delete"].trigger()
    assert jm.touchpoint(tp.id) is None and len(jm.lanes) == len(before["lanes"]) - 1
    helpers.exact_undo_step(window, before, count)


def test_add_lane_goes_under_the_selected_lane_and_opens_its_title(window, qtbot):
    """Ctrl+L: a lane of kind "custom", named in the map's language (aerolínea is in
    Spanish), under the selected lane; its title opens for typing."""
    jm = window.document.journey_map
    before, count = jm.model_dump(), window.document.undo_stack.count()
    _click(window, _title_point(window, 1))
    window.view.setFocus()
    helpers.key(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    new = jm.lanes[2]
    assert new.title == "Nuevo carril" and new.kind == LaneKind.CUSTOM and not new.cells
    assert window.scene.selected_objects() == [("lane", new.id)]
    assert window.document.undo_stack.undoText() == "Add lane"
    helpers.exact_undo_step(window, before, count)
    qtbot.waitUntil(lambda: window.view.editor is not None)
    assert window.view.editor.text() == "Nuevo carril"
    window.view.editor.cancel()
    window.scene.clearSelection()
    window.editing.actions["add_lane"].trigger()  # nothing selected: at the bottom
    assert jm.lanes[-1].title == "Nuevo carril" and len(jm.lanes) == len(before["lanes"]) + 2


def test_a_map_holds_at_most_fifty_lanes(window):
    from cjdesigner.document import Document

    full = window.document.journey_map.model_copy(deep=True)
    full.lanes += [Lane(title=f"L{i}") for i in range(50 - len(full.lanes))]
    window.set_document(Document(full))
    jm = window.document.journey_map
    count = window.document.undo_stack.count()
    window.editing.actions["add_lane"].trigger()
    assert len(jm.lanes) == 50 and window.document.undo_stack.count() == count
    assert "at most 50 lanes" in window.statusBar().currentMessage()


def test_move_lane_up_and_down_with_the_keys_greyed_out_at_the_ends(window):
    jm = window.document.journey_map
    actions = window.editing.actions
    titles = _titles(window)
    _click(window, _title_point(window, 0))
    assert not actions["move_lane_up"].isEnabled() and actions["move_lane_down"].isEnabled()
    before, count = jm.model_dump(), window.document.undo_stack.count()
    window.view.setFocus()
    helpers.key(window.view, Qt.Key.Key_Down, CTRL_SHIFT)
    assert _titles(window) == [titles[1], titles[0], *titles[2:]]
    assert window.scene.selected_objects() == [("lane", jm.lanes[1].id)]  # it stays selected
    assert window.document.undo_stack.undoText() == f"Move lane “{titles[0]}”"
    helpers.exact_undo_step(window, before, count)
    helpers.key(window.view, Qt.Key.Key_Up, CTRL_SHIFT)
    assert _titles(window) == titles
    window.scene.select_ids([jm.lanes[-1].id])
    assert actions["move_lane_up"].isEnabled() and not actions["move_lane_down"].isEnabled()
    window.scene.select_ids([jm.lanes[0].id, jm.lanes[1].id])  # which one would it be?
    assert not actions["move_lane_up"].isEnabled()
    assert not actions["move_lane_down"].isEnabled()


def test_drag_a_lane_title_down_two_places_and_esc_cancels_a_drag(window):
    jm = window.document.journey_map
    titles = _titles(window)
    start = _title_point(window, 0)
    third = window.scene.layout.lanes[2].row
    window.view.set_zoom(0.6)
    window.view.centerOn(start.x(), third.bottom)
    before, count = jm.model_dump(), window.document.undo_stack.count()
    # dropped in the lower half of the third lane: under it
    helpers.drag(window.view, start, (start.x(), third.y + third.h * 0.75))
    assert _titles(window) == [titles[1], titles[2], titles[0], *titles[3:]]
    assert window.document.undo_stack.undoText() == f"Move lane “{titles[0]}”"
    assert window.scene.item_for(jm.lanes[2].id).pos() == QPointF(0, 0)  # back at rest
    helpers.exact_undo_step(window, before, count)
    window.document.undo_stack.undo()
    helpers.press(window.view, start)
    helpers.move(window.view, (start.x(), third.bottom))
    assert window.scene.interaction is not None
    window.view.setFocus()
    helpers.key(window.view, Qt.Key.Key_Escape)
    helpers.release(window.view, (start.x(), third.bottom))
    stack = window.document.undo_stack
    assert _titles(window) == titles
    assert stack.index() == count and stack.canRedo()  # nothing pushed (a push drops redo)
    assert window.scene.item_for(jm.lanes[0].id).pos() == QPointF(0, 0)


def test_a_right_click_on_a_lanes_notes_offers_the_lane_actions(window):
    jm = window.document.journey_map
    spot = _cell_point(window, 3)
    helpers.right_click(window.view, spot)
    menu = window.canvas_menu.menu
    names = [a.objectName() for a in menu.actions()]
    window.canvas_menu.close_menu()
    assert window.scene.selected_objects() == [("lane", jm.lanes[3].id)]
    assert {"action_add_lane", "action_move_lane_up", "action_move_lane_down"} <= set(names)
    layout = window.scene.layout
    empty = (layout.stages[-1].inner_right - 2, layout.band.emotion_to_y(-4.8))
    window.view.centerOn(*empty)
    helpers.right_click(window.view, empty)  # an empty spot of the band: no lane there
    names = [a.objectName() for a in window.canvas_menu.menu.actions()]
    window.canvas_menu.close_menu()
    assert window.scene.selected_objects() == [] and "action_add_lane" not in names


def test_a_map_without_lanes_still_shows_saves_and_exports(window, tmp_path):
    from pypdf import PdfReader

    from cjdesigner.export.pdf import export_pdf

    jm = window.document.journey_map
    window.scene.select_ids([lane.id for lane in jm.lanes])
    window.editing.actions["delete"].trigger()
    assert jm.lanes == [] and window.scene.layout.lanes == []
    save_map(jm, tmp_path / "m.journey.json")
    export_pdf(load_map(tmp_path / "m.journey.json"), tmp_path / "m.pdf", "A3")
    assert jm.stages[0].name in PdfReader(tmp_path / "m.pdf").pages[0].extract_text()
    window.editing.actions["add_lane"].trigger()
    assert [x.title for x in jm.lanes] == ["Nuevo carril"]


def test_tab_reaches_the_lanes_and_the_menu_key_opens_their_menu_at_the_title(window):
    """A keyboard alone can select a lane (after the last stage's objects) and open its
    menu, which appears at the lane's title, not in the middle of a row many screens
    wide."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    view, scene = window.view, window.scene
    jm = window.document.journey_map
    view.set_zoom(1.0)
    scene.select_ids([jm.lanes[-1].id])
    view.setFocus()
    helpers.key(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_objects() == [("lane", jm.lanes[-2].id)]
    title = scene.item_for(jm.lanes[-2].id).title_rect()
    center = view.viewport().rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, center, view.viewport().mapToGlobal(center)
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = window.canvas_menu.menu
    at = view.viewport().mapToGlobal(view.mapFromScene(title.center()))
    shown = menu.geometry()
    menu.close()
    assert "action_move_lane_up" in [a.objectName() for a in menu.actions()]
    # at the title (Qt keeps it on the screen: only across is it sure to be exact)
    assert abs(shown.left() - at.x()) < 4


def test_the_inspector_shows_a_lanes_notes_per_stage_for_typing_without_the_canvas(window, qtbot):
    """A keyboard or a screen reader reaches a lane's notes: one box per stage, named
    after it, following added and renamed stages; typing is one undo step."""
    from PySide6.QtWidgets import QLabel

    from cjdesigner.commands import SetFieldsCommand

    jm = window.document.journey_map
    lane, stage = jm.lanes[0], jm.stages[1]
    notes, boxes = _note_boxes(window, lane.id, "field_cells")
    assert [b.accessibleName() for b in boxes] == [s.name for s in jm.stages]
    assert [b.toPlainText() for b in boxes] == [lane.cell(s.id) for s in jm.stages]
    before, count = jm.model_dump(), window.document.undo_stack.count()
    box = boxes[1]
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " y luego")
    assert lane.cell(stage.id) == before["lanes"][0]["cells"][stage.id] + " y luego"
    cell = window.scene.item_for(lane.id).box.cells[1]
    assert "luego" in " ".join(run.text for run in cell.texts)  # the canvas follows
    helpers.exact_undo_step(window, before, count)
    typed = jm.model_dump()
    boxes[2].setFocus()
    qtbot.keyClicks(boxes[2], "!")  # another stage's notes: a step of its own
    assert window.document.undo_stack.count() == count + 2
    window.document.undo_stack.undo()
    assert jm.model_dump() == typed
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert stage.id not in lane.cells  # emptied: no empty entry left in the file
    window.document.undo_stack.push(
        SetFieldsCommand(window.document, stage.id, {"name": "<b>Pago</b>"})
    )

    def labels() -> list[str]:
        return [x.text() for x in notes.findChildren(QLabel) if x.isVisibleTo(notes)]

    qtbot.waitUntil(lambda: labels() == [s.name for s in jm.stages])
    assert "<b>Pago</b>" in labels()  # renamed, and shown as typed, not as markup
    label = next(x for x in notes.findChildren(QLabel) if x.text() == "<b>Pago</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_lane_cell_tooltip_holds_the_notes_it_cuts_short_or_says_how_to_write_some(
    window,
):
    from cjdesigner.commands import SetFieldsCommand

    jm = window.document.journey_map
    lane, stages = jm.lanes[0], jm.stages
    long = "\n".join(f"<i>note</i> {i} & more words to fill the cell" for i in range(12))
    cells = {stages[0].id: long, stages[1].id: "short"}
    window.document.undo_stack.push(SetFieldsCommand(window.document, lane.id, {"cells": cells}))
    box = window.scene.item_for(lane.id).box
    assert box.cells[0].truncated and not box.cells[1].truncated
    tip = window.scene.cell_tooltip(lane.id, stages[0].id)
    assert "note</i>" not in tip and "&lt;i&gt;note&lt;/i&gt; 11 &amp; more" in tip
    assert window.scene.cell_tooltip(lane.id, stages[1].id) == ""  # all of it is on show
    assert window.scene.cell_tooltip(lane.id, stages[2].id) == "Double-click to write notes here"
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    spot = _cell_point(window, 0, stage=2)  # the pointer resting on the empty cell
    at = helpers.to_view(window.view, spot).toPoint()
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))
    assert QToolTip.text() == "Double-click to write notes here"
    QToolTip.hideText()


def test_a_selected_stage_shows_its_notes_in_every_lane_and_typing_changes_the_lane(window, qtbot):
    """Filling a map stage by stage (as a workshop does): the stage's form holds a box
    per lane, named after the lane; typing changes that lane's cell, one undo step per
    lane, and the boxes follow a lane added on the canvas."""
    from PySide6.QtWidgets import QPlainTextEdit

    jm = window.document.journey_map
    stage = jm.stages[2]
    notes, boxes = _note_boxes(window, stage.id, "field_id")
    assert [b.accessibleName() for b in boxes] == [x.title for x in jm.lanes]
    assert [b.toPlainText() for b in boxes] == [x.cell(stage.id) for x in jm.lanes]
    before, count = jm.model_dump(), window.document.undo_stack.count()
    boxes[3].setFocus()
    boxes[3].selectAll()
    qtbot.keyClicks(boxes[3], "Nada")
    assert jm.lanes[3].cell(stage.id) == "Nada"
    assert window.document.undo_stack.undoText() == "Edit notes"
    helpers.exact_undo_step(window, before, count)
    qtbot.keyClicks(boxes[0], "!")  # another lane: a step of its own
    assert window.document.undo_stack.count() == count + 2
    assert jm.lanes[0].cell(stage.id).startswith("!")  # typed where the cursor was
    window.scene.select_ids([stage.id])
    window.scene.controller.add_lane_after(None)
    assert len(jm.lanes) == len(before["lanes"]) + 1
    qtbot.waitUntil(
        lambda: (
            [b.accessibleName() for b in notes.findChildren(QPlainTextEdit) if b.isVisibleTo(notes)]
            == [x.title for x in jm.lanes]
        )
    )


def test_a_stage_of_a_map_without_lanes_says_how_to_add_one(window, qtbot):
    from PySide6.QtWidgets import QLabel

    jm = window.document.journey_map
    window.scene.select_ids([lane.id for lane in jm.lanes])
    window.editing.actions["delete"].trigger()
    notes, boxes = _note_boxes(window, jm.stages[0].id, "field_id")
    assert boxes == []

    def said() -> list[str]:
        return [x.text() for x in notes.findChildren(QLabel) if x.isVisibleTo(notes)]

    qtbot.waitUntil(lambda: said() == ["The map has no lanes: Edit ▸ Add Lane adds one."])
    window.editing.actions["add_lane"].trigger()
    window.scene.select_ids([jm.stages[0].id])
    qtbot.waitUntil(lambda: said() == [jm.lanes[0].title])

"""Copy, cut, paste and duplicate whole stages, and edits refused at a map's limits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjdesigner.document import Document
from cjdesigner.model import Stage, load_map, map_from_bytes, map_to_bytes
from cjdesigner.model.journey import MAX_STAGES, find_reference_problem
from tests import helpers
from tests.conftest import SAMPLES

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


def _content(jm, stage_id: str) -> dict:
    """What a stage holds, without ids: touchpoints, markers (with the title of the pain
    an opportunity answers) and lane notes."""
    tps = [t for t in jm.touchpoints if t.stage_id == stage_id]
    tp_ids = {t.id for t in tps}
    pains = {p.id: p.title for p in jm.pains}

    def markers(items):
        return sorted(
            (m.title, m.stage_id is not None, pains.get(m.answers_pain_id or "", ""))
            if hasattr(m, "answers_pain_id")
            else (m.title, m.stage_id is not None)
            for m in items
            if m.stage_id == stage_id or m.touchpoint_id in tp_ids
        )

    return {
        "touchpoints": sorted((t.title, t.emotion, t.position, t.channel) for t in tps),
        "pains": markers(jm.pains),
        "opportunities": markers(jm.opportunities),
        "notes": [lane.cells.get(stage_id, "") for lane in jm.lanes],
    }


def test_a_copied_stage_pastes_after_itself_with_all_it_holds(window):
    """Ctrl+C, Ctrl+V on a selected stage: a stage of the same name right after it, with
    copies of its touchpoints, its own and its touchpoints' pains and opportunities
    (links to a copied pain follow the copy) and its lane notes; one undo step."""
    jm, view, stack = window.document.journey_map, window.view, window.document.undo_stack
    stage = jm.stages[5]  # has a stage pain and opportunity, touchpoint markers and a link
    before = jm.model_dump()
    window.scene.select_ids([stage.id])
    helpers.key(view, Qt.Key.Key_C, CTRL)
    count = stack.count()
    helpers.key(view, Qt.Key.Key_V, CTRL)
    assert stack.count() == count + 1
    copy = jm.stages[6]
    assert copy.id != stage.id and copy.name == stage.name and len(jm.stages) == 7
    assert _content(jm, copy.id) == _content(jm, stage.id)
    assert any(_content(jm, copy.id)["notes"])  # the sample has notes under this stage
    new_tps = {t.id for t in jm.touchpoints if t.stage_id == copy.id}
    old_tps = {t.id for t in jm.touchpoints if t.stage_id == stage.id}
    assert new_tps and not new_tps & old_tps
    assert window.scene.selected_ids() == [copy.id]
    assert find_reference_problem(jm) is None
    assert map_from_bytes(map_to_bytes(jm)) == jm  # saves and loads back
    after = jm.model_dump()
    stack.undo()
    assert jm.model_dump() == before
    stack.redo()
    assert jm.model_dump() == after


def test_cut_takes_stages_and_touchpoints_and_paste_brings_them_back(window):
    """Cut removes exactly what it copied: the selected stage with all in it, a touchpoint
    of another stage and a pain selected on its own; Paste brings all three back (the
    touchpoint into the selected stage and the pain onto it)."""
    jm, scene = window.document.journey_map, window.scene
    stage = jm.stages[1]
    tp = next(t for t in jm.touchpoints if t.stage_id == jm.stages[3].id)
    pain = next(
        p
        for p in jm.pains
        if p.touchpoint_id
        and p.touchpoint_id != tp.id
        and jm.touchpoint(p.touchpoint_id).stage_id != stage.id
    )
    held = _content(jm, stage.id)
    scene.select_ids([stage.id, tp.id, pain.id])
    assert scene.controller.cut() == 3
    assert jm.stage(stage.id) is None and jm.touchpoint(tp.id) is None
    assert pain.id not in {p.id for p in jm.pains}
    scene.select_ids([jm.stages[0].id])
    pasted = scene.controller.paste()
    assert len(pasted) == 3
    new_stage, new_tp = jm.stage(pasted[0]), jm.touchpoint(pasted[1])
    new_pain = next(p for p in jm.pains if p.id == pasted[2])
    assert new_pain.title == pain.title and new_pain.stage_id == jm.stages[0].id
    assert jm.stages[1].id == new_stage.id and new_stage.name == stage.name
    assert _content(jm, new_stage.id) == held
    assert new_tp.title == tp.title and new_tp.stage_id == jm.stages[0].id
    assert find_reference_problem(jm) is None


def test_duplicate_and_paste_into_another_map(window):
    """Ctrl+D copies a stage in place; pasted into another map, a stage keeps its lane
    notes only where that map has the same lane, and the map stays sound."""
    jm, scene, view = window.document.journey_map, window.scene, window.view
    stage = jm.stages[2]
    scene.select_ids([stage.id])
    helpers.key(view, Qt.Key.Key_D, CTRL)
    assert jm.stages[3].name == stage.name and len(jm.stages) == 7
    assert _content(jm, jm.stages[3].id) == _content(jm, stage.id)
    scene.select_ids([stage.id])
    assert scene.controller.copy() == 1
    window.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    other = window.document.journey_map
    count = len(other.stages)
    pasted = window.scene.controller.paste()
    assert len(pasted) == 1 and len(other.stages) == count + 1
    assert other.stages[-1].name == stage.name  # nothing selected: at the end
    assert len([t for t in other.touchpoints if t.stage_id == pasted[0]]) == 3
    assert find_reference_problem(other) is None
    assert map_from_bytes(map_to_bytes(other)) == other


def test_a_full_map_refuses_another_stage_and_says_why(window):
    """A map file holds at most 100 stages. Adding the 101st (menu or paste) used to
    work, and the map then saved into a file that would not open again."""
    jm = window.document.journey_map
    while len(jm.stages) < MAX_STAGES:
        jm.stages.append(Stage(name=f"S{len(jm.stages)}"))
    window.set_document(Document(jm))
    jm, stack = window.document.journey_map, window.document.undo_stack
    window.scene.select_ids([jm.stages[0].id])
    window.editing.actions["add_stage"].trigger()
    assert len(jm.stages) == MAX_STAGES and stack.count() == 0
    message = window.statusBar().currentMessage()
    assert "100" in message and "stages" in message
    assert window.scene.controller.copy() == 1
    window.statusBar().clearMessage()
    assert window.scene.controller.paste() == []
    assert len(jm.stages) == MAX_STAGES and "100" in window.statusBar().currentMessage()
    helpers.key(window.view, Qt.Key.Key_D, CTRL)
    assert len(jm.stages) == MAX_STAGES and stack.count() == 0


def test_edit_actions_are_greyed_out_when_they_cannot_act(window):
    """As in any desktop editor: Cut, Copy, Duplicate and marking need a selected stage or
    touchpoint, Delete and Rename a selection, Paste something to paste, Add Touchpoint a
    stage. Before, all were always on and silently did nothing."""
    from PySide6.QtGui import QGuiApplication

    actions, scene = window.editing.actions, window.scene
    jm = window.document.journey_map
    copying = ("cut", "copy", "duplicate", "mark_pain", "mark_opportunity")

    def enabled(*keys: str) -> list[bool]:
        return [actions[k].isEnabled() for k in keys]

    QGuiApplication.clipboard().clear()
    scene.clearSelection()
    assert enabled(*copying, "delete", "rename", "paste") == [False] * 8
    assert actions["add_touchpoint"].isEnabled()
    scene.select_ids([jm.pains[0].id])  # a marker: copied, deleted, renamed, not marked
    assert enabled(*copying, "delete", "rename") == [True, True, True, False, False, True, True]
    scene.select_ids([jm.touchpoints[0].id])
    assert enabled(*copying, "delete", "rename") == [True] * 7
    assert not actions["paste"].isEnabled()
    actions["copy"].trigger()
    assert actions["paste"].isEnabled()
    QGuiApplication.clipboard().setText("plain text from another program")
    assert not actions["paste"].isEnabled()
    scene.select_ids([s.id for s in jm.stages])
    actions["delete"].trigger()  # every stage gone: nowhere to add a touchpoint
    assert not jm.stages and not actions["add_touchpoint"].isEnabled()
    window.document.undo_stack.undo()
    assert actions["add_touchpoint"].isEnabled()


def test_tab_walks_stages_touchpoints_and_markers_and_ctrl_tab_leaves(window, qtbot):
    """Without a mouse: Tab selects each stage, then its touchpoints in time order, then
    the pains and opportunities on them (and scrolls to it), and after the last stage the
    lanes, top to bottom; Shift+Tab goes back, both go round; Ctrl+Tab leaves the canvas
    for the docks. Before, Tab only moved the focus away, and then reached no pain or
    opportunity (and later no lane)."""
    from PySide6.QtTest import QTest

    view, scene = window.view, window.scene
    jm = window.document.journey_map
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    scene.clearSelection()
    order = scene.reading_order()
    markers = len(jm.pains) + len(jm.opportunities)
    lanes = [lane.id for lane in jm.lanes]
    assert len(order) == len(jm.stages) + len(jm.touchpoints) + markers + len(lanes)
    assert markers and lanes and order[-len(lanes) :] == lanes
    assert order[0] == jm.stages[0].id
    first_stage_tps = {t.id for t in jm.touchpoints if t.stage_id == jm.stages[0].id}
    assert set(order[1 : 1 + len(first_stage_tps)]) == first_stage_tps
    pain = jm.pains[0]
    anchor = pain.stage_id or jm.touchpoint(pain.touchpoint_id).stage_id
    next_stage = next((s.id for s in jm.stages if order.index(s.id) > order.index(anchor)), None)
    assert order.index(anchor) < order.index(pain.id)
    assert next_stage is None or order.index(pain.id) < order.index(next_stage)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_ids() == [order[0]] and view.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_ids() == [order[1]]
    item = scene.item_for(order[1])
    assert (
        view.viewport()
        .rect()
        .intersects(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    )
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    view.set_zoom(1.0)  # a lane's row is now wider than the window, seen from its far end
    view.centerOn(scene.layout.width, 0)
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == [order[-1]]  # round to the last object: the last lane
    title = view.mapFromScene(scene.item_for(lanes[-1]).title_rect()).boundingRect()
    assert view.viewport().rect().contains(title.center())  # its title scrolled into view
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not view.hasFocus()


def test_pains_and_opportunities_copy_on_their_own(window):
    """Copy a pain, select another touchpoint, Paste: the same pain there. Duplicate keeps
    an opportunity on its own touchpoint and its answer to a pain. With nothing selected,
    Paste puts a marker back on its own touchpoint; in a map without it, nowhere."""
    jm, scene, view = window.document.journey_map, window.scene, window.view
    pain = next(p for p in jm.pains if p.touchpoint_id)
    other = next(t for t in jm.touchpoints if t.id != pain.touchpoint_id)
    scene.select_ids([pain.id])
    helpers.key(view, Qt.Key.Key_C, CTRL)
    scene.select_ids([other.id])
    helpers.key(view, Qt.Key.Key_V, CTRL)
    copy = jm.pains[-1]
    assert copy.id != pain.id and copy.touchpoint_id == other.id and copy.stage_id is None
    assert (copy.title, copy.severity, copy.description) == (
        pain.title,
        pain.severity,
        pain.description,
    )
    assert scene.selected_ids() == [copy.id]
    opp = next(o for o in jm.opportunities if o.touchpoint_id and o.answers_pain_id)
    scene.select_ids([opp.id])
    helpers.key(view, Qt.Key.Key_D, CTRL)
    twin = jm.opportunities[-1]
    assert twin.id != opp.id and twin.title == opp.title
    assert (twin.touchpoint_id, twin.answers_pain_id) == (opp.touchpoint_id, opp.answers_pain_id)
    scene.clearSelection()
    count = len(jm.pains)
    assert scene.controller.paste() and jm.pains[-1].touchpoint_id == pain.touchpoint_id
    assert len(jm.pains) == count + 1
    assert find_reference_problem(jm) is None
    window.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    assert window.scene.controller.paste() == []  # its touchpoint is not in this map


def test_a_crafted_clipboard_never_breaks_the_map(window):
    """The clipboard is input from any program. Ids that collide across kinds, references
    to nothing, control characters and wrong types are pasted as far as they are sound and
    skipped otherwise; the map stays sound and saves, and one undo takes it all back."""
    import json

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    from cjdesigner.canvas.clipboard import ALONE_MIME, STAGES_MIME

    jm, scene = window.document.journey_map, window.scene
    payload = {
        "stages": [{"id": "x", "name": "Stage X"}, {"id": "y", "name": 7}],
        "touchpoints": [
            {"id": "x", "stage_id": "x", "title": "Same id as its stage"},
            {"id": "t2", "stage_id": "x", "title": "Bell\u0007"},
            {"id": "t3", "stage_id": ["x"], "title": "Odd stage id"},
        ],
        "pains": [
            {"id": "p", "touchpoint_id": "x", "title": "On the touchpoint"},
            {"id": "q", "stage_id": "x", "touchpoint_id": "x", "title": "Two anchors"},
        ],
        "opportunities": [{"id": "o", "stage_id": "x", "title": "Answers", "answers_pain_id": "x"}],
        "notes": [{"lane_id": jm.lanes[0].id, "cells": {"x": "Note", "nope": "Lost"}}],
    }
    alone = {
        "pains": [{"id": "a", "touchpoint_id": "ghost", "title": "Nowhere"}],
        "opportunities": 3,
    }
    mime = QMimeData()
    mime.setData(STAGES_MIME, json.dumps(payload).encode())
    mime.setData(ALONE_MIME, json.dumps(alone).encode())
    QGuiApplication.clipboard().setMimeData(mime)
    before = jm.model_dump()
    scene.clearSelection()
    pasted = scene.controller.paste()
    assert find_reference_problem(jm) is None
    assert map_from_bytes(map_to_bytes(jm)) == jm
    stage = jm.stage(pasted[0])
    assert stage.name == "Stage X" and len(pasted) == 1  # "y" has a number for a name
    titles = sorted(t.title for t in jm.touchpoints if t.stage_id == stage.id)
    assert titles == ["Same id as its stage"]  # the bell and the odd stage id are skipped
    tp = next(t for t in jm.touchpoints if t.stage_id == stage.id)
    assert [p.title for p in jm.pains if p.touchpoint_id == tp.id] == ["On the touchpoint"]
    opp = next(o for o in jm.opportunities if o.stage_id == stage.id)
    assert opp.answers_pain_id is None  # "x" is a stage and a touchpoint, never a pain
    assert jm.lanes[0].cells.get(stage.id) == "Note"
    window.document.undo_stack.undo()
    assert jm.model_dump() == before


def test_touchpoints_paste_into_the_selected_stage(window, qtbot):
    """Ctrl+C a card, select another stage (or a card in it), Ctrl+V: the copy lands in
    that stage where the original sat in its own; with the original still selected it
    lands beside it. One undo step each, undone exactly."""
    jm, scene, view = window.document.journey_map, window.scene, window.view
    tp = next(t for t in jm.touchpoints if t.stage_id == jm.stages[0].id)
    other = jm.stages[2]
    card_there = next(t for t in jm.touchpoints if t.stage_id == jm.stages[3].id)
    before = jm.model_dump()
    scene.select_ids([tp.id])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    scene.select_ids([other.id])
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    copy = jm.touchpoint(scene.selected_ids()[0])
    assert copy.id != tp.id and copy.title == tp.title
    assert copy.stage_id == other.id and copy.position == tp.position
    scene.select_ids([card_there.id])
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert jm.touchpoint(scene.selected_ids()[0]).stage_id == card_there.stage_id
    scene.select_ids([tp.id])
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    beside = jm.touchpoint(scene.selected_ids()[0])
    assert beside.stage_id == tp.stage_id and beside.position != tp.position
    stack = window.document.undo_stack
    for _ in range(3):
        stack.undo()
    assert jm.model_dump() == before


def test_a_map_without_stages_keeps_its_width_and_says_how_to_start(window, qtbot, tmp_path):
    """Delete every stage: the map keeps the page's width (its title and persona were
    squeezed into a strip as narrow as the margins) and the band says how to start, on
    screen only. Insert adds a stage and the hint goes; Undo brings it back. The PDF of
    the empty map is a whole poster with its title and no hint."""
    from pypdf import PdfReader

    from cjdesigner.export import image
    from cjdesigner.export.pdf import export_pdf

    jm, scene, view = window.document.journey_map, window.scene, window.view
    width = scene.layout.width
    scene.select_ids([s.id for s in jm.stages])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not jm.stages and not jm.touchpoints
    assert scene.layout.width == pytest.approx(width, rel=0.01)
    assert "no stages yet" in scene.empty_hint()
    exported = image.map_scene(jm.model_copy(deep=True))
    try:
        assert exported.empty_hint() == ""  # not in a PNG or SVG
    finally:
        image.dispose(exported)
    pdf = tmp_path / "empty.pdf"
    export_pdf(jm, pdf, paper="A3")
    page = PdfReader(pdf).pages[0]
    text = page.extract_text()
    assert jm.title in text and "no stages" not in text
    assert float(page.mediabox.width) == pytest.approx(1190.55, abs=1)  # A3 landscape
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert len(jm.stages) == 1 and scene.empty_hint() == ""
    window.document.undo_stack.undo()
    assert not jm.stages and "no stages yet" in scene.empty_hint()

"""Edit ▸ Find: the model's search (case and accents ignored, reading order) and the
find bar a user drives with Ctrl+F, typing, Enter, Shift+Enter, F3 and Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjdesigner.model import Evidence, Opportunity, Pain, Stage, Touchpoint, load_map
from cjdesigner.model.search import Match, find_objects, fold
from tests.conftest import SAMPLES

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_search_ignores_case_and_accents_and_reads_the_map_in_order():
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    assert fold("Facturación ÉXITO Straße") == "facturacion exito strasse"
    found = find_objects(jm, "  FACTURACION ")
    card = next(t for t in jm.touchpoints if t.title == "Facturación de equipaje")
    stage = next(s for s in jm.stages if "Facturación" in s.description)
    assert Match("touchpoint", card.id) in found and Match("stage", stage.id) in found
    assert found.index(Match("stage", stage.id)) < found.index(Match("touchpoint", card.id))
    # lane notes close their stage, lane by lane
    backstage = next(lane for lane in jm.lanes if "CRM de avisos" in "".join(lane.cells.values()))
    crm = find_objects(jm, "crm")
    note = next(m for m in crm if m.kind == "note")
    assert note.id == backstage.id and "CRM de avisos" in backstage.cell(note.stage_id)
    of_stage = [m for m in crm if m.kind != "note" and m.id in _ids_of_stage(jm, note.stage_id)]
    assert all(crm.index(m) < crm.index(note) for m in of_stage)
    assert find_objects(jm, "") == [] and find_objects(jm, "   ") == []
    assert find_objects(jm, "no existe en este mapa") == []
    # reading order: stage, its touchpoints in time order, then its markers
    a, b = Stage(name="Antes"), Stage(name="Después")
    late = Touchpoint(stage_id=a.id, title="x tarde", position=0.9)
    early = Touchpoint(stage_id=a.id, title="x pronto", position=0.1)
    other = Touchpoint(stage_id=b.id, title="nada", evidence=[Evidence(note="X en una nota")])
    jm.stages[:] = [a, b]
    jm.touchpoints[:] = [late, early, other]
    jm.pains[:] = [Pain(title="dolor x", touchpoint_id=early.id)]
    jm.opportunities[:] = [Opportunity(title="idea", owner="Equipo X", stage_id=b.id)]
    jm.lanes.clear()
    order = [m.id for m in find_objects(jm, "x")]
    assert order == [early.id, late.id, jm.pains[0].id, other.id, jm.opportunities[0].id]


@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


def _target(match: Match) -> str:
    """What the bar selects for a match: the object, or a lane note's stage."""
    return match.stage_id if match.kind == "note" else match.id


def _area(scene, match: Match):
    item = scene.item_for(match.id)
    return item.cell_rect(match.stage_id) if match.kind == "note" else item.sceneBoundingRect()


def test_find_bar_selects_each_match_in_turn(window, qtbot):
    view, scene = window.view, window.scene
    jm = window.document.journey_map
    bar = window.find_bar
    assert bar.isHidden()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    qtbot.keyClicks(bar.field, "equipaje")
    expected = find_objects(jm, "equipaje")
    assert len(expected) >= 3 and expected[-1].kind == "note"
    assert scene.selected_ids() == [_target(expected[0])]
    assert bar.count.text() == f"1 of {len(expected)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert scene.selected_ids() == [_target(expected[1])]
    assert bar.count.text() == f"2 of {len(expected)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)  # round to the last one
    assert scene.selected_ids() == [_target(expected[-1])]
    assert bar.count.text() == f"{len(expected)} of {len(expected)}"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(_area(scene, expected[-1]))  # brought into view
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.isHidden() and view.hasFocus()
    assert scene.selected_ids() == [_target(expected[-1])]  # the selection stays
    qtbot.keyClick(view, Qt.Key.Key_F3)  # the last text, with the bar closed
    assert scene.selected_ids() == [_target(expected[0])]
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    bar.field.setText("zzz no existe")  # pasted in at once (typed, "z" finds something)
    assert bar.count.text() == "No matches"
    assert scene.selected_ids() == [_target(expected[0])]  # nothing found, nothing changed
    assert not window.document.undo_stack.count()  # finding edits nothing


def test_find_sees_edits_made_since_and_reads_in_spanish(window, qtbot):
    from cjdesigner.commands import SetFieldsCommand
    from cjdesigner.ui.i18n import install_translators

    scene, bar = window.scene, window.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.field, "embarque")
    first = scene.selected_ids()
    tp = window.document.journey_map.touchpoints[0]
    document = window.document
    document.undo_stack.push(SetFieldsCommand(document, tp.id, {"title": "Embarque rápido"}))
    found = [m.id for m in find_objects(document.journey_map, "embarque")]
    assert tp.id in found and first
    scene.clearSelection()
    install_translators("es")
    try:
        assert bar.step(forward=True).id == tp.id  # the edited one is now the first match
        assert bar.count.text() == f"1 de {len(found)}"
    finally:
        install_translators("en")


def test_presentation_mode_closes_the_bar(window, qtbot):
    """The map alone on the projector: an open find bar goes, and comes back with the
    docks when the presentation ends (the window as it was). Ctrl+F still finds a card
    there; Esc closes the bar first, then leaves the mode."""
    bar = window.find_bar
    bar.open_bar()
    window.presentation.set_active(True)
    try:
        assert bar.isHidden()
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_F, CTRL)  # to find a card during a workshop
        assert bar.isVisible() and QApplication.focusWidget() is bar.field
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
        assert bar.isHidden() and window.presentation.active  # the bar first
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
        assert not window.presentation.active  # then the mode
    finally:
        window.presentation.set_active(False)
    assert bar.isVisible()


def _ids_of_stage(jm, stage_id: str) -> set[str]:
    tps = {t.id for t in jm.touchpoints if t.stage_id == stage_id}
    markers = {
        m.id
        for m in [*jm.pains, *jm.opportunities]
        if m.stage_id == stage_id or m.touchpoint_id in tps
    }
    return {stage_id} | tps | markers


def test_a_match_in_a_lane_note_selects_its_stage_and_shows_the_note(window, qtbot):
    """Lane notes (actions, thoughts, backstage, KPIs) hold much of a map: a match there
    selects the note's stage and scrolls the note into view; Enter goes on from it, even
    when the stage itself matches too."""
    from cjdesigner.canvas.items import LaneItem

    view, scene, bar = window.view, window.scene, window.find_bar
    jm = window.document.journey_map
    view.set_zoom(1.0)
    bar.open_bar()
    bar.field.setText("CRM de avisos")
    (note,) = find_objects(jm, "CRM de avisos")
    assert note.kind == "note" and bar.count.text() == "1 of 1"
    assert scene.selected_ids() == [note.stage_id]
    lane = scene.item_for(note.id)
    assert isinstance(lane, LaneItem)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(lane.cell_rect(note.stage_id))
    bar.field.setText("crm")
    found = find_objects(jm, "crm")
    assert len(found) >= 2
    for k in range(len(found) + 1):  # round the whole list and back to the first
        assert bar.count.text() == f"{k % len(found) + 1} of {len(found)}"
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)


def test_replace_keeps_the_rest_of_each_text_and_only_whole_characters():
    from cjdesigner.model.search import replace_folded, replacements

    assert replace_folded("Facturación y FACTURACION.", "facturacion", "Cobro") == (
        "Cobro y Cobro.",
        2,
    )
    assert replace_folded("cafe\u0301 solo", "cafe", "té") == ("té solo", 1)  # accent goes too
    assert replace_folded("Niño", "", "x") == ("Niño", 0)
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    changes = replacements(jm, "crm", "CRM nuevo")
    lanes = {lane.id for lane in jm.lanes}
    lane_changes = [c for c in changes if c[0] in lanes]
    assert lane_changes and all(
        "CRM nuevo" in "".join(c[1]["cells"].values()) for c in lane_changes
    )
    assert not any("CRM nuevo" in "".join(lane.cells.values()) for lane in jm.lanes)  # untouched


def test_replace_all_is_one_undo_step_and_replace_walks_the_matches(window, qtbot):
    scene, view = window.scene, window.view
    document = window.document
    jm = document.journey_map
    bar = window.find_bar
    before = jm.model_dump()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_H, CTRL)
    assert bar.isVisible() and bar.replacement.isVisible()
    replace_all = next(a for a in bar.actions() if a.text() == "Replace All")
    assert not replace_all.isEnabled()  # nothing to look for yet
    qtbot.keyClicks(bar.field, "facturacion")
    assert replace_all.isEnabled()
    mentions = len(bar.matches())
    assert mentions >= 2
    qtbot.keyClicks(bar.replacement, "Entrega")
    count = document.undo_stack.count()
    bar.replace_all()
    assert document.undo_stack.count() == count + 1  # every mention, one step
    assert bar.matches() == [] and "Replaced: " in bar.count.text()
    card = next(t for t in jm.touchpoints if t.title.startswith("Entrega de equipaje"))
    assert card.title == "Entrega de equipaje"  # "Facturación de equipaje", accent and all
    assert document.undo_stack.undoText() == "Replace “facturacion” with “Entrega”"
    document.undo_stack.undo()
    assert jm.model_dump() == before
    # Replace: the match on show, then the next one; Enter in the field does the same
    first = bar.step()
    assert first is not None
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Return)
    assert len(bar.matches()) < mentions and document.undo_stack.count() == count + 1
    assert scene.selected_ids() == [_target(bar.matches()[0])] or bar.matches() == []
    document.undo_stack.undo()
    assert jm.model_dump() == before
    qtbot.keyClick(bar.replacement, Qt.Key.Key_Escape)  # Esc in either field closes the bar
    assert not bar.isVisible()


def test_a_replacement_the_map_refuses_replaces_nothing_and_says_why(window, qtbot):
    document = window.document
    jm = document.journey_map
    target = jm.stages[0]
    bar = window.find_bar
    bar.open_bar(replacing=True)
    bar.field.setText(target.name)  # the whole name: replacing it with nothing empties it
    bar.replacement.setText("")
    count = document.undo_stack.count()
    bar.replace_all()
    assert document.undo_stack.count() == count
    assert f"“{target.name}”" in bar.count.text() and "Nothing replaced" in bar.count.text()


def test_a_lane_title_is_found_and_replaced_apart_from_its_notes(window, qtbot):
    """Lane titles are found too, after everything else (where Tab reaches the lanes):
    the lane is selected and its title brought into view. Replace changes that title
    only, not a note holding the same word; Replace All changes both, as one step; a
    title replaced by nothing is refused."""
    from cjdesigner.commands import SetFieldsCommand

    view, scene, bar, document = window.view, window.scene, window.find_bar, window.document
    jm = document.journey_map
    lane, stage = jm.lanes[1], jm.stages[0]
    changes = {"title": "Zeta pensada", "cells": {**lane.cells, stage.id: "una zeta en la nota"}}
    document.undo_stack.push(SetFieldsCommand(document, lane.id, changes))
    before, count = jm.model_dump(), document.undo_stack.count()
    view.set_zoom(1.0)
    view.centerOn(scene.layout.width, 0)  # far from the lanes' titles
    bar.open_bar(replacing=True)
    bar.field.setText("zeta")
    assert bar.matches() == [Match("note", lane.id, stage.id), Match("lane", lane.id)]
    bar.step()
    assert bar.count.text() == "2 of 2" and scene.selected_ids() == [lane.id]
    title = view.mapFromScene(scene.item_for(lane.id).title_rect()).boundingRect()
    assert view.viewport().rect().contains(title.center())
    bar.replacement.setText("Eta")
    bar.replace_one()
    assert lane.title == "Eta pensada" and lane.cell(stage.id) == "una zeta en la nota"
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    bar.replace_all()
    assert lane.title == "Eta pensada" and lane.cell(stage.id) == "una Eta en la nota"
    assert document.undo_stack.count() == count + 1  # the one step replaced the other
    document.undo_stack.undo()
    assert jm.model_dump() == before
    bar.field.setText("Zeta pensada")
    bar.replacement.setText("")
    bar.step()
    bar.replace_one()
    assert jm.model_dump() == before and "Nothing replaced" in bar.count.text()

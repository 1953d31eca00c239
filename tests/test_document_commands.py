"""Document and commands: every edit is one undo step and undo restores the model exactly."""

from __future__ import annotations

import gc

import pytest

from cjdesigner.commands import (
    InsertCommand,
    MoveIndexCommand,
    SetFieldsCommand,
    remove_markers_command,
    remove_stage_command,
    remove_touchpoints_command,
)
from cjdesigner.document import Document
from cjdesigner.model import MapFileError, Pain, Touchpoint, load_map
from tests.factories import small_map


@pytest.fixture
def document(qapp):
    return Document(small_map())


def _undo_redo_exact(document: Document, push) -> None:
    before = document.journey_map.model_dump()
    count = document.undo_stack.count()
    push()
    after = document.journey_map.model_dump()
    assert after != before
    assert document.undo_stack.count() == count + 1
    gc.collect()  # commands must survive the collector (PySide keeps no child wrappers)
    document.undo_stack.undo()
    assert document.journey_map.model_dump() == before
    document.undo_stack.redo()
    assert document.journey_map.model_dump() == after


def test_delete_stage_takes_touchpoints_markers_and_notes_and_undo_restores_all(document):
    jm = document.journey_map
    stage_id = jm.touchpoints[1].stage_id
    jm.lanes[0].cells[stage_id] = "notes for the stage"
    removed = []
    document.removed.connect(lambda kind, oid: removed.append(kind))
    _undo_redo_exact(
        document, lambda: document.undo_stack.push(remove_stage_command(document, stage_id))
    )
    assert document.journey_map.stage(stage_id) is None
    assert not document.journey_map.pains and not document.journey_map.opportunities
    assert stage_id not in document.journey_map.lanes[0].cells
    assert set(removed) >= {"stage", "touchpoint", "pain", "opportunity"}


def test_insert_set_fields_move_and_delete_are_single_steps(document):
    jm = document.journey_map
    stage = jm.stages[0]
    tp = Touchpoint(stage_id=stage.id, title="New", emotion=1)
    _undo_redo_exact(
        document, lambda: document.undo_stack.push(InsertCommand(document, "touchpoint", tp))
    )
    _undo_redo_exact(
        document,
        lambda: document.undo_stack.push(
            SetFieldsCommand(document, tp.id, {"emotion": -2, "position": 0.9})
        ),
    )
    _undo_redo_exact(
        document, lambda: document.undo_stack.push(MoveIndexCommand(document, "stage", stage.id, 2))
    )
    assert [s.id for s in document.journey_map.stages][2] == stage.id
    _undo_redo_exact(
        document,
        lambda: document.undo_stack.push(
            remove_touchpoints_command(document, {jm.touchpoints[0].id})
        ),
    )
    pain_ids = {p.id for p in document.journey_map.pains}
    _undo_redo_exact(
        document,
        lambda: document.undo_stack.push(remove_markers_command(document, pain_ids, set())),
    )
    assert document.journey_map.opportunities[0].answers_pain_id is None


def test_typing_merges_into_one_step_and_back_to_start_leaves_no_step(document):
    map_id = document.journey_map.id
    for text in ("S", "Sm", "Sma"):
        document.undo_stack.push(SetFieldsCommand(document, map_id, {"title": text}, merge=True))
    assert document.undo_stack.count() == 1
    assert document.journey_map.title == "Sma"
    document.undo_stack.undo()
    assert document.journey_map.title == "Small map"
    document.undo_stack.redo()
    document.undo_stack.push(SetFieldsCommand(document, map_id, {"title": "Small map"}, merge=True))
    assert document.journey_map.title == "Small map"
    assert document.undo_stack.count() == 0  # obsolete: the edit came back to where it started


def test_dirty_follows_the_clean_state_and_undo_after_save_is_dirty(document, tmp_path):
    states = []
    document.dirty_changed.connect(states.append)
    assert not document.is_dirty
    document.undo_stack.push(SetFieldsCommand(document, document.journey_map.id, {"title": "A"}))
    assert document.is_dirty
    path = document.save(tmp_path / "m.journey.json")
    assert not document.is_dirty and document.path == path
    assert load_map(path).title == "A"
    document.undo_stack.undo()
    assert document.is_dirty
    document.undo_stack.redo()
    assert not document.is_dirty
    assert states == [True, False, True, False]


def test_save_failure_keeps_document_dirty(document, tmp_path):
    document.undo_stack.push(SetFieldsCommand(document, document.journey_map.id, {"title": "B"}))
    with pytest.raises(MapFileError):
        document.save(tmp_path / "missing-folder" / "m.journey.json")
    assert document.is_dirty
    with pytest.raises(MapFileError, match="Save As"):
        Document(small_map()).save()


def test_mutation_api_refuses_bad_edits_and_changes_nothing(document):
    jm = document.journey_map
    before = jm.model_dump()
    tp = jm.touchpoints[0]
    with pytest.raises(ValueError, match="stage_id"):
        document.set_fields(tp.id, {"stage_id": "nowhere"})
    with pytest.raises(ValueError, match="control character"):
        document.set_fields(tp.id, {"title": "bell\x07"})
    with pytest.raises(ValueError):
        document.set_fields(tp.id, {"emotion": 11})
    with pytest.raises(ValueError, match="exactly one"):
        document.insert(
            "pain",
            Pain.model_construct(
                id="p-x", title="x", severity=1, touchpoint_id=None, stage_id=None
            ),
        )
    with pytest.raises(ValueError, match="already in the map"):
        document.insert("touchpoint", tp)
    assert jm.model_dump() == before


def test_signals_name_what_changed(document):
    seen = []
    document.changed.connect(lambda oid, fields: seen.append((oid, fields)))
    tp = document.journey_map.touchpoints[0]
    document.undo_stack.push(SetFieldsCommand(document, tp.id, {"emotion": 5}))
    assert seen == [(tp.id, ("emotion",))]
    assert document.find(tp.id) == ("touchpoint", tp)
    assert document.find(document.journey_map.persona.id)[0] == "persona"

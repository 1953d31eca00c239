"""Edit ▸ Spread Evenly: dots placed in a hurry during a workshop, tidied in one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from tests import helpers


@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


def _positions(window, stage_index: int) -> list[tuple[str, float]]:
    jm = window.document.journey_map
    stage = jm.stages[stage_index]
    return sorted(
        ((tp.title, tp.position) for tp in jm.touchpoints if tp.stage_id == stage.id),
        key=lambda x: x[1],
    )


def _crowd(window, stage_index: int, positions: list[float]) -> list[str]:
    """Put the stage's touchpoints at ``positions`` (as a hurried hand would); their ids."""
    from cjdesigner.commands import SetFieldsCommand

    jm = window.document.journey_map
    stage = jm.stages[stage_index]
    ids = [tp.id for tp in jm.touchpoints if tp.stage_id == stage.id]
    for tp_id, position in zip(ids, positions, strict=True):
        window.document.undo_stack.push(
            SetFieldsCommand(window.document, tp_id, {"position": position})
        )
    return ids


def test_a_stage_spreads_its_touchpoints_evenly_in_one_undo_step(window):
    jm = window.document.journey_map
    stage = jm.stages[1]  # "Reserva": three touchpoints
    ids = _crowd(window, 1, [0.52, 0.5, 0.55])
    before, count = jm.model_dump(), window.document.undo_stack.count()
    order = [title for title, _ in _positions(window, 1)]
    window.scene.select_ids([stage.id])
    action = window.editing.actions["spread"]
    assert action.isEnabled()
    action.trigger()
    assert [p for _, p in _positions(window, 1)] == [0.167, 0.5, 0.833]
    assert [title for title, _ in _positions(window, 1)] == order  # the order is kept
    assert window.document.undo_stack.undoText() == "Spread evenly"
    helpers.exact_undo_step(window, before, count)
    # touchpoints of other stages did not move
    others = [tp for tp in jm.touchpoints if tp.id not in ids]
    assert all(
        tp.position == b["position"]
        for tp, b in zip(
            others, [t for t in before["touchpoints"] if t["id"] not in ids], strict=True
        )
    )


def test_selected_touchpoints_keep_the_ends_and_space_the_others_between(window):
    jm = window.document.journey_map
    ids = _crowd(window, 1, [0.2, 0.8, 0.3])
    lone = next(tp for tp in jm.touchpoints if tp.stage_id == jm.stages[2].id)
    lone_at = lone.position
    window.scene.select_ids([*ids[:2]])
    assert not window.editing.actions["spread"].isEnabled()  # two: nothing between
    window.scene.select_ids([*ids, lone.id])
    assert window.editing.actions["spread"].isEnabled()
    window.editing.actions["spread"].trigger()
    assert [jm.touchpoint(i).position for i in ids] == [0.2, 0.8, 0.5]
    assert lone.position == lone_at  # alone in its stage: nothing to spread
    # again: nothing moves, no undo step, and the status bar says why
    count = window.document.undo_stack.count()
    window.editing.actions["spread"].trigger()
    assert window.document.undo_stack.count() == count
    assert window.statusBar().currentMessage() == "Already spread evenly"


def test_the_right_click_menu_offers_it_on_a_stage_and_on_three_touchpoints(window):
    from cjdesigner.ui.context_menu import CanvasMenu

    jm = window.document.journey_map
    menu_maker = window.findChild(CanvasMenu)
    stage = jm.stages[1]
    window.scene.select_ids([stage.id])
    names = [a.objectName() for a in menu_maker.build(QPointF(0, 0)).actions()]
    assert "action_spread" in names
    three = [tp.id for tp in jm.touchpoints if tp.stage_id == stage.id]
    window.scene.select_ids(three[:1])
    names = [a.objectName() for a in menu_maker.build(QPointF(0, 0)).actions()]
    assert "action_spread" not in names
    window.scene.select_ids(three)
    names = [a.objectName() for a in menu_maker.build(QPointF(0, 0)).actions()]
    assert "action_spread" in names

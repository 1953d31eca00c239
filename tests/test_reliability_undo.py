"""Undo/redo integrity: random edit sequences, undone entirely, give the exact start.

A hypothesis state machine pushes every kind of document command (add, delete and
reorder stages; add, move and delete touchpoints; markers and their links; add, move
and delete lanes, and their notes;
persona and map fields; merged typing; dot votes; arrow-key nudges and Spread Evenly of a
multi-selection; deleting a
mixed selection of stages, touchpoints and markers at once) interleaved
with undo and redo. Invariants after every step: the map is consistent (no dangling
reference), saves and reloads equal, and the live canvas has the same items, in the same
places, as a canvas built afresh from the model.
At the end, undoing everything gives the start exactly and redoing everything the end.
"""

from __future__ import annotations

import gc
import os

import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cjdesigner.canvas.scene import MapScene
from cjdesigner.commands import (
    InsertCommand,
    MoveIndexCommand,
    SetFieldsCommand,
    remove_markers_command,
    remove_objects_command,
    remove_stage_command,
    remove_touchpoints_command,
)
from cjdesigner.document import Document
from cjdesigner.model import Opportunity, Pain, Stage, Touchpoint, map_from_bytes, map_to_bytes
from cjdesigner.model.journey import find_reference_problem
from tests.factories import small_map

_names = st.text(alphabet="abcñé €😀<&>", min_size=1, max_size=12).filter(str.strip)


class UndoMachine(RuleBasedStateMachine):
    """Random edits through commands, with undo and redo mixed in."""

    def __init__(self) -> None:
        super().__init__()
        start = small_map()
        for lane in start.lanes:  # notes under every stage: deleting stages must drop them
            lane.cells = {stage.id: f"notes {i}" for i, stage in enumerate(start.stages)}
        self.document = Document(start)
        self.start = self.document.journey_map.model_dump()
        self.scene = MapScene(self.document)  # the live canvas follows every step

    @property
    def jm(self):
        return self.document.journey_map

    def push(self, command) -> None:
        self.document.undo_stack.push(command)

    # ------------------------------------------------------------- stages
    @rule(name=_names, index=st.integers(0, 10))
    def add_stage(self, name, index):
        if len(self.jm.stages) < 8:
            self.push(InsertCommand(self.document, "stage", Stage(name=name), index))

    @precondition(lambda self: len(self.jm.stages) > 1)
    @rule(data=st.data())
    def delete_stage(self, data):
        stage = data.draw(st.sampled_from(self.jm.stages))
        self.push(remove_stage_command(self.document, stage.id))

    @precondition(lambda self: len(self.jm.stages) > 2)
    @rule(data=st.data())
    def delete_a_mixed_selection(self, data):
        """Delete, as one step, what a rubber band or Ctrl+clicks select: several stages
        (never all) with touchpoints and markers of other stages, in any order."""
        jm = self.jm
        stages = data.draw(
            st.lists(st.sampled_from([s.id for s in jm.stages]), unique=True, max_size=2)
        )
        pick = lambda objects: data.draw(  # noqa: E731
            st.lists(st.sampled_from([o.id for o in objects]), unique=True, max_size=3)
            if objects
            else st.just([])
        )
        tps, pains, opps = pick(jm.touchpoints), pick(jm.pains), pick(jm.opportunities)
        if stages or tps or pains or opps:
            self.push(remove_objects_command(self.document, stages, tps, pains, opps))

    @rule(data=st.data())
    def reorder_stage(self, data):
        stage = data.draw(st.sampled_from(self.jm.stages))
        self.push(MoveIndexCommand(self.document, "stage", stage.id, data.draw(st.integers(0, 9))))

    @rule(data=st.data(), width=st.floats(0.2, 10))
    def resize_stage(self, data, width):
        stage = data.draw(st.sampled_from(self.jm.stages))
        self.push(SetFieldsCommand(self.document, stage.id, {"width": width}))

    # -------------------------------------------------------- touchpoints
    @rule(data=st.data(), title=_names, emotion=st.integers(-5, 5))
    def add_touchpoint(self, data, title, emotion):
        stage = data.draw(st.sampled_from(self.jm.stages))
        tp = Touchpoint(
            stage_id=stage.id, title=title, emotion=emotion, position=data.draw(st.floats(0, 1))
        )
        self.push(InsertCommand(self.document, "touchpoint", tp))

    @precondition(lambda self: self.jm.touchpoints)
    @rule(data=st.data(), emotion=st.floats(-5, 5), position=st.floats(0, 1))
    def drag_touchpoint_across_stages(self, data, emotion, position):
        tp = data.draw(st.sampled_from(self.jm.touchpoints))
        stage = data.draw(st.sampled_from(self.jm.stages))
        changes = {"emotion": round(emotion), "position": position, "stage_id": stage.id}
        self.push(SetFieldsCommand(self.document, tp.id, changes, text="Move touchpoint"))

    @precondition(lambda self: self.jm.touchpoints)
    @rule(data=st.data())
    def delete_touchpoints(self, data):
        chosen = data.draw(
            st.sets(st.sampled_from([t.id for t in self.jm.touchpoints]), min_size=1)
        )
        self.push(remove_touchpoints_command(self.document, chosen))

    # ------------------------------------------------------------ markers
    @precondition(lambda self: self.jm.touchpoints)
    @rule(data=st.data(), title=_names, severity=st.integers(1, 3))
    def mark_pain(self, data, title, severity):
        tp = data.draw(st.sampled_from(self.jm.touchpoints))
        self.push(
            InsertCommand(
                self.document, "pain", Pain(title=title, severity=severity, touchpoint_id=tp.id)
            )
        )

    @rule(data=st.data(), title=_names)
    def mark_opportunity(self, data, title):
        stage = data.draw(st.sampled_from(self.jm.stages))
        answers = (
            data.draw(st.none() | st.sampled_from([p.id for p in self.jm.pains]))
            if self.jm.pains
            else None
        )
        opp = Opportunity(title=title, stage_id=stage.id, answers_pain_id=answers)
        self.push(InsertCommand(self.document, "opportunity", opp))

    @precondition(lambda self: self.jm.pains or self.jm.opportunities)
    @rule(data=st.data())
    def move_marker_to_stage(self, data):
        marker = data.draw(st.sampled_from([*self.jm.pains, *self.jm.opportunities]))
        stage = data.draw(st.sampled_from(self.jm.stages))
        changes = {"touchpoint_id": None, "stage_id": stage.id}
        self.push(SetFieldsCommand(self.document, marker.id, changes, text="Move marker"))

    @precondition(lambda self: self.jm.pains)
    @rule(data=st.data())
    def delete_pains(self, data):
        chosen = data.draw(st.sets(st.sampled_from([p.id for p in self.jm.pains]), min_size=1))
        self.push(remove_markers_command(self.document, chosen, set()))

    # -------------------------------------------------------------- lanes
    @precondition(lambda self: len(self.jm.lanes) < 8)
    @rule(data=st.data())
    def add_lane(self, data):
        """Add Lane, under the selected lane or at the bottom, as the canvas does it."""
        chosen = data.draw(st.sampled_from([None, *[lane.id for lane in self.jm.lanes]]))
        self.scene.select_ids([chosen] if chosen else [])
        self.scene.controller.add_lane_after(self.scene.selected_only("lane"))

    @precondition(lambda self: self.jm.lanes)
    @rule(data=st.data(), step=st.sampled_from([-2, -1, 1, 2]))
    def move_lane(self, data, step):
        lane = data.draw(st.sampled_from(self.jm.lanes))
        self.scene.controller.move("lane", lane.id, step)  # refused past either end

    @rule(data=st.data(), step=st.sampled_from([-2, -1, 1, 2]))
    def move_stage_with_the_keys(self, data, step):
        stage = data.draw(st.sampled_from(self.jm.stages))
        self.scene.controller.move("stage", stage.id, step)

    @precondition(lambda self: self.jm.lanes and self.jm.touchpoints)
    @rule(data=st.data())
    def delete_lanes_with_touchpoints(self, data):
        """Delete, as one step, lanes selected together with touchpoints (Ctrl+clicks)."""
        jm = self.jm
        lanes = data.draw(st.lists(st.sampled_from([x.id for x in jm.lanes]), min_size=1))
        tps = data.draw(st.lists(st.sampled_from([t.id for t in jm.touchpoints]), max_size=2))
        self.scene.select_ids(lanes + tps)
        assert self.scene.controller.delete_selection()

    # --------------------------------------------------- notes, persona, map
    @precondition(lambda self: self.jm.lanes)
    @rule(data=st.data(), text=_names)
    def edit_lane_cell(self, data, text):
        lane = data.draw(st.sampled_from(self.jm.lanes))
        stage = data.draw(st.sampled_from(self.jm.stages))
        self.push(
            SetFieldsCommand(self.document, lane.id, {"cells": {**lane.cells, stage.id: text}})
        )

    @rule(text=_names)
    def type_persona_name(self, text):
        for end in range(1, len(text) + 1):  # keystrokes merge into one step
            self.push(
                SetFieldsCommand(
                    self.document, self.jm.persona.id, {"name": text[:end]}, merge=True
                )
            )

    @rule(text=_names)
    def edit_title(self, text):
        self.push(SetFieldsCommand(self.document, self.jm.id, {"title": text}))

    @precondition(lambda self: len(self.jm.touchpoints) > 1)
    @rule(data=st.data(), d_emotion=st.sampled_from([-1.0, -0.1, 0.1, 1.0]), fresh=st.booleans())
    def nudge_selection(self, data, d_emotion, fresh):
        """Arrow keys on a multi-selection, as the canvas does it (repeats merge)."""
        ids = data.draw(
            st.lists(st.sampled_from([t.id for t in self.jm.touchpoints]), min_size=2, unique=True)
        )
        self.scene.select_ids(ids)
        self.scene.controller.nudge(d_emotion, 0.0, fresh)

    @precondition(lambda self: len(self.jm.touchpoints) > 2)
    @rule(data=st.data())
    def spread_evenly(self, data):
        """Spread Evenly on stages and touchpoints selected together, as the canvas does."""
        jm = self.jm
        stages = data.draw(st.lists(st.sampled_from([x.id for x in jm.stages]), max_size=2))
        tps = data.draw(st.lists(st.sampled_from([t.id for t in jm.touchpoints]), max_size=5))
        self.scene.select_ids(stages + tps)
        self.scene.controller.spread()  # False when nothing would move

    @precondition(lambda self: self.jm.pains or self.jm.opportunities)
    @rule(data=st.data(), steps=st.lists(st.sampled_from([1, -1]), min_size=1, max_size=4))
    def dot_vote(self, data, steps):
        """V and Shift+V on one or more pains and opportunities (a single one's presses
        merge into one step)."""
        jm = self.jm
        ids = [m.id for m in (*jm.pains, *jm.opportunities)]
        chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        self.scene.select_ids(chosen)
        for step in steps:
            self.scene.controller.vote(step)  # False at 0 (or 999): no step

    @rule()
    def clear_votes(self):
        """Edit ▸ Clear All Votes (no step when no marker has votes)."""
        self.scene.controller.clear_votes()

    @precondition(lambda self: len(self.jm.stages) < 8)
    @rule(data=st.data(), how=st.sampled_from(["duplicate", "copy", "cut"]))
    def clipboard(self, data, how):
        """Duplicate, or copy/cut then paste, a selection of stages (with all in them),
        touchpoints of other stages and pains or opportunities on their own."""
        jm, controller = self.jm, self.scene.controller
        stages = data.draw(st.lists(st.sampled_from([s.id for s in jm.stages]), max_size=2))
        tps = data.draw(
            st.lists(st.sampled_from([t.id for t in jm.touchpoints]), max_size=3)
            if jm.touchpoints
            else st.just([])
        )
        markers = [m.id for m in [*jm.pains, *jm.opportunities]]
        alone = data.draw(
            st.lists(st.sampled_from(markers), max_size=2) if markers else st.just([])
        )
        if how == "cut" and len(set(stages)) >= len(jm.stages):
            return  # a map keeps one stage
        self.scene.select_ids(stages + tps + alone)
        if how == "duplicate":
            controller.duplicate()
            return
        if not getattr(controller, how)():
            return  # nothing copied: a paste would bring what an earlier test left there
        target = data.draw(st.sampled_from([None, *[s.id for s in jm.stages]]))
        self.scene.select_ids([target] if target else [])
        controller.paste()

    # ------------------------------------------------------- undo / redo
    @rule(steps=st.integers(1, 4))
    def undo(self, steps):
        for _ in range(steps):
            self.document.undo_stack.undo()

    @rule(steps=st.integers(1, 4))
    def redo(self, steps):
        for _ in range(steps):
            self.document.undo_stack.redo()

    # --------------------------------------------------------- invariants
    @invariant()
    def map_is_consistent_and_saves(self):
        assert find_reference_problem(self.jm) is None
        assert map_from_bytes(map_to_bytes(self.jm)) == self.jm

    @invariant()
    def live_canvas_equals_a_rebuilt_one(self):
        fresh = MapScene(Document(self.jm.model_copy(deep=True)))
        try:
            assert _items(self.scene) == _items(fresh)
        finally:
            _dispose(fresh)

    def teardown(self):
        stack = self.document.undo_stack
        here, current = stack.index(), self.jm.model_dump()
        gc.collect()
        stack.setIndex(stack.count())  # redo everything still on the stack
        top = self.jm.model_dump()
        stack.setIndex(0)
        assert self.jm.model_dump() == self.start
        stack.setIndex(stack.count())
        assert self.jm.model_dump() == top
        stack.setIndex(here)
        assert self.jm.model_dump() == current
        _dispose(self.scene)  # now, while its document lives: never left to the collector


def _dispose(scene: MapScene) -> None:
    """Destroy a parentless scene deterministically, before the document it watches."""
    scene.clear()
    shiboken6.delete(scene)


def _items(scene: MapScene) -> list[tuple[str, str, str]]:
    return sorted((type(i).__name__, i.model_id(), repr(i.box)) for i in scene.map_items())


UndoMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("CJD_UNDO_EXAMPLES", "40")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_undo_redo_integrity(qapp):
    UndoMachine.TestCase().runTest()

"""One QUndoCommand per user edit: the only code that changes a map.

Commands hold ids and plain values, never canvas items, and go through the narrow
mutation API of ``Document``; the document's signals then refresh every view, so undo
and redo update the canvas for free. Compound edits (deleting a stage with its
touchpoints and markers) are one command with children: one undo step.

Never group commands with ``QUndoStack.beginMacro``: under PySide the Python side of
commands pushed inside a macro is not kept alive and redo crashes. Build a
``MacroCommand`` with children instead (see ``Command``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtGui import QUndoCommand

from cjdesigner.model.edits import (
    StageDependents,
    pain_dependents,
    stage_dependents,
    touchpoint_dependents,
)

if TYPE_CHECKING:
    from cjdesigner.document import Document


class CommandId(IntEnum):
    """Ids for commands that merge (``QUndoCommand.id``); -1 means never merge."""

    SET_FIELDS = 1
    NUDGE = 2


class Command(QUndoCommand):
    """Base of every command here; holds its children in Python.

    Qt's own child mechanism (``QUndoCommand(text, parent)``) does not work from PySide:
    the child's wrapper stays owned by Python, so either it is collected and redo
    crashes, or it is kept and both Python and the C++ parent delete it. Children are
    therefore plain Python-owned commands in ``_children``, run by ``redo`` (in order)
    and ``undo`` (in reverse); subclasses call ``super().redo()`` / ``super().undo()``
    where the children belong in their sequence. Only the top command goes to the stack.
    """

    def __init__(self, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text)
        self._children: list[Command] = []
        if parent is not None:
            if not isinstance(parent, Command):
                raise TypeError("a child command's parent must be a cjdesigner Command")
            parent._children.append(self)

    def redo(self) -> None:
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self._children):
            child.undo()

    def child_commands(self) -> list[Command]:
        """The children, in the order redo runs them."""
        return list(self._children)

    def add_child(self, child: Command) -> None:
        """Adopt an already built command as the last child."""
        self._children.append(child)


class MacroCommand(Command):
    """A group of child commands done and undone as one step (children in order)."""


class InsertCommand(Command):
    """Add one object (stage, touchpoint, pain, opportunity, lane) at an index."""

    def __init__(
        self,
        document: Document,
        kind: str,
        obj: BaseModel,
        index: int | None = None,
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or f"Add {kind}", parent)
        self._document = document
        self._kind = kind
        self._obj = obj
        self._index = index
        self.object_id: str = obj.id  # type: ignore[attr-defined]

    def redo(self) -> None:
        self._index = self._document.insert(self._kind, self._obj, self._index)
        super().redo()  # children (if any) after the object exists

    def undo(self) -> None:
        super().undo()
        self._obj, self._index = self._document.remove(self._kind, self.object_id)


class RemoveCommand(Command):
    """Remove one object; undo puts it back at the same index."""

    def __init__(
        self,
        document: Document,
        kind: str,
        object_id: str,
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or f"Delete {kind}", parent)
        self._document = document
        self._kind = kind
        self.object_id = object_id
        self._obj: BaseModel | None = None
        self._index = -1

    def redo(self) -> None:
        super().redo()  # children (dependents) go first
        self._obj, self._index = self._document.remove(self._kind, self.object_id)

    def undo(self) -> None:
        assert self._obj is not None
        self._document.insert(self._kind, self._obj, self._index)
        super().undo()


class SetFieldsCommand(Command):
    """Change fields of one object (the map, the persona or any listed object).

    With ``merge=True``, consecutive edits of the same fields of the same object merge
    into one undo step (typing in the inspector); a merge that returns to the original
    values makes the command obsolete, so no empty step is left behind.
    """

    def __init__(
        self,
        document: Document,
        object_id: str,
        changes: dict[str, Any],
        text: str = "",
        merge: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        document.check_fields(object_id, changes)  # refuse before reaching the stack
        super().__init__(text or "Edit", parent)
        self._document = document
        self.object_id = object_id
        self._new = dict(changes)
        obj = document.object(object_id)
        self._old = {name: getattr(obj, name) for name in changes}
        self._merge = merge

    def redo(self) -> None:
        self._document.set_fields(self.object_id, self._new)

    def undo(self) -> None:
        self._document.set_fields(self.object_id, self._old)

    def new_values(self) -> dict[str, Any]:
        """The values redo sets."""
        return dict(self._new)

    def extend(self, field: str, value: Any) -> None:
        """Change the value redo sets for ``field`` (used when merging repeated edits)."""
        if field not in self._old:
            self._old[field] = getattr(self._document.object(self.object_id), field)
        self._new[field] = value

    def id(self) -> int:
        return int(CommandId.SET_FIELDS) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or not other._merge:
            return False
        if other.object_id != self.object_id or other._new.keys() != self._new.keys():
            return False
        self._new = dict(other._new)
        self.setObsolete(self._new == self._old)
        return True


class MoveIndexCommand(Command):
    """Move a stage (or lane) to another place in its list."""

    def __init__(
        self,
        document: Document,
        kind: str,
        object_id: str,
        new_index: int,
        text: str = "",
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text or f"Move {kind}", parent)
        self._document = document
        self._kind = kind
        self.object_id = object_id
        self._new_index = new_index
        self._old_index = document.index_of(kind, object_id)

    def redo(self) -> None:
        self._document.move_index(self._kind, self.object_id, self._new_index)

    def undo(self) -> None:
        self._document.move_index(self._kind, self.object_id, self._old_index)


def _add_dependent_removals(
    document: Document, deps: StageDependents, parent: QUndoCommand, stage_id: str | None = None
) -> None:
    """Children that clear links and remove dependents, in an order that never dangles."""
    for opp_id in deps.unlinked_opportunity_ids:
        SetFieldsCommand(document, opp_id, {"answers_pain_id": None}, parent=parent)
    for lane_id in deps.lane_cells:
        # The stage's notes leave the lane with it (undo brings them back).
        lane = document.object(lane_id)
        cells = {k: v for k, v in lane.cells.items() if k != stage_id}  # type: ignore[attr-defined]
        SetFieldsCommand(document, lane_id, {"cells": cells}, parent=parent)
    for opp_id in deps.opportunity_ids:
        RemoveCommand(document, "opportunity", opp_id, parent=parent)
    for pain_id in deps.pain_ids:
        RemoveCommand(document, "pain", pain_id, parent=parent)
    for tp_id in deps.touchpoint_ids:
        RemoveCommand(document, "touchpoint", tp_id, parent=parent)


def remove_stage_command(document: Document, stage_id: str, text: str = "") -> QUndoCommand:
    """Delete a stage with its touchpoints, markers and lane notes, as one undo step."""
    deps = stage_dependents(document.journey_map, stage_id)
    name = document.object(stage_id).name  # type: ignore[attr-defined]
    command = RemoveCommand(document, "stage", stage_id, text or f"Delete stage “{name}”")
    _add_dependent_removals(document, deps, command, stage_id)
    return command


def remove_touchpoints_command(
    document: Document, touchpoint_ids: set[str], text: str = ""
) -> QUndoCommand:
    """Delete touchpoints with the markers anchored to them, as one undo step."""
    deps = touchpoint_dependents(document.journey_map, touchpoint_ids)
    command = MacroCommand(
        text or ("Delete touchpoint" if len(touchpoint_ids) == 1 else "Delete touchpoints")
    )
    _add_dependent_removals(document, deps, command)
    return command


def remove_markers_command(
    document: Document, pain_ids: set[str], opportunity_ids: set[str], text: str = ""
) -> QUndoCommand:
    """Delete pains and opportunities; opportunities answering a deleted pain are unlinked."""
    command = MacroCommand(text or "Delete markers")
    for opp_id in pain_dependents(document.journey_map, pain_ids):
        if opp_id not in opportunity_ids:
            SetFieldsCommand(document, opp_id, {"answers_pain_id": None}, parent=command)
    for opp_id in opportunity_ids:
        RemoveCommand(document, "opportunity", opp_id, parent=command)
    for pain_id in pain_ids:
        RemoveCommand(document, "pain", pain_id, parent=command)
    return command

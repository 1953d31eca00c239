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

from collections.abc import Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from PySide6.QtGui import QUndoCommand

from cjdesigner.model.edits import deletion

if TYPE_CHECKING:
    from cjdesigner.document import Document


class CommandId(IntEnum):
    """Ids for commands that merge (``QUndoCommand.id``); -1 means never merge."""

    SET_FIELDS = 1
    NUDGE = 2


def undo_text(text: str) -> str:
    """``text`` as a QUndoCommand takes it. Menus read "&" as a shortcut marker, so a
    stage called "Check-in & boarding" showed as "Undo Move stage “Check-in _boarding”";
    Qt shows the part before a newline in the history list (the text as it is) and
    the part after it in the menus (here with "&&")."""
    return f"{text}\n{text.replace('&', '&&')}" if "&" in text else text


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
        super().__init__(undo_text(text))
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
        for name, value in other._new.items():
            if isinstance(value, dict):  # a lane's notes: typing in another stage's notes
                mine = _changed_entries(self._old[name], self._new[name])  # is a new step
                if mine and not _changed_entries(self._new[name], value) <= mine:
                    return False
        self._new = dict(other._new)
        self.setObsolete(self._new == self._old)
        return True


def _changed_entries(before: dict, after: dict) -> set:
    """The keys whose values differ between two dicts (added and removed ones too)."""
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


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


def remove_objects_command(
    document: Document,
    stage_ids: Iterable[str] = (),
    touchpoint_ids: Iterable[str] = (),
    pain_ids: Iterable[str] = (),
    opportunity_ids: Iterable[str] = (),
    text: str = "Delete",
    lane_ids: Iterable[str] = (),
) -> MacroCommand:
    """Delete these objects and all that hangs on them as one undo step.

    Children run in an order that never leaves a reference dangling: links to pains
    that go are cleared and lanes drop the notes of stages that go while everything
    still exists, then opportunities, pains, touchpoints, stages and lanes are removed
    (nothing refers to a lane). Undo runs it backwards, so each object is back before
    anything refers to it again.
    """
    gone = deletion(document.journey_map, stage_ids, touchpoint_ids, pain_ids, opportunity_ids)
    command = MacroCommand(text)
    for opp_id in gone.unlinked_opportunity_ids:
        SetFieldsCommand(document, opp_id, {"answers_pain_id": None}, parent=command)
    for lane_id, cells in gone.lane_cells.items():
        SetFieldsCommand(document, lane_id, {"cells": cells}, parent=command)
    for kind, ids in (
        ("opportunity", gone.opportunity_ids),
        ("pain", gone.pain_ids),
        ("touchpoint", gone.touchpoint_ids),
        ("stage", gone.stage_ids),
        ("lane", list(lane_ids)),
    ):
        for object_id in ids:
            RemoveCommand(document, kind, object_id, parent=command)
    return command


def remove_stage_command(document: Document, stage_id: str, text: str = "") -> QUndoCommand:
    """Delete a stage with its touchpoints, markers and lane notes, as one undo step."""
    name = document.object(stage_id).name  # type: ignore[attr-defined]
    return remove_objects_command(document, [stage_id], text=text or f"Delete stage “{name}”")


def remove_touchpoints_command(
    document: Document, touchpoint_ids: set[str], text: str = ""
) -> QUndoCommand:
    """Delete touchpoints with the markers anchored to them, as one undo step."""
    default = "Delete touchpoint" if len(touchpoint_ids) == 1 else "Delete touchpoints"
    return remove_objects_command(document, touchpoint_ids=touchpoint_ids, text=text or default)


def remove_markers_command(
    document: Document, pain_ids: set[str], opportunity_ids: set[str], text: str = ""
) -> QUndoCommand:
    """Delete pains and opportunities; opportunities answering a deleted pain are unlinked."""
    return remove_objects_command(
        document, pain_ids=pain_ids, opportunity_ids=opportunity_ids, text=text or "Delete markers"
    )

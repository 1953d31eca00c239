"""The open map: model + undo stack + file path + dirty state, and the one mutation API.

Only commands (``commands.py``) call the mutating methods. Each method changes the
model and emits exactly one signal, so every view (canvas, docks, insights) follows
edits, undo and redo the same way and never needs to be told twice.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from pydantic import BaseModel
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cjdesigner.model import JourneyMap, MapFileError, load_map, save_map
from cjdesigner.model.edits import apply_fields
from cjdesigner.model.text import control_reason, find_control

# Kinds of objects held in lists on the map, and the attribute that holds each list.
LIST_KINDS: dict[str, str] = {
    "stage": "stages",
    "touchpoint": "touchpoints",
    "pain": "pains",
    "opportunity": "opportunities",
    "lane": "lanes",
}
# Kinds that are single objects: the map itself (title, scenario…) and its persona.
SINGLE_KINDS = ("map", "persona")


def _disk_stamp(path: Path | None) -> tuple[int, int] | None:
    """What tells one version of a file from the next without reading it."""
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _forward_clean_changed(document: Document) -> Callable[[bool], None]:
    """Relay the stack's cleanChanged as dirty_changed without keeping the document alive.

    The stack is destroyed with the document (it is its child) and may still signal on
    the way out; by then the document's C++ side is gone, so the relay checks first.
    """
    ref = weakref.ref(document)

    def relay(clean: bool) -> None:
        doc = ref()
        if doc is not None and shiboken6.isValid(doc):
            doc.dirty_changed.emit(not clean)

    return relay


class Document(QObject):
    """One open journey map.

    Signals
    -------
    reset()
        The whole model was replaced (open, revert); rebuild everything.
    inserted(kind, id, index)
        An object was inserted into the list of ``kind`` at ``index``.
    removed(kind, id)
        An object was removed.
    changed(id, fields)
        Fields of one object changed; ``fields`` is a tuple of field names.
    moved(kind, id, index)
        An object moved to another index in its list (stage reorder).
    dirty_changed(dirty)
        The document became dirty or clean.
    path_changed(path)
        The file the document is saved to changed (``None`` for untitled).
    """

    reset = Signal()
    inserted = Signal(str, str, int)
    removed = Signal(str, str)
    changed = Signal(str, object)
    moved = Signal(str, str, int)
    dirty_changed = Signal(bool)
    path_changed = Signal(object)

    def __init__(
        self,
        journey_map: JourneyMap,
        path: str | os.PathLike[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._map = journey_map
        self._path = Path(path) if path is not None else None
        self._disk_stamp = _disk_stamp(self._path)
        self._index: dict[str, tuple[str, BaseModel]] = {}
        self._rebuild_index()
        self.undo_stack = QUndoStack(self)
        # Set by the application: the recovery draft's id, the file an imported map came
        # from (Save then asks for a .journey.json name instead of overwriting it), and
        # whether this is the blank map a start without a file shows.
        self.draft_id: str | None = None
        self.imported_from: str | None = None
        self.placeholder = False
        self.undo_stack.cleanChanged.connect(_forward_clean_changed(self))

    # ------------------------------------------------------------------ state
    @property
    def journey_map(self) -> JourneyMap:
        """The model; read it freely, change it only through commands."""
        return self._map

    @property
    def path(self) -> Path | None:
        """Where the map is saved, or None for an untitled map."""
        return self._path

    @property
    def disk_stamp(self) -> tuple[int, int] | None:
        """The file's (modification time in ns, size) when this document last read or
        wrote it; set it when the map came from elsewhere (a recovered draft remembers
        the file it was based on)."""
        return self._disk_stamp

    @disk_stamp.setter
    def disk_stamp(self, stamp: tuple[int, int] | None) -> None:
        self._disk_stamp = stamp

    def changed_on_disk(self) -> bool:
        """True when another program has written the file since this document read or
        last saved it (its modification time or size differ). A file that is gone is not
        "changed": saving writes it again."""
        now = _disk_stamp(self._path)
        return now is not None and self._disk_stamp is not None and now != self._disk_stamp

    @property
    def is_dirty(self) -> bool:
        """True when there are changes since the last save (undo back to it clears this)."""
        return not self.undo_stack.isClean()

    def mark_dirty(self) -> None:
        """Make the document dirty with no edit to undo (imported or recovered maps)."""
        self.undo_stack.resetClean()
        self.dirty_changed.emit(True)

    # ----------------------------------------------------------------- lookup
    def find(self, object_id: str) -> tuple[str, BaseModel] | None:
        """``(kind, object)`` for any id in the map (including the map and persona)."""
        return self._index.get(object_id)

    def object(self, object_id: str) -> BaseModel:
        """The object with this id; KeyError when absent."""
        found = self._index.get(object_id)
        if found is None:
            raise KeyError(object_id)
        return found[1]

    def index_of(self, kind: str, object_id: str) -> int:
        """Position of an object in its list; -1 when absent."""
        items = getattr(self._map, LIST_KINDS[kind])
        return next((i for i, obj in enumerate(items) if obj.id == object_id), -1)

    def _rebuild_index(self) -> None:
        self._index = {
            self._map.id: ("map", self._map),
            self._map.persona.id: ("persona", self._map.persona),
        }
        for kind, attr in LIST_KINDS.items():
            for obj in getattr(self._map, attr):
                self._index[obj.id] = (kind, obj)

    # ---------------------------------------------------- the mutation API
    # Used only by commands. Each call validates, mutates, and emits one signal.
    def insert(self, kind: str, obj: BaseModel, index: int | None = None) -> int:
        """Insert ``obj`` into the list of ``kind``; returns the index it went to."""
        object_id = obj.id  # type: ignore[attr-defined]
        if object_id in self._index:
            raise ValueError(f"an object with id {object_id!r} is already in the map")
        found = find_control(obj.model_dump(mode="json"))
        if found is not None:
            raise ValueError(f"{found[0]} {control_reason(found[1])}")
        anchors = ("touchpoint_id", "stage_id")
        if kind in ("pain", "opportunity"):
            if sum(getattr(obj, a) is not None for a in anchors) != 1:
                raise ValueError("a marker must be anchored to exactly one touchpoint or stage")
            self._check_references(
                {a: getattr(obj, a) for a in (*anchors, "answers_pain_id") if hasattr(obj, a)}
            )
        elif kind == "touchpoint":
            self._check_references({"stage_id": obj.stage_id})  # type: ignore[attr-defined]
        items = getattr(self._map, LIST_KINDS[kind])
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, obj)
        self._index[object_id] = (kind, obj)
        self.inserted.emit(kind, object_id, index)
        return index

    def remove(self, kind: str, object_id: str) -> tuple[BaseModel, int]:
        """Remove an object; returns it and the index it had, for undo."""
        index = self.index_of(kind, object_id)
        if index < 0:
            raise KeyError(object_id)
        obj = getattr(self._map, LIST_KINDS[kind]).pop(index)
        del self._index[object_id]
        self.removed.emit(kind, object_id)
        return obj, index

    def check_fields(self, object_id: str, changes: dict[str, Any]) -> None:
        """Raise ValueError when ``set_fields`` would refuse these changes; change nothing.

        Commands call this before they reach the undo stack, so a refused edit never
        leaves a step that cannot be redone.
        """
        obj = self.object(object_id)
        self._check_references(changes)
        found = find_control(changes)
        if found is not None:
            raise ValueError(f"{found[0]} {control_reason(found[1])}")
        type(obj).model_validate({**obj.model_dump(), **changes})

    def set_fields(self, object_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change fields of one object, validated together; returns the old values."""
        obj = self.object(object_id)
        self._check_references(changes)
        found = find_control(changes)
        if found is not None:
            raise ValueError(f"{found[0]} {control_reason(found[1])}")
        old = apply_fields(obj, changes)
        self.changed.emit(object_id, tuple(changes))
        return old

    _REFERENCE_KINDS: ClassVar[dict[str, str]] = {
        "stage_id": "stage",
        "touchpoint_id": "touchpoint",
        "answers_pain_id": "pain",
    }

    def _check_references(self, changes: dict[str, Any]) -> None:
        for field, kind in self._REFERENCE_KINDS.items():
            target = changes.get(field)
            if target is None:
                continue
            found = self._index.get(target)
            if found is None or found[0] != kind:
                raise ValueError(f"{field} refers to {kind} {target!r}, which is not in the map")

    def move_index(self, kind: str, object_id: str, new_index: int) -> int:
        """Move an object to ``new_index`` in its list; returns its previous index."""
        items = getattr(self._map, LIST_KINDS[kind])
        old_index = self.index_of(kind, object_id)
        if old_index < 0:
            raise KeyError(object_id)
        new_index = max(0, min(new_index, len(items) - 1))
        items.insert(new_index, items.pop(old_index))
        self.moved.emit(kind, object_id, new_index)
        return old_index

    def replace_map(self, journey_map: JourneyMap) -> None:
        """Swap in a whole new model (open, revert); clears undo history."""
        self._map = journey_map
        self._rebuild_index()
        self.undo_stack.clear()
        self.reset.emit()

    # ------------------------------------------------------------------ files
    @classmethod
    def from_file(cls, path: str | os.PathLike[str], parent: QObject | None = None) -> Document:
        """Open a ``.journey.json`` file; MapFileError when it cannot be read."""
        return cls(load_map(path), path, parent)

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Save atomically to ``path`` (or the current path); marks the document clean.

        Raises MapFileError (document stays dirty, old file untouched) on failure.
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise MapFileError(None, "the map has no file name yet; use Save As")
        save_map(self._map, target)
        self._disk_stamp = _disk_stamp(target)
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        self.undo_stack.setClean()
        return target

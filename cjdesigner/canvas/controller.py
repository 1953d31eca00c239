"""Edits started from the canvas or its menus: each builds one command and pushes it.

The controller reads the selection from the scene and the model from the document;
it never changes the model itself (commands do).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QUndoCommand

from cjdesigner.commands import (
    CommandId,
    InsertCommand,
    MacroCommand,
    SetFieldsCommand,
    remove_objects_command,
)
from cjdesigner.model import Opportunity, Pain, Stage, Touchpoint, new_id
from cjdesigner.translate import tr

if TYPE_CHECKING:
    from cjdesigner.document import Document

    from .scene import MapScene

CLIPBOARD_MIME = "application/x-cjdesigner-touchpoints+json"
NUDGE_POSITION = 0.05

# New objects are named in the map's language: the names are the client's content.
DEFAULT_NAMES = {
    "touchpoint": ("New touchpoint", "Nuevo punto de contacto"),
    "stage": ("New stage", "Nueva etapa"),
    "pain": ("New pain", "Nuevo dolor"),
    "opportunity": ("New opportunity", "Nueva oportunidad"),
}


def release_clipboard() -> None:
    """Drop touchpoints we put on the clipboard, before the application ends.

    Qt destroys the clipboard's data at process exit, after Python has shut down; data
    created from Python then crashes the exit. Called on aboutToQuit.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if mime is not None and mime.hasFormat(CLIPBOARD_MIME):
        clipboard.clear()


class NudgeCommand(MacroCommand):
    """Arrow-key nudges of touchpoints; repeats of a held key merge into one step."""

    def __init__(self, document: Document, changes: dict[str, dict], fresh: bool) -> None:
        super().__init__(tr("Nudge"))
        self._document = document
        self.fresh = fresh
        self._ids = frozenset(changes)
        for tp_id, fields in changes.items():
            SetFieldsCommand(document, tp_id, fields, parent=self)

    def id(self) -> int:
        return int(CommandId.NUDGE)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NudgeCommand) or other.fresh or other._ids != self._ids:
            return False
        # Keep our "before" values and take the other's "after" values.
        mine = {c.object_id: c for c in self.child_commands() if isinstance(c, SetFieldsCommand)}
        for child in other.child_commands():
            if isinstance(child, SetFieldsCommand) and child.object_id in mine:
                target = mine[child.object_id]
                for key, value in child.new_values().items():
                    target.extend(key, value)
        return True


class EditController:
    """Turns user intentions on the canvas into commands."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    @property
    def document(self) -> Document:
        return self.scene.document

    def default_name(self, kind: str) -> str:
        """A new object's name in the map's language."""
        en, es = DEFAULT_NAMES[kind]
        return es if self.document.journey_map.language.value == "es" else en

    def push(self, command: QUndoCommand) -> None:
        """Push one command on the document's undo stack."""
        self.document.undo_stack.push(command)

    # ------------------------------------------------------------------ add
    def add_touchpoint(self, stage_id: str, position: float, emotion: float) -> str:
        """A new touchpoint at (stage, position, emotion); returns its id."""
        tp = Touchpoint(
            stage_id=stage_id,
            title=self.default_name("touchpoint"),
            position=position,
            emotion=emotion,
        )
        self.push(InsertCommand(self.document, "touchpoint", tp, text=tr("Add touchpoint")))
        return tp.id

    def add_stage_after(self, stage_id: str | None) -> str:
        """A new stage after ``stage_id`` (at the end when None); returns its id."""
        document = self.document
        index = (
            document.index_of("stage", stage_id) + 1
            if stage_id
            else len(document.journey_map.stages)
        )
        stage = Stage(name=self.default_name("stage"))
        self.push(InsertCommand(document, "stage", stage, index, text=tr("Add stage")))
        return stage.id

    def mark(self, kind: str, anchor_kind: str, anchor_id: str) -> str:
        """A new pain or opportunity on a touchpoint or stage; returns its id."""
        anchor = (
            {"touchpoint_id": anchor_id} if anchor_kind == "touchpoint" else {"stage_id": anchor_id}
        )
        cls = Pain if kind == "pain" else Opportunity
        marker = cls(title=self.default_name(kind), **anchor)
        text = tr("Mark pain") if kind == "pain" else tr("Mark opportunity")
        self.push(InsertCommand(self.document, kind, marker, text=text))
        return marker.id

    def mark_selection(self, kind: str) -> list[str]:
        """Mark every selected touchpoint or stage (one undo step); returns the new ids."""
        targets = [(k, i) for k, i in self.scene.selected_objects() if k in ("touchpoint", "stage")]
        if not targets:
            return []
        if len(targets) == 1:
            return [self.mark(kind, *targets[0])]
        cls = Pain if kind == "pain" else Opportunity
        command = MacroCommand(tr("Mark pains") if kind == "pain" else tr("Mark opportunities"))
        ids = []
        for anchor_kind, anchor_id in targets:
            anchor = (
                {"touchpoint_id": anchor_id}
                if anchor_kind == "touchpoint"
                else {"stage_id": anchor_id}
            )
            marker = cls(title=self.default_name(kind), **anchor)
            InsertCommand(self.document, kind, marker, parent=command)
            ids.append(marker.id)
        self.push(command)
        return ids

    def link_opportunity(self, opportunity_id: str, pain_id: str | None) -> None:
        """Say which pain an opportunity answers (None: none)."""
        self.push(
            SetFieldsCommand(
                self.document, opportunity_id, {"answers_pain_id": pain_id}, tr("Link opportunity")
            )
        )

    # --------------------------------------------------------------- delete
    def delete_selection(self) -> bool:
        """Delete the selected stages, touchpoints and markers as one undo step."""
        selected = self.scene.selected_objects()
        if not selected:
            return False
        ids: dict[str, list[str]] = {"stage": [], "touchpoint": [], "pain": [], "opportunity": []}
        for kind, object_id in selected:
            if kind in ids:
                ids[kind].append(object_id)
        command = remove_objects_command(
            self.document,
            ids["stage"],
            ids["touchpoint"],
            ids["pain"],
            ids["opportunity"],
            text=tr("Delete"),
        )
        self.push(command)
        return True

    # ---------------------------------------------------------------- nudge
    def nudge(self, d_emotion: float, d_position: float, fresh: bool) -> bool:
        """Move the selected touchpoints by the given amounts (clamped to the axes)."""
        jm = self.document.journey_map
        changes: dict[str, dict] = {}
        for kind, object_id in self.scene.selected_objects():
            if kind != "touchpoint":
                continue
            tp = jm.touchpoint(object_id)
            emotion = max(-5.0, min(5.0, round(tp.emotion + d_emotion, 1)))
            position = max(0.0, min(1.0, round(tp.position + d_position, 3)))
            if emotion != tp.emotion or position != tp.position:
                changes[object_id] = {"emotion": emotion, "position": position}
        if not changes:
            return False
        self.push(NudgeCommand(self.document, changes, fresh))
        return True

    # ------------------------------------------------------------ clipboard
    def copy(self) -> int:
        """Copy the selected touchpoints to the clipboard; returns how many."""
        jm = self.document.journey_map
        tps = [jm.touchpoint(i) for k, i in self.scene.selected_objects() if k == "touchpoint"]
        if not tps:
            return 0
        mime = QMimeData()
        payload = json.dumps([tp.model_dump(mode="json") for tp in tps], ensure_ascii=False)
        mime.setData(CLIPBOARD_MIME, payload.encode("utf-8"))
        mime.setText("\n".join(tp.title for tp in tps))
        QGuiApplication.clipboard().setMimeData(mime)
        return len(tps)

    def cut(self) -> int:
        """Copy then delete the selected touchpoints."""
        count = self.copy()
        if count:
            self.delete_selection()
        return count

    def paste(self, text: str = "") -> list[str]:
        """Paste touchpoints from the clipboard (one undo step); returns the new ids."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
            return []
        try:
            rows = json.loads(bytes(mime.data(CLIPBOARD_MIME)).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return []
        return self._insert_copies(rows, text or tr("Paste"))

    def duplicate(self) -> list[str]:
        """Copy and paste the selected touchpoints in one step."""
        jm = self.document.journey_map
        rows = [
            jm.touchpoint(i).model_dump(mode="json")
            for k, i in self.scene.selected_objects()
            if k == "touchpoint"
        ]
        return self._insert_copies(rows, tr("Duplicate")) if rows else []

    def _insert_copies(self, rows: list, text: str) -> list[str]:
        jm = self.document.journey_map
        stage_ids = {s.id for s in jm.stages}
        fallback = self.scene.selected_stage_id() or (jm.stages[0].id if jm.stages else None)
        if fallback is None:
            return []
        command = MacroCommand(text)
        ids = []
        for row in rows if isinstance(rows, list) else []:
            try:
                tp = Touchpoint.model_validate({**row, "id": new_id()})
            except (ValueError, TypeError):
                continue
            if tp.stage_id not in stage_ids:
                tp.stage_id = fallback
            tp.position = min(1.0, round(tp.position + NUDGE_POSITION, 3))
            InsertCommand(self.document, "touchpoint", tp, parent=command)
            ids.append(tp.id)
        if ids:
            self.push(command)
            self.scene.select_ids(ids)
        return ids

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
MARKERS_MIME = "application/x-cjdesigner-markers+json"  # their pains and opportunities
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
    def _clipboard_rows(self) -> tuple[list[dict], dict[str, list[dict]]]:
        """The selected touchpoints and the pains and opportunities anchored to them."""
        jm = self.document.journey_map
        selected = {i for k, i in self.scene.selected_objects() if k == "touchpoint"}
        tps = [tp.model_dump(mode="json") for tp in jm.touchpoints if tp.id in selected]
        markers = {
            "pains": [p.model_dump(mode="json") for p in jm.pains if p.touchpoint_id in selected],
            "opportunities": [
                o.model_dump(mode="json") for o in jm.opportunities if o.touchpoint_id in selected
            ],
        }
        return tps, markers

    def copy(self) -> int:
        """Copy the selected touchpoints, with their pains and opportunities, to the
        clipboard; returns how many touchpoints."""
        tps, markers = self._clipboard_rows()
        if not tps:
            return 0
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, json.dumps(tps, ensure_ascii=False).encode("utf-8"))
        mime.setData(MARKERS_MIME, json.dumps(markers, ensure_ascii=False).encode("utf-8"))
        mime.setText("\n".join(tp["title"] for tp in tps))
        QGuiApplication.clipboard().setMimeData(mime)
        return len(tps)

    def cut(self) -> int:
        """Copy the selected touchpoints (with their markers), then delete just those:
        Cut never deletes what it did not put on the clipboard (a stage or a marker that
        was selected too stays)."""
        tps, _markers = self._clipboard_rows()
        count = self.copy()
        if count:
            ids = [tp["id"] for tp in tps]
            self.push(remove_objects_command(self.document, touchpoint_ids=ids, text=tr("Cut")))
        return count

    def paste(self, text: str = "") -> list[str]:
        """Paste touchpoints (and their markers) from the clipboard as one undo step;
        returns the new touchpoint ids."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(CLIPBOARD_MIME):
            return []
        try:
            rows = json.loads(bytes(mime.data(CLIPBOARD_MIME)).decode("utf-8"))
            markers = (
                json.loads(bytes(mime.data(MARKERS_MIME)).decode("utf-8"))
                if mime.hasFormat(MARKERS_MIME)
                else {}
            )
        except (ValueError, UnicodeDecodeError):
            return []
        return self._insert_copies(rows, text or tr("Paste"), markers)

    def duplicate(self) -> list[str]:
        """Copy and paste the selected touchpoints (with their markers) in one step."""
        tps, markers = self._clipboard_rows()
        return self._insert_copies(tps, tr("Duplicate"), markers) if tps else []

    def _insert_copies(self, rows: list, text: str, markers: object = None) -> list[str]:
        jm = self.document.journey_map
        stage_ids = {s.id for s in jm.stages}
        fallback = self.scene.selected_stage_id() or (jm.stages[0].id if jm.stages else None)
        if fallback is None:
            return []
        command = MacroCommand(text)
        ids = []
        new_ids: dict[str, str] = {}  # copied id → id of the copy
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
            if isinstance(row, dict) and isinstance(row.get("id"), str):
                new_ids[row["id"]] = tp.id
        self._insert_marker_copies(command, markers, new_ids)
        if ids:
            self.push(command)
            self.scene.select_ids(ids)
        return ids

    def _insert_marker_copies(
        self, command: MacroCommand, markers: object, new_ids: dict[str, str]
    ) -> None:
        """Copies of the copied touchpoints' pains and opportunities, on the copies; an
        opportunity keeps answering a pain that was copied with it (its copy) or one
        that is in this map, and otherwise answers none."""
        if not isinstance(markers, dict):
            return
        pain_ids = {p.id for p in self.document.journey_map.pains}
        for kind, model in (("pain", Pain), ("opportunity", Opportunity)):
            rows = markers.get("pains" if kind == "pain" else "opportunities")
            for row in rows if isinstance(rows, list) else []:
                if not isinstance(row, dict) or row.get("touchpoint_id") not in new_ids:
                    continue
                fresh = new_id()
                changes = {"id": fresh, "touchpoint_id": new_ids[row["touchpoint_id"]]}
                if kind == "opportunity":
                    answers = row.get("answers_pain_id")
                    answers = new_ids.get(answers, answers)
                    changes["answers_pain_id"] = answers if answers in pain_ids else None
                try:
                    marker = model.model_validate({**row, **changes, "stage_id": None})
                except (ValueError, TypeError):
                    continue
                InsertCommand(self.document, kind, marker, parent=command)
                if kind == "pain":
                    pain_ids.add(fresh)
                    if isinstance(row.get("id"), str):
                        new_ids[row["id"]] = fresh

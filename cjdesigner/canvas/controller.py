"""Edits started from the canvas or its menus: each builds one command and pushes it.

The controller reads the selection from the scene and the model from the document;
it never changes the model itself (commands do).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QMimeData
from PySide6.QtGui import QGuiApplication, QUndoCommand

from cjdesigner.commands import (
    CommandId,
    InsertCommand,
    MacroCommand,
    SetFieldsCommand,
    remove_objects_command,
)
from cjdesigner.model import JourneyMap, Opportunity, Pain, Stage, Touchpoint, new_id
from cjdesigner.model.edits import over_limit
from cjdesigner.model.text import find_control
from cjdesigner.translate import tr

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cjdesigner.document import Document

    from .scene import MapScene

CLIPBOARD_MIME = "application/x-cjdesigner-touchpoints+json"
MARKERS_MIME = "application/x-cjdesigner-markers+json"  # their pains and opportunities
STAGES_MIME = "application/x-cjdesigner-stages+json"  # whole stages with all in them
# pains and opportunities copied on their own (Paste puts them on the selected anchor)
ALONE_MIME = "application/x-cjdesigner-loose-markers+json"
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
    if mime is not None and any(
        mime.hasFormat(f) for f in (CLIPBOARD_MIME, STAGES_MIME, ALONE_MIME)
    ):
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
    def add_touchpoint(self, stage_id: str, position: float, emotion: float) -> str | None:
        """A new touchpoint at (stage, position, emotion); returns its id (None when the
        map is full)."""
        if not self._room({"touchpoint": 1}):
            return None
        tp = Touchpoint(
            stage_id=stage_id,
            title=self.default_name("touchpoint"),
            position=position,
            emotion=emotion,
        )
        self.push(InsertCommand(self.document, "touchpoint", tp, text=tr("Add touchpoint")))
        return tp.id

    def add_stage_after(self, stage_id: str | None) -> str | None:
        """A new stage after ``stage_id`` (at the end when None); returns its id (None
        when the map has as many stages as a map can hold)."""
        if not self._room({"stage": 1}):
            return None
        document = self.document
        index = (
            document.index_of("stage", stage_id) + 1
            if stage_id
            else len(document.journey_map.stages)
        )
        stage = Stage(name=self.default_name("stage"))
        self.push(InsertCommand(document, "stage", stage, index, text=tr("Add stage")))
        return stage.id

    def mark(self, kind: str, anchor_kind: str, anchor_id: str) -> str | None:
        """A new pain or opportunity on a touchpoint or stage; returns its id (None when
        the map is full)."""
        if not self._room({kind: 1}):
            return None
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
            marked = self.mark(kind, *targets[0])
            return [marked] if marked else []
        if not self._room({kind: len(targets)}):
            return []
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
    def _clip(self) -> dict:
        """What Copy puts on the clipboard: the selected stages with all that is in them
        (touchpoints, pains, opportunities, lane notes), the selected touchpoints of
        other stages with their pains and opportunities, and the selected pains and
        opportunities whose touchpoint or stage is not copied ("alone")."""
        jm = self.document.journey_map
        selected = self.scene.selected_objects()
        stage_ids = {i for k, i in selected if k == "stage"}
        tps = {i for k, i in selected if k == "touchpoint"}
        loose = {t.id for t in jm.touchpoints if t.id in tps and t.stage_id not in stage_ids}
        carried = loose | {t.id for t in jm.touchpoints if t.stage_id in stage_ids} | stage_ids
        markers = {i for k, i in selected if k in ("pain", "opportunity")}
        clip: dict = {
            "touchpoints": [t.model_dump(mode="json") for t in jm.touchpoints if t.id in loose],
            "markers": _marker_rows(jm, set(), loose),
            "stages": None,
            "alone": {
                name: [
                    m.model_dump(mode="json")
                    for m in items
                    if m.id in markers and (m.touchpoint_id or m.stage_id) not in carried
                ]
                for name, items in (("pains", jm.pains), ("opportunities", jm.opportunities))
            },
        }
        if stage_ids:
            inside = {t.id for t in jm.touchpoints if t.stage_id in stage_ids}
            clip["stages"] = {
                "stages": [s.model_dump(mode="json") for s in jm.stages if s.id in stage_ids],
                "touchpoints": [
                    t.model_dump(mode="json") for t in jm.touchpoints if t.id in inside
                ],
                **_marker_rows(jm, stage_ids, inside),
                "notes": [
                    {
                        "lane_id": lane.id,
                        "kind": lane.kind.value,
                        "title": lane.title,
                        "cells": {k: v for k, v in lane.cells.items() if k in stage_ids},
                    }
                    for lane in jm.lanes
                    if stage_ids & lane.cells.keys()
                ],
            }
        return clip

    def copy(self) -> int:
        """Copy the selected stages (with everything in them), touchpoints (with their
        pains and opportunities) and pains and opportunities on their own to the
        clipboard; returns how many objects (those inside a copied one not counted)."""
        return self._put_on_clipboard(self._clip())

    def _put_on_clipboard(self, clip: dict) -> int:
        stages = clip["stages"]["stages"] if clip["stages"] else []
        tps = clip["touchpoints"]
        alone = clip["alone"]["pains"] + clip["alone"]["opportunities"]
        if not stages and not tps and not alone:
            return 0
        mime = QMimeData()
        if tps:
            mime.setData(CLIPBOARD_MIME, _json_bytes(tps))
            mime.setData(MARKERS_MIME, _json_bytes(clip["markers"]))
        if stages:
            mime.setData(STAGES_MIME, _json_bytes(clip["stages"]))
        if alone:
            mime.setData(ALONE_MIME, _json_bytes(clip["alone"]))
        names = [s["name"] for s in stages] + [o["title"] for o in [*tps, *alone]]
        mime.setText("\n".join(names))
        QGuiApplication.clipboard().setMimeData(mime)
        return len(stages) + len(tps) + len(alone)

    def cut(self) -> int:
        """Copy the selection, then delete just what was copied (what Paste brings back)."""
        clip = self._clip()
        count = self._put_on_clipboard(clip)
        if count:
            stage_ids = [s["id"] for s in clip["stages"]["stages"]] if clip["stages"] else []
            tp_ids = [t["id"] for t in clip["touchpoints"]]
            alone = clip["alone"]
            self.push(
                remove_objects_command(
                    self.document,
                    stage_ids,
                    tp_ids,
                    [m["id"] for m in alone["pains"]],
                    [m["id"] for m in alone["opportunities"]],
                    text=tr("Cut"),
                )
            )
        return count

    def paste(self, text: str = "") -> list[str]:
        """Paste stages and touchpoints (with what hangs on them) from the clipboard as
        one undo step; returns the ids of the new stages and touchpoints, now selected."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return []
        clip: dict = {"touchpoints": [], "markers": {}, "stages": None, "alone": {}}
        for key, fmt in (
            ("touchpoints", CLIPBOARD_MIME),
            ("markers", MARKERS_MIME),
            ("stages", STAGES_MIME),
            ("alone", ALONE_MIME),
        ):
            if mime.hasFormat(fmt):
                try:
                    clip[key] = json.loads(bytes(mime.data(fmt)).decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    return []  # not ours after all: nothing pasted rather than half
        return self._insert_copies(clip, text or tr("Paste"))

    def duplicate(self) -> list[str]:
        """Copy and paste the selection in one step (stages go after the last selected
        stage, touchpoints beside the originals, markers on their own anchor)."""
        return self._insert_copies(self._clip(), tr("Duplicate"), onto_selection=False)

    def _insert_copies(self, clip: dict, text: str, onto_selection: bool = True) -> list[str]:
        """Build and push the copies; ``onto_selection``: markers copied on their own go
        on the selected touchpoint or stage (Paste), else on their own anchor."""
        jm = self.document.journey_map
        stages = clip.get("stages") if isinstance(clip.get("stages"), dict) else None
        stage_rows = _dicts(stages.get("stages")) if stages else []
        tp_rows = _dicts(clip.get("touchpoints"))
        inside_rows = _dicts(stages.get("touchpoints")) if stages else []
        loose_markers = clip.get("markers") if isinstance(clip.get("markers"), dict) else {}
        marker_rows = {
            kind: _dicts((stages or {}).get(kind)) + _dicts(loose_markers.get(kind))
            for kind in ("pains", "opportunities")
        }
        alone = clip.get("alone") if isinstance(clip.get("alone"), dict) else {}
        alone_rows = {kind: _dicts(alone.get(kind)) for kind in ("pains", "opportunities")}
        additions = {
            "stage": len(stage_rows),
            "touchpoint": len(tp_rows) + len(inside_rows),
            "pain": len(marker_rows["pains"]) + len(alone_rows["pains"]),
            "opportunity": len(marker_rows["opportunities"]) + len(alone_rows["opportunities"]),
        }
        if not stage_rows and not tp_rows and not any(alone_rows.values()):
            return []
        if not self._room(additions):
            return []
        target = self._marker_target() if onto_selection else None
        command = MacroCommand(text)
        # copied id → id of the copy, kept apart by kind: ids on the clipboard are input,
        # and a stage's id reused by a touchpoint must not anchor anything to it
        new_ids: dict[str, dict[str, str]] = {"stage": {}, "touchpoint": {}, "pain": {}}
        new_stages = self._insert_stage_copies(command, stage_rows, new_ids["stage"])
        stage_ids = {s.id for s in jm.stages} | set(new_stages)
        for row in inside_rows:
            stage_id = _mapped(new_ids["stage"], row.get("stage_id"))
            if stage_id is not None:
                self._insert_touchpoint(command, row, stage_id, 0.0, new_ids["touchpoint"])
        fallback = self.scene.selected_stage_id() or (jm.stages[0].id if jm.stages else None)
        loose = []
        for row in tp_rows:
            stage_id = row.get("stage_id")
            if not isinstance(stage_id, str) or stage_id not in stage_ids:
                stage_id = fallback
            if stage_id is None:
                continue
            tp_id = self._insert_touchpoint(
                command, row, stage_id, NUDGE_POSITION, new_ids["touchpoint"]
            )
            if tp_id:
                loose.append(tp_id)
        pain_ids = {p.id for p in jm.pains}

        def on_the_copies(row: dict) -> dict | None:
            anchor = {
                "touchpoint_id": _mapped(new_ids["touchpoint"], row.get("touchpoint_id")),
                "stage_id": _mapped(new_ids["stage"], row.get("stage_id")),
            }
            both_or_none = (anchor["touchpoint_id"] is None) == (anchor["stage_id"] is None)
            return None if both_or_none else anchor  # its touchpoint or stage not pasted

        self._insert_markers(command, marker_rows, new_ids["pain"], pain_ids, on_the_copies)
        if stages:
            self._copy_lane_notes(command, _dicts(stages.get("notes")), new_ids["stage"])
        alone_ids = self._insert_markers(
            command, alone_rows, new_ids["pain"], pain_ids, self._alone_anchor(target)
        )
        ids = new_stages + loose + alone_ids
        if ids:
            self.push(command)
            self.scene.select_ids(ids)
        return ids

    def _insert_stage_copies(
        self, command: MacroCommand, rows: list[dict], new_ids: dict[str, str]
    ) -> list[str]:
        """Copies of whole stages, in their order, after the selected stage (the last
        selected one) or at the end of the time axis."""
        if not rows:
            return []
        document = self.document
        selected = [i for k, i in self.scene.selected_objects() if k == "stage"]
        anchor = selected[-1] if selected else self.scene.selected_stage_id()
        index = (
            document.index_of("stage", anchor) + 1 if anchor else len(document.journey_map.stages)
        )
        ids = []
        for row in rows:
            stage = _validated(Stage, {**row, "id": new_id()})
            if stage is None:
                continue
            InsertCommand(document, "stage", stage, index, parent=command)
            index += 1
            ids.append(stage.id)
            if isinstance(row.get("id"), str):
                new_ids[row["id"]] = stage.id
        return ids

    def _insert_touchpoint(
        self, command: MacroCommand, row: dict, stage_id: str, shift: float, new_ids: dict
    ) -> str | None:
        tp = _validated(Touchpoint, {**row, "id": new_id(), "stage_id": stage_id})
        if tp is None:
            return None
        if shift:
            tp.position = min(1.0, round(tp.position + shift, 3))
        InsertCommand(self.document, "touchpoint", tp, parent=command)
        if isinstance(row.get("id"), str):
            new_ids[row["id"]] = tp.id
        return tp.id

    def _insert_markers(
        self,
        command: MacroCommand,
        rows: dict[str, list[dict]],
        new_pains: dict[str, str],
        pain_ids: set[str],
        anchor_of: Callable[[dict], dict | None],
    ) -> list[str]:
        """Copies of pains, then opportunities, where ``anchor_of`` puts each (None: not
        pasted). An opportunity keeps answering a pain copied with it (its copy) or one in
        this map, and otherwise answers none. Returns the new ids."""
        out = []
        for kind, model in (("pain", Pain), ("opportunity", Opportunity)):
            for row in rows["pains" if kind == "pain" else "opportunities"]:
                anchor = anchor_of(row)
                if anchor is None:
                    continue
                fresh = new_id()
                changes = {"id": fresh, **anchor}
                if kind == "opportunity":
                    answers = row.get("answers_pain_id")
                    answers = _mapped(new_pains, answers) or answers
                    changes["answers_pain_id"] = (
                        answers if isinstance(answers, str) and answers in pain_ids else None
                    )
                marker = _validated(model, {**row, **changes})
                if marker is None:
                    continue
                InsertCommand(self.document, kind, marker, parent=command)
                out.append(fresh)
                if kind == "pain":
                    pain_ids.add(fresh)
                    if isinstance(row.get("id"), str):
                        new_pains[row["id"]] = fresh
        return out

    def _marker_target(self) -> tuple[str, str] | None:
        """Where pasted markers go: the first selected touchpoint, else stage."""
        selected = self.scene.selected_objects()
        for kind in ("touchpoint", "stage"):
            found = next((i for k, i in selected if k == kind), None)
            if found is not None:
                return kind, found
        return None

    def _alone_anchor(self, target: tuple[str, str] | None) -> Callable[[dict], dict | None]:
        """Where a marker copied on its own goes: on ``target``, or without one on its own
        touchpoint or stage (None when that is not in this map)."""
        if target is not None:
            kind, anchor_id = target
            anchor = {"touchpoint_id": None, "stage_id": None, f"{kind}_id": anchor_id}
            return lambda _row: anchor
        jm = self.document.journey_map
        tps, stages = {t.id for t in jm.touchpoints}, {s.id for s in jm.stages}

        def own(row: dict) -> dict | None:
            tp, stage = row.get("touchpoint_id"), row.get("stage_id")
            if isinstance(tp, str) and tp in tps:
                return {"touchpoint_id": tp, "stage_id": None}
            if isinstance(stage, str) and stage in stages:
                return {"touchpoint_id": None, "stage_id": stage}
            return None

        return own

    def _copy_lane_notes(
        self, command: MacroCommand, notes: list[dict], new_ids: dict[str, str]
    ) -> None:
        """The copied stages' lane notes, in the same lane (or, from another map, the
        lane of the same kind and title)."""
        lanes = self.document.journey_map.lanes
        cells_after: dict[str, dict[str, str]] = {}
        for note in notes:
            lane = next((x for x in lanes if x.id == note.get("lane_id")), None) or next(
                (
                    x
                    for x in lanes
                    if (x.kind.value, x.title) == (note.get("kind"), note.get("title"))
                ),
                None,
            )
            cells = note.get("cells")
            if lane is None or not isinstance(cells, dict):
                continue
            after = cells_after.setdefault(lane.id, dict(lane.cells))
            for stage_id, text in cells.items():
                copy = _mapped(new_ids, stage_id)
                if copy and isinstance(text, str) and find_control(text) is None:
                    after[copy] = text  # (a control character: the clipboard is input)
        for lane_id, cells in cells_after.items():
            SetFieldsCommand(self.document, lane_id, {"cells": cells}, parent=command)

    def _room(self, additions: dict[str, int]) -> bool:
        """True when the additions fit in a map file; otherwise says why in the status
        bar (a map past a limit could be saved but never opened again)."""
        problem = over_limit(self.document.journey_map, additions)
        if problem is None:
            return True
        kind, limit, now = problem
        locale = QLocale()  # 50,000 in English, 50.000 in Spanish
        text = _limit_text(kind).format(limit=locale.toString(limit), count=locale.toString(now))
        self.scene.notice.emit(text)
        return False


def _limit_text(kind: str) -> str:
    texts = {
        "stage": tr("Not added: a map holds at most {limit} stages, and this one has {count}."),
        "touchpoint": tr(
            "Not added: a map holds at most {limit} touchpoints, and this one has {count}."
        ),
        "pain": tr("Not added: a map holds at most {limit} pains, and this one has {count}."),
        "opportunity": tr(
            "Not added: a map holds at most {limit} opportunities, and this one has {count}."
        ),
    }
    return texts[kind]


def _marker_rows(jm: JourneyMap, stage_ids: set[str], tp_ids: set[str]) -> dict[str, list[dict]]:
    """The pains and opportunities on these stages and touchpoints, as clipboard rows."""
    return {
        name: [
            m.model_dump(mode="json")
            for m in markers
            if m.stage_id in stage_ids or m.touchpoint_id in tp_ids
        ]
        for name, markers in (("pains", jm.pains), ("opportunities", jm.opportunities))
    }


def _validated(model: type[BaseModel], data: dict) -> Any:
    """``data`` as a ``model`` object, or None when it is not valid or holds a control
    character (the map refuses those; the clipboard is input from any program)."""
    try:
        obj = model.model_validate(data)
    except (ValueError, TypeError):
        return None
    return None if find_control(obj.model_dump(mode="json")) is not None else obj


def _mapped(new_ids: dict[str, str], old: object) -> str | None:
    """The id of the copy of ``old`` (None when it was not copied, or is no id at all)."""
    return new_ids.get(old) if isinstance(old, str) else None


def _dicts(rows: object) -> list[dict]:
    """The dicts of a clipboard list (anything else is ignored: the clipboard is input)."""
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")

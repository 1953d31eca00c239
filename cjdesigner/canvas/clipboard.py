"""The clipboard: what Copy takes from a map, and the one command Paste builds from it.

Copy takes the selected stages with all that is in them (touchpoints, pains,
opportunities, lane notes), the selected touchpoints of other stages with their pains and
opportunities, and pains and opportunities selected on their own. Each kind travels as
JSON under its own MIME type, so an older build still pastes the touchpoints.

Paste treats the clipboard as input from any program: copied ids are mapped kind by kind
(a touchpoint reusing its stage's id anchors nothing to it), every object is checked as
the map checks it before the command is built, and rows that are not sound are skipped.
A half-applied paste used to follow a title with a control character.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from cjdesigner.commands import InsertCommand, MacroCommand, SetFieldsCommand
from cjdesigner.model import JourneyMap, Opportunity, Pain, Stage, Touchpoint, new_id
from cjdesigner.model.text import find_control

if TYPE_CHECKING:
    from pydantic import BaseModel

    from cjdesigner.document import Document

CLIPBOARD_MIME = "application/x-cjdesigner-touchpoints+json"
MARKERS_MIME = "application/x-cjdesigner-markers+json"  # the touchpoints' pains and opportunities
STAGES_MIME = "application/x-cjdesigner-stages+json"  # whole stages with all in them
# pains and opportunities copied on their own (Paste puts them on the selected anchor)
ALONE_MIME = "application/x-cjdesigner-loose-markers+json"
OUR_FORMATS = (CLIPBOARD_MIME, STAGES_MIME, ALONE_MIME)
NUDGE_POSITION = 0.05  # a pasted touchpoint sits a little right of its original


def release_clipboard() -> None:
    """Drop what we put on the clipboard, before the application ends.

    Qt destroys the clipboard's data at process exit, after Python has shut down; data
    created from Python then crashes the exit. Called on aboutToQuit.
    """
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData() if clipboard is not None else None
    if mime is not None and any(mime.hasFormat(f) for f in OUR_FORMATS):
        clipboard.clear()


def holds_ours(mime: QMimeData | None) -> bool:
    """True when the clipboard holds something Copy put there."""
    return mime is not None and any(mime.hasFormat(f) for f in OUR_FORMATS)


def take(journey_map: JourneyMap, selected: list[tuple[str, str]]) -> dict:
    """What Copy takes of the ``selected`` (kind, id) objects (see the module's text)."""
    jm = journey_map
    stage_ids = {i for k, i in selected if k == "stage"}
    tps = {i for k, i in selected if k == "touchpoint"}
    loose = {t.id for t in jm.touchpoints if t.id in tps and t.stage_id not in stage_ids}
    inside = {t.id for t in jm.touchpoints if t.stage_id in stage_ids}
    carried = loose | inside | stage_ids
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
        clip["stages"] = {
            "stages": [s.model_dump(mode="json") for s in jm.stages if s.id in stage_ids],
            "touchpoints": [t.model_dump(mode="json") for t in jm.touchpoints if t.id in inside],
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


def taken_ids(clip: dict) -> tuple[list[str], list[str], list[str], list[str]]:
    """The ids of the stages, touchpoints, pains and opportunities ``clip`` took (what Cut
    removes: the rest goes with them)."""
    alone = clip["alone"]
    return (
        [s["id"] for s in clip["stages"]["stages"]] if clip["stages"] else [],
        [t["id"] for t in clip["touchpoints"]],
        [m["id"] for m in alone["pains"]],
        [m["id"] for m in alone["opportunities"]],
    )


def put(clip: dict) -> int:
    """Put ``clip`` on the system clipboard; returns how many objects it holds (those
    inside a copied one not counted), 0 when nothing was put there."""
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
    mime.setText("\n".join([s["name"] for s in stages] + [o["title"] for o in [*tps, *alone]]))
    QGuiApplication.clipboard().setMimeData(mime)
    return len(stages) + len(tps) + len(alone)


def read() -> dict | None:
    """What the system clipboard holds for Paste; None when something of ours there is
    not JSON (nothing is pasted rather than half)."""
    mime = QGuiApplication.clipboard().mimeData()
    clip: dict = {"touchpoints": [], "markers": {}, "stages": None, "alone": {}}
    if mime is None:
        return clip
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
                return None
    return clip


class Paste:
    """The rows of a clip, read defensively, and the one command that inserts copies."""

    def __init__(self, document: Document, clip: dict) -> None:
        self.document = document
        stages = clip.get("stages") if isinstance(clip.get("stages"), dict) else None
        self._stages = stages or {}
        self.stage_rows = _dicts(self._stages.get("stages"))
        self.inside_rows = _dicts(self._stages.get("touchpoints"))
        self.tp_rows = _dicts(clip.get("touchpoints"))
        loose = clip.get("markers") if isinstance(clip.get("markers"), dict) else {}
        alone = clip.get("alone") if isinstance(clip.get("alone"), dict) else {}
        kinds = ("pains", "opportunities")
        self.marker_rows = {k: _dicts(self._stages.get(k)) + _dicts(loose.get(k)) for k in kinds}
        self.alone_rows = {k: _dicts(alone.get(k)) for k in kinds}

    def is_empty(self) -> bool:
        """True when there is nothing to paste."""
        return not (self.stage_rows or self.tp_rows or any(self.alone_rows.values()))

    def additions(self) -> dict[str, int]:
        """How many objects of each kind the paste would add (at most)."""
        markers, alone = self.marker_rows, self.alone_rows
        return {
            "stage": len(self.stage_rows),
            "touchpoint": len(self.tp_rows) + len(self.inside_rows),
            "pain": len(markers["pains"]) + len(alone["pains"]),
            "opportunity": len(markers["opportunities"]) + len(alone["opportunities"]),
        }

    def command(
        self,
        text: str,
        stage_index: int,
        into_stage: str | None,
        marker_target: tuple[str, str] | None,
    ) -> tuple[MacroCommand, list[str]]:
        """The command and the ids of the new stages, touchpoints and lone markers.

        Stages go in at ``stage_index``; touchpoints copied without their stage go into
        ``into_stage`` or, without one, back into their own stage (the first stage when
        theirs is not in the map); markers copied on their own go on ``marker_target``
        ("touchpoint" or "stage", id), or without one on their own anchor.
        """
        jm = self.document.journey_map
        command = MacroCommand(text)
        # copied id → id of the copy, kept apart by kind (the ids are input)
        new_ids: dict[str, dict[str, str]] = {"stage": {}, "touchpoint": {}, "pain": {}}
        new_stages = self._stages_at(command, stage_index, new_ids["stage"])
        for row in self.inside_rows:
            stage_id = _mapped(new_ids["stage"], row.get("stage_id"))
            if stage_id is not None:
                self._touchpoint(command, row, stage_id, 0.0, new_ids["touchpoint"])
        stage_ids = {s.id for s in jm.stages} | set(new_stages)
        loose = []
        first_stage = jm.stages[0].id if jm.stages else None
        for row in self.tp_rows:
            own = row.get("stage_id")
            own = own if isinstance(own, str) and own in stage_ids else None
            stage_id = into_stage or own or first_stage
            if stage_id is None:
                continue
            # beside the original in its own stage; where it was in another stage
            shift = NUDGE_POSITION if stage_id == own else 0.0
            tp_id = self._touchpoint(command, row, stage_id, shift, new_ids["touchpoint"])
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

        self._markers(command, self.marker_rows, new_ids["pain"], pain_ids, on_the_copies)
        self._lane_notes(command, _dicts(self._stages.get("notes")), new_ids["stage"])
        alone = self._markers(
            command, self.alone_rows, new_ids["pain"], pain_ids, self._alone_anchor(marker_target)
        )
        return command, new_stages + loose + alone

    def _stages_at(self, command: MacroCommand, index: int, new_ids: dict[str, str]) -> list[str]:
        ids = []
        for row in self.stage_rows:
            stage = _validated(Stage, {**row, "id": new_id()})
            if stage is None:
                continue
            InsertCommand(self.document, "stage", stage, index, parent=command)
            index += 1
            ids.append(stage.id)
            if isinstance(row.get("id"), str):
                new_ids[row["id"]] = stage.id
        return ids

    def _touchpoint(
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

    def _markers(
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

    def _lane_notes(
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
                    after[copy] = text
        for lane_id, cells in cells_after.items():
            SetFieldsCommand(self.document, lane_id, {"cells": cells}, parent=command)


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

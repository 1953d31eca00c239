"""Edits started from the canvas or its menus: each builds one command and pushes it.

The controller reads the selection from the scene and the model from the document;
it never changes the model itself (commands do).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QUndoCommand

from cjdesigner.commands import (
    CommandId,
    InsertCommand,
    MacroCommand,
    MoveIndexCommand,
    SetFieldsCommand,
    remove_objects_command,
)
from cjdesigner.document import LIST_KINDS
from cjdesigner.model import Lane, Opportunity, Pain, Stage, Touchpoint
from cjdesigner.model.edits import over_limit
from cjdesigner.model.journey import VOTES_MAX
from cjdesigner.translate import tr

from . import clipboard

if TYPE_CHECKING:
    from cjdesigner.document import Document

    from .scene import MapScene

NAME_IN_TEXT = 40  # longer names are cut in Undo's menu text and the history list

# New objects are named in the map's language: the names are the client's content.
DEFAULT_NAMES = {
    "touchpoint": ("New touchpoint", "Nuevo punto de contacto"),
    "stage": ("New stage", "Nueva etapa"),
    "pain": ("New pain", "Nuevo dolor"),
    "opportunity": ("New opportunity", "Nueva oportunidad"),
    "lane": ("New lane", "Nuevo carril"),
}


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
        map is full, or the stage is no longer in it: a menu built before the map changed
        must not insert a touchpoint pointing nowhere)."""
        if self.document.journey_map.stage(stage_id) is None:
            return None
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

    def add_lane_after(self, lane_id: str | None) -> str | None:
        """A new lane (kind "custom") under ``lane_id`` (at the bottom when None); returns
        its id (None when the map has as many lanes as a map can hold)."""
        if not self._room({"lane": 1}):
            return None
        document = self.document
        index = (
            document.index_of("lane", lane_id) + 1 if lane_id else len(document.journey_map.lanes)
        )
        lane = Lane(title=self.default_name("lane"))
        self.push(InsertCommand(document, "lane", lane, index, text=tr("Add lane")))
        return lane.id

    def can_move(self, kind: str, object_id: str | None, step: int) -> bool:
        """True when the stage or lane can go ``step`` places later in its list (earlier
        when negative): right for a stage, down for a lane."""
        if object_id is None:
            return False
        index = self.document.index_of(kind, object_id)
        count = len(getattr(self.document.journey_map, LIST_KINDS[kind]))
        return index >= 0 and 0 <= index + step < count

    def move(self, kind: str, object_id: str | None, step: int) -> bool:
        """Move a stage or lane ``step`` places (see ``can_move``), as one undo step; the
        same step a drag of its header or title makes."""
        if not self.can_move(kind, object_id, step):
            return False
        assert object_id is not None
        index = self.document.index_of(kind, object_id)
        text = move_text(self.document, object_id)
        self.push(MoveIndexCommand(self.document, kind, object_id, index + step, text))
        return True

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
        """Delete the selected stages, touchpoints, markers and lanes as one undo step."""
        selected = self.scene.selected_objects()
        if not selected:
            return False
        ids: dict[str, list[str]] = {
            "stage": [],
            "touchpoint": [],
            "pain": [],
            "opportunity": [],
            "lane": [],
        }
        for kind, object_id in selected:
            if kind in ids:
                ids[kind].append(object_id)
        command = remove_objects_command(
            self.document,
            ids["stage"],
            ids["touchpoint"],
            ids["pain"],
            ids["opportunity"],
            text=_delete_text(self.document, selected),
            lane_ids=ids["lane"],
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

    # ---------------------------------------------------------------- spread
    def spread(self) -> bool:
        """Edit ▸ Spread Evenly, one undo step: the touchpoints of each selected stage
        take evenly spaced places across it; three or more selected touchpoints of one
        stage keep the first and the last where they are and space the others evenly
        between them, in their order. False when nothing would move."""
        jm = self.document.journey_map
        selected = self.scene.selected_objects()
        stage_ids = {i for k, i in selected if k == "stage"}
        targets: dict[str, float] = {}
        for stage_id in stage_ids:  # ties keep the map's order (sorted is stable)
            whole = sorted(
                (tp for tp in jm.touchpoints if tp.stage_id == stage_id), key=lambda t: t.position
            )
            for n, tp in enumerate(whole):
                targets[tp.id] = (n + 0.5) / len(whole)
        picked: dict[str, list[Touchpoint]] = {}
        for kind, object_id in selected:
            tp = jm.touchpoint(object_id) if kind == "touchpoint" else None
            if tp is not None and tp.stage_id not in stage_ids:
                picked.setdefault(tp.stage_id, []).append(tp)
        for group in picked.values():
            if len(group) < 3:
                continue
            group.sort(key=lambda t: t.position)
            lo, hi = group[0].position, group[-1].position
            for n, tp in enumerate(group[1:-1], start=1):
                targets[tp.id] = lo + (hi - lo) * n / (len(group) - 1)
        changes = {
            tp_id: round(target, 3)
            for tp_id, target in targets.items()
            if round(target, 3) != jm.touchpoint(tp_id).position  # type: ignore[union-attr]
        }
        if not changes:
            return False
        command = MacroCommand(tr("Spread evenly"))
        for tp_id, position in changes.items():
            SetFieldsCommand(self.document, tp_id, {"position": position}, parent=command)
        self.push(command)
        return True

    # ----------------------------------------------------------------- votes
    def vote(self, step: int) -> bool:
        """Add (``step`` 1) or take back (-1) one dot-vote on each selected pain and
        opportunity; the count stays within 0 … VOTES_MAX. One undo step; repeated
        presses on the same single marker merge into it, as typing does (a room counting
        twenty dots leaves one "Vote" in the history, not twenty). False when no count
        would change."""
        markers = []
        for kind, object_id in self.scene.selected_objects():
            if kind in ("pain", "opportunity"):
                obj = self.document.object(object_id)
                votes = max(0, min(VOTES_MAX, obj.votes + step))
                if votes != obj.votes:
                    markers.append((object_id, votes))
        if not markers:
            return False
        text = tr("Vote") if step > 0 else tr("Take back vote")
        if len(markers) == 1:
            object_id, votes = markers[0]
            command = SetFieldsCommand(
                self.document, object_id, {"votes": votes}, text=text, merge=True
            )
        else:
            command = MacroCommand(text)
            for object_id, votes in markers:
                SetFieldsCommand(self.document, object_id, {"votes": votes}, parent=command)
        self.push(command)
        return True

    def clear_votes(self) -> int:
        """Edit ▸ Clear All Votes, one undo step ("Clear votes"): every pain and
        opportunity back to no votes, for a new round. Returns how many had votes."""
        jm = self.document.journey_map
        voted = [m.id for m in (*jm.pains, *jm.opportunities) if m.votes]
        if voted:
            command = MacroCommand(tr("Clear votes"))
            for object_id in voted:
                SetFieldsCommand(self.document, object_id, {"votes": 0}, parent=command)
            self.push(command)
        return len(voted)

    def vote_state(self, marker_ids: Iterable[str]) -> tuple[bool, bool]:
        """(can add, can take back) a vote on one of these markers, in one lazy pass that
        stops once both are known: Edit's state is asked on every move of a rubber band."""
        add = take = False
        for object_id in marker_ids:
            # (an item may outlive its marker for a moment: a cut signals the selection
            # change while the scene is still removing the items)
            found = self.document.find(object_id)
            votes = getattr(found[1], "votes", None) if found is not None else None
            if votes is not None:
                add, take = add or votes < VOTES_MAX, take or votes > 0
                if add and take:
                    break
        return add, take

    # ------------------------------------------------------------ clipboard
    def copy(self) -> int:
        """Copy the selection (see clipboard.py for what travels with what); returns how
        many objects were copied (those inside a copied one not counted)."""
        return clipboard.put(
            clipboard.take(self.document.journey_map, self.scene.selected_objects())
        )

    def cut(self) -> int:
        """Copy the selection, then delete just what was copied (what Paste brings back)."""
        clip = clipboard.take(self.document.journey_map, self.scene.selected_objects())
        count = clipboard.put(clip)
        if count:
            self.push(
                remove_objects_command(self.document, *clipboard.taken_ids(clip), text=tr("Cut"))
            )
        return count

    def paste(self, text: str = "") -> list[str]:
        """Paste what the clipboard holds as one undo step; returns the ids of the new
        stages, touchpoints and lone markers, now selected."""
        clip = clipboard.read()
        return [] if clip is None else self._insert(clip, text or tr("Paste"), onto_selection=True)

    def duplicate(self) -> list[str]:
        """Copy and paste the selection in one step (stages go after the last selected
        stage, touchpoints beside the originals, markers on their own anchor)."""
        clip = clipboard.take(self.document.journey_map, self.scene.selected_objects())
        return self._insert(clip, tr("Duplicate"), onto_selection=False)

    def _insert(self, clip: dict, text: str, onto_selection: bool) -> list[str]:
        """Push the copies of ``clip``: stages after the selected stage (the last selected
        one) or at the end. With ``onto_selection`` (Paste), touchpoints copied without
        their stage go into the selected stage (or the selected touchpoint's) and lone
        markers onto the selected touchpoint or stage; otherwise (Duplicate), both stay
        where their originals are."""
        paste = clipboard.Paste(self.document, clip)
        if paste.is_empty() or not self._room(paste.additions()):
            return []
        jm = self.document.journey_map
        selected = self.scene.selected_objects()
        stages = [i for k, i in selected if k == "stage"]
        anchor = stages[-1] if stages else self.scene.selected_stage_id()
        index = self.document.index_of("stage", anchor) + 1 if anchor else len(jm.stages)
        into_stage, target = None, None
        if onto_selection:
            into_stage = self.scene.selected_stage_id()
            target = next(((k, i) for k, i in selected if k == "touchpoint"), None) or next(
                ((k, i) for k, i in selected if k == "stage"), None
            )
        command, ids = paste.command(text, index, into_stage, target)
        if ids:
            self.push(command)
            self.scene.select_ids(ids)
        return ids

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


def move_text(document: Document, object_id: str) -> str:
    """What Undo and the history call moving a stage or a lane (by keys or a drag)."""
    kind, obj = document.find(object_id)  # type: ignore[misc]
    if kind == "stage":
        return tr("Move stage “{name}”").format(name=obj.name)  # type: ignore[attr-defined]
    return tr("Move lane “{name}”").format(name=obj.title)  # type: ignore[attr-defined]


def _delete_text(document: Document, selected: list[tuple[str, str]]) -> str:
    """What Undo and the history say a Delete took: the object by its name, or how many."""
    if len(selected) != 1:
        return tr("Delete {count} objects").format(count=len(selected))
    kind, object_id = selected[0]
    found = document.find(object_id)
    obj = found[1] if found else None
    name = getattr(obj, "name", None) or getattr(obj, "title", "")
    if len(name) > NAME_IN_TEXT:
        name = name[: NAME_IN_TEXT - 1] + "…"
    texts = {
        "stage": tr("Delete stage “{name}”"),
        "touchpoint": tr("Delete touchpoint “{name}”"),
        "pain": tr("Delete pain “{name}”"),
        "opportunity": tr("Delete opportunity “{name}”"),
        "lane": tr("Delete lane “{name}”"),
    }
    return texts.get(kind, tr("Delete")).format(name=name)


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
        "lane": tr("Not added: a map holds at most {limit} lanes, and this one has {count}."),
    }
    return texts[kind]

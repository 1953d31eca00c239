"""Pure helpers for edits that touch several objects at once.

Commands use these to know what a compound edit involves, so that one undo step can
take it back exactly; tests use them to prove no edit leaves a dangling reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from .journey import JourneyMap


@dataclass
class StageDependents:
    """Everything that goes (or changes) when a stage is deleted."""

    touchpoint_ids: list[str] = field(default_factory=list)
    pain_ids: list[str] = field(default_factory=list)
    opportunity_ids: list[str] = field(default_factory=list)
    # Opportunities that stay but answered a pain that goes: their link is cleared.
    unlinked_opportunity_ids: list[str] = field(default_factory=list)
    # lane id → the notes that lane held for the stage.
    lane_cells: dict[str, str] = field(default_factory=dict)


def touchpoint_dependents(journey_map: JourneyMap, touchpoint_ids: set[str]) -> StageDependents:
    """Markers anchored to these touchpoints, and opportunity links that would dangle."""
    deps = StageDependents(
        touchpoint_ids=[t.id for t in journey_map.touchpoints if t.id in touchpoint_ids]
    )
    deps.pain_ids = [p.id for p in journey_map.pains if p.touchpoint_id in touchpoint_ids]
    deps.opportunity_ids = [
        o.id for o in journey_map.opportunities if o.touchpoint_id in touchpoint_ids
    ]
    _add_unlinked(journey_map, deps)
    return deps


def stage_dependents(journey_map: JourneyMap, stage_id: str) -> StageDependents:
    """Touchpoints, markers and lane notes that belong to a stage."""
    tp_ids = {t.id for t in journey_map.touchpoints if t.stage_id == stage_id}
    deps = StageDependents(touchpoint_ids=[t.id for t in journey_map.touchpoints if t.id in tp_ids])
    deps.pain_ids = [
        p.id for p in journey_map.pains if p.stage_id == stage_id or p.touchpoint_id in tp_ids
    ]
    deps.opportunity_ids = [
        o.id
        for o in journey_map.opportunities
        if o.stage_id == stage_id or o.touchpoint_id in tp_ids
    ]
    _add_unlinked(journey_map, deps)
    deps.lane_cells = {
        lane.id: lane.cells[stage_id] for lane in journey_map.lanes if stage_id in lane.cells
    }
    return deps


def pain_dependents(journey_map: JourneyMap, pain_ids: set[str]) -> list[str]:
    """Opportunities whose ``answers_pain_id`` points at one of these pains."""
    return [o.id for o in journey_map.opportunities if o.answers_pain_id in pain_ids]


def _add_unlinked(journey_map: JourneyMap, deps: StageDependents) -> None:
    gone_pains = set(deps.pain_ids)
    gone_opps = set(deps.opportunity_ids)
    deps.unlinked_opportunity_ids = [
        o.id
        for o in journey_map.opportunities
        if o.answers_pain_id in gone_pains and o.id not in gone_opps
    ]


def apply_fields(obj: BaseModel, changes: dict[str, Any]) -> dict[str, Any]:
    """Set several fields at once, validated together; return the previous values.

    Needed where fields depend on each other (a marker's anchor moves from a touchpoint
    to a stage: setting one field at a time would pass through an invalid state).
    On a validation error nothing is changed.
    """
    old = {name: getattr(obj, name) for name in changes}
    merged = {**obj.model_dump(), **changes}
    checked = type(obj).model_validate(merged)
    for name in changes:
        # Bypass per-field re-validation: the whole object was just validated.
        object.__setattr__(obj, name, getattr(checked, name))
    obj.__pydantic_fields_set__.update(changes)
    return old

"""Pure helpers for edits that touch several objects at once.

Commands use these to know what a compound edit involves, so that one undo step can
take it back exactly; tests use them to prove no edit leaves a dangling reference.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from .journey import MAX_LANES, MAX_MARKERS, MAX_STAGES, MAX_TOUCHPOINTS, JourneyMap

# How many of each kind a map file may hold (the loader refuses more): an edit that
# would go past one is refused, or the map could be saved but never opened again.
LIMITS = {
    "stage": ("stages", MAX_STAGES),
    "touchpoint": ("touchpoints", MAX_TOUCHPOINTS),
    "pain": ("pains", MAX_MARKERS),
    "opportunity": ("opportunities", MAX_MARKERS),
    "lane": ("lanes", MAX_LANES),
}


def over_limit(
    journey_map: JourneyMap, additions: Mapping[str, int]
) -> tuple[str, int, int] | None:
    """The first kind these additions would take past its limit, as (kind, limit,
    how many the map holds now); None when they all fit."""
    for kind, count in additions.items():
        attribute, limit = LIMITS[kind]
        now = len(getattr(journey_map, attribute))
        if count > 0 and now + count > limit:
            return kind, limit, now
    return None


@dataclass
class Deletion:
    """Everything one delete takes away, in map order, and what changes to keep the
    map sound: what a user selected plus all that hangs on it."""

    stage_ids: list[str] = field(default_factory=list)
    touchpoint_ids: list[str] = field(default_factory=list)
    pain_ids: list[str] = field(default_factory=list)
    opportunity_ids: list[str] = field(default_factory=list)
    # Opportunities that stay but answered a pain that goes: their link is cleared.
    unlinked_opportunity_ids: list[str] = field(default_factory=list)
    # lane id → the lane's notes without those of the stages that go (changed lanes only)
    lane_cells: dict[str, dict[str, str]] = field(default_factory=dict)


def deletion(
    journey_map: JourneyMap,
    stage_ids: Iterable[str] = (),
    touchpoint_ids: Iterable[str] = (),
    pain_ids: Iterable[str] = (),
    opportunity_ids: Iterable[str] = (),
) -> Deletion:
    """What deleting these objects together removes and changes.

    Computed for the whole selection at once: deleting two stages used to work stage
    by stage, and the second stage's lane notes were computed from before the first's
    removal, so they brought the first stage's notes back (a map that could not be
    saved); links were cleared on opportunities another stage had already removed.
    """
    jm = journey_map
    stages = set(stage_ids)
    tps = set(touchpoint_ids) | {t.id for t in jm.touchpoints if t.stage_id in stages}
    pains, opps = set(pain_ids), set(opportunity_ids)
    pains |= {p.id for p in jm.pains if p.stage_id in stages or p.touchpoint_id in tps}
    opps |= {o.id for o in jm.opportunities if o.stage_id in stages or o.touchpoint_id in tps}
    result = Deletion(
        stage_ids=[s.id for s in jm.stages if s.id in stages],
        touchpoint_ids=[t.id for t in jm.touchpoints if t.id in tps],
        pain_ids=[p.id for p in jm.pains if p.id in pains],
        opportunity_ids=[o.id for o in jm.opportunities if o.id in opps],
    )
    result.unlinked_opportunity_ids = [
        o.id for o in jm.opportunities if o.answers_pain_id in pains and o.id not in opps
    ]
    for lane in jm.lanes:
        if stages & lane.cells.keys():
            result.lane_cells[lane.id] = {k: v for k, v in lane.cells.items() if k not in stages}
    return result


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

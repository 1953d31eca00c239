"""Current state → future state: the linked copy a team redesigns, and what it is compared with."""

from __future__ import annotations

from .analysis import touchpoints_in_time_order
from .ids import new_id
from .journey import (
    SHORT_TEXT_MAX,
    Baseline,
    BaselinePoint,
    JourneyMap,
    Language,
    MapState,
    _utc_now,
)

_SUFFIX = {Language.EN: " — future state", Language.ES: " — estado futuro"}


def future_state_from(current: JourneyMap) -> JourneyMap:
    """A future-state map made from ``current``.

    Same persona, stages, touchpoints, pains, opportunities and lanes, with the same ids
    (so each stage and touchpoint can be compared with what it was); a new map id, the
    state set to future, ``based_on`` naming the current map, and the current curve kept
    as the ``baseline`` the canvas overlays and the insights compare against.
    """
    future = current.model_copy(deep=True)
    now = _utc_now()
    suffix = _SUFFIX.get(current.language, _SUFFIX[Language.EN])
    title = current.title
    if not title.endswith(suffix):
        title = title[: SHORT_TEXT_MAX - len(suffix)] + suffix
    points = [
        BaselinePoint(
            touchpoint_id=tp.id, stage_id=tp.stage_id, position=tp.position, emotion=tp.emotion
        )
        for tp in touchpoints_in_time_order(current)
    ]
    return future.model_copy(
        update={
            "id": new_id(),
            "title": title,
            "state": MapState.FUTURE,
            "based_on": current.id,
            "baseline": Baseline(map_id=current.id, title=current.title, points=points),
            "created": now,
            "modified": now,
        }
    )

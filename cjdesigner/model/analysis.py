"""What a map means: key moments, emotion per stage, markers per stage, channels × stages, NPS.

Pure functions of a JourneyMap; no Qt. The canvas, the insights dock and the PDF
hand-over page all read these, so they always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .journey import Channel, JourneyMap, Opportunity, Pain, Stage, Touchpoint

MomentKind = Literal["peak", "valley"]

DEFAULT_PROMINENCE = 1.0


@dataclass(frozen=True)
class KeyMoment:
    """A peak or valley of the emotion curve."""

    touchpoint_id: str
    kind: MomentKind
    emotion: float
    stage_id: str


@dataclass(frozen=True)
class StageEmotion:
    """How the customer felt across one stage (None when the stage has no touchpoints)."""

    stage_id: str
    count: int
    mean: float | None
    lowest: float | None
    highest: float | None


@dataclass(frozen=True)
class StageMarkers:
    """Pains and opportunities that fall in one stage (directly or via a touchpoint)."""

    stage_id: str
    pain_ids: tuple[str, ...]
    opportunity_ids: tuple[str, ...]


def touchpoints_in_time_order(journey_map: JourneyMap) -> list[Touchpoint]:
    """Touchpoints sorted by stage order, then position inside the stage (stable)."""
    stage_rank = {s.id: i for i, s in enumerate(journey_map.stages)}
    return sorted(
        journey_map.touchpoints,
        key=lambda tp: (stage_rank.get(tp.stage_id, len(stage_rank)), tp.position),
    )


def reading_order(
    journey_map: JourneyMap, ordered: Sequence[Touchpoint] | None = None
) -> list[tuple[str, Stage | Touchpoint | Pain | Opportunity]]:
    """(kind, object) of every stage, touchpoint, pain and opportunity in the order a
    person reads the map: each stage, then its touchpoints in time order, then the pains
    and opportunities on it or on its touchpoints (in the map's order). ``ordered`` is the
    touchpoints in time order when the caller has it already (a layout sorted them)."""
    jm = journey_map
    stage_of = {t.id: t.stage_id for t in jm.touchpoints}
    by_stage: dict[str, list[tuple[str, Stage | Touchpoint | Pain | Opportunity]]] = {
        s.id: [] for s in jm.stages
    }
    for tp in touchpoints_in_time_order(jm) if ordered is None else ordered:
        by_stage.get(tp.stage_id, []).append(("touchpoint", tp))
    for kind, markers in (("pain", jm.pains), ("opportunity", jm.opportunities)):
        for marker in markers:
            stage_id = marker.stage_id or stage_of.get(marker.touchpoint_id or "", "")
            by_stage.get(stage_id, []).append((kind, marker))
    return [entry for stage in jm.stages for entry in [("stage", stage), *by_stage[stage.id]]]


def key_moments(
    journey_map: JourneyMap,
    prominence: float = DEFAULT_PROMINENCE,
    ordered: list[Touchpoint] | None = None,
) -> list[KeyMoment]:
    """Peaks and valleys of the emotion curve, in time order.

    Interior extrema count when they stand out by at least ``prominence`` points from
    the surrounding curve; a plateau counts once (its first touchpoint). The first and
    last touchpoints are always key moments: a peak when higher than their neighbour,
    a valley when lower (with nothing to compare, the sign of the emotion decides).
    ``ordered``: the touchpoints in time order, when the caller has them already.
    """
    if ordered is None:
        ordered = touchpoints_in_time_order(journey_map)
    if not ordered:
        return []
    runs = _plateau_runs([tp.emotion for tp in ordered])
    values = [value for value, _ in runs]
    picks: dict[int, MomentKind] = {}
    if len(runs) == 1:
        kind: MomentKind = "peak" if values[0] >= 0 else "valley"
        picks[0] = picks[len(ordered) - 1] = kind
    else:
        peak_prom = _prominences(values)
        valley_prom = _prominences([-v for v in values])
        for r in range(1, len(runs) - 1):
            interior = _interior_kind(values, r)
            standing = peak_prom if interior == "peak" else valley_prom
            if interior is not None and standing[r] >= prominence:
                picks[runs[r][1]] = interior
        picks[0] = "peak" if values[0] > values[1] else "valley"
        picks[len(ordered) - 1] = "peak" if values[-1] > values[-2] else "valley"
    return [
        KeyMoment(ordered[i].id, kind, ordered[i].emotion, ordered[i].stage_id)
        for i, kind in sorted(picks.items())
    ]


def _plateau_runs(values: Sequence[float]) -> list[tuple[float, int]]:
    """Collapse equal neighbours: (value, index of the run's first element)."""
    runs: list[tuple[float, int]] = []
    for i, value in enumerate(values):
        if not runs or runs[-1][0] != value:
            runs.append((value, i))
    return runs


def _interior_kind(values: Sequence[float], r: int) -> MomentKind | None:
    if values[r] > values[r - 1] and values[r] > values[r + 1]:
        return "peak"
    if values[r] < values[r - 1] and values[r] < values[r + 1]:
        return "valley"
    return None


def _prominences(values: Sequence[float]) -> list[float]:
    """Topographic prominence of every point as a peak, in O(n).

    For each point: walk left (and right) until the curve rises above it; the lowest
    point on the way is that side's base. A side that never rises above does not limit
    the prominence. Prominence = height − the higher of the limiting bases.

    One pass per side with a stack of ever higher points; each stack entry also keeps
    the lowest value between it and the entry below it, so the base of a point is the
    lowest of the entries it pops (and itself).
    """
    n = len(values)
    left_low, left_crossed = _bases(values, range(n))
    right_low, right_crossed = _bases(values, range(n - 1, -1, -1))
    out = []
    for i, v in enumerate(values):
        if left_crossed[i] and right_crossed[i]:
            base = max(left_low[i], right_low[i])
        elif left_crossed[i]:
            base = left_low[i]
        elif right_crossed[i]:
            base = right_low[i]
        else:
            base = max(left_low[i], right_low[i])
        out.append(v - base)
    return out


def _bases(values: Sequence[float], order: range) -> tuple[list[float], list[bool]]:
    """For each index, walking back along ``order``: the lowest value up to the first
    strictly higher point (itself included), and whether such a point exists."""
    n = len(values)
    low = [0.0] * n
    crossed = [False] * n
    stack: list[tuple[float, float]] = []  # (value, lowest since the entry below)
    for i in order:
        v = values[i]
        lowest = v
        while stack and stack[-1][0] <= v:
            popped_low = stack.pop()[1]
            if popped_low < lowest:
                lowest = popped_low
        low[i] = lowest
        crossed[i] = bool(stack)
        stack.append((v, lowest))
    return low, crossed


def stage_emotions(journey_map: JourneyMap) -> list[StageEmotion]:
    """Mean, lowest and highest emotion per stage, in stage order."""
    by_stage: dict[str, list[float]] = {s.id: [] for s in journey_map.stages}
    for tp in journey_map.touchpoints:
        by_stage.setdefault(tp.stage_id, []).append(tp.emotion)
    out = []
    for stage in journey_map.stages:
        scores = by_stage[stage.id]
        if scores:
            out.append(
                StageEmotion(
                    stage.id, len(scores), sum(scores) / len(scores), min(scores), max(scores)
                )
            )
        else:
            out.append(StageEmotion(stage.id, 0, None, None, None))
    return out


def marker_stage_id(
    journey_map: JourneyMap,
    marker: Pain | Opportunity,
    touchpoints: dict[str, Touchpoint] | None = None,
) -> str | None:
    """The stage a pain or opportunity falls in (its own, or its touchpoint's).

    Pass ``touchpoints`` (by id) when asking for many markers, to avoid a linear search each.
    """
    if marker.stage_id is not None:
        return marker.stage_id
    key = marker.touchpoint_id or ""
    tp = touchpoints.get(key) if touchpoints is not None else journey_map.touchpoint(key)
    return tp.stage_id if tp else None


def markers_per_stage(journey_map: JourneyMap) -> list[StageMarkers]:
    """Pains and opportunities grouped by stage, in stage order."""
    tp_stage = {tp.id: tp.stage_id for tp in journey_map.touchpoints}

    def stage_of(marker: Pain | Opportunity) -> str | None:
        return (
            marker.stage_id
            if marker.stage_id is not None
            else tp_stage.get(marker.touchpoint_id or "")
        )

    out = []
    for stage in journey_map.stages:
        pains = tuple(p.id for p in journey_map.pains if stage_of(p) == stage.id)
        opps = tuple(o.id for o in journey_map.opportunities if stage_of(o) == stage.id)
        out.append(StageMarkers(stage.id, pains, opps))
    return out


def channel_stage_counts(journey_map: JourneyMap) -> dict[Channel, dict[str, int]]:
    """How many touchpoints use each channel in each stage (only channels in use).

    Channels come in the order of the Channel enum; every stage id appears in every row.
    """
    counts: dict[Channel, dict[str, int]] = {}
    for tp in journey_map.touchpoints:
        row = counts.setdefault(tp.channel, {s.id: 0 for s in journey_map.stages})
        row[tp.stage_id] = row.get(tp.stage_id, 0) + 1
    order = list(Channel)
    return {ch: counts[ch] for ch in sorted(counts, key=order.index)}


def nps(scores: Iterable[int]) -> float | None:
    """Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6).

    Returns a number from -100 to 100, or None when there are no answers.
    """
    answers = list(scores)
    if not answers:
        return None
    for score in answers:
        if not 0 <= score <= 10:
            raise ValueError(f"an NPS answer must be from 0 to 10, not {score}")
    promoters = sum(1 for s in answers if s >= 9)
    detractors = sum(1 for s in answers if s <= 6)
    return 100.0 * (promoters - detractors) / len(answers)

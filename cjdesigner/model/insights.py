"""What the map asks the team to act on: pains ranked against their opportunities, channel
coherence, evidence, NPS per stage, the future state against the current one, and the
per-stage findings a consultant loads into a CRM.

Pure functions of a JourneyMap; no Qt. The insights dock, the PDF hand-over and the
findings CSV all read these, so they always agree. Texts for people are made by the
views (in the user's language); these return facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .analysis import (
    key_moments,
    marker_stage_id,
    nps,
    stage_emotions,
    touchpoints_in_time_order,
)
from .journey import BaselinePoint, Channel, JourneyMap, TouchpointKind

HintKind = Literal["empty_stage", "single_stage_channel", "all_paid"]


@dataclass(frozen=True)
class PainPriority:
    """A pain, how urgent it is, and what answers it."""

    pain_id: str
    stage_id: str | None
    severity: int
    emotion: float | None  # the emotion at its moment (touchpoint, else the stage mean)
    score: float  # severity × how negative its moment is: (5 − emotion), 0 … 30
    opportunity_ids: tuple[str, ...]
    votes: int = 0  # the dots it got in the workshop's vote

    @property
    def answered(self) -> bool:
        """Whether at least one opportunity answers this pain."""
        return bool(self.opportunity_ids)


@dataclass(frozen=True)
class ChannelHint:
    """Something about channels a facilitator can act on."""

    kind: HintKind
    stage_id: str | None = None
    channel: Channel | None = None


@dataclass(frozen=True)
class StageNps:
    """NPS from the survey answers on a stage and on its touchpoints."""

    stage_id: str
    responses: int
    score: float | None


@dataclass(frozen=True)
class StageDelta:
    """A stage's mean emotion now (this map) and in the current state it was made from."""

    stage_id: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        """after − before (positive: the future state feels better), None if either is missing."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def has_votes(journey_map: JourneyMap) -> bool:
    """Whether the map holds a dot vote: a pain or an opportunity with votes."""
    return any(m.votes for m in journey_map.pains) or any(
        m.votes for m in journey_map.opportunities
    )


def opportunities_ranked(journey_map: JourneyMap) -> list:
    """The opportunities, the most votes first, then the most impact (ties keep the
    map's order)."""
    return sorted(journey_map.opportunities, key=lambda o: (-o.votes, -o.impact))


def pain_priorities(journey_map: JourneyMap) -> list[PainPriority]:
    """Every pain, most urgent first: the most votes (the room's own ranking, from a dot
    vote), then severity × (5 − emotion at its moment).

    A pain on a touchpoint takes that touchpoint's emotion; a pain on a stage takes the
    stage's mean (0 when the stage has no touchpoints). Ties keep the map's order. With
    no votes at all, the order is severity × emotion alone.
    """
    by_id = {tp.id: tp for tp in journey_map.touchpoints}
    means = {s.stage_id: s.mean for s in stage_emotions(journey_map)}
    answers: dict[str, list[str]] = {}
    for opp in journey_map.opportunities:
        if opp.answers_pain_id:
            answers.setdefault(opp.answers_pain_id, []).append(opp.id)
    out = []
    for pain in journey_map.pains:
        stage_id = marker_stage_id(journey_map, pain, by_id)
        tp = by_id.get(pain.touchpoint_id or "")
        emotion = tp.emotion if tp is not None else means.get(stage_id or "")
        score = pain.severity * (5.0 - (emotion if emotion is not None else 0.0))
        out.append(
            PainPriority(
                pain.id,
                stage_id,
                pain.severity,
                emotion,
                score,
                tuple(answers.get(pain.id, ())),
                pain.votes,
            )
        )
    order = {p.id: i for i, p in enumerate(journey_map.pains)}
    return sorted(out, key=lambda p: (-p.votes, -p.score, -p.severity, order[p.pain_id]))


def channel_hints(journey_map: JourneyMap) -> list[ChannelHint]:
    """Stages with no touchpoint, channels used in only one stage, stages all paid media."""
    hints: list[ChannelHint] = []
    per_stage: dict[str, list] = {s.id: [] for s in journey_map.stages}
    for tp in journey_map.touchpoints:
        per_stage.setdefault(tp.stage_id, []).append(tp)
    for stage in journey_map.stages:
        tps = per_stage[stage.id]
        if not tps:
            hints.append(ChannelHint("empty_stage", stage_id=stage.id))
        elif all(tp.kind is TouchpointKind.PAID for tp in tps):
            hints.append(ChannelHint("all_paid", stage_id=stage.id))
    if len(journey_map.stages) > 1:
        stages_of: dict[Channel, set[str]] = {}
        for tp in journey_map.touchpoints:
            stages_of.setdefault(tp.channel, set()).add(tp.stage_id)
        order = list(Channel)
        for channel in sorted(stages_of, key=order.index):
            if len(stages_of[channel]) == 1:
                (stage_id,) = stages_of[channel]
                hints.append(ChannelHint("single_stage_channel", stage_id, channel))
    return hints


def touchpoints_without_evidence(journey_map: JourneyMap) -> list[str]:
    """Ids of touchpoints with no evidence, in time order: assumptions, not data."""
    return [tp.id for tp in touchpoints_in_time_order(journey_map) if not tp.evidence]


def stage_nps(journey_map: JourneyMap) -> list[StageNps]:
    """NPS per stage from the stage's own answers and its touchpoints' answers."""
    scores: dict[str, list[int]] = {s.id: list(s.survey_scores) for s in journey_map.stages}
    for tp in journey_map.touchpoints:
        if tp.survey_scores and tp.stage_id in scores:
            scores[tp.stage_id].extend(tp.survey_scores)
    return [StageNps(s.id, len(scores[s.id]), nps(scores[s.id])) for s in journey_map.stages]


def map_nps(journey_map: JourneyMap) -> tuple[int, float | None]:
    """(responses, NPS) over every answer in the map."""
    answers = [x for s in journey_map.stages for x in s.survey_scores]
    answers += [x for tp in journey_map.touchpoints for x in tp.survey_scores]
    return len(answers), nps(answers)


def baseline_in_time_order(journey_map: JourneyMap) -> list[BaselinePoint]:
    """The current-state points a future map keeps, ordered along this map's stages.

    Points whose stage this map no longer has are left out.
    """
    if journey_map.baseline is None:
        return []
    rank = {s.id: i for i, s in enumerate(journey_map.stages)}
    kept = [p for p in journey_map.baseline.points if p.stage_id in rank]
    return sorted(kept, key=lambda p: (rank[p.stage_id], p.position))


def stage_deltas(journey_map: JourneyMap) -> list[StageDelta]:
    """Per stage: the baseline's mean emotion, this map's, and (via .delta) the change.

    Empty when the map has no baseline (it is not a future state).
    """
    if journey_map.baseline is None:
        return []
    before: dict[str, list[float]] = {}
    for point in journey_map.baseline.points:
        before.setdefault(point.stage_id, []).append(point.emotion)
    out = []
    for stat in stage_emotions(journey_map):
        values = before.get(stat.stage_id)
        mean_before = sum(values) / len(values) if values else None
        out.append(StageDelta(stat.stage_id, mean_before, stat.mean))
    return out


def worst_stage(journey_map: JourneyMap) -> str | None:
    """The stage with the lowest mean emotion (the first of equals), or None."""
    stats = [s for s in stage_emotions(journey_map) if s.mean is not None]
    if not stats:
        return None
    return min(stats, key=lambda s: s.mean).stage_id  # type: ignore[arg-type, return-value]


@dataclass(frozen=True)
class StageFinding:
    """One row of the findings CSV: what the map learned about one stage."""

    stage_id: str
    order: int
    touchpoints: int
    mean: float | None
    lowest: float | None
    highest: float | None
    pain_ids: tuple[str, ...]
    opportunity_ids: tuple[str, ...]
    unanswered_pain_ids: tuple[str, ...]
    channels: tuple[Channel, ...]
    key_moment_ids: tuple[str, ...]
    nps_responses: int
    nps: float | None
    unevidenced: int
    delta: float | None


def stage_findings(journey_map: JourneyMap) -> list[StageFinding]:
    """Per-stage findings, in stage order (see StageFinding)."""
    by_id = {tp.id: tp for tp in journey_map.touchpoints}
    emotions = {s.stage_id: s for s in stage_emotions(journey_map)}
    scores = {s.stage_id: s for s in stage_nps(journey_map)}
    deltas = {d.stage_id: d.delta for d in stage_deltas(journey_map)}
    answered = {o.answers_pain_id for o in journey_map.opportunities if o.answers_pain_id}
    pains: dict[str, list[str]] = {}
    for p in journey_map.pains:
        pains.setdefault(marker_stage_id(journey_map, p, by_id) or "", []).append(p.id)
    opps: dict[str, list[str]] = {}
    for o in journey_map.opportunities:
        opps.setdefault(marker_stage_id(journey_map, o, by_id) or "", []).append(o.id)
    moments: dict[str, list[str]] = {}
    for m in key_moments(journey_map):
        moments.setdefault(m.stage_id, []).append(m.touchpoint_id)
    channels: dict[str, list[Channel]] = {}
    unevidenced: dict[str, int] = {}
    order = list(Channel)
    for tp in journey_map.touchpoints:
        if tp.channel not in channels.setdefault(tp.stage_id, []):
            channels[tp.stage_id].append(tp.channel)
        if not tp.evidence:
            unevidenced[tp.stage_id] = unevidenced.get(tp.stage_id, 0) + 1
    out = []
    pain_severity = {p.id: p.severity for p in journey_map.pains}
    for i, stage in enumerate(journey_map.stages):
        e = emotions[stage.id]
        stage_pains = sorted(pains.get(stage.id, []), key=lambda pid: -pain_severity[pid])
        out.append(
            StageFinding(
                stage.id,
                i + 1,
                e.count,
                e.mean,
                e.lowest,
                e.highest,
                tuple(stage_pains),
                tuple(opps.get(stage.id, [])),
                tuple(pid for pid in stage_pains if pid not in answered),
                tuple(sorted(channels.get(stage.id, []), key=order.index)),
                tuple(moments.get(stage.id, [])),
                scores[stage.id].responses,
                scores[stage.id].score,
                unevidenced.get(stage.id, 0),
                deltas.get(stage.id),
            )
        )
    return out

"""Build sample maps from compact literal tables, with ids that never change.

Ids are uuid5 of the map name and the object's key, and timestamps are fixed, so running
the builder again reproduces the committed files byte for byte (clean git diffs).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from cjdesigner.model import (
    Channel,
    Evidence,
    EvidenceMethod,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    Metric,
    Opportunity,
    OpportunityStatus,
    Pain,
    Persona,
    Stage,
    Touchpoint,
    TouchpointKind,
)

NAMESPACE = uuid.UUID("6f1c2b1e-3d7a-4c55-9a51-0ab000000001")
STAMP = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)


def sid(map_key: str, kind: str, key: str) -> str:
    """A stable id for one object of one sample map."""
    return str(uuid.uuid5(NAMESPACE, f"{map_key}/{kind}/{key}"))


@dataclass
class TP:
    """A touchpoint row: stage key, key, title, channel, kind, department, emotion, position."""

    stage: str
    key: str
    title: str
    channel: str
    kind: str
    department: str
    emotion: float
    position: float
    description: str = ""
    moment_of_truth: bool = False
    evidence: list[tuple[str, str]] = field(default_factory=list)
    metrics: list[tuple[str, float | None, float | None, str]] = field(default_factory=list)
    survey: list[int] = field(default_factory=list)
    channel_detail: str = ""


@dataclass
class Mark:
    """A pain or opportunity: key, title, anchor ("tp:KEY" or "stage:KEY"), level 1–3."""

    key: str
    title: str
    anchor: str
    level: int
    description: str = ""
    answers: str | None = None  # opportunity → pain key
    status: str = "idea"
    owner: str = ""
    votes: int = 0  # the dots a workshop's vote gave it


@dataclass
class StageRow:
    """A stage: key, name, width, goal, description, optional metrics and survey scores."""

    key: str
    name: str
    width: float
    goal: str
    description: str
    metrics: list[tuple[str, float | None, float | None, str]] = field(default_factory=list)
    survey: list[int] = field(default_factory=list)


def build(
    key: str,
    *,
    title: str,
    scenario: str,
    language: str,
    author: str,
    client: str,
    persona: dict,
    stages: list[StageRow],
    touchpoints: list[TP],
    pains: list[Mark],
    opportunities: list[Mark],
    lanes: list[tuple[str, str, dict[str, str]]],
) -> JourneyMap:
    """Assemble a JourneyMap from the tables above."""
    stage_ids = {s.key: sid(key, "stage", s.key) for s in stages}
    tp_ids = {t.key: sid(key, "touchpoint", t.key) for t in touchpoints}
    pain_ids = {p.key: sid(key, "pain", p.key) for p in pains}

    def metric_list(rows: list[tuple[str, float | None, float | None, str]]) -> list[Metric]:
        return [Metric(name=n, value=v, target=t, unit=u) for n, v, t, u in rows]

    def anchor(spec: str) -> dict[str, str]:
        kind, _, ref = spec.partition(":")
        return {"touchpoint_id": tp_ids[ref]} if kind == "tp" else {"stage_id": stage_ids[ref]}

    return JourneyMap(
        id=sid(key, "map", key),
        title=title,
        scenario=scenario,
        language=Language(language),
        author=author,
        client=client,
        created=STAMP,
        modified=STAMP,
        persona=Persona(id=sid(key, "persona", "persona"), **persona),
        stages=[
            Stage(
                id=stage_ids[s.key],
                name=s.name,
                width=s.width,
                goal=s.goal,
                description=s.description,
                metrics=metric_list(s.metrics),
                survey_scores=s.survey,
            )
            for s in stages
        ],
        touchpoints=[
            Touchpoint(
                id=tp_ids[t.key],
                stage_id=stage_ids[t.stage],
                title=t.title,
                description=t.description,
                channel=Channel(t.channel),
                channel_detail=t.channel_detail,
                kind=TouchpointKind(t.kind),
                department=t.department,
                emotion=t.emotion,
                position=t.position,
                moment_of_truth=t.moment_of_truth,
                evidence=[Evidence(method=EvidenceMethod(m), note=n) for m, n in t.evidence],
                metrics=metric_list(t.metrics),
                survey_scores=t.survey,
            )
            for t in touchpoints
        ],
        pains=[
            Pain(
                id=pain_ids[p.key],
                title=p.title,
                description=p.description,
                severity=p.level,
                votes=p.votes,
                **anchor(p.anchor),
            )
            for p in pains
        ],
        opportunities=[
            Opportunity(
                id=sid(key, "opportunity", o.key),
                title=o.title,
                description=o.description,
                impact=o.level,
                answers_pain_id=pain_ids[o.answers] if o.answers else None,
                status=OpportunityStatus(o.status),
                owner=o.owner,
                votes=o.votes,
                **anchor(o.anchor),
            )
            for o in opportunities
        ],
        lanes=[
            Lane(
                id=sid(key, "lane", title),
                title=title,
                kind=LaneKind(kind),
                cells={stage_ids[k]: v for k, v in cells.items()},
            )
            for title, kind, cells in lanes
        ],
    )

"""Write a map as OpenJourney (.ojf, dialect 1.1.0), saying what OJF cannot hold.

Touchpoints become scored nodes; each pain and opportunity is written right after the
touchpoint it is anchored to (the importer anchors unscored pains to the node before
them), opportunities carry an "Opportunity" tag and lane notes a "Lane note" tag, so an
export followed by an import keeps stages, touchpoints, scores, pains and their anchors.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cjdesigner.model import JourneyMap
from cjdesigner.model.analysis import touchpoints_in_time_order
from cjdesigner.model.files import atomic_write_bytes

from .ojf import CHANNEL_LABELS, LANE_KIND_PREFIX, LANE_NOTE_TAG, OPPORTUNITY_TAG, SEVERITY_NAMES

VERSION = "1.1.0"


def _score(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def ojf_to_dict(jm: JourneyMap) -> tuple[dict[str, Any], list[str]]:
    """The OJF document for a map, and notes on what it leaves out."""
    persona = ", ".join(p for p in (jm.persona.name, jm.persona.role) if p)
    nodes: list[dict[str, Any]] = []
    markers_by_anchor: dict[str, list[dict[str, Any]]] = {}
    stage_of_tp = {tp.id: tp.stage_id for tp in jm.touchpoints}
    for kind, markers in (("pain", jm.pains), ("opportunity", jm.opportunities)):
        for marker in markers:
            stage_id = marker.stage_id or stage_of_tp[marker.touchpoint_id or ""]
            node: dict[str, Any] = {
                "id": marker.id,
                "stageId": stage_id,
                "swimlaneId": "pains" if kind == "pain" else "opportunities",
                "title": marker.title,
                "description": marker.description,
            }
            if kind == "pain":
                node.update(purpose="pain-point", severity=SEVERITY_NAMES[marker.severity])
            else:
                node.update(purpose="observation", tags=[OPPORTUNITY_TAG])
            markers_by_anchor.setdefault(marker.anchor_id, []).append(node)
    # Stage-anchored markers come first in their stage, before any touchpoint.
    for stage in jm.stages:
        nodes += markers_by_anchor.get(stage.id, [])
    for tp in touchpoints_in_time_order(jm):
        tags = [CHANNEL_LABELS[tp.channel]]
        if tp.channel_detail:
            tags.append(tp.channel_detail)
        node = {
            "id": tp.id,
            "stageId": tp.stage_id,
            "swimlaneId": "touchpoints",
            "title": tp.title,
            "description": tp.description,
            "score": _score(tp.emotion),
            "purpose": "touchpoint",
            "isMomentOfTruth": tp.moment_of_truth,
            "tags": tags,
        }
        nodes.append(node)
        nodes += markers_by_anchor.get(tp.id, [])
    # Stage-anchored markers must precede the stage's first touchpoint: move them there.
    nodes = _stage_markers_first(nodes, {s.id for s in jm.stages}, markers_by_anchor)
    for lane in jm.lanes:
        for stage in jm.stages:
            text = lane.cells.get(stage.id, "")
            if text.strip():
                nodes.append(
                    {
                        "stageId": stage.id,
                        "swimlaneId": lane.id,
                        "title": lane.title,
                        "description": text,
                        "purpose": "observation",
                        "tags": [LANE_NOTE_TAG, LANE_KIND_PREFIX + lane.kind.value],
                    }
                )
    document = {
        "metadata": {"title": jm.title, "persona": persona, "pov": jm.scenario, "version": VERSION},
        "stages": [{"id": s.id, "name": s.name} for s in jm.stages],
        "swimlanes": [
            {"id": "touchpoints", "name": "Touchpoints"},
            {"id": "pains", "name": "Pain points"},
            {"id": "opportunities", "name": "Opportunities"},
            *({"id": lane.id, "name": lane.title} for lane in jm.lanes),
        ],
        "nodes": nodes,
    }
    return document, _left_out(jm)


def _stage_markers_first(
    nodes: list[dict[str, Any]], stage_ids: set[str], by_anchor: dict
) -> list[dict[str, Any]]:
    stage_marker_ids = {id(n) for sid in stage_ids for n in by_anchor.get(sid, [])}
    head = [n for n in nodes if id(n) in stage_marker_ids]
    rest = [n for n in nodes if id(n) not in stage_marker_ids]
    ordered: list[dict[str, Any]] = []
    for node in rest:
        if node.get("swimlaneId") == "touchpoints":
            ordered += [m for m in head if m["stageId"] == node["stageId"]]
            head = [m for m in head if m["stageId"] != node["stageId"]]
        ordered.append(node)
    return head + ordered


def _left_out(jm: JourneyMap) -> list[str]:
    notes = []
    p = jm.persona
    if any(
        (
            p.quote,
            p.bio,
            p.goals,
            p.needs,
            p.motivations,
            p.frustrations,
            p.likes,
            p.dislikes,
            p.photo,
        )
    ):
        notes.append(
            "OJF keeps only the persona's name and role; quote, bio, lists and photo were left out"
        )
    checks = [
        (
            any(t.metrics for t in jm.touchpoints) or any(s.metrics for s in jm.stages),
            "metrics",
        ),
        (any(t.evidence for t in jm.touchpoints), "evidence"),
        (
            any(t.survey_scores for t in jm.touchpoints) or any(s.survey_scores for s in jm.stages),
            "survey scores",
        ),
        (any(t.department for t in jm.touchpoints), "departments"),
        (
            any(s.goal or s.description or s.colour for s in jm.stages),
            "stage goals, descriptions and colours",
        ),
        (len({s.width for s in jm.stages}) > 1, "stage durations"),
        (
            any(o.answers_pain_id or o.owner or o.status.value != "idea" for o in jm.opportunities),
            "opportunity status, owner and links to pains",
        ),
        (any(m.votes for m in (*jm.pains, *jm.opportunities)), "votes"),
    ]
    notes += [
        f"OJF has no place for {what}; they were left out" for present, what in checks if present
    ]
    if jm.touchpoints:
        notes.append("exact positions inside stages are not kept (OJF nodes have no time position)")
    return notes


def export_ojf(jm: JourneyMap, path: str | os.PathLike[str]) -> list[str]:
    """Write the map as .ojf atomically; returns notes on what OJF could not hold."""
    document, notes = ojf_to_dict(jm)
    atomic_write_bytes(
        path, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    )
    return notes

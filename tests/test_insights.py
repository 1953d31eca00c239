"""Insights on hand-made maps with known answers: pains → opportunities, channel coherence,
evidence, NPS per stage, future state against current, per-stage findings."""

from __future__ import annotations

import pytest

from cjdesigner.model import (
    Channel,
    Evidence,
    JourneyMap,
    MapState,
    Opportunity,
    Pain,
    Stage,
    Touchpoint,
    TouchpointKind,
    load_map,
    map_from_bytes,
    map_to_bytes,
)
from cjdesigner.model.analysis import key_moments, nps, touchpoints_in_time_order
from cjdesigner.model.future import future_state_from
from cjdesigner.model.insights import (
    baseline_in_time_order,
    channel_hints,
    map_nps,
    pain_priorities,
    stage_deltas,
    stage_findings,
    stage_nps,
    touchpoints_without_evidence,
    worst_stage,
)
from tests.conftest import SAMPLES
from tests.factories import small_map


def _line(emotions: list[float], stages: int = 1) -> JourneyMap:
    """Touchpoints in time order across ``stages`` stages, one per emotion."""
    st = [Stage(name=f"S{i + 1}") for i in range(stages)]
    per = max(1, -(-len(emotions) // stages))
    tps = [
        Touchpoint(
            stage_id=st[i // per].id,
            title=f"T{i + 1}",
            emotion=e,
            position=(i % per + 0.5) / per,
        )
        for i, e in enumerate(emotions)
    ]
    return JourneyMap(title="Line", stages=st, touchpoints=tps)


def _kinds(jm: JourneyMap) -> list[tuple[str, str]]:
    return [(jm.touchpoint(m.touchpoint_id).title, m.kind) for m in key_moments(jm)]


def test_key_moments_with_plateaus_and_ties():
    # a valley plateau counts once (its first touchpoint); two equal peaks both count
    jm = _line([0, 3, -2, -2, -2, 3, 0])
    assert _kinds(jm) == [
        ("T1", "valley"),
        ("T2", "peak"),
        ("T3", "valley"),
        ("T6", "peak"),
        ("T7", "valley"),
    ]
    # a flat curve: the first and last touchpoints only, by the sign of the emotion
    assert _kinds(_line([-1, -1, -1])) == [("T1", "valley"), ("T3", "valley")]
    # a staircase has no interior extremum
    assert _kinds(_line([-2, -1, 0, 1, 2])) == [("T1", "valley"), ("T5", "peak")]


def test_empty_stages_and_a_single_touchpoint():
    jm = _line([2.5], stages=1)
    jm.stages.append(Stage(name="Nothing here"))
    assert _kinds(jm) == [("T1", "peak")]
    assert worst_stage(jm) == jm.stages[0].id  # the empty stage has no mean: not the worst
    hints = channel_hints(jm)
    assert ("empty_stage", jm.stages[1].id) in [(h.kind, h.stage_id) for h in hints]
    findings = stage_findings(jm)
    assert [f.touchpoints for f in findings] == [1, 0] and findings[1].mean is None
    assert worst_stage(JourneyMap(title="Empty")) is None


def test_pains_ranked_by_severity_times_how_bad_the_moment_is():
    jm = _line([3, -4, 0, 1], stages=2)
    t1, t2, t3, _t4 = touchpoints_in_time_order(jm)
    mild_low = Pain(title="Mild at the low", severity=1, touchpoint_id=t2.id)  # 1 × 9 = 9
    bad_high = Pain(title="Bad at the high", severity=3, touchpoint_id=t1.id)  # 3 × 2 = 6
    stage_pain = Pain(title="Whole stage", severity=2, stage_id=jm.stages[1].id)  # 2 × 4.5 = 9
    jm.pains.extend([bad_high, mild_low, stage_pain])
    jm.opportunities.append(
        Opportunity(title="Fix", answers_pain_id=mild_low.id, stage_id=t3.stage_id)
    )
    ranked = pain_priorities(jm)
    assert [p.pain_id for p in ranked] == [stage_pain.id, mild_low.id, bad_high.id]
    assert ranked[0].score == pytest.approx(9.0) and ranked[0].emotion == pytest.approx(0.5)
    assert [p.answered for p in ranked] == [False, True, False]
    assert ranked[1].opportunity_ids == (jm.opportunities[0].id,)


def test_channel_coherence_hints():
    jm = _line([1, 2, 3, 4], stages=2)
    a, b, c, d = touchpoints_in_time_order(jm)
    for tp, channel in zip((a, b, c, d), ("web", "web", "web", "store"), strict=True):
        tp.channel = Channel(channel)
    a.kind = b.kind = TouchpointKind.PAID
    hints = {(h.kind, h.stage_id, h.channel) for h in channel_hints(jm)}
    assert hints == {
        ("all_paid", jm.stages[0].id, None),
        ("single_stage_channel", jm.stages[1].id, Channel.STORE),
    }
    # one stage: "used in one stage only" says nothing
    assert all(h.kind != "single_stage_channel" for h in channel_hints(_line([1, 2])))


def test_evidence_and_nps_per_stage():
    jm = _line([1, 2, 3, 4], stages=2)
    a, b, c, d = touchpoints_in_time_order(jm)
    a.evidence = [Evidence(note="12 interviews")]
    assert touchpoints_without_evidence(jm) == [b.id, c.id, d.id]
    jm.stages[0].survey_scores = [10, 9]
    a.survey_scores = [0]  # stage 1: 2 promoters, 1 detractor of 3 → +33.3
    c.survey_scores = [3, 5, 6]  # stage 2: all detractors → −100
    per_stage = stage_nps(jm)
    assert [s.responses for s in per_stage] == [3, 3]
    assert per_stage[0].score == pytest.approx(100 / 3) and per_stage[1].score == -100
    assert map_nps(jm) == (6, pytest.approx(nps([10, 9, 0, 3, 5, 6])))
    no_answers = _line([1])
    assert stage_nps(no_answers)[0].score is None and map_nps(no_answers) == (0, None)


def test_future_state_keeps_ids_links_back_and_compares_per_stage():
    current = load_map(SAMPLES / "aerolinea.journey.json")
    future = future_state_from(current)
    assert future.state is MapState.FUTURE and future.based_on == current.id != future.id
    assert future.title.endswith("estado futuro")  # the map is in Spanish
    assert [s.id for s in future.stages] == [s.id for s in current.stages]
    assert [t.id for t in future.touchpoints] == [t.id for t in current.touchpoints]
    assert future.persona == current.persona
    # the saved file carries the baseline, and it survives a round trip
    again = map_from_bytes(map_to_bytes(future))
    assert again.baseline == future.baseline and len(again.baseline.points) == len(
        current.touchpoints
    )
    assert all(d.delta == pytest.approx(0) for d in stage_deltas(future) if d.delta is not None)
    # the team improves stage 2 by two points everywhere
    stage = future.stages[1]
    for tp in future.touchpoints:
        if tp.stage_id == stage.id:
            tp.emotion = min(5.0, tp.emotion + 2)
    deltas = {d.stage_id: d for d in stage_deltas(future)}
    assert deltas[stage.id].delta > 0 and deltas[future.stages[0].id].delta == pytest.approx(0)
    # a stage removed from the future map drops out of the overlay
    gone = future.stages[0].id
    pruned = future.model_copy(update={"stages": future.stages[1:]})
    kept = baseline_in_time_order(pruned)
    assert kept and all(p.stage_id != gone for p in kept)
    assert stage_deltas(current) == [] and baseline_in_time_order(current) == []


def test_stage_findings_add_up():
    jm = small_map((2, -4, 4, -1))
    findings = stage_findings(jm)
    assert [f.order for f in findings] == [1, 2, 3]
    assert sum(f.touchpoints for f in findings) == len(jm.touchpoints)
    assert sum(len(f.pain_ids) for f in findings) == len(jm.pains)
    assert sum(len(f.opportunity_ids) for f in findings) == len(jm.opportunities)
    assert all(f.unanswered_pain_ids == () for f in findings)  # the one pain is answered
    assert sum(f.unevidenced for f in findings) == len(touchpoints_without_evidence(jm))
    assert findings[0].mean == pytest.approx(-1) and findings[0].delta is None

"""OpenJourney interop: the real third-party files, both dialects, edge cases, round trips."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.interop.ojf import import_ojf, ojf_from_bytes
from cjdesigner.interop.ojf_export import export_ojf, ojf_to_dict
from cjdesigner.model import Channel, LaneKind, MapFileError, load_map
from cjdesigner.model.analysis import touchpoints_in_time_order
from cjdesigner.model.journey import find_reference_problem
from tests.factories import small_map

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "interop" / "ojf"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ojf"
needs_real = pytest.mark.skipif(
    not REAL.is_dir(), reason="../shared/interop/ojf is not beside the checkout"
)


@needs_real
def test_real_dialect_1_0_ecommerce():
    result = import_ojf(REAL / "ecommerce-purchase.ojf")
    jm = result.journey_map
    assert [s.name for s in jm.stages] == ["Discovery", "Research", "Purchase", "Onboarding"]
    assert (jm.persona.name, jm.persona.role) == ("Jane Doe", "First-time Homeowner")
    assert jm.scenario == "Buying a high-end coffee maker for a new kitchen"
    checkout = next(t for t in jm.touchpoints if t.title == "Select Product & Checkout")
    assert checkout.moment_of_truth and checkout.emotion == 0
    fees = next(p for p in jm.pains if p.title == "Hidden Shipping Fees")
    assert fees.severity == 3
    # its score stays on the curve: the pain sits on a touchpoint made from the same node
    fee_tp = jm.touchpoint(fees.touchpoint_id)
    assert fee_tp.title == "Hidden Shipping Fees" and fee_tp.emotion == -3
    assert (
        next(t for t in jm.touchpoints if t.title == "Search for best coffee makers").channel
        == Channel.WEB
    )
    notes = " ".join(result.notes)
    assert "sentiment" in notes and "icon" in notes and "swimlanes" in notes
    assert find_reference_problem(jm) is None


@needs_real
def test_real_dialect_1_0_support_pains_and_bottlenecks():
    jm = import_ojf(REAL / "customer-support.ojf").journey_map
    assert {(p.title, p.severity) for p in jm.pains} == {("Frustrated", 2), ("Bot Loop", 2)}
    chat = next(t for t in jm.touchpoints if t.title == "Initiate Live Chat")
    assert chat.channel == Channel.CHAT and chat.emotion == 1
    ordered = [t.title for t in touchpoints_in_time_order(jm)]
    assert ordered[0] == "Toy won't turn on" and ordered[-1] == "Post-Chat Survey"


@needs_real
def test_real_dialect_1_1_blueprint_becomes_lane_notes():
    result = import_ojf(REAL / "clinic-visit-blueprint.ojf")
    jm = result.journey_map
    assert jm.title == "Patient Clinic Visit" and jm.persona.name == "Returning Patient"
    assert jm.scenario == "Annual check-up at a GP clinic"
    check_in = jm.stages[0]
    lanes = {lane.title: lane for lane in jm.lanes}
    assert lanes["Backstage"].kind == LaneKind.BACKSTAGE
    assert "Billing Dept: Verifies insurance eligibility" in lanes["Backstage"].cells[check_in.id]
    assert "Receptionist: Confirms appointment" in lanes["Onstage"].cells[check_in.id]
    assert "EMR Database: Loads patient record" in lanes["Support systems"].cells[check_in.id]
    assert "Waiting Room (Physical)" in lanes["Physical evidence"].cells[check_in.id]
    assert [t.emotion for t in touchpoints_in_time_order(jm)] == [1, 0, 3]
    assert any("severity" in n for n in result.notes)


def test_edge_cases_are_kept_or_reported():
    result = import_ojf(FIXTURES / "dialect-1.0-edge.ojf")
    jm = result.journey_map
    search = jm.touchpoints[0]
    assert search.emotion == 5  # clamped from 9
    assert search.channel == Channel.WEB and "Tags: Mobile, Library" in search.description
    menu = jm.pains[0]
    assert menu.severity == 3 and menu.touchpoint_id == search.id  # unscored: previous touchpoint
    assert jm.touchpoints[1].title == "Untitled" and jm.touchpoints[1].emotion == -2.5
    notes = " ".join(result.notes)
    for word in ("clamped", "Untitled", "unknown purpose", "mood", "theme"):
        assert word in notes, word


def test_blueprint_fixture_and_pain_on_its_own_node():
    jm = import_ojf(FIXTURES / "dialect-1.1-blueprint.ojf").journey_map
    assert (jm.persona.name, jm.persona.role) == ("Business traveller", "frequent guest")
    pain = jm.pains[0]
    assert jm.touchpoint(pain.touchpoint_id).title == "Room not ready"
    assert jm.touchpoints[0].moment_of_truth


@pytest.mark.parametrize(
    ("name", "place", "words"),
    [
        ("unknown-stage.ojf", "nodes[0].stageId", "not in the file"),
        ("no-stages.ojf", "stages", "at least one stage"),
        ("wrong-score-type.ojf", "nodes[0].score", "should be a number"),
        ("truncated.ojf", "line 1", "ends too early"),
    ],
)
def test_bad_ojf_files_name_file_place_and_reason(name, place, words):
    path = FIXTURES / name
    with pytest.raises(MapFileError) as info:
        import_ojf(path)
    assert (
        str(path) in str(info.value)
        and info.value.place.startswith(place)
        and words in str(info.value)
    )


def test_huge_ojf_is_refused_quickly():
    nodes = [{"stageId": "s", "title": "n", "score": 1}] * 100_000
    data = json.dumps({"stages": [{"id": "s", "name": "S"}], "nodes": nodes}).encode()
    with pytest.raises(MapFileError, match="100,000 nodes"):
        ojf_from_bytes(data, "big.ojf")


def test_export_then_import_keeps_stages_touchpoints_scores_pains_and_anchors(tmp_path):
    jm = small_map((2.5, -3, 4, -1))
    jm.touchpoints[0].moment_of_truth = True
    path = tmp_path / "out.ojf"
    notes = export_ojf(jm, path)
    assert any("positions" in n for n in notes)
    again = import_ojf(path).journey_map
    assert [s.name for s in again.stages] == [s.name for s in jm.stages]
    before = [(t.title, t.emotion, t.moment_of_truth) for t in touchpoints_in_time_order(jm)]
    after = [(t.title, t.emotion, t.moment_of_truth) for t in touchpoints_in_time_order(again)]
    assert after == before
    assert [(p.title, p.severity) for p in again.pains] == [(p.title, p.severity) for p in jm.pains]
    assert (
        again.touchpoint(again.pains[0].touchpoint_id).title
        == jm.touchpoint(jm.pains[0].touchpoint_id).title
    )
    assert [o.title for o in again.opportunities] == [o.title for o in jm.opportunities]
    assert {(lane.title, lane.kind) for lane in again.lanes} == {
        (lane.title, lane.kind) for lane in jm.lanes
    }
    document, _ = ojf_to_dict(jm)
    assert document["metadata"]["version"] == "1.1.0"


def test_sample_maps_round_trip_through_ojf(tmp_path):
    for sample in sorted((ROOT / "samples").glob("*.journey.json")):
        jm = load_map(sample)
        export_ojf(jm, tmp_path / "x.ojf")
        again = import_ojf(tmp_path / "x.ojf").journey_map
        assert len(again.touchpoints) == len(jm.touchpoints), sample.name
        assert sorted(p.title for p in again.pains) == sorted(p.title for p in jm.pains)
        stage_names = {s.id: s.name for s in jm.stages}
        again_names = {s.id: s.name for s in again.stages}
        for kind, a, b in (
            ("pain", jm.pains, again.pains),
            ("opportunity", jm.opportunities, again.opportunities),
        ):
            for x, y in zip(
                sorted(a, key=lambda m: m.title), sorted(b, key=lambda m: m.title), strict=True
            ):
                ax = stage_names[x.stage_id] if x.stage_id else jm.touchpoint(x.touchpoint_id).title
                ay = (
                    again_names[y.stage_id]
                    if y.stage_id
                    else again.touchpoint(y.touchpoint_id).title
                )
                assert ax == ay, (kind, x.title)


def test_cli_converts_ojf_and_refuses_a_broken_one(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "imported.journey.json"
    source = FIXTURES / "dialect-1.1-blueprint.ojf"
    ok = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "convert", str(source), str(out)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert load_map(out).title == "Hotel check-in"
    bad_out = tmp_path / "never.journey.json"
    broken = FIXTURES / "unknown-stage.ojf"
    bad = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "convert", str(broken), str(bad_out)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert (
        bad.stderr.count("\n") == 1
        and "unknown-stage.ojf" in bad.stderr
        and "Traceback" not in bad.stderr
    )
    assert not bad_out.exists()

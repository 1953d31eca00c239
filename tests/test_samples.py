"""The shipped sample maps are complete, realistic and reproducible."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.model import load_map, map_to_bytes
from cjdesigner.model.analysis import key_moments, touchpoints_in_time_order

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.journey.json"))
REQUIRED = {
    "aerolinea.journey.json",
    "concesionario.journey.json",
    "subscription-saas.journey.json",
}


def test_the_three_required_samples_exist():
    assert {p.name for p in SAMPLES} >= REQUIRED


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_is_complete_and_realistic(path):
    jm = load_map(path)
    assert map_to_bytes(jm) == path.read_bytes(), "not in the canonical format: rebuild it"
    small = path.name.startswith("coffee-shop")
    persona = jm.persona
    assert persona.name and persona.role and persona.quote
    assert len(persona.goals) >= 3 and len(persona.frustrations) >= 3
    assert (4 if small else 5) <= len(jm.stages) <= 6
    assert len(jm.touchpoints) >= (8 if small else 12)
    assert len({tp.channel for tp in jm.touchpoints}) >= (3 if small else 5)
    assert all(any(tp.stage_id == s.id for tp in jm.touchpoints) for s in jm.stages)
    assert jm.pains and jm.opportunities
    assert any(o.answers_pain_id for o in jm.opportunities)
    for lane in jm.lanes:
        assert set(lane.cells) == {s.id for s in jm.stages}, lane.title
    ordered = [tp.id for tp in touchpoints_in_time_order(jm)]
    interior = [m for m in key_moments(jm) if m.touchpoint_id not in (ordered[0], ordered[-1])]
    assert {"peak", "valley"} <= {m.kind for m in interior}


def test_spanish_samples_are_in_spanish():
    for name in ("aerolinea.journey.json", "concesionario.journey.json"):
        jm = load_map(ROOT / "samples" / name)
        assert jm.language.value == "es"
        text = " ".join(s.name for s in jm.stages) + jm.scenario
        assert any(ch in text for ch in "áéíóúñ")
    stages = [s.name for s in load_map(ROOT / "samples" / "concesionario.journey.json").stages]
    assert stages == ["Consideración", "Comparación", "Compra", "Postventa", "Fidelización"]


def test_saas_sample_has_metrics_per_stage():
    jm = load_map(ROOT / "samples" / "subscription-saas.journey.json")
    assert all(stage.metrics for stage in jm.stages)
    names = {m.name for s in jm.stages for m in s.metrics}
    assert {"Ad clicks", "Trial-to-paid conversion", "Monthly churn", "NPS"} <= names


def test_builder_reproduces_the_committed_files(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_samples.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for path in SAMPLES:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name

"""CSV for spreadsheets and CRMs, PNG and SVG of the canvas: read back as their users would."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from cjdesigner.export.image import dispose, map_scene, render_png, render_svg
from cjdesigner.export.table import (
    COLUMNS,
    FINDING_COLUMNS,
    export_csv,
    export_findings_csv,
    safe_cell,
)
from cjdesigner.model import load_map
from cjdesigner.model.analysis import nps
from cjdesigner.model.future import future_state_from
from tests.conftest import SAMPLES
from tests.factories import small_map


def _read_csv(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_csv_has_one_row_per_touchpoint_pain_and_opportunity(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    path = tmp_path / "map.csv"
    count = export_csv(jm, path)
    records = _read_csv(path)
    assert count == len(records) == len(jm.touchpoints) + len(jm.pains) + len(jm.opportunities)
    assert list(records[0]) == COLUMNS
    stages = {s.name for s in jm.stages}
    touchpoints = [r for r in records if r["type"] == "touchpoint"]
    assert {r["title"] for r in touchpoints} == {t.title for t in jm.touchpoints}
    assert all(r["stage"] in stages and -5 <= float(r["emotion"]) <= 5 for r in touchpoints)
    pains = [r for r in records if r["type"] == "pain"]
    assert {int(r["severity"]) for r in pains} <= {1, 2, 3, 4, 5}
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_bom_for_excel_and_accents_round_trip(tmp_path):
    jm = small_map()
    jm.stages[0].name = "Atención al cliente €"
    path = tmp_path / "excel.csv"
    export_csv(jm, path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert any(r["stage"] == "Atención al cliente €" for r in _read_csv(path))


def test_csv_never_lets_a_spreadsheet_run_user_text_as_a_formula(tmp_path):
    jm = small_map()
    jm.touchpoints[0].title = '=HYPERLINK("http://evil","x")'
    jm.touchpoints[1].title = "@SUM(A1)"
    path = tmp_path / "safe.csv"
    export_csv(jm, path)
    titles = {r["title"] for r in _read_csv(path) if r["type"] == "touchpoint"}
    assert '\'=HYPERLINK("http://evil","x")' in titles and "'@SUM(A1)" in titles
    assert safe_cell("-2") == "-2" and safe_cell("-x") == "'-x" and safe_cell(None) == ""


def test_png_at_the_chosen_dpi_and_svg_with_the_map_text(qapp, tmp_path):
    jm = load_map(SAMPLES / "coffee-shop.journey.json")
    scene = map_scene(jm)
    png = tmp_path / "map.png"
    w72, h72 = render_png(scene, png, 72)
    w144, _ = render_png(scene, tmp_path / "map2.png", 144)
    assert abs(w144 - 2 * w72) <= 1
    image = QImage(str(png))
    assert (image.width(), image.height()) == (w72, h72)
    colours = {image.pixelColor(x, y).rgb() for x in range(0, w72, 17) for y in range(0, h72, 17)}
    assert len(colours) > 20  # a drawn map, not a blank page
    svg = tmp_path / "map.svg"
    render_svg(scene, svg, jm.title)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert jm.title.split()[0] in text  # the title element carries the map's title
    assert not list(tmp_path.glob("*.part"))
    dispose(scene)


def test_svg_draws_the_cards_as_vectors_not_bitmaps(qapp, tmp_path):
    """On screen the cards are cached as pixmaps; an export must not take the cache, or
    the SVG holds 72 dpi pictures of them (blurred when zoomed, their text lost)."""
    jm = load_map(SAMPLES / "coffee-shop.journey.json")
    assert jm.persona.photo is None  # the one picture an SVG of a map may hold
    scene = map_scene(jm)
    try:
        svg = tmp_path / "map.svg"
        render_svg(scene, svg, jm.title)
    finally:
        dispose(scene)
    text = svg.read_text(encoding="utf-8")
    assert "<image" not in text
    assert text.count("<path") > 2 * len(jm.touchpoints)


def test_cli_png_and_csv(tmp_path):
    out = tmp_path / "cli.png"
    table = tmp_path / "cli.csv"
    command = [sys.executable, "-m", "cjdesigner", "export"]
    command += [str(SAMPLES / "concesionario.journey.json"), "--png", str(out)]
    command += ["--dpi", "50", "--csv", str(table), "--bom"]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() > 100 and table.read_bytes().startswith(b"\xef\xbb\xbf")


def test_findings_csv_has_one_row_per_stage_with_what_the_map_learned(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    path = tmp_path / "findings.csv"
    assert export_findings_csv(jm, path) == len(jm.stages)
    records = _read_csv(path)
    assert [r["stage"] for r in records] == [s.name for s in jm.stages]
    assert list(records[0]) == FINDING_COLUMNS
    assert sum(int(r["pains"]) for r in records) == len(jm.pains)
    assert sum(int(r["touchpoints"]) for r in records) == len(jm.touchpoints)
    flight = next(r for r in records if r["stage"] == "Vuelo")
    scores = next(s for s in jm.stages if s.name == "Vuelo").survey_scores
    scores += [x for t in jm.touchpoints if t.stage_id == jm.stages[4].id for x in t.survey_scores]
    assert int(flight["nps_responses"]) == len(scores)
    assert float(flight["nps"]) == pytest.approx(nps(scores), abs=0.05)
    assert all(r["change_vs_current"] == "" for r in records)  # not a future state
    future = future_state_from(jm)
    raised = min(future.touchpoints, key=lambda t: t.emotion)
    raised.emotion = 5.0
    export_findings_csv(future, path)
    name = next(s.name for s in future.stages if s.id == raised.stage_id)
    changes = {r["stage"]: float(r["change_vs_current"] or 0) for r in _read_csv(path)}
    assert changes[name] > 0 and all(v == 0 for k, v in changes.items() if k != name)

"""The headless command line: validate, schema, convert; bad input exits 2 with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cjdesigner.model import load_map, save_map
from tests.factories import small_map

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cjdesigner ARGS`` without a display, as a user would."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must not need Qt at all
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "cjdesigner", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_validate_reports_ok_with_counts_and_problems_with_place(tmp_path):
    good = tmp_path / "good.journey.json"
    save_map(small_map(), good)
    bad = tmp_path / "bad.journey.json"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["touchpoints"][3]["emotion"] = 9
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("validate", str(good), str(bad))
    assert result.returncode == 2
    assert result.stdout.strip() == (
        f"{good}: ok (3 stages, 4 touchpoints, 1 pain, 1 opportunity, 1 lane)"
    )
    assert result.stderr.strip() == (
        f"{bad}: touchpoints[3].emotion: must be between -5 and +5 (got 9)"
    )
    assert "Traceback" not in result.stderr


def test_validate_all_good_exits_zero(tmp_path):
    good = tmp_path / "good.journey.json"
    save_map(small_map(), good)
    result = run_cli("validate", str(good))
    assert result.returncode == 0, result.stderr


def test_schema_prints_the_json_schema():
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "JourneyMap"
    assert {"stages", "touchpoints", "pains", "opportunities", "lanes"} <= set(schema["properties"])


def test_convert_writes_the_target_and_refuses_bad_input_without_writing(tmp_path):
    source = tmp_path / "in.journey.json"
    jm = small_map()
    save_map(jm, source)
    target = tmp_path / "out.journey.json"
    result = run_cli("convert", str(source), str(target))
    assert result.returncode == 0, result.stderr
    assert load_map(target) == jm
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{", encoding="utf-8")
    missing = tmp_path / "never.journey.json"
    result = run_cli("convert", str(broken), str(missing))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(broken) in result.stderr
    assert not missing.exists()


def test_unknown_extension_is_a_clear_error(tmp_path):
    odd = tmp_path / "map.txt"
    odd.write_text("hello", encoding="utf-8")
    result = run_cli("validate", str(odd))
    assert result.returncode == 2
    assert "unknown extension" in result.stderr


def test_cli_does_not_import_qt_or_reportlab(tmp_path):
    good = tmp_path / "good.journey.json"
    save_map(small_map(), good)
    code = (
        "import sys; from cjdesigner import cli; cli.run(['validate', sys.argv[1]]);"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))];"
        "print('modules:' + ','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(good)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "modules:"


def test_committed_schema_matches_the_model():
    """resources/schema/journey.schema.json is what `cjdesigner schema` prints (regenerate it)."""
    committed = (ROOT / "resources" / "schema" / "journey.schema.json").read_text(encoding="utf-8")
    assert committed == run_cli("schema").stdout, (
        "the model changed: regenerate with "
        "`python -m cjdesigner schema > resources/schema/journey.schema.json`"
    )

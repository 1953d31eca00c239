"""Saves never leave a partial file, even when the saving process is killed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ITERATIONS = int(os.environ.get("CJD_KILL_ITERATIONS", "200"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_killing_a_save_at_random_moments_never_breaks_the_file(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tests.reliability.kill_save", str(ITERATIONS), str(tmp_path), "7"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.splitlines()[0]
    assert summary.startswith(f"killed {ITERATIONS} saves: {ITERATIONS} intact")
    # Both versions were seen: the kills really landed while saves were happening.
    a = int(summary.split("(A ")[1].split(",")[0])
    assert 0 < a < ITERATIONS, summary
    # Kills really left temporaries beside the file, and the next save removed them all.
    seen = int(summary.split("temporaries seen after kills ")[1].split(",")[0])
    assert seen > 0, summary
    assert summary.endswith("after the next save 0"), summary

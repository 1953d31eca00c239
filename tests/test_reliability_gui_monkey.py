"""Random use of the real window never raises: seeded runs of tests/reliability/gui_monkey.

Each run is a fresh app in a subprocess (offscreen, its own settings and data folders)
on a copy of a sample map. ``make soak`` runs more seeds for longer.
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import SAMPLES
from tests.helpers import run_module

SEEDS = int(os.environ.get("CJD_MONKEY_SEEDS", "4"))  # one per sample
STEPS = int(os.environ.get("CJD_MONKEY_STEPS", "300"))
MAPS = ["aerolinea", "coffee-shop-future", "subscription-saas", "concesionario"]


@pytest.mark.parametrize("seed", range(SEEDS))
def test_random_use_of_the_window_never_raises(seed, tmp_path):
    sample = SAMPLES / f"{MAPS[seed % len(MAPS)]}.journey.json"
    result = run_module(
        "tests.reliability.gui_monkey", str(sample), str(2026 + seed), str(STEPS), home=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert f"{STEPS} steps, no error" in result.stdout

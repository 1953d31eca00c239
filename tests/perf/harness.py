"""Benchmark helpers: timing with medians, rows of the results table.

Every figure is a ratio to a floor measured in the same run on the same machine, so
the table means the same thing on a fast laptop and a slow CI box.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Row:
    """One line of the results table."""

    section: str
    what: str
    size: str
    value_s: float  # median seconds (or the unit in ``unit``)
    floor_s: float | None  # median of the floor, same unit
    goal: float | None  # the ratio to stay under (None: informative)
    unit: str = "s"
    note: str = ""
    limit: float | None = None  # an absolute goal: value − floor (or value) stays ≤ this
    cap: float | None = None  # a second, absolute goal: the value itself stays ≤ this

    @property
    def ratio(self) -> float | None:
        """value / floor, when there is a floor."""
        if self.floor_s is None or self.floor_s <= 0:
            return None
        return self.value_s / self.floor_s

    @property
    def met(self) -> bool | None:
        """Whether the goal is met (None when there is no goal)."""
        if self.cap is not None and self.value_s > self.cap:
            return False
        if self.limit is not None:
            excess = self.value_s - (self.floor_s or 0.0)
            if self.goal is not None and self.ratio is not None and self.ratio > self.goal:
                return False
            return excess <= self.limit
        if self.goal is None or self.ratio is None:
            return None
        return self.ratio <= self.goal


def median_time(
    fn: Callable[[], object], runs: int = 5, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of ``fn`` over ``runs`` runs (``setup`` runs untimed before each)."""
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def repeats(touchpoints: int, runs: int) -> int:
    """How many runs a figure gets: ``runs`` (at least 5), more where a figure takes a
    few milliseconds and one noisy run moves the median most (15 at 200 touchpoints,
    9 at 2,000)."""
    runs = max(5, runs)
    if touchpoints <= 200:
        return max(runs, 15)
    if touchpoints <= 2000:
        return max(runs, 9)
    return runs


def interleaved_medians(
    fns: list[Callable[[], object]], runs: int = 5, setup: Callable[[], object] | None = None
) -> list[float]:
    """Median wall time of each of ``fns``, timed in rounds (each fn once per round, the
    order rotated every round) so that a machine slowing down or speeding up during the
    benchmark shifts ours and its floor alike instead of skewing their ratio."""
    times: list[list[float]] = [[] for _ in fns]
    for r in range(runs):
        for k in range(len(fns)):
            index = (k + r) % len(fns)
            if setup is not None:
                setup()
            start = time.perf_counter()
            fns[index]()
            times[index].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0–100) by nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


@contextlib.contextmanager
def isolated_env(prefix: str) -> Iterator[tuple[Path, dict[str, str]]]:
    """A fresh home folder and an environment for the app in a subprocess: offscreen, this
    checkout on the path, settings and caches under that folder (never the user's). The
    folder goes when the block ends."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        home = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        env.update(
            {
                k: str(home / k.lower())
                for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
            }
        )
        yield home, env


def run_script(
    script: str,
    env: dict[str, str],
    *args: str,
    flags: tuple[str, ...] = (),
    timeout: float = 600,
) -> float:
    """Run ``script`` in a new interpreter; returns the number on its last line of output."""
    result = subprocess.run(
        [sys.executable, *flags, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])

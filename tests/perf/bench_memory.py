"""Memory: the app with the 2,000-touchpoint map open vs a bare Qt window (resident set,
same run), and the growth over 50 open/close cycles of that map in one window."""

from __future__ import annotations

import statistics
from pathlib import Path

from cjdesigner.model import save_map

from .harness import Row, isolated_env, run_script
from .mapgen import generate_map

_RSS = """
import gc, os, resource
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
def settle():
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
def rss_mb():
    settle()
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE = (
    _RSS
    + """
from PySide6.QtWidgets import QMainWindow, QGraphicsView, QGraphicsScene
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QGraphicsView(QGraphicsScene()))
window.resize(1440, 900)
window.show()
print(rss_mb())
"""
)

OPEN = (
    _RSS
    + """
import sys
from cjdesigner.app import create_main_window
window = create_main_window([sys.argv[1]])
window.show()
window.view.fit_map()
print(rss_mb())
"""
)

CYCLES = (
    _RSS
    + """
import sys
from cjdesigner.app import create_main_window
window = create_main_window()
window.show()
def cycle():  # each step returns to the event loop, as it does for a user
    assert window.open_path(sys.argv[1])
    settle()
    assert window.file_actions.close_map()
    settle()
for _ in range(5):
    cycle()
warm = rss_mb()
for _ in range(50):
    cycle()
print(rss_mb() - warm)
"""
)


def run(sizes: list[int], runs: int) -> list[Row]:
    """Rows for resident memory at each size, and the open/close growth at 2,000."""
    with isolated_env("cjd-bench-mem-") as (home, env):
        return _rows(sizes, runs, home, env)


def _rows(sizes: list[int], runs: int, home: Path, env: dict[str, str]) -> list[Row]:
    k = min(runs, 3)
    bare = statistics.median(run_script(BARE, env) for _ in range(k))
    rows = []
    for n in sizes:
        path = home / f"map-{n}.journey.json"
        save_map(generate_map(n, seed=n), path)
        ours = statistics.median(run_script(OPEN, env, str(path)) for _ in range(k))
        limit = 100.0 if n == 2000 else None
        note = "floor: bare QApplication + QMainWindow + QGraphicsView; goal: ≤ +100 MB at 2,000"
        what = "resident memory, map open"
        rows.append(Row("memory", what, f"{n} tp", ours, bare, None, "MB", note, limit))
        if n == 2000:
            growth = run_script(CYCLES, env, str(path))
            what = "growth over 50 open/close cycles"
            rows.append(Row("memory", what, f"{n} tp", growth, None, None, "MB", "", 10.0))
    return rows

"""Cold start to the first painted frame with a sample map vs a bare Qt window, same run."""

from __future__ import annotations

import statistics

from .harness import ROOT, Row, isolated_env, run_script

SAMPLE = ROOT / "samples" / "aerolinea.journey.json"

# Each script prints the seconds from interpreter start to the first paint of its window.
_PAINT_PROBE = """
import time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(time.perf_counter() - START)
        QApplication.instance().exit(0)
    def unused(self):
        return False
"""

BARE = (
    "import time\nSTART = time.perf_counter()\n"
    + _PAINT_PROBE
    + """
from PySide6.QtWidgets import QMainWindow, QGraphicsView, QGraphicsScene
app = QApplication([])
window = QMainWindow()
view = QGraphicsView(QGraphicsScene())
window.setCentralWidget(view)
probe = _FirstPaint()
view.viewport().installEventFilter(probe)
window.resize(1440, 900)
window.show()
app.exec()
"""
)

# The program's own first import is cjdesigner.app (main.py and the cjdesigner script
# both start there), so the probe comes after it, as it would in a user's start.
OURS = (
    "import time\nSTART = time.perf_counter()\n"
    + "from cjdesigner.app import create_main_window\n"
    + _PAINT_PROBE
    + f"""
window = create_main_window([{str(SAMPLE)!r}])
probe = _FirstPaint()
window.view.viewport().installEventFilter(probe)
window.show()
QApplication.instance().exec()
"""
)


def _cold(script: str, env: dict[str, str]) -> float:
    return run_script(script, env, flags=("-X", "frozen_modules=off"), timeout=120)


def run(sizes: list[int], runs: int) -> list[Row]:
    """One row: cold start to first paint, median of at least 11 alternating runs."""
    ours, bare = [], []
    with isolated_env("cjd-bench-app-") as (_home, env):
        # A user's Python caches bytecode; measure that, not recompiling every module.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _cold(BARE, env), _cold(OURS, env)  # warm-up: bytecode caches and the font cache
        for _ in range(max(runs, 11)):  # a cold start swings ±20% here: more pairs
            bare.append(_cold(BARE, env))
            ours.append(_cold(OURS, env))
    return [
        Row(
            "app",
            "cold start to first paint (aerolinea sample)",
            "17 tp",
            statistics.median(ours),
            statistics.median(bare),
            2.5,
            note="floor: QApplication + QMainWindow + QGraphicsView",
        )
    ]

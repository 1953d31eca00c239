"""A finger swiped across an empty part of the map: the presenter's "next slide".

On an interactive display in presentation mode there is no clicker at hand; swiping
left brings the next stage forward and swiping right the previous one, as pages turn.
Only a quick, mostly sideways stroke of a finger counts, begun where no card, stage or
marker is (a finger on a card drags the card).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPointF

SWIPE_MIN_PX = 80.0  # shorter strokes are taps or a trembling finger
SWIPE_MAX_MS = 800  # slower ones are a finger resting on the screen, not a flick


class Swipe:
    """Follows one finger from press to release."""

    def __init__(self) -> None:
        self._start: QPointF | None = None
        self._clock = QElapsedTimer()

    @property
    def tracking(self) -> bool:
        """A finger went down on an empty spot and has not come up."""
        return self._start is not None

    def press(self, at: QPointF) -> None:
        """A finger went down at viewport point ``at``."""
        self._start = at
        self._clock.start()

    def cancel(self) -> None:
        """Not a swipe after all (another press, a second finger)."""
        self._start = None

    def release(self, at: QPointF) -> int:
        """The finger came up at ``at``: 1 for a swipe to the left (next), -1 to the right
        (previous), 0 for anything else (a tap, a slow or a mostly vertical stroke)."""
        start, self._start = self._start, None
        if start is None or self._clock.elapsed() > SWIPE_MAX_MS:
            return 0
        dx, dy = at.x() - start.x(), at.y() - start.y()
        if abs(dx) < SWIPE_MIN_PX or abs(dx) < 2 * abs(dy):
            return 0
        return 1 if dx < 0 else -1

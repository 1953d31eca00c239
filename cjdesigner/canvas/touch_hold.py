"""A long press on a touch screen opens the canvas's context menu, as right-click does.

An interactive display in a workshop room has no right button, and the menu is the way
to Cut, Delete or Mark as Pain there. Only a finger counts: the press must come from a
touch screen (Qt's mouse events made from touches say so), because a mouse button held
still over a card is the start of a drag, not a request for a menu. (Qt's tap-and-hold
gesture fires for a held mouse button too, so it is not used.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputDevice, QMouseEvent
from PySide6.QtWidgets import QWidget

SLOP_MIN = 12.0  # px a finger may wander and still be holding still (fingers tremble)


def from_touch_screen(event: QMouseEvent) -> bool:
    """The event is a finger on a touch screen (Qt made it from a touch)."""
    device = event.pointingDevice()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen


class TouchHold(QObject):
    """Watches a viewport's presses; a finger held still long enough calls ``fire`` with
    its viewport position."""

    def __init__(self, viewport: QWidget, fire: Callable[[QPointF], None]) -> None:
        super().__init__(viewport)
        self._fire = fire
        self._start: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._held)

    def press(self, event: QMouseEvent) -> None:
        """A button went down (any device)."""
        self.cancel()
        if event.button() == Qt.MouseButton.LeftButton and from_touch_screen(event):
            self._start = event.position()
            hints = QGuiApplication.styleHints()
            self._timer.start(hints.mousePressAndHoldInterval())

    def move(self, event: QMouseEvent) -> None:
        """The finger moved: past the slop it is a drag or a pan, not a hold."""
        if self._start is None:
            return
        slop = max(float(QGuiApplication.styleHints().startDragDistance()), SLOP_MIN)
        delta = event.position() - self._start
        if abs(delta.x()) > slop or abs(delta.y()) > slop:
            self.cancel()

    def release(self) -> None:
        """The button came up before the hold was long enough: a tap."""
        self.cancel()

    def cancel(self) -> None:
        """No long press after all (a release, a second finger, a drag)."""
        self._timer.stop()
        self._start = None

    def _held(self) -> None:
        start, self._start = self._start, None
        if start is not None:
            self._fire(start)

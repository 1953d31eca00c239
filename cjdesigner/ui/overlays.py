"""Over the canvas on the projector: a short notice of the keys, and the blank screen.

The notice is like a browser's "press Esc to leave full screen": shown a few seconds at
the top of the view when presentation mode starts, so a facilitator learns the stage walk
without a menu. The blank screen is a clicker's "black screen" button (B or .). Both are
child widgets of the view (never of its viewport, which moves its children when it
scrolls), so neither is ever part of the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

SHOWN_MS = 4000
STYLE = (
    "background: rgba(31, 35, 40, 220); color: white; border-radius: 6px;"
    " padding: 8px 16px; font-size: 15px;"
)


class Notice(QLabel):
    """A one-line notice centred at the top of ``parent`` for ``SHOWN_MS``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # on a narrow window, two lines rather than a cut-off one
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self.shown_ms = SHOWN_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)

    def show_text(self, text: str) -> None:
        """Show ``text`` now, for ``shown_ms`` milliseconds."""
        self.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(self.shown_ms)

    def dismiss(self) -> None:
        """Hide at once."""
        self._timer.stop()
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.ensurePolished()  # the style sheet's font and padding, before measuring
        margins = self.contentsMargins()
        natural = (
            self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        )
        width = max(80, min(natural, parent.width() - 20))
        self.resize(width, self.heightForWidth(width))
        self.move((parent.width() - width) // 2, 16)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()  # the window went full screen after the notice appeared
        return False


class Blank(QWidget):
    """A black screen over the whole view (B or . on the projector; again, or a click,
    brings the map back)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("blank_screen")
        self.hide()
        view.installEventFilter(self)

    def toggle(self) -> None:
        """Blank the screen, or bring the map back."""
        if self.isHidden():
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
        else:
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor("black"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self.setGeometry(self.parentWidget().rect())
        return False

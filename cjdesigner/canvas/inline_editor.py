"""Edit a title or a lane cell in place, over the canvas; Enter commits, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from cjdesigner import palette

from .style import ensure_fonts


class InlineEditor(QObject):
    """One editing session: a line (titles) or a text box (notes) over the viewport.

    Signals
    -------
    committed(str)
        The user accepted the text (Enter, Ctrl+Enter for notes, or clicking away).
    cancelled()
        Esc: nothing changes.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, viewport: QWidget, rect: QRect, text: str, pixel_size: int, multiline: bool
    ) -> None:
        super().__init__(viewport)
        self._done = False
        if multiline:
            editor: QWidget = QPlainTextEdit(viewport)
            editor.setPlainText(text)
            editor.setTabChangesFocus(True)
        else:
            editor = QLineEdit(viewport)
            editor.setText(text)
            editor.selectAll()
        # the map is paper in any desktop theme: so is the box typed into on it (a dark
        # theme made it a black box on a white card)
        colours = editor.palette()
        colours.setColor(QPalette.ColorRole.Base, QColor(palette.PAPER))
        colours.setColor(QPalette.ColorRole.Text, QColor(palette.INK))
        colours.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.INK_FAINT))
        editor.setPalette(colours)
        font = editor.font()
        font.setFamily(ensure_fonts())
        font.setPixelSize(max(10, pixel_size))
        editor.setFont(font)
        height = max(rect.height(), editor.fontMetrics().height() + 10)
        editor.setGeometry(QRect(rect.x(), rect.y(), max(rect.width(), 160), height))
        editor.installEventFilter(self)
        editor.setObjectName("inline_editor")
        self.editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """What the editor holds now."""
        editor = self.editor
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def commit(self) -> None:
        """Accept the text."""
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self._close()

    def cancel(self) -> None:
        """Drop the edit."""
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self._close()

    def _close(self) -> None:
        self.editor.removeEventFilter(self)
        self.editor.hide()
        self.editor.deleteLater()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            # Esc ends the edit first: a window shortcut on Esc (leaving presentation
            # mode) took it and left the editor open on the canvas
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                multiline = isinstance(self.editor, QPlainTextEdit)
                if not multiline or key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit()
                    return True
        elif event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

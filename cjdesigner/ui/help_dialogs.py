"""Help menu: the keyboard shortcut sheet (built from the live actions) and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from cjdesigner import __version__
from cjdesigner.translate import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from .main_window import MainWindow

# Keys handled by the canvas itself rather than by a menu action.
CANVAS_KEYS = [
    (
        QT_TR_NOOP("Tab / Shift+Tab"),
        QT_TR_NOOP("Select the next or previous stage, touchpoint, pain, opportunity or lane"),
    ),
    (QT_TR_NOOP("Ctrl+Tab"), QT_TR_NOOP("Leave the canvas (to the docks)")),
    ("↑ ↓", QT_TR_NOOP("Nudge the selected touchpoints' emotion (Alt: tenths)")),
    ("← →", QT_TR_NOOP("Nudge the selected touchpoints in time")),
    ("Esc", QT_TR_NOOP("Cancel a drag, clear the selection, leave presentation mode")),
    (
        QT_TR_NOOP("Page Down / Page Up, → / ← (presentation)"),
        QT_TR_NOOP("Next or previous stage, the rest of the map faded"),
    ),
    (QT_TR_NOOP("Home (presentation)"), QT_TR_NOOP("The whole map again")),
    (
        QT_TR_NOOP("Swipe left / right (presentation, touch screen)"),
        QT_TR_NOOP("Next or previous stage"),
    ),
    (
        QT_TR_NOOP("B / . (presentation)"),
        QT_TR_NOOP("Blank the screen; again (or a click) brings the map back"),
    ),
    (
        QT_TR_NOOP("Double-click"),
        QT_TR_NOOP("Add a touchpoint in the emotion band, or edit a title or a lane's notes"),
    ),
    (
        QT_TR_NOOP("Right-click / Menu key / finger held (touch screen)"),
        QT_TR_NOOP("The Edit actions for what is under the pointer (or selected)"),
    ),
    (
        QT_TR_NOOP("Enter / Shift+Enter (find bar)"),
        QT_TR_NOOP("Next or previous match; Esc closes the bar"),
    ),
    (QT_TR_NOOP("Ctrl+wheel / pinch"), QT_TR_NOOP("Zoom")),
    (
        QT_TR_NOOP("Two-finger double tap"),
        QT_TR_NOOP("Whole map, or 100% where the fingers are"),
    ),
    (QT_TR_NOOP("Middle button / Space+drag"), QT_TR_NOOP("Pan")),
    (QT_TR_NOOP("Alt while dragging"), QT_TR_NOOP("Free emotion (no snapping to whole points)")),
]


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action with a shortcut, in menu order."""
    rows = []
    for menu in window.menus.values():
        for action in _actions(menu.actions()):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                rows.append(
                    (
                        menu.title().replace("&", ""),
                        action.text().replace("&", "").rstrip("…"),
                        shortcut,
                    )
                )
    return rows


def _actions(actions: list[QAction]) -> list[QAction]:
    out = []
    for action in actions:
        if action.menu() is not None:
            out += _actions(action.menu().actions())
        elif not action.isSeparator():
            out.append(action)
    return out


class ShortcutSheet(QDialog):
    """Every keyboard shortcut, grouped by menu, plus the canvas's own keys."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.setObjectName("shortcut_sheet")
        self.resize(680, 640)
        rows = shortcut_rows(window) + [
            (tr("Canvas"), tr(text), tr(keys)) for keys, text in CANVAS_KEYS
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        # The keys are what the sheet is for: they and the menu take what their text
        # needs, and the command wraps in the rest (the longest pushed the keys out of
        # sight, "Ctrl+Shift+" cut off behind a sideways scroll).
        header = self.table.horizontalHeader()
        mode = QHeaderView.ResizeMode
        for column, how in enumerate((mode.ResizeToContents, mode.Stretch, mode.ResizeToContents)):
            header.setSectionResizeMode(column, how)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(mode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def about_text() -> str:
    """The About box's text (our own markup, no user text)."""
    return tr(
        "<h3>CJ Designer {version}</h3>"
        "<p>Design customer journey maps: stages, touchpoints, the emotion curve, "
        "pains and opportunities. Save maps as JSON and print PDF posters.</p>"
        "<p>Licence: GNU General Public License v3 or later.<br>"
        "Open Sans font: Apache License 2.0.</p>"
    ).format(version=__version__)


def install_help(window: MainWindow) -> None:
    """Fill the Help menu."""
    menu = window.menus["help"]
    sheet = QAction(tr("&Keyboard Shortcuts"), window)
    sheet.setObjectName("action_shortcuts")
    sheet.setShortcut(QKeySequence("Ctrl+/"))
    sheet.triggered.connect(lambda: ShortcutSheet(window).exec())
    menu.addAction(sheet)
    about = QAction(tr("&About CJ Designer"), window)
    about.setObjectName("action_about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(
        lambda: QMessageBox.about(window, tr("About CJ Designer"), about_text())
    )
    menu.addAction(about)

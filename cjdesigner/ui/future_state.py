"""Current vs future state in the window: File ▸ Duplicate as Future State, and the
View toggle for the dashed current-state curve behind a future-state map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cjdesigner.document import Document
from cjdesigner.model.future import future_state_from
from cjdesigner.translate import tr

if TYPE_CHECKING:
    from .main_window import MainWindow


class FutureState(QObject):
    """The two actions, kept in step with the open document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.duplicate_action = QAction(tr("Duplicate as &Future State"), window)
        self.duplicate_action.setObjectName("action_future_state")
        self.duplicate_action.setStatusTip(
            tr("Start the to-be map from this one: same persona, stages and touchpoints")
        )
        self.duplicate_action.triggered.connect(lambda _checked=False: self.duplicate())
        window.menus["file"].insertAction(window.exports.menu.menuAction(), self.duplicate_action)
        self.overlay_action = QAction(tr("Show &Current-State Curve"), window)
        self.overlay_action.setObjectName("action_show_baseline")
        self.overlay_action.setCheckable(True)
        self.overlay_action.setChecked(True)
        self.overlay_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.overlay_action.toggled.connect(window.scene.set_show_baseline)
        window.menus["view"].addAction(self.overlay_action)
        window.document_changed.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        has_baseline = self.window.document.journey_map.baseline is not None
        self.overlay_action.setEnabled(has_baseline)

    def duplicate(self) -> bool:
        """Replace the open map by a new, untitled future-state copy (after asking to save)."""
        window = self.window
        if not window.file_actions.maybe_save():
            return False
        current = window.document.journey_map
        document = Document(future_state_from(current))
        window.set_document(document)
        document.mark_dirty()  # untitled and unsaved: closing it asks first
        window.statusBar().showMessage(
            tr("Future state made from “{title}”: save it under its own name.").format(
                title=current.title
            ),
            10000,
        )
        return True


def install_future_state(window: MainWindow) -> FutureState:
    """Add the future-state actions to a window."""
    return FutureState(window)

"""After a crash: offer each recovery draft (title, time, original file) to recover or discard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.translate import tr


class RecoveryDialog(QDialog):
    """A checklist of drafts: checked ones are recovered, the others discarded."""

    def __init__(self, parent: QWidget | None, drafts: list) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Recover unsaved maps"))
        self.setObjectName("recovery_dialog")
        self.setMinimumWidth(640)
        intro = QLabel(tr("CJ Designer closed unexpectedly. These maps had unsaved changes:"))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Map"), tr("Last change"), tr("File")])
        self.tree.setRootIsDecorated(False)
        for draft in drafts:
            item = QTreeWidgetItem(
                [draft.title, draft.saved_at_text(), draft.original_path or tr("(never saved)")]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, draft.draft_id)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox()
        recover = buttons.addButton(tr("Recover checked"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(tr("Discard all"), QDialogButtonBox.ButtonRole.DestructiveRole)
        recover.clicked.connect(self.accept)
        discard.clicked.connect(self._discard_all)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def _discard_all(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
        self.accept()

    def answers(self) -> dict[str, str]:
        """draft id → "recover" or "discard"."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            checked = item.checkState(0) == Qt.CheckState.Checked
            out[item.data(0, Qt.ItemDataRole.UserRole)] = "recover" if checked else "discard"
        return out

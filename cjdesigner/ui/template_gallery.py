"""File ▸ New: pick a starting map — blank or a stage set — and the map's language."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.model.templates import TEMPLATES
from cjdesigner.translate import tr


class TemplateGallery(QDialog):
    """A list of templates with their stages and a description, in the chosen language."""

    def __init__(self, parent: QWidget | None, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New map"))
        self.setObjectName("template_gallery")
        self.setMinimumSize(QSize(620, 420))
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setSpacing(4)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumWidth(240)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.english = QRadioButton("English")
        self.spanish = QRadioButton("Español")
        self.english.setObjectName("template_english")
        self.spanish.setObjectName("template_spanish")
        group = QButtonGroup(self)
        group.addButton(self.english)
        group.addButton(self.spanish)
        (self.spanish if language == "es" else self.english).setChecked(True)
        group.buttonToggled.connect(lambda *_: self._fill())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._describe())
        languages = QHBoxLayout()
        languages.addWidget(QLabel(tr("Map language:")))
        languages.addWidget(self.english)
        languages.addWidget(self.spanish)
        languages.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addWidget(self.detail, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(languages)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self._fill()

    def language(self) -> str:
        """The language of the new map's stage names and lanes."""
        return "es" if self.spanish.isChecked() else "en"

    def _fill(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        lang = self.language()
        for template in TEMPLATES:
            item = QListWidgetItem(template.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.list.addItem(item)
        self.list.setCurrentRow(row)
        self._describe()

    def _describe(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        lang = self.language()
        template = next(t for t in TEMPLATES if t.key == item.data(Qt.ItemDataRole.UserRole))
        stages = " · ".join(template.stages[lang])
        label = tr("Stages")
        self.detail.setText(f"{template.description(lang)}\n\n{label}: {stages}")

    def choice(self) -> tuple[str, str]:
        """(template key, map language) of the selection."""
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else "blank"
        return key, self.language()

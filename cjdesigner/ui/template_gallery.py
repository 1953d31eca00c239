"""File ▸ New: pick a starting map — blank or a stage set — and the map's language.

Beside the list, the chosen template as it will look (drawn by the canvas itself) and
what it is for.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
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

from cjdesigner.model.templates import DEFAULT_LANES, TEMPLATES, new_map_from_template
from cjdesigner.translate import tr

PREVIEW_WIDTH = 300  # pixels


class TemplateGallery(QDialog):
    """A list of templates with their stages and a description, in the chosen language."""

    def __init__(self, parent: QWidget | None, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New map"))
        self.setObjectName("template_gallery")
        self.setMinimumSize(QSize(680, 460))
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setSpacing(4)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setMinimumWidth(240)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview = QLabel()
        self.preview.setObjectName("template_preview")
        self.preview.setFixedSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 0.72))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._previews: dict[tuple[str, str], QPixmap] = {}
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
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.detail, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(side, 3)
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
        lanes = " · ".join(title for title, _kind in DEFAULT_LANES[lang])
        self.detail.setText(
            f"{template.description(lang)}\n\n{tr('Stages')}: {stages}\n{tr('Lanes')}: {lanes}"
        )
        self.preview.setPixmap(self._preview(template.key, lang))

    def _preview(self, key: str, lang: str) -> QPixmap:
        """The template's map as the canvas draws it, small (made once per language)."""
        if (key, lang) not in self._previews:
            from cjdesigner.export import image

            scene = image.map_scene(new_map_from_template(key, lang))
            try:
                width = scene.layout.width if scene.layout is not None else 1.0
                picture = image.render_image(scene, 72 * PREVIEW_WIDTH / width)
            finally:
                image.dispose(scene)
            self._previews[(key, lang)] = QPixmap.fromImage(picture)
        return self._previews[(key, lang)]

    def choice(self) -> tuple[str, str]:
        """(template key, map language) of the selection."""
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else "blank"
        return key, self.language()

"""The persona dock: who the map is about, beside the map. Every edit is a command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.commands import SetFieldsCommand
from cjdesigner.model.photo import MAX_PHOTO_BYTES, MAX_PHOTO_SIDE
from cjdesigner.translate import tr

from . import dialogs
from .docks import add_right_dock
from .file_errors import reason_text
from .forms import Field, Form, plain_error

if TYPE_CHECKING:
    from cjdesigner.document import Document

    from .main_window import MainWindow

PHOTO_SIDE = 512  # photos are scaled down and stored as PNG of at most this size


def load_photo(path: str) -> bytes:
    """Read an image file safely and return PNG bytes for the model.

    Refuses huge claimed sizes before decoding (allocation limit), and scales the photo
    down so maps stay small. Raises ValueError with a plain reason.
    """
    reader = QImageReader(path)
    reader.setAllocationLimit(64)  # MB: a 100k × 100k bomb is refused, not decoded
    size = reader.size()
    if size.isValid() and (size.width() > MAX_PHOTO_SIDE * 4 or size.height() > MAX_PHOTO_SIDE * 4):
        raise ValueError(
            tr("The image is too large ({w} × {h} pixels).").format(w=size.width(), h=size.height())
        )
    image = reader.read()
    if image.isNull():
        raise ValueError(
            tr("The file is not an image CJ Designer can read: {reason}").format(
                reason=reader.errorString()
            )
        )
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(
            PHOTO_SIDE,
            PHOTO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG")
    out = bytes(data)
    if len(out) > MAX_PHOTO_BYTES:
        raise ValueError(tr("The photo is still too large after scaling."))
    return out


class PersonaPanel(QDockWidget):
    """Edits the persona: name, role, quote, bio, lists and photo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Persona"), window)
        self.setObjectName("dock_persona")
        self.window_ = window
        self.form = Form([
            Field("name", tr("Name")),
            Field("role", tr("Role")),
            Field("quote", tr("Quote"), "text", {"height": 70}),
            Field("bio", tr("Bio"), "text", {"height": 80}),
            Field("goals", tr("Goals"), "list"),
            Field("needs", tr("Needs"), "list"),
            Field("motivations", tr("Motivations"), "list"),
            Field("frustrations", tr("Frustrations"), "list"),
            Field("likes", tr("Likes"), "list"),
            Field("dislikes", tr("Dislikes"), "list"),
            Field("channels", tr("Preferred channels"), "list"),
        ])  # fmt: skip
        self.photo = QLabel()
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #D0D7DE; border-radius: 48px;")
        choose = QPushButton(tr("Choose photo…"))
        choose.setObjectName("button_choose_photo")
        remove = QPushButton(tr("Remove photo"))
        remove.setObjectName("button_remove_photo")
        self.remove_button = remove  # greyed out while there is no photo to remove
        choose.clicked.connect(self.choose_photo)
        remove.clicked.connect(lambda: self.set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        photo_row.addLayout(buttons)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(photo_row)
        layout.addWidget(self.form)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._document: Document | None = None
        window.document_changed.connect(self._attach)
        window.scene.persona_requested.connect(self.reveal)
        self._attach(window.document)

    def _attach(self, document: Document) -> None:
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._reload)
        self._document = document
        document.undo_stack.indexChanged.connect(self._reload)
        self.form.bind(document, document.journey_map.persona.id)
        self._show_photo()

    def _reload(self, _index: int = 0) -> None:
        self.form.load()
        self._show_photo()

    def _show_photo(self) -> None:
        data = self._document.journey_map.persona.photo if self._document else None
        self.remove_button.setEnabled(bool(data))
        if data:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.photo.setPixmap(
                pixmap.scaled(
                    96,
                    96,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(tr("No photo"))

    def reveal(self) -> None:
        """Show the dock and put the cursor in the name field."""
        self.show()
        self.raise_()
        self.form.bindings["name"].widget.setFocus()

    def choose_photo(self) -> None:
        """Ask for an image file and use it as the persona's photo."""
        path = dialogs.get_open_image_path(self)
        if not path:
            return
        try:
            data = load_photo(path)
        except ValueError as exc:
            dialogs.show_error(
                self, tr("Cannot use this photo"), f"{path}: {reason_text(str(exc))}"
            )
            return
        self.set_photo(data)

    def set_photo(self, data: bytes | None) -> None:
        """Set (or with None remove) the photo as one undo step."""
        document = self._document
        persona = document.journey_map.persona
        if persona.photo == data:
            return
        text = tr("Change persona photo") if data else tr("Remove persona photo")
        try:
            document.undo_stack.push(SetFieldsCommand(document, persona.id, {"photo": data}, text))
        except ValueError as exc:
            dialogs.show_error(self, tr("Cannot use this photo"), plain_error(exc))


def install_persona_panel(window: MainWindow) -> PersonaPanel:
    """Add the persona dock (tabbed with the inspector) and its View menu toggle."""
    dock = PersonaPanel(window)
    add_right_dock(window, dock)
    return dock

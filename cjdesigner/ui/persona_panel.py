"""The persona dock: who the map is about, beside the map. Every edit is a command."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.commands import SetFieldsCommand
from cjdesigner.interop.formats import read_map
from cjdesigner.model import MapFileError
from cjdesigner.translate import tr, ui_language

from . import dialogs
from .docks import add_right_dock
from .file_errors import file_error_text, reason_text
from .forms import Field, Form, plain_error
from .persona_photo import PhotoWell, image_source, load_photo, photo_from_image

if TYPE_CHECKING:
    from cjdesigner.document import Document

    from .main_window import MainWindow


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
        self.photo = PhotoWell()
        self.photo.offered.connect(self.use_photo)
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #D0D7DE; border-radius: 48px;")
        choose = QPushButton(tr("Choose photo…"))
        choose.setObjectName("button_choose_photo")
        paste = QPushButton(tr("Paste photo"))
        paste.setObjectName("button_paste_photo")
        paste.setToolTip(tr("Use the picture on the clipboard (copied from a browser or a slide)"))
        remove = QPushButton(tr("Remove photo"))
        remove.setObjectName("button_remove_photo")
        self.remove_button = remove  # greyed out while there is no photo to remove
        choose.clicked.connect(self.choose_photo)
        paste.clicked.connect(self.paste_photo)
        remove.clicked.connect(lambda: self.set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(paste)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        photo_row.addLayout(buttons)
        reuse = QPushButton(tr("Use the Persona of Another Map…"))
        reuse.setObjectName("button_import_persona")
        reuse.setToolTip(
            tr("The same customer in another journey: take their name, lists and photo")
        )
        reuse.clicked.connect(self.import_persona)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(reuse, 0, Qt.AlignmentFlag.AlignLeft)  # on top: the dock is long
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
        if path:
            self.use_photo(path)

    def paste_photo(self) -> None:
        """Use the picture on the clipboard (copied from a browser, a slide, a file
        manager) as the persona's photo."""
        # read only when asked: on X11 asking the clipboard waits on the program that
        # owns it, which must not slow the start or hang the dock
        source = image_source(QGuiApplication.clipboard().mimeData())
        if source is None:
            QApplication.beep()
            self.window_.statusBar().showMessage(tr("The clipboard holds no picture"), 6000)
            return
        self.use_photo(source)

    def use_photo(self, source: str | QImage) -> None:
        """Make an image file (its path) or an image the photo, as one undo step; a file
        or picture that cannot be used is named in a message and changes nothing."""
        try:
            data = load_photo(source) if isinstance(source, str) else photo_from_image(source)
        except ValueError as exc:
            where = f"{source}: " if isinstance(source, str) else ""
            dialogs.show_error(self, tr("Cannot use this photo"), where + reason_text(str(exc)))
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

    def import_persona(self) -> None:
        """Make the persona of another map (its file chosen by the user) this map's, all
        fields and photo, as one undo step: a consultant's same customer in another
        journey. A file that cannot be read is named in a message and changes nothing."""
        path = dialogs.get_persona_source(self)
        if not path:
            return
        try:
            source = read_map(path, ui_language()).journey_map.persona
        except MapFileError as exc:
            dialogs.show_error(self, tr("Cannot use this persona"), file_error_text(exc))
            return
        values = source.model_dump(exclude={"id"})
        if not any(values.values()):
            dialogs.show_info(
                self,
                tr("No persona there"),
                tr("{file} has no persona: nothing was changed.").format(file=Path(path).name),
            )
            return
        document = self._document
        persona = document.journey_map.persona
        changes = {k: v for k, v in values.items() if getattr(persona, k) != v}
        if not changes:
            return  # the same persona already
        name = source.name or Path(path).name
        text = tr("Use persona “{name}”").format(name=name)
        try:
            document.undo_stack.push(SetFieldsCommand(document, persona.id, changes, text))
        except ValueError as exc:
            dialogs.show_error(self, tr("Cannot use this persona"), plain_error(exc))


def install_persona_panel(window: MainWindow) -> PersonaPanel:
    """Add the persona dock (tabbed with the inspector) and its View menu toggle."""
    dock = PersonaPanel(window)
    add_right_dock(window, dock)
    return dock

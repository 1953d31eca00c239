"""The persona's photo: read safely from a file, a drop or the clipboard, kept small.

A photo comes as a file (Choose photo…, or a file dropped from the file manager) or as
an image (dragged from a browser, or copied and pasted). Either way it is refused when
it claims to be enormous, scaled down to at most ``PHOTO_SIDE`` pixels and stored as a
PNG, so maps stay small.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader
from PySide6.QtWidgets import QLabel, QWidget

from cjdesigner.model.photo import MAX_PHOTO_BYTES, MAX_PHOTO_SIDE
from cjdesigner.translate import tr

PHOTO_SIDE = 512  # photos are scaled down and stored as PNG of at most this size
LARGEST = MAX_PHOTO_SIDE * 4  # pixels on a side: anything larger is refused unread


def load_photo(path: str) -> bytes:
    """Read an image file safely and return PNG bytes for the model.

    Refuses huge claimed sizes before decoding (allocation limit), and scales the photo
    down so maps stay small. Raises ValueError with a plain reason.
    """
    reader = QImageReader(path)
    reader.setAllocationLimit(64)  # MB: a 100k × 100k bomb is refused, not decoded
    size = reader.size()
    if size.isValid():
        _check_size(size.width(), size.height())
    image = reader.read()
    if image.isNull():
        raise ValueError(
            tr("The file is not an image CJ Designer can read: {reason}").format(
                reason=reader.errorString()
            )
        )
    return photo_from_image(image)


def photo_from_image(image: QImage) -> bytes:
    """PNG bytes for the model from an image already in memory (a drop, the clipboard):
    scaled down to ``PHOTO_SIDE``. Raises ValueError with a plain reason."""
    if image.isNull():
        raise ValueError(tr("The clipboard or the drop held no image."))
    _check_size(image.width(), image.height())
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


def _check_size(width: int, height: int) -> None:
    if width > LARGEST or height > LARGEST:
        raise ValueError(tr("The image is too large ({w} × {h} pixels).").format(w=width, h=height))


def image_source(mime: QMimeData | None) -> str | QImage | None:
    """What a drop or the clipboard offers as a photo: the path of a local image file
    (read safely by ``load_photo``), else an image, else None."""
    if mime is None:
        return None
    readable = {bytes(f).decode().lower() for f in QImageReader.supportedImageFormats()}
    for url in mime.urls() if mime.hasUrls() else []:
        path = url.toLocalFile()
        if path and Path(path).suffix.lower().lstrip(".") in readable:
            return path
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return image
    return None


class PhotoWell(QLabel):
    """The round photo on the persona dock; an image file or picture dropped on it
    becomes the photo (``offered`` carries a path or a QImage)."""

    offered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_photo")
        self.setAcceptDrops(True)
        self.setToolTip(tr("Drop an image here, paste one or choose a file"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if image_source(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        source = image_source(event.mimeData())
        if source is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.offered.emit(source)

"""PNG and SVG of the canvas, rendered offscreen from the scene (the one Qt exporter)."""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsScene

from cjdesigner.model import MapFileError

MAX_PIXELS = 400_000_000  # about 20,000 × 20,000: beyond this, say so instead of exhausting memory


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["cjdesigner"])
    return app  # type: ignore[return-value]


def map_rect(scene: QGraphicsScene) -> QRectF:
    """The part of a scene that is the map (its layout's page; else all its items)."""
    layout = getattr(scene, "layout", None)
    if layout is not None:
        return QRectF(0, 0, layout.width, layout.height)
    return scene.itemsBoundingRect()


def render_image(scene: QGraphicsScene, dpi: float) -> QImage:
    """The whole map as an image at ``dpi`` (scene units are points), on white.

    Raises ValueError when the image would be too large to make."""
    source = map_rect(scene)
    scale = dpi / 72.0
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    if width * height > MAX_PIXELS:
        raise ValueError(f"a {width} × {height} pixel image is too large; choose a lower DPI")
    image = render_rect(scene, source, width, height)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def render_rect(scene: QGraphicsScene, source: QRectF, width: int, height: int) -> QImage:
    """``source`` (scene points) drawn into a ``width`` × ``height`` image on white,
    antialiased (the aspect is the caller's to keep)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    return image


def dpi_within(scene: QGraphicsScene, dpi: float, max_pixels: int) -> float:
    """``dpi``, or less if the map at ``dpi`` would take more than ``max_pixels``."""
    source = map_rect(scene)
    area = max(source.width() * source.height(), 1.0) / 72.0**2  # square inches
    return min(dpi, 0.999 * (max_pixels / area) ** 0.5)  # room for rounding up to whole pixels


def render_png(
    scene: QGraphicsScene, path: str | os.PathLike[str], dpi: float = 150
) -> tuple[int, int]:
    """Render the whole map to a PNG at ``dpi`` (scene units are points); returns its size."""
    try:
        image = render_image(scene, dpi)
    except ValueError as exc:
        raise MapFileError(path, str(exc)) from None
    tmp = Path(f"{os.fspath(path)}.part")
    if not image.save(str(tmp), "PNG"):
        raise MapFileError(path, "could not be written as PNG")
    os.replace(tmp, path)
    return image.width(), image.height()


def render_svg(scene: QGraphicsScene, path: str | os.PathLike[str], title: str = "") -> None:
    """Render the whole map to an SVG (vector; 1 scene unit = 1 pt)."""
    source = map_rect(scene)
    tmp = f"{os.fspath(path)}.part"
    generator = QSvgGenerator()
    generator.setFileName(tmp)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setResolution(72)
    generator.setTitle(title)
    generator.setDescription("Customer journey map — CJ Designer")
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    os.replace(tmp, path)


def dispose(scene: QGraphicsScene) -> None:
    """Destroy an export scene now (items first), never leaving it to the collector."""
    scene.clear()
    shiboken6.delete(scene)


def map_scene(journey_map, footer_note: str = ""):
    """A scene for a map, for headless export (creates an offscreen app if needed), with
    ``footer_note`` (source file, program, date) in its footer; ``dispose`` it when done."""
    _app()
    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.document import Document

    return MapScene(Document(journey_map), on_screen=False, footer_note=footer_note)

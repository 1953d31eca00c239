"""Edit ▸ Copy Map as Image (Ctrl+Shift+C): the whole map on the clipboard as a picture,
to paste into slides or a document without exporting a file first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from cjdesigner.translate import tr

from . import dialogs

if TYPE_CHECKING:
    from .main_window import MainWindow

CLIPBOARD_DPI = 150.0  # at most: sharp on a projected slide
# Past this a map is copied at a lower resolution, not as an image some programs refuse
# to paste: an A1-wide map (every map is at least that) goes at ~144 dpi, 4,760 × 3,362.
CLIPBOARD_MAX_PIXELS = 16_000_000


def copy_map_image(window: MainWindow) -> tuple[int, int]:
    """Put the window's map on the clipboard as an image; returns its size in pixels."""
    from cjdesigner.export import image

    with dialogs.busy():
        scene = image.map_scene(window.document.journey_map.model_copy(deep=True))
        try:
            dpi = image.dpi_within(scene, CLIPBOARD_DPI, CLIPBOARD_MAX_PIXELS)
            picture = image.render_image(scene, dpi)
        finally:
            image.dispose(scene)
        QGuiApplication.clipboard().setImage(picture)
    message = tr("Map copied as an image ({width} × {height} px): paste it into slides.")
    window.statusBar().showMessage(
        message.format(width=picture.width(), height=picture.height()), 10000
    )
    return picture.width(), picture.height()


def install_copy_image(window: MainWindow) -> QAction:
    """Add Copy Map as Image to the Edit menu, after Copy."""
    action = QAction(tr("Copy Map as &Image"), window)
    action.setObjectName("action_copy_image")
    action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    action.triggered.connect(lambda: copy_map_image(window))
    window.menus["edit"].insertAction(window.editing.actions["paste"], action)
    return action

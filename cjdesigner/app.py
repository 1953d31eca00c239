"""Composition root: the QApplication, fonts, translators and the main window.

The only module outside ``ui`` that imports ``ui`` (lazily), so the CLI stays headless.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from cjdesigner import __version__

if TYPE_CHECKING:
    from cjdesigner.ui.main_window import MainWindow


def _application(argv: Sequence[str] | None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["cjdesigner", *(argv or [])])
        app.setApplicationName("CJ Designer")
        app.setOrganizationName("CJ Designer")
        app.setApplicationVersion(__version__)
        from cjdesigner.canvas.controller import release_clipboard

        app.aboutToQuit.connect(release_clipboard)
    return app  # type: ignore[return-value]


def create_main_window(argv: Sequence[str] | None = None) -> MainWindow:
    """Make (or reuse) the QApplication and return a main window, without running the loop.

    ``argv`` holds file names to open (the first one opens in the window).
    """
    _application(argv)
    from cjdesigner.ui.main_window import MainWindow

    window = MainWindow()
    files = [a for a in (argv or []) if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    return window


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    app = _application(argv)
    window = create_main_window(argv)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))

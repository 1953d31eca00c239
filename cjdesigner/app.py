"""Composition root: the QApplication, fonts, translators and the main window.

The only module outside ``ui`` that imports ``ui`` (lazily), so the CLI stays headless.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

# isort: off
# The Qt-free core first: once PySide6 is loaded, it reads the source of every module
# imported after it (looking for "from __feature__ import"), which made pydantic and
# the model ~60 ms slower to import at start-up.
import cjdesigner.layout
import cjdesigner.model  # noqa: F401

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
# isort: on

from cjdesigner import __version__

if TYPE_CHECKING:
    from cjdesigner.document import Document
    from cjdesigner.ui.main_window import MainWindow

_windows: list = []  # keeps extra windows (recovered drafts, language switches) alive
_guard = None  # the ErrorGuard of the running app (see ui/error_guard.py)


def _application(argv: Sequence[str] | None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["cjdesigner", *(argv or [])])
    if app.organizationName() != "CJ Designer":  # settings and app data live under these names
        app.setApplicationName("CJ Designer")
        app.setOrganizationName("CJ Designer")
        app.setApplicationVersion(__version__)
    if not getattr(app, "_cjd_ready", False):
        from cjdesigner.canvas.clipboard import release_clipboard
        from cjdesigner.ui.i18n import install_translators
        from cjdesigner.ui.settings import Settings

        app.aboutToQuit.connect(release_clipboard)
        install_translators(Settings().language())
        app._cjd_ready = True  # type: ignore[attr-defined]
    return app  # type: ignore[return-value]


def create_main_window(argv: Sequence[str] | None = None) -> MainWindow:
    """Make (or reuse) the QApplication and return a main window, without running the loop.

    ``argv`` holds file names to open (the first one opens in the window).
    """
    _application(argv)
    window = _new_window()
    files = [a for a in (argv or []) if not a.startswith("-")]
    if files:
        window.open_path(files[0])
    return window


def _new_window(document: Document | None = None) -> MainWindow:
    from cjdesigner.ui.main_window import MainWindow

    window = MainWindow(document)
    window.language_requested.connect(lambda code, w=window: switch_language(w, code))
    return window


def switch_language(window: MainWindow, code: str | None) -> MainWindow:
    """Use another interface language: rebuild the window around the same document."""
    from cjdesigner.ui.i18n import install_translators

    window.settings.set_language(code)
    install_translators(code)
    document = window.document
    # the rebuilt window takes this one's geometry: not the projector's full screen
    window.presentation.set_active(False)
    geometry = window.saveGeometry()
    # The blank map of a fresh start, untouched, is a placeholder: it comes back in the
    # new language ("Etapa 1", not "Stage 1"). Anything opened or edited is kept as it is.
    untouched = document.placeholder and document.undo_stack.count() == 0 and not document.is_dirty
    replacement = _new_window(None if untouched else document)
    replacement.restoreGeometry(geometry)
    window.autosaver.close(clean=False)  # the new window's autosaver takes over
    window.document_changed.disconnect()
    window.unwatch(document)  # the replacement shows it now
    window.hide()
    window.deleteLater()
    _windows[:] = [w for w in _windows if w is not window] + [replacement]
    replacement.show()
    return replacement


def recover_drafts(window: MainWindow) -> list[MainWindow]:
    """Offer the drafts of a session that ended abruptly; returns the windows used."""
    from cjdesigner.document import Document
    from cjdesigner.model import MapFileError, load_map
    from cjdesigner.translate import tr
    from cjdesigner.ui import dialogs
    from cjdesigner.ui.autosave import find_drafts
    from cjdesigner.ui.file_errors import file_error_text

    drafts = find_drafts()
    if not drafts:
        return []
    answers = dialogs.ask_recover(window, drafts)
    used = []
    for draft in drafts:
        if answers.get(draft.draft_id) != "recover":
            draft.remove()
            continue
        try:
            journey_map = load_map(draft.path)
        except MapFileError as exc:
            dialogs.show_error(window, tr("Cannot recover map"), file_error_text(exc))
            continue
        original = (
            draft.original_path
            if draft.original_path and os.path.exists(draft.original_path)
            else None
        )
        document = Document(journey_map, original)
        if original is not None and draft.original_stamp is not None:
            # the draft is based on the file as it was then: if another program changed
            # it since, Save asks before replacing that version
            document.disk_stamp = draft.original_stamp
        document.draft_id = draft.draft_id  # autosave keeps updating the same draft
        document.mark_dirty()
        target = window if not used and not window.document.is_dirty else _new_window()
        target.set_document(document)
        target.show()
        used.append(target)
    _windows.extend(w for w in used if w is not window)
    return used


def _run_test_hook(window: MainWindow) -> None:
    """Subprocess tests drive the app with a script (only when CJDESIGNER_TESTING=1)."""
    if os.environ.get("CJDESIGNER_TESTING") != "1":
        return
    from cjdesigner.ui import dialogs

    dialogs.AUTO_ANSWERS.update(json.loads(os.environ.get("CJDESIGNER_TEST_ANSWERS", "{}")))
    seconds = os.environ.get("CJDESIGNER_AUTOSAVE_SECONDS")
    if seconds:
        window.settings.set_autosave_seconds(float(seconds))
    script = os.environ.get("CJDESIGNER_TEST_SCRIPT")
    if script:
        code = compile(open(script, encoding="utf-8").read(), script, "exec")  # noqa: SIM115
        QTimer.singleShot(0, lambda: exec(code, {"window": window, "app": QApplication.instance()}))


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit status."""
    app = _application(argv)
    window = create_main_window(argv)
    _windows.append(window)
    from cjdesigner.ui.error_guard import install_error_guard

    global _guard
    _guard = install_error_guard(lambda: list(_windows))
    window.show()
    QTimer.singleShot(0, lambda: recover_drafts(window))  # before any test script runs
    _run_test_hook(window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1:]))

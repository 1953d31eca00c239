"""Test set-up shared by the whole suite.

Qt runs offscreen (without this and without a display the process aborts), and every
per-user location (settings, app data, recovery drafts) points into a temporary
folder so tests never touch the real user's files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_USER_HOME = tempfile.mkdtemp(prefix="cjdesigner-tests-")
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
):
    os.environ[_var] = os.path.join(_USER_HOME, _sub)
    os.makedirs(os.environ[_var], exist_ok=True)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def samples_dir() -> Path:
    """The folder of real sample maps."""
    return SAMPLES


@pytest.fixture
def fixtures_dir() -> Path:
    """The folder of hand-written test files."""
    return FIXTURES


@pytest.fixture
def aerolinea_window(qtbot):
    """A shown main window on the aerolínea sample at 50% zoom (most of the map in view)."""
    from cjdesigner.app import create_main_window
    from cjdesigner.document import Document
    from cjdesigner.model import load_map

    win = create_main_window()
    win.set_document(Document(load_map(SAMPLES / "aerolinea.journey.json")))
    win.resize(1500, 950)
    with qtbot.waitExposed(win):
        win.show()
    win.view.set_zoom(0.5)
    yield win
    win.document.undo_stack.clear()
    win.close()


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_exit():
    """Like the app on aboutToQuit: no Python-made clipboard data may outlive Python."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from cjdesigner.canvas.clipboard import release_clipboard

        release_clipboard()

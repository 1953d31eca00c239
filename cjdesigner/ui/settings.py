"""Per-user preferences in QSettings: recent files, language, autosave, window layout.

Tests point XDG_CONFIG_HOME (and so QSettings) at a temporary folder; nothing here
ever touches the real user's settings during a test run.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 2.0
MAX_AUTOSAVE_WAIT_SECONDS = 30.0


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    # ------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        """Most recently opened or saved maps, newest first (at most 10)."""
        value = self._s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put a file at the top of the recent list."""
        path = os.path.abspath(os.fspath(path))
        files = [p for p in self.recent_files() if p != path]
        self._s.setValue("files/recent", [path, *files][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        """Drop one file from the recent list."""
        self._s.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def clear_recent(self) -> None:
        """Forget every recent file."""
        self._s.setValue("files/recent", [])

    # ----------------------------------------------------------------- language
    def language(self) -> str | None:
        """The chosen UI language ("en", "es"), or None to follow the system."""
        value = self._s.value("ui/language", "")
        return str(value) if value in ("en", "es") else None

    def set_language(self, code: str | None) -> None:
        """Remember the UI language (None: follow the system)."""
        self._s.setValue("ui/language", code or "")

    # ----------------------------------------------------------------- autosave
    def autosave_seconds(self) -> float:
        """Idle time before a recovery draft is written."""
        try:
            value = float(self._s.value("autosave/idle_seconds", DEFAULT_AUTOSAVE_SECONDS))
        except (TypeError, ValueError):
            value = DEFAULT_AUTOSAVE_SECONDS
        return min(max(value, 0.2), MAX_AUTOSAVE_WAIT_SECONDS)

    def set_autosave_seconds(self, seconds: float) -> None:
        """Change the idle time before a draft is written."""
        self._s.setValue("autosave/idle_seconds", float(seconds))

    # ------------------------------------------------------------------- export
    def export_choice(self, key: str, default: str) -> str:
        """A remembered export choice (paper, orientation, tiling, dpi, folder, bom)."""
        value = self._s.value(f"export/{key}", default)
        return str(value) if value is not None else default

    def set_export_choice(self, key: str, value: str) -> None:
        """Remember an export choice for next time."""
        self._s.setValue(f"export/{key}", str(value))

    # ------------------------------------------------------------------- window
    def save_window(self, window: QMainWindow) -> None:
        """Remember the window's size, position and docks."""
        self._s.setValue("window/geometry", window.saveGeometry())
        self._s.setValue("window/state", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back as it was; False when there is nothing saved."""
        geometry = self._s.value("window/geometry")
        state = self._s.value("window/state")
        restored = False
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            restored = window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        return restored

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._s.sync()

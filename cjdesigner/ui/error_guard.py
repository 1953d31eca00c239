"""The last line of defence: an unexpected error never passes silently and loses no work.

Without it, an exception in a slot or a paint method only printed a traceback to a
console that a user who started the app from a menu never sees: the action silently did
nothing. The guard (installed by ``app.run_gui``, never in tests, whose own hooks fail
the test instead) does three things for every uncaught exception, on any thread:

1. writes the traceback to ``<AppDataLocation>/logs/errors.log`` (kept under
   ``MAX_LOG_BYTES``), with the version, Python, Qt and system;
2. writes a recovery draft of every open map with unsaved changes, at once;
3. tells the user, in their language, that their work is safe and where the details
   are, the traceback only under "Show Details" and as plain text.

An error that repeats (a paint method fails on every frame) is reported once and then
only counted in the log; dialogs never stack up.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, qVersion
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.translate import tr

from . import dialogs

MAX_LOG_BYTES = 512 * 1024
MAX_LOGGED_REPEATS = 3  # the same error is logged this often, then only counted

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    """Where unexpected errors are written: <AppDataLocation>/logs/errors.log."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs" / "errors.log"


def signature(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Which error this is, whatever its message: its type and the line that raised it."""
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    return f"{exc_type.__qualname__} at {where}"


class ErrorGuard(QObject):
    """Receives uncaught exceptions (``handle``) and does the three things above.

    ``windows`` returns the open main windows (their autosavers write the drafts).
    """

    _report = Signal(str, str, object)  # summary, details, drafts kept (None: not yet)

    def __init__(self, windows: Callable[[], list[Any]], log: Path | None = None) -> None:
        super().__init__()
        self.windows = windows
        self.log = log or log_path()
        self.seen: dict[str, int] = {}
        self._showing = False
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ hooks
    def install(self) -> None:
        """Become the handler of uncaught exceptions, on the GUI thread and in threads."""
        self._previous = sys.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: quit as usual
            self._previous(exc_type, exc, tb)
            return
        try:
            self.handle((exc_type, exc, tb))
        except Exception:  # the guard itself failed: at least the console gets both
            self._previous(*sys.exc_info())  # type: ignore[arg-type]
            self._previous(exc_type, exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    # ----------------------------------------------------------------- handle
    def handle(self, info: ExcInfo) -> None:
        """Log the error, keep the work, and tell the user (once per kind of error)."""
        exc_type, exc, tb = info
        key = signature(exc_type, tb)
        count = self.seen[key] = self.seen.get(key, 0) + 1
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if sys.stderr is not None:  # None when started without a console (pythonw)
            sys.stderr.write(details)  # a developer's console still shows it
        if count <= MAX_LOGGED_REPEATS:
            self.write_log(details, count)
        if count > 1:
            return
        # drafts at once on the GUI thread (the next event might crash harder); an error
        # in a worker thread has them written when the report reaches the GUI thread
        kept = self.keep_work() if threading.current_thread() is threading.main_thread() else None
        self._report.emit(f"{exc_type.__name__}: {exc}", details, kept)

    def keep_work(self) -> bool:
        """Write a recovery draft of every open map with unsaved changes and wait for it;
        True when every such map now has one on disk."""
        all_kept = True
        for window in self.windows():
            autosaver = getattr(window, "autosaver", None)
            document = getattr(autosaver, "document", None)
            if document is None or not document.is_dirty:
                continue
            try:
                autosaver.write_now()
                autosaver.flush(timeout=5.0)
                kept = autosaver.draft_path(document).exists()
            except Exception as exc:  # the model may be what broke: note it, go on
                self.write_log(f"could not write a recovery draft: {exc!r}\n")
                kept = False
            all_kept = all_kept and kept
        return all_kept

    def write_log(self, text: str, count: int = 1) -> None:
        """Append an entry (a header with the time and versions, then ``text``)."""
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        header = (
            f"=== {stamp} · CJ Designer {__version__} · Python {platform.python_version()}"
            f" · Qt {qVersion()} · {platform.platform()}"
        )
        if count == MAX_LOGGED_REPEATS:
            header += " · repeated: later occurrences are not logged"
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            old = self.log.read_bytes() if self.log.exists() else b""
            if len(old) > MAX_LOG_BYTES:  # keep the newest half
                old = old[-MAX_LOG_BYTES // 2 :]
                old = old[old.find(b"\n=== ") + 1 :] if b"\n=== " in old else b""
            self.log.write_bytes(old + f"{header}\n{text}\n".encode())
        except OSError:
            pass  # a full disk must not turn one error into two

    # ------------------------------------------------------------------- show
    def _show(self, summary: str, details: str, kept: bool | None) -> None:
        if kept is None:
            kept = self.keep_work()
        if self._showing:
            return  # one dialog at a time; the log has the rest
        self._showing = True
        try:
            message = tr(
                "Something went wrong in CJ Designer, and the last action may not have finished."
            )
            if kept:
                advice = tr(
                    "Your work is safe: every map with unsaved changes has just been "
                    "written to a recovery copy. Save your map now, and restart CJ Designer "
                    "if anything looks wrong."
                )
            else:
                advice = tr(
                    "A recovery copy could not be written. Save your map now, under a new "
                    "name if saving over it fails, and restart CJ Designer."
                )
            where = tr(
                "The details were written to {path}. Please include that file when you "
                "report the problem."
            ).format(path=self.log)
            dialogs.show_unexpected_error(
                QApplication.activeWindow(),
                tr("Unexpected error"),
                f"{message}\n\n{advice}\n\n{where}\n\n{summary}",
                details,
            )
        finally:
            self._showing = False


_installed: ErrorGuard | None = None


def install_error_guard(windows: Callable[[], list[Any]]) -> ErrorGuard:
    """Install the guard for the running app (see the module docstring)."""
    global _installed
    guard = ErrorGuard(windows)
    guard.install()
    _installed = guard
    return guard


def log_error(exc: BaseException) -> None:
    """Write an error that its own code already reported to the user (an export that
    failed unexpectedly) to the error log, with its traceback; the console gets it too."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if sys.stderr is not None:
        sys.stderr.write(details)
    if _installed is not None:
        _installed.write_log(details)

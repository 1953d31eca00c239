"""Recovery drafts: nothing is lost when the app is killed.

While a document has unsaved changes, a draft of it is written to the per-user app-data
folder (never to temp, never over the user's file) once the user pauses (debounced, ~2 s)
and at least every 30 s during continuous work. The map is serialised on the GUI thread
(about 1 ms per 1,000 touchpoints) and written by one background worker, so a drag never
waits for the disk and file operations stay in order. Drafts are removed on save, on
discard and on a clean exit; at start-up the app offers the rest, except drafts whose
content equals their saved file.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from cjdesigner.document import Document
from cjdesigner.model import map_to_bytes
from cjdesigner.model.files import atomic_write_bytes
from cjdesigner.model.processes import process_identity, session_running
from cjdesigner.translate import tr

from . import theme
from .settings import MAX_AUTOSAVE_WAIT_SECONDS, Settings

if TYPE_CHECKING:
    from .main_window import MainWindow

DRAFT_SUFFIX = ".draft.journey.json"
META_SUFFIX = ".draft.json"


def recovery_folder() -> Path:
    """Where drafts live: <AppDataLocation>/recovery."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass
class Draft:
    """One recovery draft on disk."""

    draft_id: str
    path: Path
    meta_path: Path
    title: str
    saved_at: datetime
    original_path: str | None
    pid: int
    process: str | None = None  # the session's process identity (see processes.py)
    original_stamp: tuple[int, int] | None = None  # the saved file the draft was based on

    def saved_at_text(self) -> str:
        """When the draft was written, in local time."""
        return self.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def remove(self) -> None:
        """Delete the draft and its description."""
        for path in (self.path, self.meta_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


@functools.cache
def _own_identity() -> str | None:
    return process_identity(os.getpid())


def _this_session(pid: int, identity: str | None) -> bool:
    """True for what this very session recorded (not an earlier one given the same id)."""
    return pid == os.getpid() and identity in (None, _own_identity())


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _stamp_or_none(value: object) -> tuple[int, int] | None:
    if isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value):
        return (value[0], value[1])
    return None


def find_drafts(folder: Path | None = None) -> list[Draft]:
    """Drafts left by sessions that are no longer running, oldest first.

    Drafts identical in content to their saved file are removed on the way: they would
    only cause a pointless question. So is what a killed session left half written: a
    temporary file, or a description whose first draft never reached the disk.
    """
    folder = folder or recovery_folder()
    _remove_stale_temporaries(folder)
    drafts = []
    for meta_path in sorted(folder.glob(f"*{META_SUFFIX}")):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            draft = Draft(
                draft_id=str(meta["draft_id"]),
                path=folder / f"{meta['draft_id']}{DRAFT_SUFFIX}",
                meta_path=meta_path,
                title=str(meta.get("title", "")),
                saved_at=datetime.fromisoformat(meta["saved_at"]),
                original_path=meta.get("original_path") or None,
                pid=int(meta.get("pid", 0)),
                process=_text_or_none(meta.get("process")),
                original_stamp=_stamp_or_none(meta.get("original_stamp")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # an unreadable description: leave it, never crash on start-up
        if session_running(draft.pid, draft.process):
            continue  # another running CJ Designer owns it
        if not draft.path.exists():
            if not _this_session(draft.pid, draft.process):  # killed before its first draft
                with contextlib.suppress(OSError):
                    meta_path.unlink()
            continue
        if _same_as_saved(draft):
            draft.remove()
            continue
        drafts.append(draft)
    return sorted(drafts, key=lambda d: d.saved_at)


# A draft write takes milliseconds: a temporary file this old, whose draft has no
# description naming its session, was left by a session killed in the middle of it.
STALE_TEMPORARY_SECONDS = 30.0


def _remove_stale_temporaries(folder: Path) -> None:
    """Delete what a killed session left of a draft write in progress.

    A draft (and its description) is written to ".<name>.<random>.tmp" and then renamed
    over <name>; a kill between the two leaves the temporary file behind. It is stale when
    the session that owns the draft is gone (the description names its process), or, for
    a first draft that never got a description, once it is older than any write takes.
    Temporaries of a live session, this one included, are left alone.
    """
    now = time.time()
    for temporary in folder.glob(".*.tmp"):
        draft_id = temporary.name[1:].split(".", 1)[0]
        meta_path = folder / f"{draft_id}{META_SUFFIX}"
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            pid: int | None = int(meta["pid"])
            identity = _text_or_none(meta.get("process"))
        except (OSError, ValueError, KeyError, TypeError):
            pid = None
        if pid is not None:
            stale = not _this_session(pid, identity) and not session_running(pid, identity)
        else:
            try:
                stale = now - temporary.stat().st_mtime > STALE_TEMPORARY_SECONDS
            except OSError:
                continue
        if stale:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _same_as_saved(draft: Draft) -> bool:
    if not draft.original_path:
        return False
    try:
        return Path(draft.original_path).read_bytes() == draft.path.read_bytes()
    except OSError:
        return False


class Autosaver(QObject):
    """Keeps a recovery draft of one window's document while it has unsaved changes.

    Signals
    -------
    draft_written(str)
        A draft reached the disk (its path).
    draft_failed(str)
        A draft could not be written (the problem, in plain words).
    """

    draft_written = Signal(str)
    draft_failed = Signal(str)

    def __init__(self, window: MainWindow, settings: Settings | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = settings or Settings()
        self.folder = recovery_folder()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.write_now)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cjd-autosave")
        self._pending_since: float | None = None
        self._last: Future | None = None
        self._closed = False
        self.document: Document | None = None
        window.document_changed.connect(self.attach)
        self.attach(window.document)

    # ------------------------------------------------------------- document
    def attach(self, document: Document) -> None:
        """Follow another document; the previous one was saved or discarded."""
        old = self.document
        if old is document:
            return
        if old is not None:
            try:
                old.undo_stack.indexChanged.disconnect(self._changed)
                old.dirty_changed.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
            self._remove_draft_of(old)
        self.document = document
        if getattr(document, "draft_id", None) is None:
            document.draft_id = uuid.uuid4().hex
        document.undo_stack.indexChanged.connect(self._changed)
        document.dirty_changed.connect(self._changed)
        if document.is_dirty:
            self._changed()

    def draft_path(self, document: Document | None = None) -> Path:
        """Where the draft of a document is written."""
        document = document or self.document
        return self.folder / f"{document.draft_id}{DRAFT_SUFFIX}"

    def _changed(self, *_args: object) -> None:
        document = self.document
        if self._closed or document is None or not shiboken6.isValid(document.undo_stack):
            return  # closing: the document and its stack are being torn down
        if not document.is_dirty:
            self.timer.stop()
            self._pending_since = None
            self._remove_draft_of(document)
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if now - self._pending_since >= MAX_AUTOSAVE_WAIT_SECONDS:
            self.write_now()
        else:
            self.timer.start(int(self.settings.autosave_seconds() * 1000))

    # ---------------------------------------------------------------- disk
    def write_now(self) -> None:
        """Write the draft (serialised here, written by the background worker)."""
        document = self.document
        self.timer.stop()
        self._pending_since = None
        if document is None or not document.is_dirty:
            return
        data = map_to_bytes(document.journey_map)
        meta = {
            "draft_id": document.draft_id,
            "title": document.journey_map.title,
            "saved_at": datetime.now(timezone.utc).isoformat(),
            "original_path": os.fspath(document.path) if document.path else None,
            "original_stamp": document.disk_stamp,
            "pid": os.getpid(),
            "process": _own_identity(),
        }
        path = self.draft_path(document)
        meta_path = self.folder / f"{document.draft_id}{META_SUFFIX}"
        self._submit(self._write, path, data, meta_path, meta)

    def _write(self, path: Path, data: bytes, meta_path: Path, meta: dict) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The description first: a draft that exists always has one (which names its
            # session), so a kill between the two writes never hides a draft from recovery.
            atomic_write_bytes(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            atomic_write_bytes(path, data)
        except Exception as exc:  # a full disk, a read-only profile: say so, keep editing
            with contextlib.suppress(RuntimeError):  # the window may be gone
                self.draft_failed.emit(str(exc))
            return
        with contextlib.suppress(RuntimeError):
            self.draft_written.emit(os.fspath(path))

    def _remove_draft_of(self, document: Document) -> None:
        draft_id = getattr(document, "draft_id", None)
        if draft_id is None:
            return
        paths = [
            self.folder / f"{draft_id}{DRAFT_SUFFIX}",
            self.folder / f"{draft_id}{META_SUFFIX}",
        ]

        def remove() -> None:
            for path in paths:
                with contextlib.suppress(OSError):
                    path.unlink()

        self._submit(remove)

    def _submit(self, fn, *args) -> None:
        if not self._closed:  # after close, nothing more is written or removed
            self._last = self._executor.submit(fn, *args)

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued draft write or removal has finished."""
        if self._last is not None:
            self._last.result(timeout=timeout)

    def close(self, clean: bool = True) -> None:
        """On exit: a clean exit (saved or discarded) leaves no draft behind."""
        if self._closed:
            return
        self.timer.stop()
        if clean and self.document is not None:
            self._remove_draft_of(self.document)
        self._closed = True
        self._executor.shutdown(wait=True)


def show_draft_health(window: MainWindow, autosaver: Autosaver) -> QLabel:
    """A warning in the status bar while recovery drafts cannot be written.

    Without it a full disk or a read-only profile folder made autosave fail silently,
    and the user went on trusting that a crash would lose nothing. The warning stays
    until a draft is written again or another map is opened; the problem is its tooltip.
    """
    label = QLabel(window)
    label.setObjectName("draft_warning")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(theme.warning_style(window))
    label.hide()
    window.statusBar().addPermanentWidget(label)

    def failed(problem: str) -> None:
        label.setText(tr("Recovery copies cannot be written: save your work yourself"))
        label.setToolTip(problem)
        label.show()

    autosaver.draft_failed.connect(failed)
    autosaver.draft_written.connect(lambda _path: label.hide())
    window.document_changed.connect(lambda _document: label.hide())
    return label

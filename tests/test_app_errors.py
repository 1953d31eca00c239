"""Unexpected errors: logged, the work kept in a recovery draft, the user told once."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.app import create_main_window
from cjdesigner.commands import SetFieldsCommand
from cjdesigner.model import load_map
from cjdesigner.ui import dialogs
from cjdesigner.ui.autosave import recovery_folder
from cjdesigner.ui.error_guard import MAX_LOG_BYTES, MAX_LOGGED_REPEATS, ErrorGuard
from tests.conftest import SAMPLES
from tests.helpers import app_env

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    shutil.rmtree(recovery_folder(), ignore_errors=True)
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()
    qtbot.addWidget(win)
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", path)
    win.open_path(path)
    win.settings.set_autosave_seconds(60)  # no draft unless the guard asks for one
    yield win
    shutil.rmtree(recovery_folder(), ignore_errors=True)


@pytest.fixture
def shown(monkeypatch):
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_unexpected_error",
        lambda parent, title, message, details: seen.append((message, details)),
    )
    return seen


def _raise(exc: BaseException):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def _broken_paint():  # one place that raises, like a paint method failing every frame
    return _raise(ValueError("a card could not be drawn <b>R&D</b>"))


def test_an_unexpected_error_is_logged_the_work_kept_and_the_user_told(
    window, shown, qtbot, tmp_path
):
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": "Unsaved work"}))
    draft = window.autosaver.draft_path()
    assert not draft.exists()
    log = tmp_path / "logs" / "errors.log"
    guard = ErrorGuard(lambda: [window], log)

    guard.handle(_broken_paint())
    # the draft is on disk before the report is even shown
    assert load_map(draft).title == "Unsaved work"
    qtbot.waitUntil(lambda: len(shown) == 1)
    message, details = shown[0]
    assert "Your work is safe" in message and str(log) in message
    assert "ValueError: a card could not be drawn <b>R&D</b>" in message  # plain text, as is
    assert "Traceback" in details and "Traceback" not in message
    text = log.read_text(encoding="utf-8")
    assert text.startswith("=== ") and "CJ Designer" in text and "Python" in text
    assert "ValueError: a card could not be drawn" in text and "line " in text

    for _ in range(10):  # the same error again and again: one report, a few log entries
        guard.handle(_broken_paint())
    qtbot.wait(50)
    assert len(shown) == 1
    assert log.read_text(encoding="utf-8").count("\n=== ") + 1 == MAX_LOGGED_REPEATS

    guard.handle(_raise(KeyError("another")))  # a different error is reported
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "KeyError" in shown[1][0]


def test_when_no_draft_can_be_written_the_user_is_told_so(window, shown, qtbot, monkeypatch):
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": "Unsaved"}))
    monkeypatch.setattr(window.autosaver, "_write", lambda *args: None)  # a full disk
    guard = ErrorGuard(lambda: [window], Path(os.devnull) / "no" / "errors.log")
    guard.handle(_raise(RuntimeError("broken")))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "could not be written" in shown[0][0] and "is safe" not in shown[0][0]


def test_without_a_console_the_error_is_still_logged_and_reported(
    window, shown, qtbot, tmp_path, monkeypatch
):
    """Started from a menu on Windows (pythonw) there is no sys.stderr at all."""
    monkeypatch.setattr(sys, "stderr", None)
    log = tmp_path / "errors.log"
    guard = ErrorGuard(lambda: [window], log)
    guard.handle(_raise(RuntimeError("no console")))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "RuntimeError: no console" in log.read_text(encoding="utf-8")


def test_the_log_keeps_the_newest_entries_under_its_limit(tmp_path):
    log = tmp_path / "errors.log"
    guard = ErrorGuard(lambda: [], log)
    for i in range(400):
        guard.write_log(f"error number {i}\n" + "x" * 4000 + "\n", 1)
    text = log.read_text(encoding="utf-8")
    assert len(text.encode()) <= MAX_LOG_BYTES + 5000
    assert "error number 399" in text and "error number 0\n" not in text
    assert text.startswith("=== ")  # cut at an entry, never inside one


def test_ctrl_c_in_a_terminal_still_quits(monkeypatch):
    guard = ErrorGuard(lambda: [], Path(os.devnull))
    passed = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: passed.append(info[0]))
    previous_thread_hook = __import__("threading").excepthook
    try:
        guard.install()
        sys.excepthook(*_raise(KeyboardInterrupt()))
    finally:
        sys.excepthook = guard._previous
        __import__("threading").excepthook = previous_thread_hook
    assert passed == [KeyboardInterrupt] and guard.seen == {}


def test_the_running_app_survives_an_error_and_keeps_the_edit(tmp_path):
    """The real app (python -m cjdesigner): a slot raises after an edit; the app goes on,
    the error is in the log under the app's data folder, the edit is in a draft."""
    home = tmp_path / "home"
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", path)
    report = tmp_path / "report.json"
    script = tmp_path / "break.py"
    script.write_text(
        "import json\n"
        "from PySide6.QtCore import QTimer\n"
        "from cjdesigner.commands import SetFieldsCommand\n"
        "from cjdesigner.ui import dialogs\n"
        "doc = window.document\n"
        "doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {'title': 'Kept'}))\n"
        "def broken_slot():\n"
        "    raise ZeroDivisionError('the export failed')\n"
        "def check():\n"
        "    state = {'errors': dialogs.AUTO_ANSWERS.get('errors_seen', []),\n"
        "             'draft': str(window.autosaver.draft_path()),\n"
        "             'draft_exists': window.autosaver.draft_path().exists(),\n"
        "             'title': window.document.journey_map.title}\n"
        f"    open({str(report)!r}, 'w').write(json.dumps(state))\n"
        "    window.close()\n"
        "QTimer.singleShot(50, broken_slot)\n"
        "QTimer.singleShot(800, check)\n",
        encoding="utf-8",
    )
    env = app_env(
        home,
        CJDESIGNER_TESTING="1",
        CJDESIGNER_AUTOSAVE_SECONDS="60",
        CJDESIGNER_TEST_SCRIPT=str(script),
        CJDESIGNER_TEST_ANSWERS=json.dumps({"error": True, "save_discard": "discard"}),
    )
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", str(path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(report.read_text(encoding="utf-8"))
    assert len(state["errors"]) == 1 and "ZeroDivisionError" in state["errors"][0]
    assert state["draft_exists"] and state["title"] == "Kept"
    logs = list((home / "data").rglob("errors.log"))
    assert len(logs) == 1 and "broken_slot" in logs[0].read_text(encoding="utf-8")
    assert "ZeroDivisionError" in result.stderr  # a developer's console still shows it

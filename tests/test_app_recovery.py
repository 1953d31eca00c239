"""Autosave and crash recovery: nothing is lost when the app is killed; no spurious prompts."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjdesigner.app import create_main_window, recover_drafts
from cjdesigner.commands import SetFieldsCommand
from cjdesigner.model import MapFileError, load_map, map_to_bytes
from cjdesigner.model.processes import process_identity
from cjdesigner.ui import autosave as autosave_module
from cjdesigner.ui import dialogs
from cjdesigner.ui.autosave import DRAFT_SUFFIX, META_SUFFIX, find_drafts, recovery_folder
from tests.conftest import SAMPLES
from tests.helpers import app_env

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_drafts():
    shutil.rmtree(recovery_folder(), ignore_errors=True)
    yield
    shutil.rmtree(recovery_folder(), ignore_errors=True)


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()
    qtbot.addWidget(win)
    win.settings.set_autosave_seconds(0.2)
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", path)
    win.open_path(path)
    return win


def _edit(window, title: str) -> None:
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": title}))


def test_a_draft_is_written_after_a_pause_and_removed_on_save(window, qtbot):
    _edit(window, "Draft me")
    draft = window.autosaver.draft_path()
    qtbot.waitUntil(draft.exists, timeout=5000)
    window.autosaver.flush()
    assert load_map(draft).title == "Draft me"
    assert recovery_folder() in draft.parents  # the per-user app-data folder, never temp
    assert load_map(window.document.path).title != "Draft me"  # never over the user's file
    window.save()
    window.autosaver.flush()
    assert not draft.exists()


def test_undo_back_to_saved_removes_the_draft(window, qtbot):
    _edit(window, "Temporary")
    draft = window.autosaver.draft_path()
    qtbot.waitUntil(draft.exists, timeout=5000)
    window.document.undo_stack.undo()
    window.autosaver.flush()
    assert not draft.exists()


def test_a_draft_identical_to_its_file_is_dropped_without_a_prompt(window, qtbot, monkeypatch):
    _edit(window, "Same")
    window.autosaver.write_now()
    window.autosaver.flush()
    draft = window.autosaver.draft_path()
    meta = json.loads(
        draft.with_name(draft.name.replace(".draft.journey.json", ".draft.json")).read_text()
    )
    meta["pid"] = 0  # as if its session had ended
    draft.with_name(draft.name.replace(".draft.journey.json", ".draft.json")).write_text(
        json.dumps(meta)
    )
    window.document.path.write_bytes(map_to_bytes(window.document.journey_map))  # saved elsewhere
    asked = []
    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, drafts: asked.append(drafts) or {})
    assert recover_drafts(window) == []
    assert asked == [] and not draft.exists()


def test_a_recovered_draft_still_asks_before_replacing_a_file_changed_since(
    window, qtbot, monkeypatch
):
    """Crash, then a colleague saves the same file, then the draft is recovered: Save must
    not silently replace the colleague's version (the draft remembers which file it was
    based on)."""
    _edit(window, "Mine, unsaved at the crash")
    window.autosaver.write_now()
    window.autosaver.flush()
    draft = window.autosaver.draft_path()
    meta_path = draft.with_name(draft.name.replace(".draft.journey.json", ".draft.json"))
    meta = json.loads(meta_path.read_text())
    meta["pid"] = 0  # as if its session had ended
    meta_path.write_text(json.dumps(meta))
    path = window.document.path
    theirs = load_map(path)
    theirs.title = "The colleague's version"
    path.write_bytes(map_to_bytes(theirs))
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))

    monkeypatch.setattr(
        dialogs, "ask_recover", lambda parent, drafts: {meta["draft_id"]: "recover"}
    )
    window.autosaver.close(clean=False)  # the crashed session is gone: it removes nothing
    window.document.undo_stack.setClean()  # and this window starts clean
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_overwrite_changed", lambda parent, name: asked.append(name) or "cancel"
    )
    assert recover_drafts(window) == [window]
    assert window.document.journey_map.title == "Mine, unsaved at the crash"
    assert not window.file_actions.save()
    assert asked == [path.name]
    assert load_map(path).title == "The colleague's version"


def test_when_drafts_cannot_be_written_the_status_bar_says_so(window, qtbot, monkeypatch):
    """A full disk or a read-only profile folder used to make autosave fail silently."""
    label = window.draft_warning
    assert label.isHidden()
    original = autosave_module.atomic_write_bytes

    def full_disk(path, data):
        raise MapFileError(path, "could not be saved: the disk is full")

    monkeypatch.setattr(autosave_module, "atomic_write_bytes", full_disk)
    _edit(window, "Not kept")
    window.autosaver.write_now()
    window.autosaver.flush()
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=2000)
    assert "Recovery copies cannot be written" in label.text()
    assert "the disk is full" in label.toolTip()

    monkeypatch.setattr(autosave_module, "atomic_write_bytes", original)  # space again
    _edit(window, "Kept")
    window.autosaver.write_now()
    window.autosaver.flush()
    qtbot.waitUntil(label.isHidden, timeout=2000)
    assert load_map(window.autosaver.draft_path()).title == "Kept"


def _run_app(env_extra: dict, args: list[str], home: Path) -> subprocess.Popen:
    env = app_env(home, CJDESIGNER_TESTING="1", CJDESIGNER_AUTOSAVE_SECONDS="0.2", **env_extra)
    return subprocess.Popen(
        [sys.executable, "-m", "cjdesigner", *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _drafts(home: Path) -> list[Path]:
    return sorted((home / "data").rglob("*.draft.journey.json"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_start_up_clears_what_a_killed_draft_write_left_behind(tmp_path):
    """A kill between writing a draft's temporary file and renaming it leaves the
    temporary behind; the next start removes it once its session is gone, and never
    touches a live session's write in progress."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    owners = {"dead": finished.pid, "alive": os.getppid(), "this": os.getpid()}
    folder = tmp_path / "recovery"
    folder.mkdir()
    temporaries = {}
    for draft_id, pid in owners.items():
        meta = {"draft_id": draft_id, "saved_at": "2026-11-25T10:00:00+00:00", "pid": pid}
        (folder / f"{draft_id}{META_SUFFIX}").write_text(json.dumps(meta), encoding="utf-8")
        temporaries[draft_id] = folder / f".{draft_id}{DRAFT_SUFFIX}.k3j9.tmp"
    for draft_id in ("old", "fresh"):  # a first draft, killed before its description
        temporaries[draft_id] = folder / f".{draft_id}{META_SUFFIX}.p0q1.tmp"
    for temporary in temporaries.values():
        temporary.write_bytes(b'{"title": "half a dr')
    an_hour_ago = time.time() - 3600
    os.utime(temporaries["old"], (an_hour_ago, an_hour_ago))

    assert find_drafts(folder) == []
    left = {draft_id for draft_id, temporary in temporaries.items() if temporary.exists()}
    assert left == {"alive", "this", "fresh"}
    # the dead session's description had no draft to go with it: nothing to offer, ever
    described = {path.name.split(".")[0] for path in folder.glob(f"*{META_SUFFIX}")}
    assert described == {"alive", "this"}


@pytest.mark.skipif(
    process_identity(os.getpid()) is None, reason="no process identity on this system"
)
def test_a_draft_whose_process_id_was_given_to_another_program_is_offered(window, qtbot, tmp_path):
    """After a power cut and a restart the crashed session's process id often belongs
    to another program; its drafts must still be offered, not taken for a running
    session's. A description names its session by id and by identity (its start)."""
    _edit(window, "Own draft")
    qtbot.waitUntil(window.autosaver.draft_path().exists, timeout=5000)
    window.autosaver.flush()
    own = json.loads(next(recovery_folder().glob(f"*{META_SUFFIX}")).read_text("utf-8"))
    assert own["pid"] == os.getpid()
    assert own["process"] == process_identity(os.getpid())

    folder = tmp_path / "recovery"
    folder.mkdir()
    other = os.getppid()  # a program that is running now
    sessions = {
        "reused": {"pid": other, "process": "an-earlier-boot:4242"},
        "running": {"pid": other, "process": process_identity(other)},
        "unnamed": {"pid": other},  # written before identities: the id is all there is
    }
    for draft_id, session in sessions.items():
        meta = {"draft_id": draft_id, "saved_at": "2026-11-25T10:00:00+00:00", **session}
        (folder / f"{draft_id}{META_SUFFIX}").write_text(json.dumps(meta), encoding="utf-8")
        (folder / f"{draft_id}{DRAFT_SUFFIX}").write_bytes(
            map_to_bytes(window.document.journey_map)
        )
    assert [draft.draft_id for draft in find_drafts(folder)] == ["reused"]


def test_a_draft_on_disk_always_has_its_description(window, qtbot, monkeypatch):
    """The description is written before the draft, so a kill between the two writes
    can leave a description without a draft (cleared at the next start), never a draft
    that the next start cannot offer."""
    written = []
    original = autosave_module.atomic_write_bytes

    def recording(path, data):
        written.append(Path(path).name)
        original(path, data)

    monkeypatch.setattr(autosave_module, "atomic_write_bytes", recording)
    _edit(window, "edited")
    qtbot.waitUntil(lambda: len(written) >= 2, timeout=5000)
    assert written[0].endswith(META_SUFFIX) and written[1].endswith(DRAFT_SUFFIX)


def test_killed_app_offers_the_draft_and_recovers_the_edited_map(tmp_path):
    home = tmp_path / "home"
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "aerolinea.journey.json", path)
    edited = tmp_path / "edited.journey.json"
    script = tmp_path / "edit.py"
    script.write_text(
        "from cjdesigner.commands import SetFieldsCommand\n"
        "from cjdesigner.model import save_map\n"
        "doc = window.document\n"
        "tp = doc.journey_map.touchpoints[3]\n"
        "edit = {'emotion': 5, 'title': 'Recovered edit'}\n"
        "doc.undo_stack.push(SetFieldsCommand(doc, tp.id, edit))\n"
        "title = {'title': 'After the crash'}\n"
        "doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, title))\n"
        f"save_map(doc.journey_map, {str(edited)!r})\n",
        encoding="utf-8",
    )
    first = _run_app({"CJDESIGNER_TEST_SCRIPT": str(script)}, [str(path)], home)
    try:
        _wait_for(lambda: edited.exists() and _drafts(home), 60, "the draft")
        time.sleep(0.3)  # let the worker finish the sidecar
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)  # reaps it and closes its pipes
    assert load_map(path).title != "After the crash"  # the user's file was never touched
    report = tmp_path / "report.json"
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import json\n"
        "from cjdesigner.model import map_to_bytes\n"
        "doc = window.document\n"
        "state = {'dirty': doc.is_dirty, 'path': str(doc.path),\n"
        "         'map': map_to_bytes(doc.journey_map).decode()}\n"
        f"open({str(report)!r}, 'w').write(json.dumps(state))\n"
        "window.autosaver.flush()\n"
        "app.quit()\n",
        encoding="utf-8",
    )
    second = _run_app(
        {
            "CJDESIGNER_TEST_SCRIPT": str(probe),
            "CJDESIGNER_TEST_ANSWERS": '{"recover": "recover", "save_discard": "discard"}',
        },
        [],
        home,
    )
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err.decode()
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["dirty"] is True and result["path"] == str(path)
    assert result["map"].encode() == map_to_bytes(load_map(edited))


def test_clean_exit_leaves_no_draft(tmp_path):
    home = tmp_path / "home"
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", path)
    script = tmp_path / "edit_and_quit.py"
    script.write_text(
        "from PySide6.QtCore import QTimer\n"
        "from cjdesigner.commands import SetFieldsCommand\n"
        "doc = window.document\n"
        "doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {'title': 'Discard me'}))\n"
        "window.autosaver.write_now()\n"
        "window.autosaver.flush()\n"
        "QTimer.singleShot(100, window.close)\n",
        encoding="utf-8",
    )
    app = _run_app(
        {
            "CJDESIGNER_TEST_SCRIPT": str(script),
            "CJDESIGNER_TEST_ANSWERS": '{"save_discard": "discard"}',
        },
        [str(path)],
        home,
    )
    _out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err.decode()
    assert _drafts(home) == []
    assert load_map(path).title != "Discard me"
    assert find_drafts(home / "data") == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_at_random_moments_the_next_start_always_recovers(tmp_path, qtbot, monkeypatch):
    """The app edits in bursts (five edits 10 ms apart, then a 300 ms pause, like someone
    dragging and typing) and is killed at a random moment:
    the draft it leaves always loads, holds one of the states the user had, and is offered
    once; after a recovery and a discard nothing is left and nothing is asked."""
    iterations = int(os.environ.get("CJD_RECOVERY_KILLS", "4"))
    rng = random.Random(2026)
    path = tmp_path / "map.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", path)
    script = tmp_path / "busy.py"
    script.write_text(
        "from PySide6.QtCore import QTimer\n"
        "from cjdesigner.commands import SetFieldsCommand\n"
        "doc = window.document\n"
        "count = [0]\n"
        "def edit():\n"
        "    count[0] += 1\n"
        "    tp = doc.journey_map.touchpoints[count[0] % 5]\n"
        "    doc.undo_stack.push(SetFieldsCommand(doc, tp.id, {'emotion': count[0] % 11 - 5}))\n"
        "    title = {'title': f'edit {count[0]}'}\n"
        "    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, title))\n"
        "    timer.setInterval(300 if count[0] % 5 == 0 else 10)\n"
        "timer = QTimer(window)\n"
        "timer.timeout.connect(edit)\n"
        "timer.start(10)\n",
        encoding="utf-8",
    )
    asked: list[int] = []
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    qtbot.addWidget(create_main_window())  # names the app, so both processes share a folder
    shutil.rmtree(recovery_folder(), ignore_errors=True)

    def fail(parent, title, message):
        raise AssertionError(message)

    monkeypatch.setattr(dialogs, "show_error", fail)

    def answer(choice):
        def ask(parent, drafts):
            asked.append(len(drafts))
            return {d.draft_id: choice for d in drafts}

        return ask

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "CJDESIGNER_TESTING": "1",
            "CJDESIGNER_AUTOSAVE_SECONDS": "0.2",
            "CJDESIGNER_TEST_SCRIPT": str(script),
            "PYTHONPATH": str(ROOT),
        }
    )  # the same data folder as this process: its drafts are ours to recover
    for _ in range(iterations):
        app = subprocess.Popen(
            [sys.executable, "-m", "cjdesigner", str(path)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_for(lambda: list(recovery_folder().glob("*.draft.journey.json")), 60, "a draft")
            time.sleep(rng.uniform(0.0, 0.8))
        finally:
            app.send_signal(signal.SIGKILL)
            app.communicate(timeout=30)  # reaps it and closes its pipes
        window = create_main_window()
        qtbot.addWidget(window)
        asked.clear()
        monkeypatch.setattr(dialogs, "ask_recover", answer("recover"))
        used = recover_drafts(window)
        assert asked == [1] and used == [window]
        recovered = window.document.journey_map
        assert recovered.title.startswith("edit ") and window.document.is_dirty
        assert window.document.path == path  # saving goes back to the user's file
        assert load_map(path).title != recovered.title  # which the crash never touched
        # a discarded recovery leaves nothing behind, and the next start asks nothing
        window.autosaver.close(clean=True)
        for draft in find_drafts():
            draft.remove()
        monkeypatch.setattr(dialogs, "ask_recover", answer("discard"))
        asked.clear()
        assert recover_drafts(create_main_window()) == [] and asked == []
        assert list(recovery_folder().iterdir()) == []

"""What a killed save leaves behind is cleaned up, and only that; is a process alive?"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time

import pytest

from cjdesigner.model import save_map
from cjdesigner.model.processes import process_alive, windows_process_alive
from tests.factories import small_map


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_process_alive_tells_running_from_ended_processes():
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert process_alive(running.pid)
    finally:
        running.kill()
        running.wait()
    assert not process_alive(running.pid)
    assert not process_alive(os.getpid()), "this session is never 'another' process"
    assert not process_alive(0) and not process_alive(-1)


def test_the_next_save_removes_only_temporaries_of_ended_saves(tmp_path):
    path = tmp_path / "taller.journey.json"
    save_map(small_map(), path)
    dead, own = _dead_pid(), os.getpid()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        stale = [tmp_path / f".taller.journey.json.{dead}-x1y2z3.tmp"]
        kept = [
            tmp_path / f".taller.journey.json.{running.pid}-a1b2c3.tmp",  # a save under way
            tmp_path / f".taller.journey.json.{own}-d4e5f6.tmp",  # this session's
            tmp_path / ".taller.journey.json.k2j3h4.tmp",  # no process id: not ours to judge
            tmp_path / f".otro.journey.json.{dead}-g7h8i9.tmp",  # another map's
            tmp_path / f".taller.journey.json.{dead}-q1.partial",  # not a temporary
            tmp_path / f"notas-{dead}.tmp",  # the user's own file
        ]
        for leftover in stale + kept:
            leftover.write_bytes(b'{"half": ')
        map_b = small_map()
        map_b.title = "B"
        save_map(map_b, path)
        assert [p for p in stale if p.exists()] == []
        assert [p for p in kept if not p.exists()] == []
        assert "B" in path.read_text(encoding="utf-8")
    finally:
        running.kill()
        running.wait()


class _FakeKernel32:
    """Stands in for kernel32: OpenProcess gives a handle or 0, GetExitCodeProcess a code."""

    def __init__(self, handle: int, exit_code: int = 0, query_ok: bool = True) -> None:
        self.handle, self.exit_code, self.query_ok = handle, exit_code, query_ok
        self.closed: list[int] = []

    def OpenProcess(self, access, inherit, pid):  # noqa: N802 - the Windows API's name
        return self.handle

    def GetExitCodeProcess(self, handle, code_ref):  # noqa: N802
        ctypes.cast(code_ref, ctypes.POINTER(ctypes.c_ulong)).contents.value = self.exit_code
        return 1 if self.query_ok else 0

    def CloseHandle(self, handle):  # noqa: N802
        self.closed.append(handle)


@pytest.mark.parametrize(
    ("kernel32", "last_error", "alive"),
    [
        (_FakeKernel32(handle=0), 87, False),  # ERROR_INVALID_PARAMETER: no such process
        (_FakeKernel32(handle=0), 5, True),  # ERROR_ACCESS_DENIED: another user's
        (_FakeKernel32(handle=42, exit_code=259), 0, True),  # STILL_ACTIVE
        (_FakeKernel32(handle=42, exit_code=0), 0, False),  # exited
        (_FakeKernel32(handle=42, exit_code=1, query_ok=False), 0, True),  # unsure: alive
    ],
)
def test_windows_asks_for_the_exit_code_and_never_sends_a_signal(
    kernel32, last_error, alive, monkeypatch
):
    def no_signals(*_args):
        raise AssertionError("os.kill(pid, 0) is Ctrl+C on Windows")

    monkeypatch.setattr(os, "kill", no_signals)
    assert windows_process_alive(1234, kernel32, lambda: last_error) is alive
    assert kernel32.closed == ([42] if kernel32.handle else [])


def test_on_windows_process_alive_takes_the_windows_path(monkeypatch):
    seen = []
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda *a, **k: "kernel32", raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: 0, raising=False)
    monkeypatch.setattr(
        "cjdesigner.model.processes.windows_process_alive",
        lambda pid, kernel32, last_error: seen.append((pid, kernel32)) or True,
    )
    monkeypatch.setattr(os, "kill", lambda *_a: pytest.fail("signalled a process on Windows"))
    assert process_alive(4321) is True
    assert seen == [(4321, "kernel32")]


def test_linux_identity_reads_the_start_tick_after_any_command_name(tmp_path):
    from cjdesigner.model.processes import _linux_identity

    (tmp_path / "sys/kernel/random").mkdir(parents=True)
    (tmp_path / "sys/kernel/random/boot_id").write_text("boot-7\n", encoding="ascii")
    (tmp_path / "77").mkdir()
    # a command name may hold spaces and parentheses; the start tick is field 22
    after = " ".join(["S"] + [str(n) for n in range(4, 22)] + ["987654", "1", "2"])
    (tmp_path / "77/stat").write_text(f"77 (cj (designer) x) {after}\n", encoding="utf-8")
    assert _linux_identity(77, proc=str(tmp_path)) == "boot-7:987654"
    assert _linux_identity(78, proc=str(tmp_path)) is None  # gone


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_later_process_has_another_identity():
    from cjdesigner.model.processes import process_identity, session_running

    first = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    time.sleep(0.05)  # start times count in ticks of 10 ms
    second = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        one, two = process_identity(first.pid), process_identity(second.pid)
        assert one and two and one != two
        assert one == process_identity(first.pid), "stable while the process runs"
        assert session_running(first.pid, one)
        assert not session_running(first.pid, two), "same id, another process: not running"
    finally:
        for child in (first, second):
            child.kill()
            child.wait()


class _FakeTimes(_FakeKernel32):
    def GetProcessTimes(self, handle, created, *_others):  # noqa: N802
        ctypes.cast(created, ctypes.POINTER(ctypes.c_ulonglong)).contents.value = 1337
        return 1 if self.query_ok else 0


def test_windows_identity_is_the_creation_time():
    from cjdesigner.model.processes import windows_identity

    assert windows_identity(9, _FakeTimes(handle=42)) == "1337"
    assert windows_identity(9, _FakeTimes(handle=42, query_ok=False)) is None
    assert windows_identity(9, _FakeTimes(handle=0)) is None


class _FakeLibproc:
    """Stands in for macOS libproc: fills ``struct proc_bsdinfo`` for one pid."""

    def __init__(self, pid: int, sec: int, usec: int) -> None:
        self.pid, self.sec, self.usec = pid, sec, usec

    def proc_pidinfo(self, pid, flavor, arg, buffer, size):
        from cjdesigner.model.processes import _bsd_info_type

        assert flavor.value == 3 and size.value == 136  # PROC_PIDTBSDINFO, its size
        if pid.value != self.pid:
            return 0  # no such process
        info = _bsd_info_type().from_address(buffer.value)
        info.pbi_pid, info.pbi_start_tvsec, info.pbi_start_tvusec = pid.value, self.sec, self.usec
        return size.value


def test_mac_identity_is_the_start_time_to_the_microsecond():
    """macOS reuses process ids too: a crashed session's drafts must not look owned by a
    later process with its id (the pid alone decided there before)."""
    from cjdesigner.model.processes import mac_identity

    assert mac_identity(321, _FakeLibproc(321, 1_790_000_000, 42)) == "1790000000.000042"
    assert mac_identity(321, _FakeLibproc(321, 1_790_000_000, 43)) != mac_identity(
        321, _FakeLibproc(321, 1_790_000_000, 42)
    )
    assert mac_identity(322, _FakeLibproc(321, 1, 2)) is None  # gone

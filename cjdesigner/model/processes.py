"""Is another process still running? Asked before removing what a session left behind,
and before offering a crashed session's drafts (``process_identity`` tells a session
from a later process that was given the same id).

POSIX asks with signal 0. Windows must not: there ``os.kill(pid, 0)`` sends Ctrl+C
(``signal.CTRL_C_EVENT`` is 0) to a console process group, and without a console it
fails, which read as "alive" and hid every draft of a crashed session forever. Windows
asks the kernel for the process's exit code instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import cache
from typing import Any

_STILL_ACTIVE = 259  # GetExitCodeProcess: the process has not exited
_QUERY_LIMITED_INFORMATION = 0x1000
_ACCESS_DENIED = 5


def process_alive(pid: int) -> bool:
    """True when a process other than this one runs with ``pid`` (unsure counts as alive)."""
    if pid <= 0 or pid == os.getpid():
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        return windows_process_alive(pid, kernel32, ctypes.get_last_error)  # type: ignore[attr-defined]
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, under another user
        return True
    return True


def windows_process_alive(pid: int, kernel32: Any, last_error: Callable[[], int]) -> bool:
    """The Windows answer, given kernel32 and its last error (passed in so that tests can
    stand in for them)."""
    import ctypes

    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # no such process; a process we may not query (another user's) still exists
        return last_error() == _ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def process_identity(pid: int) -> str | None:
    """What tells this process apart from a later one that is given the same ``pid``.

    Process ids are reused: after a power cut and a restart, a crashed session's id often
    belongs to some other program, which made its drafts look owned by a running
    session and hid them. The identity is the process's start: on Linux the boot it
    started in and its start tick, on Windows its creation time, on macOS its start time
    to the microsecond. None where unknown (other systems, a process that is gone or not
    ours to ask).
    """
    if sys.platform.startswith("linux"):
        return _linux_identity(pid)
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        return windows_identity(pid, kernel32)
    if sys.platform == "darwin":
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("proc") or "/usr/lib/libproc.dylib"
        try:
            libproc = ctypes.CDLL(name, use_errno=True)
        except OSError:
            return None
        return mac_identity(pid, libproc)
    return None


def session_running(pid: int, identity: str | None) -> bool:
    """True when the session that recorded ``pid`` and ``identity`` still runs."""
    if not process_alive(pid):
        return False
    if identity is None:
        return True  # recorded without an identity: the id is all there is to go on
    now = process_identity(pid)
    return now is None or now == identity


def _linux_identity(pid: int, proc: str = "/proc") -> str | None:
    try:
        with open(f"{proc}/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
        with open(f"{proc}/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return None
    # the command name (in parentheses) may hold spaces; fields after it are numbers, and
    # the start time is the 22nd field of the whole line, the 20th after the name
    fields = stat[stat.rfind(")") + 2 :].split()
    if len(fields) < 20:
        return None
    return f"{boot}:{fields[19]}"


@cache
def _bsd_info_type() -> Any:
    """``struct proc_bsdinfo`` of <sys/proc_info.h> (136 bytes), what
    ``proc_pidinfo(pid, PROC_PIDTBSDINFO, ...)`` fills in."""
    import ctypes

    class ProcBsdInfo(ctypes.Structure):
        _fields_ = [
            *(
                (name, ctypes.c_uint32)
                for name in (
                    "pbi_flags",
                    "pbi_status",
                    "pbi_xstatus",
                    "pbi_pid",
                    "pbi_ppid",
                    "pbi_uid",
                    "pbi_gid",
                    "pbi_ruid",
                    "pbi_rgid",
                    "pbi_svuid",
                    "pbi_svgid",
                    "rfu_1",
                )
            ),
            ("pbi_comm", ctypes.c_char * 16),
            ("pbi_name", ctypes.c_char * 32),
            *(
                (name, ctypes.c_uint32)
                for name in (
                    "pbi_nfiles",
                    "pbi_pgid",
                    "pbi_pjobc",
                    "e_tdev",
                    "e_tpgid",
                )
            ),
            ("pbi_nice", ctypes.c_int32),
            ("pbi_start_tvsec", ctypes.c_uint64),
            ("pbi_start_tvusec", ctypes.c_uint64),
        ]

    return ProcBsdInfo


_PROC_PIDTBSDINFO = 3


def mac_identity(pid: int, libproc: Any) -> str | None:
    """The process's start time on macOS, seconds and microseconds since the epoch
    (libproc passed in, so that tests can stand in for it): what ``ps -o lstart`` and
    psutil read, with no program to run."""
    import ctypes

    info = _bsd_info_type()()
    size = ctypes.sizeof(info)
    filled = libproc.proc_pidinfo(
        ctypes.c_int(pid),
        ctypes.c_int(_PROC_PIDTBSDINFO),
        ctypes.c_uint64(0),
        ctypes.c_void_p(ctypes.addressof(info)),
        ctypes.c_int(size),
    )
    if filled != size or info.pbi_pid != pid:
        return None  # gone, or not ours to ask
    return f"{info.pbi_start_tvsec}.{info.pbi_start_tvusec:06d}"


def windows_identity(pid: int, kernel32: Any) -> str | None:
    """The process's creation time on Windows (kernel32 passed in, as above)."""
    import ctypes

    handle = kernel32.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return None
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]  # creation, exit, kernel, user
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return None
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(handle)

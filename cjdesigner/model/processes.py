"""Is another process still running? Asked before removing what a session left behind.

POSIX asks with signal 0. Windows must not: there ``os.kill(pid, 0)`` sends Ctrl+C
(``signal.CTRL_C_EVENT`` is 0) to a console process group, and without a console it
fails, which read as "alive" and hid every draft of a crashed session forever. Windows
asks the kernel for the process's exit code instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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

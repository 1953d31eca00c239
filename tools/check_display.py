"""Before ``make run``: check that a window can be shown, and say how to fix it if not.

Qt's xcb platform plugin needs a few X libraries that minimal Linux installs lack;
without them Qt aborts with a cryptic message. This names the missing Debian/Ubuntu
packages (and installs them when run as root with apt-get available).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# library file → Debian package that provides it
XCB_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_packages() -> list[str]:
    """Debian packages whose libraries the dynamic loader cannot find."""
    if not sys.platform.startswith("linux") or (
        not shutil.which("ldconfig") and not Path("/sbin/ldconfig").exists()
    ):
        return []
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        known = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return []
    return [pkg for lib, pkg in XCB_LIBS.items() if lib not in known]


def main() -> int:
    """Exit 0 when the app can open a window; otherwise explain and exit 1."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return 0
    missing = missing_packages()
    if missing:
        command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
        if os.geteuid() == 0 and shutil.which("apt-get"):
            print("Installing the X libraries Qt needs:", " ".join(missing))
            subprocess.run(["apt-get", "update", "-q"], check=False)
            if subprocess.run(command, check=False).returncode != 0:
                print("Could not install them; run: " + " ".join(command), file=sys.stderr)
                return 1
        else:
            print(
                "Qt needs these system packages to open a window:",
                " ".join(missing),
                file=sys.stderr,
            )
            print("Install them with: sudo " + " ".join(command), file=sys.stderr)
            return 1
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print(
            "No display found (DISPLAY / WAYLAND_DISPLAY are not set). Run `make run` from a "
            "desktop session, or under a virtual display: xvfb-run make run",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The one type family used on the canvas and in the PDF: Open Sans, shipped via PyPI.

A fresh Linux machine has only DejaVu, and the poster must look the same as the
screen, so the app carries its own font files. This module only finds them (no Qt,
no reportlab): the canvas registers them with QFontDatabase, the PDF with TTFont.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

FAMILY = "Open Sans"

# style key → file name inside the ttf_opensans package
_FILES = {
    "regular": "OpenSans-Regular.ttf",
    "italic": "OpenSans-Italic.ttf",
    "semibold": "OpenSans-SemiBold.ttf",
    "semibold-italic": "OpenSans-SemiBoldItalic.ttf",
    "bold": "OpenSans-Bold.ttf",
    "bold-italic": "OpenSans-BoldItalic.ttf",
}


@cache
def font_files() -> dict[str, Path]:
    """Paths of the shipped font files, by style key (regular, italic, semibold, bold…)."""
    # find_spec locates the package without running it: its __init__ imports Pillow
    # (~30 ms at start-up) for helpers we do not use.
    spec = find_spec("ttf_opensans")
    places = list(spec.submodule_search_locations or []) if spec else []
    folder = Path(places[0] if places else "ttf_opensans") / "ttf"
    found = {key: folder / name for key, name in _FILES.items()}
    missing = [str(path) for path in found.values() if not path.is_file()]
    if missing:
        raise FileNotFoundError(
            "CJ Designer's font files are missing (reinstall the ttf-opensans package): "
            + ", ".join(missing)
        )
    return found

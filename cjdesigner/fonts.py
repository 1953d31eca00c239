"""The one type family used on the canvas and in the PDF: Open Sans, shipped via PyPI.

A fresh Linux machine has only DejaVu, and the poster must look the same as the
screen, so the app carries its own font files. This module only finds them (no Qt,
no reportlab): the canvas registers them with QFontDatabase, the PDF with TTFont.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
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
    folder = Path(str(resources.files("ttf_opensans").joinpath("ttf")))
    found = {key: folder / name for key, name in _FILES.items()}
    missing = [str(path) for path in found.values() if not path.is_file()]
    if missing:
        raise FileNotFoundError(
            "CJ Designer's font files are missing (reinstall the ttf-opensans package): "
            + ", ".join(missing)
        )
    return found

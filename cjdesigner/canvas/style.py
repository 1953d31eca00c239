"""Qt versions of the shared visual language: fonts, colours, pens and z-order."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen

from cjdesigner.fonts import FAMILY, font_files

# Z-order of the layers, back to front.
Z_BACKGROUND = 0
Z_LANES = 1
Z_STAGES = 2
Z_CURVE = 10
Z_MARKERS = 15
Z_TOUCHPOINTS = 20
Z_DRAGGED = 30
Z_OVERLAY = 50

# Fonts are drawn at a fixed pixel size and scaled by the painter, so that one scene
# unit is one point on every device (screen, image, SVG) — exactly what the layout
# measured. QFont.setPixelSize takes whole pixels only, hence the large base size.
BASE_PIXELS = 100
_WEIGHTS = {
    "regular": (QFont.Weight.Normal, False),
    "italic": (QFont.Weight.Normal, True),
    "semibold": (QFont.Weight.DemiBold, False),
    "semibold-italic": (QFont.Weight.DemiBold, True),
    "bold": (QFont.Weight.Bold, False),
    "bold-italic": (QFont.Weight.Bold, True),
}


@cache
def ensure_fonts() -> str:
    """Register the shipped Open Sans files with Qt once; returns the family name."""
    family = FAMILY
    for path in font_files().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


@cache
def base_font(style: str = "regular") -> QFont:
    """The font for a text style at BASE_PIXELS (scale the painter to the wanted size)."""
    font = QFont(ensure_fonts())
    weight, italic = _WEIGHTS.get(style, _WEIGHTS["regular"])
    font.setWeight(weight)
    font.setItalic(italic)
    font.setPixelSize(BASE_PIXELS)
    font.setKerning(False)  # the layout measures without kerning, like reportlab
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def ui_font(point_size: float, style: str = "regular") -> QFont:
    """A font for widgets (in real points, not scene units)."""
    font = QFont(ensure_fonts())
    weight, italic = _WEIGHTS.get(style, _WEIGHTS["regular"])
    font.setWeight(weight)
    font.setItalic(italic)
    font.setPointSizeF(point_size)
    return font


@cache
def colour(hex_colour: str) -> QColor:
    """A QColor for a palette hex string (cached)."""
    return QColor(hex_colour)


@cache
def pen(hex_colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic-free pen in scene units with round joins (cached)."""
    p = QPen(colour(hex_colour), width, style)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    return p

"""Colours of the application's own widgets, read from the desktop's palette.

The map is paper and keeps the map's colours; the docks and dialogs around it follow
the desktop's theme, light or dark. Text drawn in a colour of our own goes through
``readable``, so it keeps its hue and still reads on the theme's background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from cjdesigner import palette

WARNING = "#B42318"  # a problem the user must act on (red, and said in words too)


def background(widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """The hex colour ``widget`` is painted on."""
    return widget.palette().color(role).name()


def ink(widget: QWidget) -> QColor:
    """The theme's colour for text on ``widget``'s background."""
    return widget.palette().color(QPalette.ColorRole.WindowText)


def faint(widget: QWidget, share: float = 0.45) -> QColor:
    """Text of less weight (scales, placeholders): ink blended ``share`` of the way
    towards the background, still 3:1 or better against it."""
    colour = palette.mix(ink(widget).name(), background(widget), share)
    return QColor(palette.readable_on(colour, background(widget), 3.0))


def readable(
    widget: QWidget, colour: str, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """``colour`` as text on ``widget`` (background ``role``): the same hue, light or
    dark enough for 4.5:1."""
    return QColor(palette.readable_on(colour, background(widget, role)))


def warning_style(widget: QWidget, bold: bool = True) -> str:
    """A style sheet for a warning label on ``widget``'s background."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {readable(widget, WARNING).name()};{weight}"

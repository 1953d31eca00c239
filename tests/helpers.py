"""Drive the real canvas with the mouse and keyboard, as a user would.

QTest.mouseMove does not hold buttons, so a "drag" made with it does nothing; these
helpers build QMouseEvents with the held buttons and send them to the viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
NO_BUTTONS = Qt.MouseButton.NoButton


def to_view(view: QGraphicsView, scene_point: QPointF | tuple[float, float]) -> QPointF:
    """Viewport coordinates of a scene point."""
    point = QPointF(*scene_point) if isinstance(scene_point, tuple) else scene_point
    return QPointF(view.mapFromScene(point))


def _send(view: QGraphicsView, kind: QEvent.Type, pos: QPointF, button, buttons, modifiers) -> None:
    viewport = view.viewport()
    global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def press(view: QGraphicsView, scene_point, modifiers=NO_MODIFIER, button=LEFT) -> None:
    """Press a mouse button over a scene point."""
    _send(view, QEvent.Type.MouseButtonPress, to_view(view, scene_point), button, button, modifiers)


def move(view: QGraphicsView, scene_point, modifiers=NO_MODIFIER, buttons=LEFT) -> None:
    """Move the mouse to a scene point with ``buttons`` held."""
    _send(
        view,
        QEvent.Type.MouseMove,
        to_view(view, scene_point),
        Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )


def release(view: QGraphicsView, scene_point, modifiers=NO_MODIFIER, button=LEFT) -> None:
    """Release the button over a scene point."""
    _send(
        view,
        QEvent.Type.MouseButtonRelease,
        to_view(view, scene_point),
        button,
        Qt.MouseButton.NoButton,
        modifiers,
    )


def drag(view: QGraphicsView, start, end, steps: int = 8, modifiers=NO_MODIFIER) -> None:
    """Press at ``start``, move in steps to ``end`` with the button held, release there."""
    start = QPointF(*start) if isinstance(start, tuple) else QPointF(start)
    end = QPointF(*end) if isinstance(end, tuple) else QPointF(end)
    press(view, start, modifiers)
    for i in range(1, steps + 1):
        move(view, start + (end - start) * (i / steps), modifiers)
    release(view, end, modifiers)


def double_click(view: QGraphicsView, scene_point) -> None:
    """Double-click at a scene point."""
    pos = to_view(view, scene_point)
    _send(view, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, NO_MODIFIER)
    _send(view, QEvent.Type.MouseButtonRelease, pos, LEFT, Qt.MouseButton.NoButton, NO_MODIFIER)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT, NO_MODIFIER)
    _send(view, QEvent.Type.MouseButtonRelease, pos, LEFT, Qt.MouseButton.NoButton, NO_MODIFIER)


def right_click(view: QGraphicsView, scene_point) -> None:
    """Right-click at a scene point: press, release, then the context menu event Qt
    sends after them."""
    pos = to_view(view, scene_point)
    right = Qt.MouseButton.RightButton
    _send(view, QEvent.Type.MouseButtonPress, pos, right, right, NO_MODIFIER)
    _send(view, QEvent.Type.MouseButtonRelease, pos, right, NO_BUTTONS, NO_MODIFIER)
    viewport = view.viewport()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos.toPoint(), viewport.mapToGlobal(pos.toPoint())
    )
    QApplication.sendEvent(viewport, event)


def key(widget, key_code, modifiers=NO_MODIFIER, auto_repeat: bool = False, text: str = "") -> None:
    """Press and release a key on a widget."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key_code, modifiers, text, auto_repeat))


def point(x: float, y: float) -> QPoint:
    """A QPoint from floats."""
    return QPoint(round(x), round(y))


def app_env(home, **extra: str) -> dict[str, str]:
    """The environment for the app in a subprocess: offscreen, no display, its settings,
    data and caches under ``home`` (never the user's), this checkout on the path."""
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "PYTHONPATH": str(root),
        }
    )
    env.update(extra)
    return env


def run_module(module: str, *args: str, home, timeout: float = 600):
    """Run ``python -m module args`` from this checkout as the app would run, with its
    settings and data under ``home``; returns the CompletedProcess (text output)."""
    import subprocess
    import sys
    from pathlib import Path

    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parent.parent,
        env=app_env(home, HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def pdf_page_images(path, scale: float = 0.5) -> list:
    """Every page of a PDF rendered to an RGB picture (``scale`` pixels per point)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    finally:
        pdf.close()


def right_and_bottom_blank(page, margin_pt: float, scale: float) -> bool:
    """Nothing drawn in the outer half of a rendered page's right and bottom margins."""
    w, h = page.size
    edge = int(margin_pt * scale * 0.5)
    right = page.crop((w - edge, 0, w, h)).convert("L")
    bottom = page.crop((0, h - edge, w, h)).convert("L")
    return right.getextrema()[0] > 240 and bottom.getextrema()[0] > 240


def window_on_copy(qtbot, tmp_path, sample: str = "aerolinea.journey.json", name: str = ""):
    """A main window on a copy of a sample map in ``tmp_path``, named ``name`` (default:
    as the sample); saves never touch the sample itself."""
    import shutil

    from cjdesigner.app import create_main_window
    from tests.conftest import SAMPLES

    path = tmp_path / (name or sample)
    shutil.copy(SAMPLES / sample, path)
    win = create_main_window()
    qtbot.addWidget(win)
    assert win.open_path(path)
    return win


_TOUCH_SCREEN: list = []


def touch_screen():
    """A touch screen, as Qt names the device of the mouse events it makes from touches
    (one for the whole run: Qt keeps a list of the devices it has seen)."""
    from PySide6.QtGui import QInputDevice, QPointingDevice

    if not _TOUCH_SCREEN:
        _TOUCH_SCREEN.append(
            QPointingDevice(
                "test touch screen",
                4242,
                QInputDevice.DeviceType.TouchScreen,
                QPointingDevice.PointerType.Finger,
                QInputDevice.Capability.Position,
                10,
                0,
            )
        )
    return _TOUCH_SCREEN[0]


def finger_at(view: QGraphicsView, kind: QEvent.Type, pos: QPointF, buttons=LEFT) -> None:
    """A finger on a touch screen at viewport ``pos``, as the mouse event Qt makes of it."""
    button = NO_BUTTONS if kind == QEvent.Type.MouseMove else LEFT
    global_pos = QPointF(view.viewport().mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, buttons, NO_MODIFIER, touch_screen())
    QApplication.sendEvent(view.viewport(), event)


def finger(view: QGraphicsView, kind: QEvent.Type, scene_point, buttons=LEFT) -> None:
    """A finger on a touch screen over a scene point."""
    finger_at(view, kind, to_view(view, scene_point), buttons)


def exact_undo_step(window, before: dict, count_before: int) -> None:
    """The last gesture was one more undo step; undo gives exactly ``before``; redo
    gives what we had (and it stays redone)."""
    import gc

    stack = window.document.undo_stack
    after = window.document.journey_map.model_dump()
    assert after != before
    assert stack.count() == count_before + 1
    gc.collect()
    stack.undo()
    assert window.document.journey_map.model_dump() == before
    stack.redo()
    assert window.document.journey_map.model_dump() == after

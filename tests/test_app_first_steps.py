"""An empty map says what to do first, in the window's own keys, and only on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage

from cjdesigner import palette
from cjdesigner.app import create_main_window
from cjdesigner.commands import remove_stage_command
from cjdesigner.ui import dialogs
from tests import helpers


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()  # a start without a file: the blank map
    qtbot.addWidget(win)
    win.resize(1400, 900)
    with qtbot.waitExposed(win):
        win.show()
    win.view.fit_map()
    qtbot.wait(10)
    yield win
    win.document.undo_stack.clear()


def _hint_box(view) -> QRect:
    """The middle of the band's upper half, on screen, where the hint is written."""
    band = view.map_scene().layout.band
    upper = QRectF(band.rect.x, band.rect.y, band.rect.w, band.zero_y - band.rect.y)
    area = view.mapFromScene(upper).boundingRect()
    return QRect(area.center().x() - 200, area.center().y() - 12, 400, 24)


def _dark_pixels(image: QImage, box: QRect) -> int:
    """Pixels in ``box`` dark enough to be letters (the band's tints are all light)."""
    return sum(
        palette.contrast_ratio(image.pixelColor(x, y).name(), palette.PAPER) > 2.0
        for y in range(box.top(), box.bottom())
        for x in range(box.left(), box.right(), 2)
    )


def _screen(view) -> QImage:
    """What the screen shows of the canvas now (grab() would paint it afresh)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    viewport = view.viewport()
    corner = viewport.mapTo(view.window(), viewport.rect().topLeft())
    return (
        QApplication.primaryScreen()
        .grabWindow(
            view.window().winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
        )
        .toImage()
    )


def test_a_blank_map_suggests_a_first_touchpoint_with_the_real_shortcut(window):
    view = window.view
    hint = view.current_hint()
    key = window.editing.actions["add_touchpoint"].shortcut().toString()
    assert hint is not None and "Double-click" in hint and key in hint
    assert _dark_pixels(_screen(view), _hint_box(view)) > 50  # written where it says


def test_the_hint_goes_with_the_first_touchpoint_and_leaves_nothing_behind(window, qtbot):
    view, doc = window.view, window.document
    stage = doc.journey_map.stages[0]
    window.scene.controller.add_touchpoint(stage.id, 0.02, -4.0)  # far from the hint
    qtbot.wait(10)
    assert view.current_hint() is None
    box = _hint_box(view)
    assert _dark_pixels(_screen(view), box) == 0
    doc.undo_stack.undo()
    qtbot.wait(10)
    assert view.current_hint() is not None
    assert _dark_pixels(_screen(view), box) > 50


def test_a_map_without_stages_suggests_adding_one(window, qtbot):
    view, doc = window.view, window.document
    doc.undo_stack.push(remove_stage_command(doc, doc.journey_map.stages[0].id))
    hint = view.current_hint()
    key = window.editing.actions["add_stage"].shortcut().toString()
    assert hint is not None and "no stages" in hint and key in hint
    view.setFocus()
    helpers.key(view, window.editing.actions["add_stage"].shortcut()[0].key())
    assert len(doc.journey_map.stages) == 1
    assert "Double-click" in view.current_hint()


def test_no_hint_on_the_projector_nor_in_what_is_exported(window, qtbot):
    from cjdesigner.export import image

    view = window.view
    window.presentation.set_active(True)
    try:
        qtbot.wait(10)
        assert view.current_hint() is None
        assert _dark_pixels(_screen(view), _hint_box(view)) == 0
    finally:
        window.presentation.set_active(False)
    assert view.current_hint() is not None  # back with the menus
    scene = image.map_scene(window.document.journey_map.model_copy(deep=True))
    try:
        poster = image.render_image(scene, 72)  # one pixel per point
        band = scene.layout.band
        box = QRect(int(band.rect.cx) - 200, int((band.rect.y + band.zero_y) / 2) - 12, 400, 24)
        assert _dark_pixels(poster, box) == 0
    finally:
        image.dispose(scene)

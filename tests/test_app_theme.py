"""The docks and warnings read on a dark desktop theme as well as on a light one.

The map itself is paper and keeps its colours; text we colour ourselves around it must
follow the desktop's palette (the insights chart drew near-black names on a dark dock).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from cjdesigner import palette
from cjdesigner.app import create_main_window
from cjdesigner.commands import remove_markers_command
from cjdesigner.document import Document
from cjdesigner.model import load_map
from cjdesigner.ui import dialogs
from cjdesigner.ui.insights_chart import NAME_SHARE, StageEmotionChart
from tests.conftest import SAMPLES

DARK = {
    QPalette.ColorRole.Window: "#2B2B2B",
    QPalette.ColorRole.WindowText: "#E6E6E6",
    QPalette.ColorRole.Base: "#1E1E1E",
    QPalette.ColorRole.AlternateBase: "#323232",
    QPalette.ColorRole.Text: "#E6E6E6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#E6E6E6",
}


@pytest.fixture(params=["light", "dark"])
def theme_window(request, qtbot, monkeypatch):
    """The future-state coffee shop in a window under a light or a dark palette."""
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    app = QApplication.instance()
    original = QPalette(app.palette())
    if request.param == "dark":
        dark = QPalette(original)
        for role, colour in DARK.items():
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)
    try:
        win = create_main_window()
        win.set_document(Document(load_map(SAMPLES / "coffee-shop-future.journey.json")))
        win.resize(1500, 950)
        with qtbot.waitExposed(win):
            win.show()
        yield win
        win.document.undo_stack.clear()
        win.close()
    finally:
        app.setPalette(original)


def _best_contrast(image: QImage, x0: int, x1: int, y0: int, y1: int, background: str) -> float:
    """The highest contrast any pixel in the box has against ``background``."""
    best = 1.0
    for y in range(y0, y1, 2):
        for x in range(x0, x1):
            pixel = image.pixelColor(x, y).name()
            best = max(best, palette.contrast_ratio(pixel, background))
    return best


def _style_colour(style: str) -> str:
    found = re.search(r"color:\s*(#[0-9A-Fa-f]{6})", style)
    assert found, style
    return found.group(1)


def test_the_insights_chart_names_and_values_read_on_the_theme(theme_window, qtbot):
    theme_window.features["insights"].raise_()
    chart = theme_window.findChild(StageEmotionChart, "chart_stage_emotion")
    qtbot.waitUntil(lambda: len(chart.rows) == 4 and chart.isVisible(), timeout=3000)
    image = chart.grab().toImage()
    background = chart.palette().color(QPalette.ColorRole.Window).name()
    name_right = int(chart.width() * NAME_SHARE)
    rows = len(chart.rows) * 24
    names = _best_contrast(image, 0, name_right, 4, rows, background)
    values = _best_contrast(image, chart.width() - 70, chart.width(), 4, rows, background)
    # names and means are the chart's words: normal text needs 4.5:1 (it was 1.1:1 dark)
    assert names >= 4.5, f"stage names {names:.1f}:1 on {background}"
    assert values >= 4.5, f"means {values:.1f}:1 on {background}"


def test_warnings_read_on_the_theme(theme_window):
    draft = theme_window.draft_warning
    background = draft.palette().color(QPalette.ColorRole.Window).name()
    colour = _style_colour(draft.styleSheet())
    assert palette.contrast_ratio(colour, background) >= 4.5
    forms = [
        w
        for w in QApplication.instance().allWidgets()
        if w.window() is theme_window and hasattr(w, "bindings") and hasattr(w, "error")
    ]
    assert forms, "the inspector's forms"
    for form in forms:
        colour = _style_colour(form.error.styleSheet())
        on = form.palette().color(QPalette.ColorRole.Window).name()
        assert palette.contrast_ratio(colour, on) >= 4.5, form.objectName()


@pytest.mark.parametrize("background", ["#FFFFFF", "#F6F8FA", "#777777", "#2B2B2B", "#1E1E1E"])
@pytest.mark.parametrize(
    "colour",
    [
        palette.PAIN,
        palette.POSITIVE,
        palette.OPPORTUNITY,
        palette.INK,
        palette.INK_FAINT,
        "#B42318",
    ],
)
def test_readable_on_keeps_a_readable_colour_and_shades_the_rest(colour, background):
    shade = palette.readable_on(colour, background)
    assert palette.contrast_ratio(shade, background) >= 4.5
    if palette.contrast_ratio(colour, background) >= 4.5:
        assert shade == colour  # nothing to fix: the map's own colour
    else:  # the same hue family: each channel moved the same way, towards black or white
        before, after = palette.hex_to_rgb(colour), palette.hex_to_rgb(shade)
        moves = {(a > b) - (a < b) for a, b in zip(after, before, strict=True)} - {0}
        assert len(moves) == 1


def test_coloured_changes_and_unanswered_pains_read_on_the_theme(theme_window, qtbot):
    """The future state's "Change" column (green up, vermillion down) and the pains
    without an opportunity: the map's colours were 3.3:1 and 3.9:1 on a white list."""
    from PySide6.QtWidgets import QListWidget, QTableWidget

    theme_window.features["insights"].raise_()
    deltas = theme_window.findChild(QTableWidget, "table_deltas")
    qtbot.waitUntil(lambda: deltas.rowCount() == 4, timeout=3000)
    base = deltas.palette().color(QPalette.ColorRole.Base).name()
    coloured = [
        deltas.item(row, 3).foreground().color().name()
        for row in range(deltas.rowCount())
        if deltas.item(row, 3).foreground().style() != Qt.BrushStyle.NoBrush
    ]
    assert len(coloured) == 2  # Order and Wait got better in the future state
    for colour in coloured:
        assert palette.contrast_ratio(colour, base) >= 4.5, colour
    # a pain left without an opportunity is listed in the pain colour
    jm = theme_window.document.journey_map
    doc = theme_window.document
    doc.undo_stack.push(remove_markers_command(doc, set(), {o.id for o in jm.opportunities}))
    pains = theme_window.findChild(QListWidget, "list_pains")
    qtbot.waitUntil(
        lambda: any(
            pains.item(i).foreground().style() != Qt.BrushStyle.NoBrush
            for i in range(pains.count())
        ),
        timeout=3000,
    )
    on = pains.palette().color(QPalette.ColorRole.Base).name()
    for i in range(pains.count()):
        brush = pains.item(i).foreground()
        if brush.style() != Qt.BrushStyle.NoBrush:
            assert palette.contrast_ratio(brush.color().name(), on) >= 4.5


def test_the_box_typed_into_on_the_map_is_paper_in_any_theme(theme_window, qtbot):
    """Editing a title in place: a dark theme drew a black box on the white card."""
    view = theme_window.view
    tp = theme_window.document.journey_map.touchpoints[0]
    theme_window.scene.select_ids([tp.id])
    theme_window.scene.request_edit(tp.id)
    qtbot.waitUntil(lambda: view.editor is not None, timeout=2000)
    colours = view.editor.editor.palette()
    base = colours.color(QPalette.ColorRole.Base).name()
    text = colours.color(QPalette.ColorRole.Text).name()
    assert base == palette.PAPER.lower()
    assert palette.contrast_ratio(text, base) >= 7.0
    view.editor.cancel()


def test_the_map_lies_on_a_desk_of_the_theme_and_exports_stay_paper(theme_window, qtbot):
    """Zoomed out, the paper's edge shows against the theme (a dark theme had a white
    glare around the map); what is exported or copied is the paper alone."""
    from cjdesigner.canvas.view import desk_colour
    from cjdesigner.export import image

    view = theme_window.view
    layout = theme_window.scene.layout
    view.set_zoom(view.zoom() / 2)  # the whole map and desk around it
    qtbot.wait(10)
    shot = view.viewport().grab().toImage()
    desk = desk_colour(view.palette().color(QPalette.ColorRole.Window)).name()
    assert shot.pixelColor(3, 3).name() == desk != palette.PAPER.lower()
    corner = view.mapFromScene(QPointF(layout.width * 0.02, layout.height * 0.01))
    assert shot.pixelColor(corner.x(), corner.y()).name() == palette.PAPER.lower()
    scene = image.map_scene(theme_window.document.journey_map.model_copy(deep=True))
    try:
        png = image.render_image(scene, 36)
        assert png.pixelColor(1, 1).name() == palette.PAPER.lower()
    finally:
        image.dispose(scene)

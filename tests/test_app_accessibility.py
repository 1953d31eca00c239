"""A screen reader follows the canvas: the view's accessible name says what is selected,
as Tab walks the map, and follows edits and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from cjdesigner.app import create_main_window
from cjdesigner.commands import SetFieldsCommand
from cjdesigner.document import Document
from cjdesigner.model import load_map
from cjdesigner.ui import dialogs
from cjdesigner.ui.i18n import install_translators
from tests.conftest import SAMPLES


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()
    win.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.document.undo_stack.clear()


def _spoken(view) -> str:
    """What assistive technology reads for the canvas (through Qt's accessibility)."""
    return QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Name)


def test_the_canvas_names_the_map_then_each_object_tab_selects(window, qtbot):
    view, scene, jm = window.view, window.scene, window.document.journey_map
    assert _spoken(view) == (
        f"Map “{jm.title}”: {len(jm.stages)} stages, {len(jm.touchpoints)} touchpoints"
    )  # (more than one of each in the sample)
    assert "Tab and Shift+Tab select" in QAccessible.queryAccessibleInterface(view).text(
        QAccessible.Text.Description
    )
    view.setFocus()
    heard = []
    for _ in scene.reading_order():
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        heard.append(_spoken(view))
    first = jm.stages[0]
    in_first = sum(1 for t in jm.touchpoints if t.stage_id == first.id)
    touchpoints = "1 touchpoint" if in_first == 1 else f"{in_first} touchpoints"
    assert heard[0] == f"Stage 1 of {len(jm.stages)}: “{first.name}”, {touchpoints}"
    tp = jm.touchpoint(scene.reading_order()[1])
    assert heard[1].startswith(f"Touchpoint “{tp.title}”, stage “{first.name}”, emotion ")
    pain = jm.pains[0]
    anchor = jm.touchpoint(pain.touchpoint_id) if pain.touchpoint_id else jm.stage(pain.stage_id)
    said = f"Pain “{pain.title}” on “{getattr(anchor, 'title', None) or anchor.name}”"
    assert any(h.startswith(said) and h.endswith(f"severity {pain.severity} of 3") for h in heard)
    assert any(h.startswith("Opportunity “") and " impact " in h for h in heard)
    assert len(set(heard)) == len(heard)  # every object is told apart


def test_a_touchpoints_emotion_channel_and_markers_are_said(window):
    jm, scene = window.document.journey_map, window.scene
    tp = next(t for t in jm.touchpoints if any(p.touchpoint_id == t.id for p in jm.pains))
    pains = sum(1 for p in jm.pains if p.touchpoint_id == tp.id)
    ideas = sum(1 for o in jm.opportunities if o.touchpoint_id == tp.id)
    window.document.undo_stack.push(
        SetFieldsCommand(window.document, tp.id, {"emotion": -2.5, "moment_of_truth": True})
    )
    scene.select_ids([tp.id])
    said = _spoken(window.view)
    assert ", emotion -2.5, channel " in said
    pains_said = "1 pain" if pains == 1 else f"{pains} pains"
    ideas_said = "1 opportunity" if ideas == 1 else f"{ideas} opportunities"
    assert said.endswith(f", moment of truth, {pains_said}, {ideas_said}")


def test_the_name_follows_edits_undo_and_a_wider_selection(window):
    jm, scene, document = window.document.journey_map, window.scene, window.document
    tp = jm.touchpoints[3]
    scene.select_ids([tp.id])
    document.undo_stack.push(
        SetFieldsCommand(document, tp.id, {"title": "Pay <b>at</b>\nthe till"})
    )
    assert _spoken(window.view).startswith("Touchpoint “Pay <b>at</b> the till”, stage ")
    document.undo_stack.undo()
    assert _spoken(window.view).startswith(f"Touchpoint “{tp.title}”")
    scene.select_ids([tp.id, jm.stages[0].id])
    assert _spoken(window.view) == "2 items selected"
    scene.select_ids([])
    assert _spoken(window.view).startswith(f"Map “{jm.title}”")


def test_the_canvas_speaks_the_interface_language(window):
    install_translators("es")
    try:
        jm, scene = window.document.journey_map, window.scene
        tp = jm.touchpoints[0]
        window.document.undo_stack.push(SetFieldsCommand(window.document, tp.id, {"emotion": 1.5}))
        scene.select_ids([tp.id])
        said = _spoken(window.view)
        assert said.startswith(f"Punto de contacto “{tp.title}”, etapa “")
        assert ", emoción +1,5, canal " in said
    finally:
        install_translators("en")


def test_every_field_list_and_table_in_the_docks_has_a_name(window):
    """What a screen reader announces on reaching a control (Qt's own parts of a spin
    box and the tables' headers aside)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    window.scene.select_ids([window.document.journey_map.touchpoints[0].id])
    hidden = [dock for dock in window.features.values() if dock.isHidden()]
    for dock in hidden:
        dock.show()
    try:
        kinds = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit)
        nameless = [
            (type(w).__name__, w.objectName())
            for w in window.findChildren(QWidget)
            if w.isVisible()
            and isinstance(w, (*kinds, QAbstractItemView))
            and not isinstance(w, QHeaderView)
            and w.objectName() != "qt_spinbox_lineedit"
            and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name).strip()
        ]
    finally:
        for dock in hidden:  # the window's state is remembered for the next window
            dock.hide()
    assert nameless == []


def test_the_emotion_chart_reads_as_words(qtbot, monkeypatch):
    """A painted chart says nothing to a screen reader: its bars are in its description."""
    from cjdesigner.model.analysis import stage_emotions

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()
    win.set_document(Document(load_map(SAMPLES / "coffee-shop-future.journey.json")))
    qtbot.addWidget(win)
    insights = win.features["insights"]
    insights.refresh()
    chart = insights.chart
    said = QAccessible.queryAccessibleInterface(chart)
    assert said.text(QAccessible.Text.Name) == "Emotion per stage"
    words = said.text(QAccessible.Text.Description)
    jm = win.document.journey_map
    first = next(s for s in stage_emotions(jm) if s.mean is not None)
    name = jm.stage(first.stage_id).name
    assert f"{name}: mean {first.mean:+.1f}, from " in words
    assert ", was " in words  # a future-state map: the current state's mean
    assert words.count(";") == len(jm.stages) - 1

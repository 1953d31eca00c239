"""The insights dock follows the map live; the future state and its overlay in the window."""

from __future__ import annotations

import pytest

from cjdesigner.app import create_main_window
from cjdesigner.document import Document
from cjdesigner.model import MapState, load_map
from cjdesigner.model.analysis import stage_emotions
from cjdesigner.ui import dialogs
from cjdesigner.ui.insights_panel import ID_ROLE, REFRESH_DELAY_MS
from tests import helpers
from tests.conftest import SAMPLES


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window()
    win.set_document(Document(load_map(SAMPLES / "coffee-shop.journey.json")))
    win.resize(1500, 950)
    with qtbot.waitExposed(win):
        win.show()
    win.features["insights"].raise_()
    win.view.set_zoom(0.5)
    yield win
    win.document.undo_stack.clear()
    win.close()


def _texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _chart_means(panel) -> list[float | None]:
    return [row.mean for row in panel.chart.rows]


def test_dock_follows_a_mouse_drag_and_undo(window, qtbot):
    panel = window.features["insights"]
    qtbot.waitUntil(lambda: panel.moments.count() > 0, timeout=2000)
    jm = window.document.journey_map
    tp = next(t for t in jm.touchpoints if t.title == "Order-ready screen")  # +2, in "Wait"
    before_moments = _texts(panel.moments)
    before_means = _chart_means(panel)
    assert not any("Order-ready screen" in t for t in before_moments)
    # drag its dot to −5, below every other touchpoint
    scene, view = window.scene, window.view
    x, y = scene.item_for(tp.id).box.dot
    view.centerOn(x, y)
    helpers.drag(view, (x, y), (x, scene.layout.band.emotion_to_y(-5)))
    assert tp.emotion == -5
    wait = jm.stages.index(jm.stage(tp.stage_id))
    qtbot.waitUntil(lambda: _chart_means(panel) != before_means, timeout=2000)
    moments = _texts(panel.moments)
    assert any(t.startswith("▼ Valley -5") and "Order-ready screen" in t for t in moments)
    expected = next(s.mean for s in stage_emotions(jm) if s.stage_id == tp.stage_id)
    assert _chart_means(panel)[wait] == pytest.approx(expected)
    assert "Wait" in panel.worst.text()  # the new lowest stage is named
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _chart_means(panel) == before_means, timeout=2000)
    assert _texts(panel.moments) == before_moments


def test_clicking_a_key_moment_selects_it_on_the_canvas(window, qtbot):
    panel = window.features["insights"]
    qtbot.waitUntil(lambda: panel.moments.count() > 0, timeout=2000)
    item = panel.moments.item(2)
    panel.moments.itemClicked.emit(item)
    assert window.scene.selected_ids() == [item.data(ID_ROLE)]


def test_pains_without_an_opportunity_are_flagged_and_channels_counted(window, qtbot):
    panel = window.features["insights"]
    qtbot.waitUntil(lambda: panel.pains.count() > 0, timeout=2000)
    assert all("no opportunity yet" not in t for t in _texts(panel.pains))
    # remove the opportunity answering P1: the pain is flagged at once
    jm = window.document.journey_map
    answered = next(o for o in jm.opportunities if o.answers_pain_id == jm.pains[0].id)
    window.scene.select_ids([answered.id])
    window.editing.actions["delete"].trigger()
    qtbot.waitUntil(
        lambda: any("no opportunity yet" in t for t in _texts(panel.pains)), timeout=2000
    )
    table = panel.channels
    total = sum(
        int(table.item(r, c).text())
        for r in range(table.rowCount())
        for c in range(1, table.columnCount())
        if table.item(r, c).text().isdigit()
    )
    assert total == len(jm.touchpoints)
    assert "Social media appears only in “Discover”" in panel.hints.text()
    assert "2 of 9 touchpoints have no evidence" in panel.evidence.text()


def test_duplicate_as_future_state_and_overlay_on_off(window, qtbot):
    current = window.document.journey_map
    assert not window.future_state.overlay_action.isEnabled()
    assert not window.scene.curve_item.has_baseline()
    window.future_state.duplicate_action.trigger()
    future = window.document.journey_map
    assert future.state is MapState.FUTURE and future.based_on == current.id
    assert window.document.path is None and window.document.is_dirty
    assert window.scene.curve_item.has_baseline()
    assert window.future_state.overlay_action.isEnabled()
    panel = window.features["insights"]
    qtbot.waitUntil(lambda: panel.deltas.rowCount() == len(future.stages), timeout=2000)
    assert panel.deltas.isVisible()
    window.future_state.overlay_action.trigger()  # off
    assert not window.scene.curve_item.has_baseline()
    window.future_state.overlay_action.trigger()  # on again
    assert window.scene.curve_item.has_baseline()
    # the overlay is a view setting: the future map itself is unchanged by toggling it
    assert window.document.undo_stack.count() == 0


def test_dock_is_filled_when_its_tab_is_opened_not_after_a_pause(window, qtbot):
    """Clicking the Insights tab after edits shows the figures in its first frame."""
    panel = window.features["insights"]
    inspector = window.features["inspector"]
    window.tabifyDockWidget(inspector, panel)  # as they start (a test may have moved them)
    panel.raise_()
    qtbot.waitUntil(lambda: panel.moments.count() > 0, timeout=2000)
    inspector.raise_()  # the Insights tab goes behind: its figures stop following
    qtbot.waitUntil(lambda: not panel.in_front)
    jm = window.document.journey_map
    tp = next(t for t in jm.touchpoints if t.title == "Order-ready screen")
    window.scene.select_ids([tp.id])
    window.scene.controller.nudge(-7.0, 0.0, fresh=True)  # down to -5, the deepest valley
    assert tp.emotion == -5
    qtbot.wait(REFRESH_DELAY_MS * 2)  # behind, it did not refresh after the edit
    assert not any("Order-ready screen" in t for t in _texts(panel.moments))
    panel.raise_()  # the tab is clicked: no event loop turn in between
    assert any("Order-ready screen" in t for t in _texts(panel.moments))

"""Language, presentation mode, help, settings isolation, and a light start-up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from cjdesigner.app import create_main_window, switch_language
from cjdesigner.commands import SetFieldsCommand
from cjdesigner.ui import dialogs
from cjdesigner.ui.help_dialogs import CANVAS_KEYS, ShortcutSheet, about_text, shortcut_rows
from cjdesigner.ui.i18n import install_translators
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    win = create_main_window([str(SAMPLES / "concesionario.journey.json")])
    qtbot.addWidget(win)
    yield win
    install_translators("en")
    win.settings.set_language(None)


def test_switching_to_spanish_translates_menus_and_dialog_buttons_and_is_remembered(window, qtbot):
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": "Cambio pendiente"}))
    spanish = switch_language(window, "es")
    qtbot.addWidget(spanish)
    assert [m.title() for m in spanish.menus.values()] == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    assert spanish.editing.actions["mark_pain"].text() == "Marcar como do&lor"
    insights = spanish.features["insights"]
    insights.refresh()
    assert insights.windowTitle() == "Hallazgos"
    assert spanish.exports.menu.title() == "&Exportar"
    assert "no tienen evidencia" in insights.evidence.text()
    assert re.search(r"\(media [+-]?\d+,\d\)", insights.worst.text())  # "+1,3", not "+1.3"
    assert spanish.document is doc and doc.is_dirty and doc.undo_stack.count() == 1  # nothing lost
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard)
    assert {b.text() for b in box.buttons()} == {"Guardar", "Descartar"}
    # the shortcut sheet: the canvas's own keys too, named as Qt names the menus' keys
    sheet = ShortcutSheet(spanish)
    keys = [sheet.table.item(r, 2).text() for r in range(sheet.table.rowCount())]
    assert "Doble clic" in keys and "Control+Tab" in keys and "Control+0" in keys
    assert not any("Ctrl" in k or "click" in k for k in keys), keys
    sheet.deleteLater()
    assert spanish.settings.language() == "es"
    english = switch_language(spanish, "en")
    qtbot.addWidget(english)
    assert english.menus["file"].title() == "&File"


def test_opening_a_map_after_a_language_switch_leaves_no_window_listening(window, qtbot):
    """A window rebuilt for another language takes the map over; opening another map
    then drops it. Nobody may still listen to the dropped map: it signals while it is
    deleted (its undo stack clears itself), and a random GUI run found the old window
    reading that half-deleted stack whenever the map went before the window."""
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": "Pending"}))
    spanish = switch_language(window, "es")
    qtbot.addWidget(spanish)
    assert spanish.file_actions.load(SAMPLES / "coffee-shop.journey.json")
    assert spanish.document is not doc
    for listener in (window, spanish):
        listener.setWindowTitle("untouched")
    doc.dirty_changed.emit(True)
    doc.path_changed.emit(None)
    doc.undo_stack.indexChanged.emit(0)
    assert window.windowTitle() == spanish.windowTitle() == "untouched"
    spanish.document.undo_stack.push(
        SetFieldsCommand(spanish.document, spanish.document.journey_map.id, {"title": "New"})
    )
    assert spanish.windowTitle().startswith("coffee-shop.journey.json")
    assert spanish.isWindowModified()


def test_presentation_mode_hides_everything_but_the_map_and_esc_leaves(window, qtbot):
    window.show()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks
    window.presentation.toggle_action.trigger()
    assert window.isFullScreen() and window.menuBar().isHidden() and window.toolbar.isHidden()
    assert window.statusBar().isHidden()
    assert not any(d.isVisible() for d in docks)
    layout = window.scene.layout
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.width() >= layout.width - 1 or visible.height() >= layout.height - 1  # fits
    window.presentation.leave_action.trigger()
    assert not window.isFullScreen() and window.menuBar().isVisible()
    assert window.statusBar().isVisible()
    assert all(d.isVisible() for d in docks)


def test_shortcut_sheet_lists_live_actions_and_about_names_the_licence(window):
    rows = shortcut_rows(window)
    commands = {command for _menu, command, _keys in rows}
    assert {"Save", "Undo", "Mark as Pain", "Fit Map", "Presentation Mode"} <= commands
    sheet = ShortcutSheet(window)
    assert sheet.table.rowCount() == len(rows) + len(CANVAS_KEYS)
    # the keys are in view, not pushed out sideways by the longest command
    sheet.show()
    table = sheet.table
    assert sum(table.columnWidth(c) for c in range(3)) <= table.viewport().width()
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        keys = table.item(r, 2).text()
        assert metrics.horizontalAdvance(keys) < table.columnWidth(2), keys
    sheet.close()
    text = about_text()
    assert "GNU General Public License" in text and "Open Sans" in text


def test_settings_point_at_a_temporary_folder(window):
    path = window.settings._s.fileName()
    assert "cjdesigner-tests-" in path


def test_start_up_imports_no_exporter_and_no_pydantic_plugin():
    """The first window needs neither reportlab (PDF), python-pptx nor third-party
    pydantic plugins: none may hook the validation of the user's maps (a value the user
    set is kept)."""
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from cjdesigner.app import create_main_window\n"
        f"w = create_main_window([{str(SAMPLES / 'aerolinea.journey.json')!r}])\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'), list(get_plugins()))\n"
        "print('reportlab' in sys.modules or 'pptx' in sys.modules,"
        " len(w.document.journey_map.touchpoints))\n"
    )
    outputs = []
    for preset in (None, "logfire"):
        env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
        if preset:
            env["PYDANTIC_DISABLE_PLUGINS"] = preset
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout.split())
    assert outputs[0] == ["__all__", "[]", "False", "17"]
    assert outputs[1][0] == "logfire" and outputs[1][-2:] == ["False", "17"]


def test_application_has_its_names(window):
    app = QApplication.instance()
    assert app.organizationName() == "CJ Designer" and app.applicationName() == "CJ Designer"


def test_no_key_is_bound_to_two_actions(window):
    """Qt triggers neither action of a key bound twice (only a warning on the console),
    so every added shortcut is checked against all the others."""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    bound = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            bound[sequence.toString()].append(action.objectName() or action.text())
    assert len(bound) > 30  # the menus' shortcuts are there
    assert {k: v for k, v in bound.items() if len(v) > 1} == {}


def test_menu_shortcuts_still_work_in_presentation_mode(window, qtbot):
    """The menu bar is hidden on the projector, and with it went every menu shortcut: a
    facilitator's Ctrl+Z after a slip did nothing, nor did Ctrl+0 to fit the map again.
    Keys that act only on the canvas (Delete, P, O…) keep that limit."""
    from PySide6.QtCore import Qt

    from cjdesigner.commands import SetFieldsCommand

    with qtbot.waitExposed(window):
        window.show()
    document, view = window.document, window.view
    stage = document.journey_map.stages[0]
    window.presentation.set_active(True)
    try:
        document.undo_stack.push(SetFieldsCommand(document, stage.id, {"name": "Oops"}))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert stage.name != "Oops" and document.undo_stack.index() == 0
        view.set_zoom(2.0)
        qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert view.zoom() < 2.0  # fitted again
    finally:
        window.presentation.set_active(False)
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stage.name == "Oops"  # and they still work once the menu bar is back


def _mnemonic_clashes(menu) -> list[tuple[str, list[str]]]:
    """(letter, entries) for every Alt-letter two entries of one menu share."""
    import re
    from collections import defaultdict

    letters = defaultdict(list)
    clashes = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found = re.search(r"&(.)", action.text().replace("&&", ""))
        if found:
            letters[found.group(1).lower()].append(action.text())
        if action.menu() is not None:
            clashes += _mnemonic_clashes(action.menu())
    return clashes + [(k, v) for k, v in letters.items() if len(v) > 1]


def test_each_menu_letter_opens_one_entry_in_both_languages(window, qtbot):
    """Alt+E then a letter must pick one entry: with two entries on a letter, Qt only moves
    between them. Checked for every menu, the canvas's right-click menu (with "Add
    Touchpoint Here", and on a lane), in English and in Spanish."""
    from cjdesigner.app import switch_language
    from tests import helpers

    def clashes(win) -> list:
        found = [c for a in win.menuBar().actions() for c in _mnemonic_clashes(a.menu())]
        layout = win.scene.layout
        last = layout.stages[-1]
        spot = (last.inner_right - 2, layout.band.emotion_to_y(-4.8))  # an empty corner
        win.view.set_zoom(1.0)
        win.view.centerOn(*spot)
        helpers.right_click(win.view, spot)
        names = [a.objectName() for a in win.canvas_menu.menu.actions()]
        assert "action_add_touchpoint_here" in names
        win.canvas_menu.close_menu()
        found += _mnemonic_clashes(win.canvas_menu.menu)
        cell = layout.lanes[0].cells[0].rect  # and the menu on a lane, with its actions
        win.view.centerOn(cell.x + 4, cell.y + 4)
        helpers.right_click(win.view, (cell.x + 4, cell.y + 4))
        names = [a.objectName() for a in win.canvas_menu.menu.actions()]
        assert "action_move_lane_down" in names
        win.canvas_menu.close_menu()
        return found + _mnemonic_clashes(win.canvas_menu.menu) + _mnemonic_clashes(win.menuBar())

    window.resize(1440, 900)
    with qtbot.waitExposed(window):
        window.show()
    assert clashes(window) == []
    spanish = switch_language(window, "es")
    qtbot.addWidget(spanish)
    try:
        assert clashes(spanish) == []
    finally:
        switch_language(spanish, "en")


def test_a_start_without_a_file_shows_a_blank_map_in_the_interface_language(qtbot, monkeypatch):
    """A Spanish start showed "Untitled journey" and "Stage 1"; switching the language of
    the untouched blank map gives it back in the new language, and an edited one is kept."""
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    install_translators("es")
    try:
        spanish = create_main_window([])
        qtbot.addWidget(spanish)
        jm = spanish.document.journey_map
        assert jm.language.value == "es" and jm.title == "Viaje sin título"
        assert [s.name for s in jm.stages] == ["Etapa 1"]
        english = switch_language(spanish, "en")  # untouched: it follows the language
        qtbot.addWidget(english)
        jm = english.document.journey_map
        assert jm.language.value == "en" and [s.name for s in jm.stages] == ["Stage 1"]
        document = english.document
        document.undo_stack.push(
            SetFieldsCommand(document, document.journey_map.id, {"title": "Mine"})
        )
        spanish = switch_language(english, "es")  # edited: the user's map stays as it is
        qtbot.addWidget(spanish)
        assert spanish.document is document and document.journey_map.title == "Mine"
        assert [s.name for s in document.journey_map.stages] == ["Stage 1"]
        document.undo_stack.clear()
        spanish.settings.set_language(None)
    finally:
        install_translators("en")


def test_the_next_start_opens_as_the_user_works_not_as_the_projector_left_it(window, qtbot):
    """Closed in presentation mode with the find bar open, the window saved a full screen
    without toolbar or docks, and the bar: the next start opened like that."""
    with qtbot.waitExposed(window):
        window.show()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    window.find_bar.open_bar()
    window.presentation.set_active(True)
    assert window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    assert not again.isFullScreen() and again.toolbar.isVisible()
    assert not again.find_bar.isVisible()
    names = {d.objectName() for d in docks}
    shown = {d.objectName() for d in again.findChildren(QDockWidget) if d.isVisible()}
    assert names and names <= shown


def test_the_template_gallery_shows_each_template_as_the_canvas_draws_it(window, qtbot):
    from cjdesigner.ui.template_gallery import PREVIEW_WIDTH, TemplateGallery

    gallery = TemplateGallery(window, "en")
    qtbot.addWidget(gallery)

    def shown() -> bytes:
        image = gallery.preview.pixmap().toImage()
        assert image.width() == PREVIEW_WIDTH  # the whole map, scaled to the box
        return bytes(image.constBits())

    seen = set()
    for row in range(gallery.list.count()):
        gallery.list.setCurrentRow(row)
        seen.add(shown())
    assert len(seen) == gallery.list.count()  # each template looks like itself
    english = shown()
    gallery.spanish.setChecked(True)  # the stage names in the map's language
    assert shown() != english
    text = gallery.detail.text()  # what the new map holds, in words: its stages and lanes
    assert "Stages:" in text and "Lanes: Acciones · Pensamientos" in text

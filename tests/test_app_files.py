"""The document lifecycle around the canvas: new, open, recent, save, revert, close, drop."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from cjdesigner.app import create_main_window
from cjdesigner.commands import SetFieldsCommand
from cjdesigner.model import load_map, save_map
from cjdesigner.ui import dialogs
from tests.conftest import SAMPLES, SHARED

OJF = SHARED / "interop" / "ojf" / "ecommerce-purchase.ojf"


@pytest.fixture
def answers(monkeypatch):
    """Answer every dialog from a dict the test fills; record errors and questions."""
    given: dict = {}
    seen: dict = {"errors": [], "asked": [], "info": []}

    def pick(key, default=None):
        return given.get(key, default)

    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, msg: seen["errors"].append(msg)
    )
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, msg: seen["info"].append(msg))
    monkeypatch.setattr(
        dialogs,
        "ask_save_discard_cancel",
        lambda parent, name: seen["asked"].append(name) or pick("save_discard", "cancel"),
    )
    monkeypatch.setattr(dialogs, "get_open_path", lambda parent, folder="": pick("open_path", ""))
    monkeypatch.setattr(
        dialogs,
        "get_save_path",
        lambda parent, suggested: seen.setdefault("suggested", suggested) and pick("save_path", ""),
    )
    monkeypatch.setattr(dialogs, "choose_template", lambda parent, language: pick("template"))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, q: pick("confirm", True))
    monkeypatch.setattr(
        dialogs,
        "ask_overwrite_changed",
        lambda parent, name: (
            seen["asked"].append(("changed", name)) or pick("changed_on_disk", "cancel")
        ),
    )
    return given, seen


@pytest.fixture
def window(qtbot, answers):
    win = create_main_window()
    qtbot.addWidget(win)
    return win


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "aerolinea.journey.json"
    shutil.copy(SAMPLES / "aerolinea.journey.json", path)
    return path


def _edit(window, title="Edited"):
    doc = window.document
    doc.undo_stack.push(SetFieldsCommand(doc, doc.journey_map.id, {"title": title}))


def test_new_from_the_template_gallery(window, answers):
    given, _ = answers
    given["template"] = ("purchase", "es")
    assert window.file_actions.actions["new"].isEnabled()
    window.file_actions.actions["new"].trigger()
    jm = window.document.journey_map
    assert [s.name for s in jm.stages] == [
        "Consideración",
        "Comparación",
        "Compra",
        "Postventa",
        "Fidelización",
    ]
    assert jm.persona.name == "Nombre de la persona" and window.document.path is None
    assert not window.document.is_dirty


def test_open_title_star_and_undo_back_to_saved_clears_it(window, answers, sample):
    given, _ = answers
    given["open_path"] = str(sample)
    window.file_actions.actions["open"].trigger()
    assert window.document.path == sample
    assert (
        window.windowTitle().startswith("aerolinea.journey.json") and not window.isWindowModified()
    )
    _edit(window)
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_unsaved_changes_ask_save_discard_cancel(window, answers, sample):
    given, seen = answers
    window.open_path(sample)
    _edit(window, "Changed")
    given["save_discard"] = "cancel"
    assert not window.file_actions.close_map()
    assert window.document.journey_map.title == "Changed" and seen["asked"] == [
        "aerolinea.journey.json"
    ]
    given["save_discard"] = "save"
    assert window.file_actions.close_map()
    assert load_map(sample).title == "Changed"
    window.open_path(sample)
    _edit(window, "Thrown away")
    given["save_discard"] = "discard"
    assert window.close()
    assert load_map(sample).title == "Changed"


def test_quitting_with_changes_and_cancel_keeps_the_window(window, answers, qtbot):
    given, _ = answers
    _edit(window)
    window.show()
    given["save_discard"] = "cancel"
    window.close()
    assert window.isVisible()
    given["save_discard"] = "discard"
    window.close()
    assert not window.isVisible()


def test_bad_file_shows_the_message_and_keeps_the_current_map(window, answers, tmp_path):
    _, seen = answers
    bad = tmp_path / "broken.journey.json"
    bad.write_text('{"format": "cjdesigner.journey", "version": 1, "title": 5}', encoding="utf-8")
    before = window.document
    assert not window.open_path(bad)
    assert window.document is before
    assert seen["errors"] and str(bad) in seen["errors"][0] and "title" in seen["errors"][0]


@pytest.mark.skipif(not OJF.exists(), reason="../shared/interop/ojf is not beside the checkout")
def test_opening_ojf_then_save_asks_for_a_journey_json_name(window, answers, tmp_path):
    given, seen = answers
    source = tmp_path / "ecommerce-purchase.ojf"
    shutil.copy(OJF, source)
    assert window.open_path(source)
    assert window.document.is_dirty and window.document.path is None
    assert seen["info"] and "sentiment" in seen["info"][0]
    target = tmp_path / "chosen"
    given["save_path"] = str(target)
    assert window.save()
    assert seen["suggested"].endswith("ecommerce-purchase.journey.json")
    saved = tmp_path / "chosen.journey.json"
    assert saved.exists() and load_map(saved).stages[0].name == "Discovery"
    assert source.read_bytes() == OJF.read_bytes()  # the imported file is never overwritten


@pytest.mark.skipif(not OJF.exists(), reason="../shared/interop/ojf is not beside the checkout")
def test_import_notes_follow_the_interface_language(window, answers, tmp_path):
    """The notes on what an .ojf file held that the model has no place for are worded in
    the interface language (the importer itself writes English for the CLI)."""
    from cjdesigner.interop.formats import read_map
    from cjdesigner.ui.i18n import install_translators

    _, seen = answers
    source = tmp_path / "ecommerce-purchase.ojf"
    shutil.copy(OJF, source)
    english = read_map(source).notes
    assert any("sentiment" in note for note in english)
    install_translators("es")
    try:
        assert window.open_path(source)
    finally:
        install_translators("en")
    (message,) = seen["info"]
    assert "palabra de sentimiento" in message
    assert "sentiment word" not in message
    assert message.count("•") == len(english)


def test_save_failure_keeps_the_document_dirty(window, answers, tmp_path):
    _, seen = answers
    target = tmp_path / "m.journey.json"
    window.document.save(target)
    _edit(window)
    target.parent.chmod(0o500)
    try:
        (tmp_path / "gone").mkdir()
        window.document._path = (
            tmp_path / "gone" / "missing" / "m.journey.json"
        )  # a folder that does not exist
        assert not window.save()
    finally:
        target.parent.chmod(0o700)
    assert window.document.is_dirty
    assert seen["errors"] and "could not be saved" in seen["errors"][-1]


def _written_by_someone_else(path: Path, title: str) -> bytes:
    other = load_map(path)
    other.title = title
    save_map(other, path)
    later = path.stat().st_mtime + 5  # a clock tick away even on coarse file systems
    os.utime(path, (later, later))
    return path.read_bytes()


def test_save_asks_before_replacing_a_file_another_program_changed(
    window, answers, sample, tmp_path
):
    given, seen = answers
    assert window.file_actions.load(sample)
    _edit(window, "Mine")
    theirs = _written_by_someone_else(sample, "Theirs")

    # Cancel: nothing written, my edit still unsaved
    assert not window.file_actions.save()
    assert seen["asked"] == [("changed", sample.name)]
    assert sample.read_bytes() == theirs and window.document.is_dirty

    # Save As: my version elsewhere, theirs untouched
    copy = tmp_path / "mine.journey.json"
    given.update(changed_on_disk="save_as", save_path=str(copy))
    assert window.file_actions.save()
    assert load_map(copy).title == "Mine" and sample.read_bytes() == theirs
    assert window.document.path == copy

    # Saving the copy again asks nothing: this document wrote it
    _edit(window, "Mine again")
    assert window.file_actions.save()
    assert load_map(copy).title == "Mine again" and len(seen["asked"]) == 2


def test_save_over_a_changed_file_when_the_user_says_so(window, answers, sample):
    given, seen = answers
    assert window.file_actions.load(sample)
    _edit(window, "Mine")
    _written_by_someone_else(sample, "Theirs")
    given["changed_on_disk"] = "overwrite"
    assert window.file_actions.save()
    assert load_map(sample).title == "Mine" and not window.document.is_dirty
    _edit(window, "Mine, later")
    assert window.file_actions.save()  # after my own save, no question
    assert [q for q in seen["asked"] if q[0] == "changed"] == [("changed", sample.name)]


def test_save_does_not_ask_when_the_file_is_unchanged_or_gone(window, answers, sample):
    _given, seen = answers
    assert window.file_actions.load(sample)
    _edit(window, "Mine")
    assert window.file_actions.save()
    sample.unlink()  # moved away meanwhile: saving writes it again
    _edit(window, "Again")
    assert window.file_actions.save()
    assert load_map(sample).title == "Again"
    assert [q for q in seen["asked"] if q[0] == "changed"] == []


def _start_typing_a_title(window, qtbot, sample):
    """Open the sample, select its first touchpoint and open its title editor (F2)."""
    assert window.file_actions.load(sample)
    with qtbot.waitExposed(window):
        window.show()
    tp = _select_first_touchpoint(window, qtbot)
    window.editing.actions["rename"].trigger()
    qtbot.waitUntil(lambda: window.view.editor is not None, timeout=2000)
    return tp


def _select_first_touchpoint(window, qtbot):
    tp = window.document.journey_map.touchpoints[0]
    window.scene.clearSelection()
    window.scene.item_for(tp.id).setSelected(True)
    window.view.setFocus()
    return tp


def test_save_keeps_a_title_still_being_typed_in_place(window, answers, sample, qtbot):
    """Ctrl+S while a title is open in its editor saves what is typed, as clicking away
    first would; it used to save the old title and call the map saved."""
    tp = _start_typing_a_title(window, qtbot, sample)
    editor = window.view.editor
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "Typed, never entered")
    window.save_action.trigger()
    assert load_map(sample).touchpoint(tp.id).title == "Typed, never entered"
    assert not window.document.is_dirty and window.view.editor is None


def test_closing_with_a_title_still_being_typed_asks_to_save_it(window, answers, sample, qtbot):
    given, seen = answers
    tp = _start_typing_a_title(window, qtbot, sample)
    window.view.editor.editor.setText("Half-typed")
    given["save_discard"] = "save"
    assert window.file_actions.maybe_save()
    assert seen["asked"], "the typed title is an unsaved change"
    assert load_map(sample).touchpoint(tp.id).title == "Half-typed"


def test_save_keeps_a_table_cell_still_being_edited(window, answers, sample, qtbot):
    """The same for a cell of the inspector's evidence table: its editor commits first."""
    from PySide6.QtWidgets import QTableWidget

    assert window.file_actions.load(sample)
    with qtbot.waitExposed(window):
        window.show()
    tp = _select_first_touchpoint(window, qtbot)
    dock = window.features["inspector"]
    tables = [t for t in dock.findChildren(QTableWidget) if t.isVisible()]
    table = next(t for t in tables if "Note" in t.horizontalHeaderItem(1).text())
    rows_before = table.rowCount()
    assert rows_before > 0, "the sample's first touchpoint has evidence"
    table.setFocus()
    table.editItem(table.item(0, 1))
    cell_editor = table.focusWidget() if table.focusWidget() is not table else None
    cell_editor = cell_editor or table.viewport().focusWidget()
    assert cell_editor is not None and cell_editor is not table
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, "n=42, typed in the cell")
    window.save_action.trigger()
    saved = load_map(sample).touchpoint(tp.id)
    assert saved.evidence[0].note == "n=42, typed in the cell"
    assert not window.document.is_dirty


def test_recent_files_are_remembered_and_missing_ones_greyed(window, answers, sample, tmp_path):
    window.open_path(sample)
    other = tmp_path / "other.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", other)
    window.open_path(other)
    ampersand = tmp_path / "R&D.journey.json"
    shutil.copy(SAMPLES / "coffee-shop.journey.json", ampersand)
    window.open_path(ampersand)
    twin = tmp_path / "client-b" / sample.name  # another client's map of the same name
    twin.parent.mkdir()
    shutil.copy(sample, twin)
    window.open_path(twin)
    other.unlink()
    window.file_actions.fill_recent()
    entries = {
        a.text(): a.isEnabled() for a in window.file_actions.recent_menu.actions() if a.text()
    }
    # newest first, numbered for the keyboard (Alt+F, R, 1), twins told apart by folder
    assert entries["&1 aerolinea.journey.json (client-b)"] is True
    assert entries[f"&4 aerolinea.journey.json ({sample.parent.name})"] is True
    assert entries["&3 other.journey.json (missing)"] is False
    assert entries["&2 R&&D.journey.json"] is True  # a menu shows "R&D", not "RD" underlined
    assert window.settings.recent_files()[:4] == [
        str(twin),
        str(ampersand),
        str(other),
        str(sample),
    ]
    prune = next(
        a for a in window.file_actions.recent_menu.actions() if a.text() == "Remove Missing Files"
    )
    prune.trigger()
    assert str(other) not in window.settings.recent_files()


def test_revert_goes_back_to_the_saved_file(window, answers, sample):
    window.open_path(sample)
    _edit(window, "Not wanted")
    assert window.file_actions.revert()
    assert (
        window.document.journey_map.title == load_map(sample).title and not window.document.is_dirty
    )


def test_dropping_a_map_file_opens_it(window, answers, sample):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.path == sample


def test_file_given_on_the_command_line_opens(qtbot, sample):
    window = create_main_window([str(sample)])
    qtbot.addWidget(window)
    assert window.document.path == sample
    assert window.document.journey_map.title.startswith("Volar con Iberalia")


def test_opening_shows_the_wait_cursor_and_an_error_has_the_normal_one(
    window, answers, sample, tmp_path, monkeypatch
):
    """A big map takes seconds to read and lay out: the wait cursor shows meanwhile,
    and is gone again before an error is shown (or after the map is open)."""
    from PySide6.QtGui import QGuiApplication

    _given, seen = answers
    cursors = []
    original = window.set_document

    def watch(document):
        cursor = QGuiApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        original(document)

    monkeypatch.setattr(window, "set_document", watch)
    monkeypatch.setattr(
        dialogs,
        "show_error",
        lambda parent, title, msg: seen["errors"].append(QGuiApplication.overrideCursor()),
    )
    assert window.open_path(sample)
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None
    broken = tmp_path / "broken.journey.json"
    broken.write_text("{")
    assert not window.open_path(broken)
    assert seen["errors"] == [None]  # the message box gets the normal cursor
    assert QGuiApplication.overrideCursor() is None

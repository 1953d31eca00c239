"""Inspector and persona docks: edits are commands, typing merges, undo refreshes the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from cjdesigner.app import create_main_window
from cjdesigner.canvas.style import BASE_PIXELS, base_font
from cjdesigner.document import Document
from cjdesigner.model import Channel, load_map
from cjdesigner.textmetrics import text_width
from tests import helpers
from tests.conftest import SAMPLES


@pytest.fixture
def window(qtbot):
    win = create_main_window()
    win.set_document(Document(load_map(SAMPLES / "subscription-saas.journey.json")))
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.document.undo_stack.clear()
    win.close()


def test_inspector_follows_the_selection_and_typing_is_one_undo_step(window, qtbot):
    jm = window.document.journey_map
    inspector = window.features["inspector"]
    tp = jm.touchpoints[4]
    window.scene.select_ids([tp.id])
    form = inspector.current_form()
    title = form.findChild(QLineEdit, "field_title")
    assert title.text() == tp.title
    count = window.document.undo_stack.count()
    title.setFocus()
    title.end(False)  # long titles are shown from their start; the user goes to the end
    qtbot.keyClicks(title, " now")
    assert tp.title.endswith(" now")
    assert window.document.undo_stack.count() == count + 1  # four keystrokes, one step
    window.document.undo_stack.undo()
    assert not tp.title.endswith(" now")
    assert title.text() == tp.title  # the field follows undo


def test_inspector_choice_fields_push_commands(window):
    jm = window.document.journey_map
    tp = jm.touchpoints[0]
    window.scene.select_ids([tp.id])
    form = window.features["inspector"].current_form()
    channel = form.findChild(QComboBox, "field_channel")
    index = channel.findData(Channel.EMAIL)
    channel.setCurrentIndex(index)
    channel.activated.emit(index)
    assert tp.channel == Channel.EMAIL
    stage_box = form.findChild(QComboBox, "field_stage_id")
    target = stage_box.findData(jm.stages[3].id)
    stage_box.activated.emit(target)
    assert tp.stage_id == jm.stages[3].id
    # the canvas follows: the card now sits in the new stage's column
    column = window.scene.item_for(jm.stages[3].id).box.column
    assert column.x <= window.scene.item_for(tp.id).box.dot[0] <= column.right


def test_invalid_input_is_explained_and_not_pushed(window, qtbot):
    jm = window.document.journey_map
    stage = jm.stages[0]
    window.scene.select_ids([stage.id])
    form = window.features["inspector"].current_form()
    name = form.findChild(QLineEdit, "field_name")
    count = window.document.undo_stack.count()
    name.setText("")
    name.textEdited.emit("")
    assert stage.name and window.document.undo_stack.count() == count
    assert form.error.isVisibleTo(form) and "empty" in form.error.text()
    assert form.error.text().startswith("Name: ")  # the field's label, not its file key


def test_inspector_errors_read_in_the_interface_language(window):
    """In Spanish the inspector says "Nombre: no puede estar vacío", not "name: must not be
    empty" (the model's English and the file's key)."""
    from cjdesigner.ui.i18n import install_translators

    stage = window.document.journey_map.stages[0]
    install_translators("es")
    try:
        window.scene.clearSelection()
        window.scene.select_ids([stage.id])
        form = window.features["inspector"].current_form()
        name = form.findChild(QLineEdit, "field_name")
        name.setText("")
        name.textEdited.emit("")
        text = form.error.text()
    finally:
        install_translators("en")
    assert text == "Nombre: no puede estar vacío"


def test_persona_dock_edits_lists_and_undo(window, qtbot):
    persona = window.document.journey_map.persona
    dock = window.features["persona"]
    goals = dock.form.findChild(QPlainTextEdit, "field_goals")
    goals.setPlainText("Ship faster\nFewer meetings")
    assert persona.goals == ["Ship faster", "Fewer meetings"]
    window.document.undo_stack.undo()
    assert goals.toPlainText().splitlines()[0] == "Fewer status meetings"


def test_canvas_text_is_as_wide_as_the_layout_measured(qapp):
    # One scene unit is one point: a run drawn at BASE_PIXELS then scaled by size/BASE_PIXELS.
    for style in ("regular", "semibold", "bold", "italic"):
        text = "Selección de asiento y equipaje — 3,5 €"
        drawn = QFontMetricsF(base_font(style)).horizontalAdvance(text) * 12 / BASE_PIXELS
        assert drawn == pytest.approx(text_width(text, 12, style), rel=0.02)


def test_double_click_on_the_persona_card_opens_the_persona_dock(window, qtbot):
    from tests import helpers

    window.features["inspector"].raise_()
    card = window.scene.layout.persona.rect
    window.view.centerOn(card.cx, card.cy)
    helpers.double_click(window.view, QPointF(card.x + 30, card.bottom - 10))
    qtbot.waitUntil(lambda: not window.features["persona"].visibleRegion().isEmpty(), timeout=2000)


def test_tooltips_show_user_text_escaped(window):
    jm = window.document.journey_map
    tp = jm.touchpoints[0]
    from cjdesigner.commands import SetFieldsCommand

    window.document.undo_stack.push(
        SetFieldsCommand(window.document, tp.id, {"description": "<b>bold</b> & <img src=x>"})
    )
    tip = window.scene.tooltip_for(tp.id)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;" in tip and "<img" not in tip


def test_single_key_shortcuts_only_act_on_the_canvas(window):
    action = window.editing.actions["mark_pain"]
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert action in window.view.actions()


def test_persona_photo_is_chosen_removed_and_undone_from_the_dock(window, qtbot, tmp_path):
    """Choose photo… puts the picture on the dock and the map's persona card; Remove photo
    takes it off, and is greyed out while there is none; each is one undo step."""
    from PySide6.QtGui import QColor, QImage

    from cjdesigner.ui import dialogs

    image = QImage(120, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E7D6B"))
    path = tmp_path / "ana.png"
    assert image.save(str(path))
    persona = window.document.journey_map.persona
    dock = window.features["persona"]
    remove = dock.remove_button
    assert persona.photo is None and not remove.isEnabled()
    window.features["persona"].show()
    original = dialogs.get_open_image_path
    dialogs.get_open_image_path = lambda parent: str(path)
    try:
        qtbot.mouseClick(
            dock.findChild(QPushButton, "button_choose_photo"), Qt.MouseButton.LeftButton
        )
    finally:
        dialogs.get_open_image_path = original
    assert persona.photo and remove.isEnabled()
    assert not dock.photo.pixmap().isNull()
    from cjdesigner.canvas.items import PersonaItem

    card = next(i for i in window.scene.items() if isinstance(i, PersonaItem))
    assert card.box.photo == persona.photo  # drawn on the map's persona card
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert persona.photo is None and not remove.isEnabled()
    window.document.undo_stack.undo()
    assert persona.photo and remove.isEnabled()


def _drop(widget, mime) -> bool:
    """Drag ``mime`` over ``widget`` and drop it; whether the drag was accepted."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    centre = QPoint(widget.width() // 2, widget.height() // 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(centre, action, mime, Qt.MouseButton.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), action, mime, Qt.MouseButton.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_photo_is_dropped_on_the_dock_or_pasted_each_one_undo_step(
    window, qtbot, tmp_path, monkeypatch
):
    """From the file manager, a browser or the clipboard, without the file dialog."""
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    from cjdesigner.ui import dialogs
    from tests.factories import png_bytes

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    persona = window.document.journey_map.persona
    dock = window.features["persona"]
    dock.show()
    stack = window.document.undo_stack
    big = QImage(1600, 1200, QImage.Format.Format_RGB32)  # scaled down on the way in
    big.fill(QColor("#2E7D6B"))
    path = tmp_path / "Ana Silva.PNG"
    assert big.save(str(path), "PNG")
    # a file from the file manager
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    count = stack.count()
    assert _drop(dock.photo, mime)
    assert persona.photo and stack.count() == count + 1
    assert max(QImage.fromData(persona.photo).width(), 1) == 512
    # a text file is not taken: the drag is refused, nothing changes
    note = tmp_path / "notes.txt"
    note.write_text("not a picture")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    assert not _drop(dock.photo, mime) and stack.count() == count + 1
    # a picture dragged from a browser (image data, no file)
    small = QImage(60, 80, QImage.Format.Format_RGB32)
    small.fill(QColor("#D55E00"))
    mime = QMimeData()
    mime.setImageData(small)
    assert _drop(dock.photo, mime)
    assert QImage.fromData(persona.photo).size().toTuple() == (60, 80)
    stack.undo()
    assert max(QImage.fromData(persona.photo).width(), 1) == 512  # the dropped file again
    # pasted from the clipboard
    paste = dock.findChild(QPushButton, "button_paste_photo")
    QGuiApplication.clipboard().setImage(small)
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)
    assert QImage.fromData(persona.photo).size().toTuple() == (60, 80)
    QGuiApplication.clipboard().setText("just words")
    before = persona.photo
    qtbot.mouseClick(paste, Qt.MouseButton.LeftButton)
    assert persona.photo == before
    assert "no picture" in window.statusBar().currentMessage()
    # an image file claiming 100,000 pixels a side is refused unread, and named
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bytes(100_000, 100_000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bomb))])
    assert _drop(dock.photo, mime)
    assert persona.photo == before and errors and "bomb.png" in errors[-1]
    assert "too large" in errors[-1]


def test_history_dock_lists_the_edits_and_a_click_goes_back_to_one(window, qtbot, tmp_path):
    """View ▸ History lists every edit by name under "Map as opened"; clicking a row
    undoes (or redoes) to it, the map following exactly."""
    from cjdesigner.commands import SetFieldsCommand

    document = window.document
    jm = document.journey_map
    opened = jm.model_dump()
    dock = window.features["history"]
    assert dock.isHidden()
    toggle = dock.toggleViewAction()
    assert toggle in window.menus["view"].actions()
    toggle.trigger()
    assert dock.isVisible()
    assert not dock.list.cleanIcon().isNull()  # the saved state's disk icon, set on show
    stack = document.undo_stack
    stage = jm.stages[0]
    stack.push(SetFieldsCommand(document, stage.id, {"name": "Descubrir"}, "Rename stage"))
    after_first = jm.model_dump()
    window.scene.select_ids([jm.touchpoints[0].id])
    window.editing.actions["delete"].trigger()
    model = dock.list.model()
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows[0] == "Map as opened" and rows[1] == "Rename stage" and len(rows) == 3

    def click(row: int) -> None:
        rect = dock.list.visualRect(model.index(row, 0))
        qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(1)
    assert stack.index() == 1 and jm.model_dump() == after_first
    click(0)
    assert stack.index() == 0 and jm.model_dump() == opened
    click(2)
    assert stack.index() == 2 and len(jm.touchpoints) == len(opened["touchpoints"]) - 1


def test_undo_names_what_it_undoes_and_keeps_an_ampersand(window):
    """Undo's menu text and the history name the object a Delete took (or how many), and
    a name with "&" keeps it: menus read "&" as a shortcut marker."""
    from PySide6.QtGui import QAction

    from cjdesigner.commands import MoveIndexCommand, SetFieldsCommand

    document, scene = window.document, window.scene
    jm, stack = document.journey_map, document.undo_stack
    stage = jm.stages[0]
    stack.push(SetFieldsCommand(document, stage.id, {"name": "Check-in & boarding"}))
    stack.push(MoveIndexCommand(document, "stage", stage.id, 2, "Move stage “Check-in & boarding”"))
    undo: QAction = window.undo_action
    assert undo.text() == "&Undo Move stage “Check-in && boarding”"  # shows one "&"
    assert stack.text(stack.index() - 1) == "Move stage “Check-in & boarding”"  # the history
    tp = jm.touchpoints[0]
    scene.select_ids([tp.id])
    window.editing.actions["delete"].trigger()
    assert stack.text(stack.index() - 1) == f"Delete touchpoint “{tp.title}”"
    scene.select_ids([t.id for t in jm.touchpoints[:3]])
    window.editing.actions["delete"].trigger()
    assert stack.text(stack.index() - 1) == "Delete 3 objects"


def test_inspector_fits_each_form_without_sideways_scrolling(window, qtbot):
    """A short form after a tall one has no scroll bar; a table's note wraps in the dock."""
    window.resize(1440, 700)
    jm = window.document.journey_map
    inspector = window.features["inspector"]
    scroll = inspector.widget()
    inspector.show()
    inspector.raise_()  # a test before may have left the History tab in front
    window.scene.select_ids([jm.touchpoints[0].id])  # the tallest form: it may scroll
    table = inspector.current_form().findChild(QTableWidget)
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
    # an evidence note is the long text in the table: wrapped, not cut off to the right
    assert "CTR 0.9%" in table.item(0, 1).text()
    widths = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert widths <= table.viewport().width()
    one_line = QFontMetricsF(table.font()).height()
    assert table.rowHeight(0) > 1.5 * one_line  # the note took two lines or more
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # taller than the dock
    window.scene.select_ids([jm.pains[0].id])
    # a pain's form is short: it used to scroll through the touchpoint form's height
    qtbot.waitUntil(lambda: scroll.widget().height() <= scroll.viewport().height())
    assert scroll.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("width", [280, 340, 420, 700])
def test_form_fields_are_never_cramped_beside_long_labels(qtbot, width):
    """Spanish labels are long: in a narrow dock they go above the fields, all of them,
    so every field has room (the title box was 95 px beside "Título")."""
    from cjdesigner.ui.forms import FIELD_MIN_CHARS, Field, Form

    form = Form(
        [
            Field("title", "Título"),
            Field("position", "Posición en la etapa", "float"),
            Field("channel_detail", "Detalle del canal"),
            Field(
                "evidence",
                "Evidencia",
                "table",
                {"columns": [("method", "Método"), ("note", "Nota")], "make": dict, "show": dict},
            ),
        ]
    )
    qtbot.addWidget(form)
    form.resize(width, 300)
    form.show()
    qtbot.waitExposed(form)
    room = FIELD_MIN_CHARS * form.fontMetrics().averageCharWidth()
    names = ("title", "position", "channel_detail", "evidence")
    fields = [form.bindings[name].widget for name in names]

    def roomy_and_aligned() -> bool:
        lefts = {f.geometry().left() for f in fields}  # one column of fields, not ragged
        return len(lefts) == 1 and all(f.width() >= room for f in fields)

    qtbot.waitUntil(roomy_and_aligned, timeout=2000)


def test_evidence_table_is_as_tall_as_its_rows(window, qtbot):
    """One evidence note sat above ~190 px of empty table; the table now grows with its
    rows (and one more line of room), and past eight rows it scrolls."""
    jm = window.document.journey_map
    inspector = window.features["inspector"]
    inspector.show()
    inspector.raise_()
    tp = jm.touchpoints[0]
    window.scene.select_ids([tp.id])
    table = inspector.current_form().findChild(QTableWidget)
    qtbot.waitUntil(lambda: table.isVisible())
    one = table.height()
    assert one < 150
    add = next(b for b in inspector.current_form().findChildren(QPushButton) if b.text() == "Add")
    for _ in range(3):
        add.click()
    assert len(tp.evidence) == 4
    qtbot.waitUntil(lambda: table.height() > one + 2 * table.verticalHeader().defaultSectionSize())
    for _ in range(10):
        add.click()
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0)  # capped: it scrolls
    window.document.undo_stack.undo()
    assert len(tp.evidence) == 13


def test_a_number_half_typed_into_a_deleted_objects_field_goes_nowhere(window, qtbot):
    """Typing into the inspector, then deleting the object (Delete, or a clicker's blank
    screen and Delete, as the GUI monkey found): the field gives up its text when focus
    leaves it, after the object is gone. That raised KeyError; now the text is dropped."""
    from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox

    jm = window.document.journey_map
    stage = jm.stages[1]
    window.scene.select_ids([stage.id])
    form = window.features["inspector"].current_form()
    width = form.findChild(QDoubleSpinBox, "field_width")
    width.setKeyboardTracking(False)  # the text counts when the field is left
    width.setFocus()
    width.selectAll()
    qtbot.keyClicks(width, "3")
    count = window.document.undo_stack.count()
    window.editing.actions["delete"].trigger()
    assert all(s.id != stage.id for s in jm.stages)
    width.interpretText()  # what losing focus does
    width.clearFocus()
    assert window.document.undo_stack.count() == count + 1  # the deletion, nothing else
    assert isinstance(width, QAbstractSpinBox)


def test_the_persona_of_another_map_is_used_in_one_step(window, qtbot, monkeypatch, tmp_path):
    """A consultant's same customer in another journey: every field and the photo come
    from the other map's file, as one undo step; the persona keeps its own id. A file
    that cannot be read, or holds no persona, changes nothing and says why."""
    from cjdesigner.model import JourneyMap, save_map
    from cjdesigner.ui import dialogs

    jm = window.document.journey_map
    other = load_map(SAMPLES / "concesionario.journey.json").persona
    assert other.photo is None or other.photo != jm.persona.photo
    seen: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, m: seen["error"].append(m))
    monkeypatch.setattr(dialogs, "show_info", lambda p, t, m: seen["info"].append(m))
    source = {"path": str(SAMPLES / "concesionario.journey.json")}
    monkeypatch.setattr(dialogs, "get_persona_source", lambda parent: source["path"])
    dock = window.features["persona"]
    button = dock.findChild(QPushButton, "button_import_persona")
    before, count = jm.model_dump(), window.document.undo_stack.count()
    own_id = jm.persona.id
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert jm.persona.model_dump(exclude={"id"}) == other.model_dump(exclude={"id"})
    assert jm.persona.id == own_id
    assert window.document.undo_stack.undoText() == f"Use persona “{other.name}”"
    assert dock.form.bindings["name"].widget.text() == other.name  # the dock follows
    helpers.exact_undo_step(window, before, count)
    window.document.undo_stack.undo()
    broken = tmp_path / "broken.journey.json"
    broken.write_text('{"format": "cjdesigner.journey", "version": 1, "persona": [', "utf-8")
    source["path"] = str(broken)
    dock.import_persona()
    assert seen["error"] and "broken.journey.json" in seen["error"][0]
    empty = tmp_path / "empty.journey.json"
    save_map(JourneyMap(title="No one yet"), empty)
    source["path"] = str(empty)
    dock.import_persona()
    assert seen["info"] == ["empty.journey.json has no persona: nothing was changed."]
    assert jm.model_dump() == before and window.document.undo_stack.index() == count

"""One workshop from start to finish, as a facilitator drives it: keys and the mouse only,
then the saved file and the PDF read back. Each step is covered on its own elsewhere;
this checks they hold together (focus handed on, selection kept, one undo step each)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from cjdesigner.app import create_main_window
from cjdesigner.model import load_map
from cjdesigner.ui import dialogs
from cjdesigner.ui.i18n import install_translators
from tests import helpers

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def answers(monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "AUTO_ANSWERS", {})
    dialogs.AUTO_ANSWERS.update(
        template=("purchase", "es"),
        save_path=str(tmp_path / "taller.journey.json"),
        export_path=str(tmp_path / "taller.pdf"),
        pdf_options=("A2", True, None),
        save_discard="discard",
        error=True,
        info=True,
    )
    return dialogs.AUTO_ANSWERS


def _type(qtbot, text: str) -> None:
    """Type into the editor that opened in place (after Insert, Ctrl+T, P…) and press
    Enter, as a user does once it shows."""
    editors = (QLineEdit, QPlainTextEdit)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), editors), timeout=2000)
    widget = QApplication.focusWidget()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_workshop_from_a_template_to_a_saved_map_and_a_poster(qtbot, answers, tmp_path):
    install_translators("es")
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        window.resize(1400, 900)
        with qtbot.waitExposed(window):
            window.show()
        view, scene = window.view, window.scene
        view.setFocus()
        qtbot.keyClick(view.viewport(), Qt.Key.Key_N, CTRL)  # the template gallery
        document = window.document
        jm = document.journey_map
        assert jm.language.value == "es" and len(jm.stages) >= 3
        stages_before = len(jm.stages)

        scene.select_ids([jm.stages[-1].id])
        view.setFocus()
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Insert)  # a stage after the last one
        _type(qtbot, "Recomendar")
        assert [s.name for s in jm.stages][-1] == "Recomendar"
        assert len(jm.stages) == stages_before + 1

        qtbot.keyClick(view.viewport(), Qt.Key.Key_T, CTRL)  # a touchpoint in it
        _type(qtbot, "Review en Google")  # QTest types ASCII only (it aborts on "ñ")
        tp = next(t for t in jm.touchpoints if t.title == "Review en Google")
        assert tp.stage_id == jm.stages[-1].id
        for _ in range(3):
            qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
        assert tp.emotion == 3

        # drag it down to -2 with the mouse: one undo step
        steps = document.undo_stack.count()
        x, y = scene.item_for(tp.id).box.dot
        view.centerOn(x, y)
        helpers.drag(view, (x, y), (x, scene.layout.band.emotion_to_y(-2)))
        assert tp.emotion == -2 and document.undo_stack.count() == steps + 1

        qtbot.keyClick(view.viewport(), Qt.Key.Key_P)  # a pain on it, named in place
        _type(qtbot, "Nadie contesta")
        (pain,) = [p for p in jm.pains if p.touchpoint_id == tp.id]
        assert pain.title == "Nadie contesta"

        view.setFocus()
        qtbot.keyClick(view.viewport(), Qt.Key.Key_H, CTRL)  # replace a word everywhere
        bar = window.find_bar
        qtbot.keyClicks(bar.field, "REVIEW")
        bar.replacement.setText("Opinión")
        bar.replace_all()
        assert tp.title == "Opinión en Google"

        qtbot.keyClick(view.viewport(), Qt.Key.Key_S, CTRL)  # Save asks for a name: untitled
        saved = tmp_path / "taller.journey.json"
        assert saved.exists() and not document.is_dirty
        with qtbot.waitSignal(window.exports.finished, timeout=60000) as done:
            window.exports.actions["pdf"].trigger()
        assert done.args[0] is not None
    finally:
        install_translators("en")

    back = load_map(saved)
    assert back == jm  # the file holds exactly what was on screen
    assert [s.name for s in back.stages][-1] == "Recomendar"
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "taller.pdf").pages)
    assert "Opinión en Google" in text and "Nadie contesta" in text and "Recomendar" in text
    assert "Dolores y oportunidades" in text  # the poster speaks the map's language

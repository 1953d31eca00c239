"""Dot voting: the room puts dots on the pains and opportunities that matter most; the
map keeps the count, ranks by it and shows it on screen, on paper and in every export."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSpinBox

from cjdesigner.commands import SetFieldsCommand
from cjdesigner.export.pdf import export_pdf
from cjdesigner.export.table import export_csv
from cjdesigner.interop.csv_table import import_csv
from cjdesigner.interop.ojf_export import ojf_to_dict
from cjdesigner.layout import compute_layout
from cjdesigner.model import (
    JourneyMap,
    MapFileError,
    Opportunity,
    Pain,
    Stage,
    Touchpoint,
    load_map,
    map_from_bytes,
    map_to_bytes,
)
from cjdesigner.model.insights import has_votes, pain_priorities
from tests import helpers
from tests.conftest import SAMPLES


def _voted_map(votes: tuple[int, int] = (0, 5)) -> JourneyMap:
    stage = Stage(name="Pay")
    tp = Touchpoint(stage_id=stage.id, title="Card refused", emotion=-4)
    return JourneyMap(
        title="Dot vote",
        language="en",
        stages=[stage],
        touchpoints=[tp],
        pains=[
            Pain(title="Severe, no votes", touchpoint_id=tp.id, severity=3, votes=votes[0]),
            Pain(title="Mild, voted", stage_id=stage.id, severity=1, votes=votes[1]),
        ],
        opportunities=[Opportunity(title="Retry in the app", touchpoint_id=tp.id)],
    )


# ------------------------------------------------------------------ the model and files
def test_votes_are_whole_numbers_from_0_to_999_and_a_version_1_file_has_none(tmp_path):
    jm = _voted_map()
    data = json.loads(map_to_bytes(jm))
    assert data["version"] == 2 and [p["votes"] for p in data["pains"]] == [0, 5]
    assert map_from_bytes(map_to_bytes(jm)).model_dump() == jm.model_dump()
    for bad, reason in ((-1, "must be at least 0 (got -1)"), (1000, "at most 999")):
        broken = json.loads(map_to_bytes(jm))
        broken["pains"][1]["votes"] = bad
        with pytest.raises(MapFileError) as info:
            map_from_bytes(json.dumps(broken).encode(), "x.journey.json")
        assert "pains[1].votes" in str(info.value) and "x.journey.json" in str(info.value)
        assert reason in str(info.value)
    old = json.loads(map_to_bytes(jm))
    old["version"] = 1
    for marker in old["pains"] + old["opportunities"]:
        del marker["votes"]
    upgraded = map_from_bytes(json.dumps(old).encode())
    assert upgraded.version == 2 and [p.votes for p in upgraded.pains] == [0, 0]
    # a hand-edited version 1 file with votes keeps them: nothing is dropped
    old["pains"][0]["votes"] = 3
    assert map_from_bytes(json.dumps(old).encode()).pains[0].votes == 3


def test_the_workshops_votes_rank_the_pains_then_severity_and_emotion():
    jm = _voted_map()
    titles = {p.id: p.title for p in jm.pains}
    assert [titles[p.pain_id] for p in pain_priorities(jm)] == [
        "Mild, voted",
        "Severe, no votes",
    ]
    assert has_votes(jm)
    quiet = _voted_map((0, 0))
    assert not has_votes(quiet)
    titles = {p.id: p.title for p in quiet.pains}
    assert [titles[p.pain_id] for p in pain_priorities(quiet)] == [
        "Severe, no votes",
        "Mild, voted",
    ]


def test_votes_travel_through_the_csv_table_both_ways(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    out = tmp_path / "a.csv"
    export_csv(jm, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    votes = {r["title"]: r["votes"] for r in rows if r["type"] in ("pain", "opportunity")}
    assert votes["Espera larga en el centro de llamadas"] == "9"
    assert votes["Wifi inestable a bordo"] == "0"
    assert all(r["votes"] == "" for r in rows if r["type"] == "touchpoint")
    back = import_csv(out).journey_map
    assert {p.title: p.votes for p in back.pains} == {p.title: p.votes for p in jm.pains}
    assert {o.title: o.votes for o in back.opportunities} == {
        o.title: o.votes for o in jm.opportunities
    }
    # a Spanish header, and a count that is not one
    table = tmp_path / "es.csv"
    table.write_text(
        "tipo,etapa,título,votos\npunto de contacto,Pago,Tarjeta,\ndolor,Pago,Lento,4\n", "utf-8"
    )
    read = import_csv(table).journey_map
    assert [p.votes for p in read.pains] == [4]
    table.write_text("tipo,etapa,título,votos\ndolor,Pago,Lento,-2\n", "utf-8")
    with pytest.raises(MapFileError) as info:
        import_csv(table)
    assert "votes" in str(info.value) and "between 0 and 999" in str(info.value)


def test_the_openjourney_export_says_it_leaves_the_votes_out():
    _doc, notes = ojf_to_dict(_voted_map())
    assert any("votes" in n for n in notes)
    _doc, notes = ojf_to_dict(_voted_map((0, 0)))
    assert not any("votes" in n for n in notes)


# ------------------------------------------------------------------ layout and paper
def test_a_voted_marker_shows_a_dot_and_its_count_beside_its_title():
    jm = _voted_map((0, 12))
    jm.pains[1].title = "Mild, voted, and with a title long enough to fill both of its lines"
    layout = compute_layout(jm)
    voted = layout.markers[jm.pains[1].id]
    quiet = layout.markers[jm.pains[0].id]
    assert quiet.vote_dot is None and quiet.votes == 0
    assert voted.votes == 12 and voted.vote_dot is not None
    count = voted.texts[-1]
    assert count.text == "12" and count.style == "bold"
    assert voted.vote_dot.right < count.x  # the dot, then the number
    assert count.x + 1 < voted.rect.right + 1e-6  # inside the marker's box
    from cjdesigner.textmetrics import text_width

    for run in voted.texts[:-1]:  # the title wraps before the mark
        assert run.x + text_width(run.text, run.size, run.style) < voted.vote_dot.x
    kinds = [item.kind for item in layout.legend]
    assert "votes" in kinds
    assert "votes" not in [item.kind for item in compute_layout(_voted_map((0, 0))).legend]


def test_the_poster_prints_the_counts_and_says_what_the_dots_are(tmp_path):
    jm = _voted_map((0, 7))
    out = tmp_path / "votes.pdf"
    export_pdf(jm, out)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert "Votes from the workshop" in pages[0]
    assert "7" in pages[0].split()
    # the hand-over ranks the pains by the vote and gives the counts a column
    handover = "\n".join(pages[1:])
    assert "Pains, most votes first, then most severe" in handover
    voted, severe = handover.index("Mild, voted"), handover.index("Severe, no votes")
    assert voted < severe and "Votes" in handover.split()
    export_pdf(_voted_map((0, 0)), out)
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert "Votes from the workshop" not in pages[0]
    handover = "\n".join(pages[1:])
    assert "Pains, most severe first" in handover and "Votes" not in handover.split()
    assert handover.index("Severe, no votes") < handover.index("Mild, voted")


# ------------------------------------------------------------------ the app
@pytest.fixture
def window(aerolinea_window):
    return aerolinea_window


def _select_pain(window, qtbot, index: int = 0) -> Pain:
    """Click a pain in the markers row, as a facilitator would."""
    jm = window.document.journey_map
    pain = jm.pains[index]
    box = window.scene.layout.markers[pain.id]
    window.view.centerOn(box.rect.cx, box.rect.cy)
    helpers.press(window.view, (box.rect.cx, box.rect.cy))
    helpers.release(window.view, (box.rect.cx, box.rect.cy))
    assert window.scene.selected_ids() == [pain.id]
    window.view.setFocus()
    return pain


def test_v_adds_a_vote_to_the_selected_pain_and_repeats_make_one_undo_step(window, qtbot):
    pain = _select_pain(window, qtbot, 3)  # "Wifi inestable a bordo": no votes yet
    assert pain.votes == 0
    actions = window.editing.actions
    assert actions["vote"].isEnabled() and not actions["unvote"].isEnabled()
    stack = window.document.undo_stack
    before, count = window.document.journey_map.model_dump(), stack.count()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_V)
    assert pain.votes == 3 and stack.count() == count + 1 and stack.undoText() == "Vote"
    assert actions["unvote"].isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    assert pain.votes == 2 and stack.count() == count + 1  # taken back in the same step
    # the canvas shows it, the inspector holds it, a screen reader says it
    box = window.scene.layout.markers[pain.id]
    assert box.votes == 2 and box.texts[-1].text == "2"
    spin = window.features["inspector"].current_form().findChild(QSpinBox, "field_votes")
    assert spin is not None and spin.value() == 2
    spoken = QAccessible.queryAccessibleInterface(window.view).text(QAccessible.Text.Name)
    assert spoken.endswith(", 2 votos") or spoken.endswith(", 2 votes")
    helpers.exact_undo_step(window, before, count)
    stack.undo()
    assert pain.votes == 0 and not actions["unvote"].isEnabled()


def test_typing_in_a_dock_never_votes_and_the_inspector_sets_a_count(window, qtbot):
    pain = _select_pain(window, qtbot, 3)
    spin = window.features["inspector"].current_form().findChild(QSpinBox, "field_votes")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    spin.editingFinished.emit()
    assert pain.votes == 15  # typed into the box, not 15 presses of V on the canvas
    window.document.undo_stack.undo()
    assert pain.votes == 0


def test_several_selected_markers_get_a_vote_each_in_one_step(window, qtbot):
    jm = window.document.journey_map
    stack = window.document.undo_stack
    full = jm.pains[0]
    stack.push(SetFieldsCommand(window.document, full.id, {"votes": 999}))
    markers = [full, jm.pains[3], jm.opportunities[2]]
    window.scene.select_ids([m.id for m in markers])
    before = [m.votes for m in markers]
    count = stack.count()
    window.editing.actions["vote"].trigger()
    after = [m.votes for m in markers]
    assert after == [999, before[1] + 1, before[2] + 1]  # 999 is the most a count holds
    assert stack.count() == count + 1 and stack.undoText() == "Vote"
    window.editing.actions["vote"].trigger()
    assert stack.count() == count + 2  # a new step: only a single marker's presses merge
    stack.undo()
    stack.undo()
    assert [m.votes for m in markers] == before
    stack.undo()
    # a touchpoint alone: nothing to vote on
    window.scene.select_ids([jm.touchpoints[0].id])
    assert not window.editing.actions["vote"].isEnabled()


def test_a_right_click_on_a_pain_offers_the_votes_and_insights_ranks_by_them(window, qtbot):
    jm = window.document.journey_map
    pain = jm.pains[3]
    box = window.scene.layout.markers[pain.id]
    window.view.centerOn(box.rect.cx, box.rect.cy)
    helpers.right_click(window.view, (box.rect.cx, box.rect.cy))
    menu = window.canvas_menu.menu
    names = [a.objectName() for a in menu.actions()]
    window.canvas_menu.close_menu()
    assert "action_vote" in names and "action_unvote" in names
    # the Insights list leads with the most voted pain and says why
    insights = window.features["insights"]
    insights.refresh()
    first = insights.pains.item(0).text()
    assert "Espera larga en el centro de llamadas" in first
    assert first.startswith("P2 9 votes · ●●● ")  # the count up front: a narrow dock cuts


def _dark(image, x: float, y: float) -> bool:
    r, g, b = image.getpixel((round(x), round(y)))[:3]
    return max(r, g, b) < 90


def test_the_dot_is_drawn_on_paper_and_on_screen(qapp, tmp_path):
    """The dot, not only its number: the poster and the canvas both ink it."""
    from PIL import Image
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from cjdesigner.canvas.scene import MapScene
    from cjdesigner.document import Document

    jm = _voted_map((0, 7))
    layout = compute_layout(jm)
    dot = layout.markers[jm.pains[1].id].vote_dot
    out = tmp_path / "dot.pdf"
    export_pdf(jm, out)
    page = helpers.pdf_page_images(out, scale=2)[0]
    k = page.size[0] / layout.width  # the poster is the layout, scaled to the sheet
    assert _dark(page, dot.cx * k, dot.cy * k)
    assert not _dark(page, (dot.x - dot.w) * k, dot.cy * k)  # a dot, not a bar
    scene = MapScene(Document(jm))
    source = QRectF(dot.x - 10, dot.y - 10, dot.w + 20, dot.h + 20)
    picture = QImage(int(source.width() * 4), int(source.height() * 4), QImage.Format.Format_RGB32)
    picture.fill(0xFFFFFFFF)
    painter = QPainter(picture)
    scene.render(painter, QRectF(picture.rect()), source)
    painter.end()
    buffer = tmp_path / "dot.png"
    picture.save(str(buffer))
    shot = Image.open(buffer).convert("RGB")
    assert _dark(shot, shot.size[0] / 2, shot.size[1] / 2)
    assert not _dark(shot, 4, shot.size[1] / 2)


def test_the_facilitator_counts_votes_on_the_projector(window, qtbot):
    """In presentation mode (full screen, no docks), a click on a pain and V counts."""
    presentation = window.presentation
    presentation.set_active(True)
    try:
        jm = window.document.journey_map
        pain = jm.pains[3]  # no votes yet
        box = window.scene.layout.markers[pain.id]
        window.view.centerOn(box.rect.cx, box.rect.cy)
        helpers.press(window.view, (box.rect.cx, box.rect.cy))
        helpers.release(window.view, (box.rect.cx, box.rect.cy))
        assert window.scene.selected_ids() == [pain.id]
        for _ in range(4):
            qtbot.keyClick(window.view.viewport(), Qt.Key.Key_V)
        assert pain.votes == 4
        assert window.scene.layout.markers[pain.id].texts[-1].text == "4"
    finally:
        presentation.set_active(False)
    window.document.undo_stack.undo()
    assert pain.votes == 0


def test_clear_all_votes_starts_a_new_round_in_one_undo_step(window, qtbot):
    jm = window.document.journey_map
    action = window.editing.actions["clear_votes"]
    assert action.isEnabled()  # the sample holds a dot vote
    before, count = jm.model_dump(), window.document.undo_stack.count()
    action.trigger()
    assert not any(m.votes for m in (*jm.pains, *jm.opportunities))
    assert window.document.undo_stack.undoText() == "Clear votes"
    assert window.statusBar().currentMessage() == "Votes cleared from 6 pains and opportunities"
    assert not action.isEnabled()
    assert "votes" not in [item.kind for item in window.scene.layout.legend]
    helpers.exact_undo_step(window, before, count)  # (ends redone: cleared)
    window.document.undo_stack.undo()
    assert action.isEnabled() and jm.model_dump() == before


def test_typing_v_in_a_title_being_edited_types_it(window, qtbot):
    """V is a canvas key: in a title edited in place it is a letter, never a vote."""
    pain = _select_pain(window, qtbot, 3)
    window.editing.actions["rename"].trigger()
    qtbot.waitUntil(lambda: window.view.editor is not None, timeout=2000)
    editor = window.view.editor
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "Very vague Wifi")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    assert pain.title == "Very vague Wifi" and pain.votes == 0
    window.document.undo_stack.undo()

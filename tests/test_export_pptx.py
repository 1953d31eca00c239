"""PowerPoint deck: the whole map, the persona as text, one slide per stage (framed, the
rest faded), then the pains and opportunities as tables; real titles, pictures with
alternative text and speaker notes in the map's language; read back with python-pptx
as PowerPoint would open it."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from cjdesigner.export.pptx_deck import SLIDE_H, SLIDE_W, Cancelled, export_pptx
from cjdesigner.export.slide_notes import map_notes, stage_notes
from cjdesigner.model import (
    JourneyMap,
    MapFileError,
    Opportunity,
    Pain,
    Persona,
    Stage,
    Touchpoint,
    load_map,
)
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parent.parent
AEROLINEA = SAMPLES / "aerolinea.journey.json"


def _picture(slide):
    pictures = [s for s in slide.shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
    assert len(pictures) == 1
    return pictures[0]


def _grey(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def test_deck_has_the_map_then_a_slide_per_stage_with_titles_pictures_and_notes(qapp, tmp_path):
    jm = load_map(AEROLINEA)
    out = tmp_path / "deck.pptx"
    result = export_pptx(jm, out, "aerolinea.journey.json")
    deck = Presentation(str(out))
    assert result.slides == len(deck.slides) == 2 + len(jm.stages) + 2  # + 2 tables
    assert (deck.slide_width, deck.slide_height) == (SLIDE_W, SLIDE_H)  # 16:9
    # a slide the consultant adds is 16:9 too: its title spans the slide, centred
    for layout in [deck.slide_master, *deck.slide_layouts]:
        for p in layout.placeholders:
            assert p.left >= 0 and p.left + p.width <= SLIDE_W
    added = deck.slide_layouts[1].placeholders[0]  # "Title and Content": its title
    assert abs(added.left + added.width / 2 - SLIDE_W / 2) < SLIDE_W / 100
    assert deck.core_properties.title == jm.title
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[:-2] == [jm.title, "Marta Ruiz"] + [s.name for s in jm.stages]
    pictured = [deck.slides[0], *list(deck.slides)[2:-2]]  # the persona and tables: text
    for number, slide in enumerate(pictured):
        picture = _picture(slide)
        assert picture.left >= 0 and picture.top >= slide.shapes.title.top + 1
        assert picture.left + picture.width <= SLIDE_W and picture.top + picture.height <= SLIDE_H
        alt = picture._element.nvPicPr.cNvPr.get("descr")
        assert alt == (
            f"Mapa de experiencia del cliente «{jm.title}»"
            if number == 0
            else f"Etapa «{jm.stages[number - 1].name}» del mapa, con "
            f"{sum(tp.stage_id == jm.stages[number - 1].id for tp in jm.touchpoints)} "
            "puntos de contacto; el resto, atenuado"
        )
        runs = [r for p in slide.shapes.title.text_frame.paragraphs for r in p.runs]
        assert {r.font.language_id.xml_value for r in runs} == {"es-ES"}  # Spanish spelling
    # the whole map keeps its own shape; each stage fills the picture area
    whole = _picture(deck.slides[0])
    assert abs(whole.left + whole.width / 2 - SLIDE_W / 2) <= 1  # centred under the title
    image = QImage.fromData(whole.image.blob)
    assert abs(image.width() / image.height() - whole.width / whole.height) < 0.01
    # speaker notes: what the map says about the stage, in Spanish
    reserva = jm.stages[1]
    notes = deck.slides[3].notes_slide.notes_text_frame.text
    assert notes == stage_notes(jm, reserva.id)
    for tp in jm.touchpoints:
        assert (tp.title in notes) == (tp.stage_id == reserva.id)
    assert "Dolores, del más grave al más leve:" in notes and "gravedad 3 de 3" in notes
    assert "respondido por «Mostrar el precio total desde el primer paso»" in notes
    assert "Pensamientos: «¿Por qué sube tanto el precio?»" in notes  # the lane notes
    assert deck.slides[0].notes_slide.notes_text_frame.text == map_notes(jm)
    assert "Persona: Marta Ruiz" in map_notes(jm)


def test_a_stage_slide_fades_the_rest_of_the_map(qapp, tmp_path):
    """The framed stage keeps its ink; the neighbours on either side are faded, as in
    the presentation walk (nothing there as dark as the map's text)."""
    jm = load_map(AEROLINEA)
    out = tmp_path / "deck.pptx"
    export_pptx(jm, out)
    deck = Presentation(str(out))
    middle = QImage.fromData(_picture(deck.slides[4]).image.blob)  # the third stage
    width, height = middle.width(), middle.height()

    def darkest(x0: int, x1: int) -> int:
        return min(_grey(middle, x, y) for x in range(x0, x1, 2) for y in range(0, height, 2))

    assert darkest(width * 2 // 5, width * 3 // 5) < 80  # the stage's own text and curve
    assert darkest(0, width // 8) > 150  # the stage before, faded
    assert darkest(width - width // 8, width) > 150  # the stage after, faded
    whole = QImage.fromData(_picture(deck.slides[0]).image.blob)
    assert min(_grey(whole, x, whole.height() // 2) for x in range(whole.width())) < 80


def test_the_persona_slide_is_text_to_edit_with_the_photo(qapp, tmp_path):
    """Slide 2: the persona's photo, role, quote and bio, then its lists in two columns,
    as text boxes (not a picture), in the map's language."""
    jm = load_map(AEROLINEA)
    export_pptx(jm, tmp_path / "a.pptx")
    deck = Presentation(str(tmp_path / "a.pptx"))
    slide = deck.slides[1]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert texts[0] == "Marta Ruiz"
    body = "\n".join(texts[1:])
    persona = jm.persona
    assert f"{persona.role}\n«{persona.quote}»\n{persona.bio}" in body
    for heading, items in (("Objetivos", persona.goals), ("Frustraciones", persona.frustrations)):
        assert "\n".join([heading] + [f"• {i}" for i in items]) in body
    assert not [s for s in slide.shapes if s.shape_type == 13]  # no photo in this map
    boxes = [s for s in slide.shapes if s.has_text_frame][1:]
    assert len(boxes) == 3 and len({b.left for b in boxes}) == 3  # about, two columns
    assert all(b.left + b.width <= SLIDE_W and b.top + b.height <= SLIDE_H for b in boxes)
    # with a photo (3:4), it comes first, whole, described by the name
    photo = QImage(300, 400, QImage.Format.Format_RGB32)
    photo.fill(0x336699)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "PNG")
    jm.persona.photo = bytes(buffer.data().data())
    export_pptx(jm, tmp_path / "b.pptx")
    slide = Presentation(str(tmp_path / "b.pptx")).slides[1]
    (photo,) = [s for s in slide.shapes if s.shape_type == 13]
    assert abs(photo.width / photo.height - 0.75) < 0.01
    assert photo._element.nvPicPr.cNvPr.get("descr") == "Marta Ruiz"
    # no persona at all: no persona slide
    jm.persona = Persona()
    assert export_pptx(jm, tmp_path / "c.pptx").slides == 1 + len(jm.stages) + 2


def _table(slide) -> list[list[str]]:
    (shape,) = [s for s in slide.shapes if s.has_table]
    table = shape.table
    return [
        [table.cell(r, c).text for c in range(len(table.columns))] for r in range(len(table.rows))
    ]


def test_pains_and_opportunities_end_the_deck_as_tables_to_edit(qapp, tmp_path):
    """The last slides: pains, most urgent first (as Insights ranks them: the workshop's
    votes, then severity and emotion), with what answers them; then the opportunities,
    the most votes and then the most impact first. A map with a dot vote has a "Votes"
    column; one without, none. A long list continues on the next slide, its title
    numbered."""
    jm = load_map(AEROLINEA)
    export_pptx(jm, tmp_path / "a.pptx")
    slides = list(Presentation(str(tmp_path / "a.pptx")).slides)
    assert slides[-2].shapes.title.text == "Dolores, los más urgentes primero"
    pains = _table(slides[-2])
    assert pains[0] == [
        "Dolor",
        "Etapa",
        "Votos",
        "Gravedad (1–3)",
        "Emoción ahí",
        "Respondido por",
    ]
    assert pains[1] == [
        "Espera larga en el centro de llamadas",
        "Preparación del viaje",
        "9",
        "3",
        "-4,0",
        "Cambios de fecha en la app sin llamar",
    ]
    assert [row[2] for row in pains[1:]] == ["9", "7", "3", "2", "0"]
    assert pains[-1][0] == "Wifi inestable a bordo" and pains[-1][-1] == "ninguna aún"
    assert len(pains) == 1 + len(jm.pains)
    opportunities = _table(slides[-1])
    assert slides[-1].shapes.title.text == "Oportunidades" and len(opportunities) == 6
    assert [row[2] for row in opportunities[1:]] == ["8", "6", "0", "0", "0"]  # votes
    assert [row[3] for row in opportunities[1:]] == ["3", "3", "2", "2", "1"]  # impact
    assert opportunities[2][4:] == [
        "planificada",
        "Equipo digital",
        "Cargos de equipaje poco claros",
    ]
    # ten pains: eight on a slide, two on the next
    stage = Stage(name="Pay")
    many = JourneyMap(
        title="Many",
        language="en",
        stages=[stage],
        pains=[Pain(title=f"Pain {i}", stage_id=stage.id, severity=3) for i in range(10)],
    )
    export_pptx(many, tmp_path / "m.pptx")
    slides = list(Presentation(str(tmp_path / "m.pptx")).slides)
    titles = [s.shapes.title.text for s in slides]
    assert titles == [
        "Many",
        "Pay",
        "Pains, most urgent first (1/2)",
        "Pains, most urgent first (2/2)",
    ]
    assert [len(_table(s)) for s in slides[2:]] == [9, 3]
    assert _table(slides[3])[1][0] == "Pain 8"
    assert _table(slides[2])[0] == [
        "Pain",
        "Stage",
        "Severity (1–3)",
        "Emotion there",
        "Answered by",
    ]
    # one vote anywhere is a dot vote: the column appears, and the voted pain leads
    many.pains[9].votes = 1
    export_pptx(many, tmp_path / "m.pptx")
    first = _table(list(Presentation(str(tmp_path / "m.pptx")).slides)[2])
    assert first[0][2] == "Votes" and first[1][:3] == ["Pain 9", "Pay", "1"]


def test_english_map_speaks_english_and_a_map_without_stages_is_one_slide(qapp, tmp_path):
    jm = load_map(SAMPLES / "coffee-shop-future.journey.json")
    out = tmp_path / "coffee.pptx"
    export_pptx(jm, out)
    deck = Presentation(str(out))
    notes = deck.slides[3].notes_slide.notes_text_frame.text
    assert "Change in mean emotion against the current state: +2.0" in notes
    assert notes.startswith("Goal: ")
    runs = [r for p in deck.slides[2].shapes.title.text_frame.paragraphs for r in p.runs]
    assert runs[0].font.language_id.xml_value == "en-US"
    empty = JourneyMap(title="Blank")
    export_pptx(empty, tmp_path / "blank.pptx")
    assert len(Presentation(str(tmp_path / "blank.pptx")).slides) == 1


def test_user_text_is_never_markup_and_odd_characters_do_not_break_the_deck(qapp, tmp_path):
    """Titles are text, not XML or formatting; characters XML cannot hold (a bell, a NUL,
    U+FFFE, which the map accepts) are left out instead of refusing the whole deck."""
    stage = Stage(name="<b>Pay</b> & \x07go\x00")
    tp = Touchpoint(stage_id=stage.id, title="]]><p:sld/> \ufffe", emotion=-3)
    jm = JourneyMap(
        title='Deck "<x>" & 🚀',
        stages=[stage],
        touchpoints=[tp],
        pains=[Pain(title="Fee\x1b[31m", touchpoint_id=tp.id, severity=3)],
        opportunities=[Opportunity(title="a < b", stage_id=stage.id)],
    )
    out = tmp_path / "odd.pptx"
    export_pptx(jm, out)
    deck = Presentation(str(out))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[:2] == ['Deck "<x>" & 🚀', "<b>Pay</b> & go"]
    assert _table(deck.slides[2])[1][:2] == ["Fee[31m", "<b>Pay</b> & go"]  # the pains
    assert _table(deck.slides[3])[1][0] == "a < b"
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert "]]><p:sld/> :" in notes and "Fee[31m (severity 3 of 3)" in notes
    assert "a < b (impact 2 of 3, idea)" in notes


def test_a_full_disk_leaves_the_old_deck_and_names_the_file(qapp, tmp_path, monkeypatch):
    from cjdesigner.model import files as files_module

    jm = load_map(AEROLINEA)
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"the deck from yesterday")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files_module.os, "fsync", full)
    with pytest.raises(MapFileError) as caught:
        export_pptx(jm, out)
    assert str(out) in str(caught.value) and "the disk is full" in str(caught.value)
    assert out.read_bytes() == b"the deck from yesterday"
    assert os.listdir(tmp_path) == ["deck.pptx"]


def test_progress_hears_each_slide_and_can_stop_the_export(qapp, tmp_path):
    jm = load_map(AEROLINEA)
    out = tmp_path / "deck.pptx"
    heard: list[tuple[int, int]] = []
    export_pptx(jm, out, progress=lambda done, total: heard.append((done, total)) or True)
    assert heard == [(i, 10) for i in range(11)]  # map, persona, 6 stages, 2 tables
    out.write_bytes(b"the deck from yesterday")
    with pytest.raises(Cancelled):
        export_pptx(jm, out, progress=lambda done, total: done < 3)
    assert out.read_bytes() == b"the deck from yesterday"
    assert os.listdir(tmp_path) == ["deck.pptx"]


def test_command_line_writes_a_deck(tmp_path):
    out = tmp_path / "deck.pptx"
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "export", str(AEROLINEA), "--pptx", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: written (10 slides)"
    assert len(Presentation(str(out)).slides) == 10

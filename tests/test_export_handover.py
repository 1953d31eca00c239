"""The PDF's hand-over pages hold what the poster could not: every row of a long table,
the full text of every shortened label, the persona's lists the card had no room for."""

from __future__ import annotations

import re

from pypdf import PdfReader

from cjdesigner.export.pdf import export_pdf
from cjdesigner.layout import compute_layout
from cjdesigner.model import JourneyMap, Pain, Stage, load_map
from tests.conftest import SAMPLES

FOOTER = "CJ Designer"


def _handover(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages[1:]]


def test_a_table_longer_than_a_page_goes_on_over_the_next_pages(tmp_path):
    """400 pains: every one is printed, in the poster's order (P2 before P10), the
    table's header row on each page, and no page is left blank."""
    stage = Stage(name="Pay")
    jm = JourneyMap(
        title="Many",
        language="en",
        stages=[stage],
        pains=[Pain(title=f"Pain number {i}", stage_id=stage.id) for i in range(400)],
    )
    out = tmp_path / "many.pdf"
    export_pdf(jm, out)
    pages = _handover(out)
    assert len(pages) >= 3
    text = "\n".join(pages)
    rows = re.findall(r"^(P\d+) Pain number (\d+)\b", text, re.MULTILINE)  # a row a line
    assert [int(n) for _, n in rows] == list(range(400))
    assert [code for code, _ in rows] == [f"P{i}" for i in range(1, 401)]
    for page in pages:
        words = page.replace(FOOTER, "").split()
        assert len(words) > 20  # more than a footer
    table_pages = [p for p in pages if "Pain number" in p]
    assert len(table_pages) >= 2 and all("Severity" in p for p in table_pages)
    # the section's heading starts it, once, with its first rows (never alone)
    assert text.count("Pains, most severe first") == 1
    assert "Pains, most severe first" in table_pages[0]


def test_every_shortened_label_has_its_full_text_in_the_handover(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    layout = compute_layout(jm)
    cut = [b.touchpoint_id for b in layout.touchpoints.values() if b.truncated]
    assert cut  # the sample has long touchpoint titles
    out = tmp_path / "a.pdf"
    export_pdf(jm, out)
    text = " ".join(" ".join(_handover(out)).split())
    assert "Texto completo de las etiquetas abreviadas" in text
    for tp_id in cut:
        assert jm.touchpoint(tp_id).title in text


def test_a_persona_too_long_for_its_card_is_counted_and_printed_in_full(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    assert compute_layout(jm).persona.truncated == ()
    before = compute_layout(jm).warnings
    jm.persona.goals = [f"Objetivo número {i}, con algo de texto" for i in range(30)]
    layout = compute_layout(jm)
    assert layout.persona.truncated == ("goals",)
    assert layout.warnings != before and "4 labels were shortened" in layout.warnings[0]
    out = tmp_path / "p.pdf"
    export_pdf(jm, out)
    poster = PdfReader(str(out)).pages[0].extract_text()
    assert "Objetivo número 29" not in poster
    text = "\n".join(_handover(out))
    assert "Persona · Objetivos" in text
    assert all(f"• Objetivo número {i}, con algo de texto" in text for i in range(30))


def test_a_note_longer_than_a_sheet_is_printed_whole_across_sheets(tmp_path):
    """A lane note at the 10,000-character limit, shortened on the poster: its full text
    is taller than an A4 sheet, and a table splits only between rows."""
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    text = " ".join(f"palabra{i}" for i in range(1100))[:10_000].rsplit(" ", 1)[0]
    lane, stage = jm.lanes[0], jm.stages[0]
    lane.cells = {**lane.cells, stage.id: text}
    out = tmp_path / "tiled.pdf"
    export_pdf(jm, out, tiled="a4")
    words = " ".join(_handover(out)).split()
    assert all(word in words for word in text.split())
    assert "Acciones · Inspiración y búsqueda" in " ".join(_handover(out))


def test_a_hundred_stages_turn_the_channel_table_on_its_side(tmp_path):
    """A column per stage on an A4 sheet would be 7 pt wide: reportlab refused the whole
    export. The stages go down the side instead, the channels across."""
    from cjdesigner.model import Touchpoint

    stages = [Stage(name=f"Stage {i}") for i in range(100)]
    jm = JourneyMap(
        title="Wide",
        language="en",
        stages=stages,
        touchpoints=[
            Touchpoint(stage_id=s.id, title=f"T{i}", channel="web" if i % 2 else "app")
            for i, s in enumerate(stages)
        ],
    )
    out = tmp_path / "wide.pdf"
    export_pdf(jm, out, tiled="a4")
    text = "\n".join(_handover(out))
    start = text.index("Channels × stages")
    matrix = text[start:].splitlines()
    assert matrix[1].split() == ["Stage", "Web", "App"]
    rows = [line.split() for line in matrix if re.match(r"Stage \d+ ", line)]
    assert [int(r[1]) for r in rows] == list(range(100))  # every stage, in order
    assert all(r[2:] in (["1", "·"], ["·", "1"]) for r in rows)
    # a few stages keep a column each
    few = load_map(SAMPLES / "aerolinea.journey.json")
    export_pdf(few, out, tiled="a4")
    text = "\n".join(_handover(out))
    matrix = text[text.index("Canales × etapas") :].splitlines()
    assert matrix[1].split()[:3] == ["Canal", "Inspiración", "y"]  # a column per stage
    assert "Web 1 2 · · · ·" in matrix


def test_the_client_and_author_the_poster_shortens_are_whole_in_the_handover(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    jm.client = (
        "Iberalia Líneas Aéreas, Dirección de Experiencia de Cliente y Fidelización, "
        "con las áreas de Operaciones Aeroportuarias, Atención al Cliente y Canales Digitales"
    )
    jm.author = "Lucía Herrera, Estudio Andén, con el equipo de producto de Iberalia"
    out = tmp_path / "meta.pdf"
    export_pdf(jm, out)
    poster = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert jm.client not in poster  # shortened to fit the header's corner
    handover = " ".join(" ".join(_handover(out)).split())
    assert f"Cliente: {jm.client} · Autor: {jm.author}" in handover

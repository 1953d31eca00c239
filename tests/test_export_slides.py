"""Stage slides: the whole map, then one widescreen page per stage, framed and with the
rest faded as the presentation walk shows it; from the window and the command line."""

from __future__ import annotations

import pypdfium2
import pytest
from pypdf import PdfReader

from cjdesigner import palette
from cjdesigner.export.pdf_slides import MARGIN, SLIDE, export_slides
from cjdesigner.layout import compute_layout
from cjdesigner.layout.frames import stage_frame
from cjdesigner.model import MapFileError, load_map
from cjdesigner.ui import dialogs
from tests import helpers
from tests.conftest import SAMPLES
from tests.helpers import window_on_copy

RENDER = 2.0  # pixels per point when the slides are looked at


def _page_pixel(image, frame, layout_height: float, x: float, y: float) -> str:
    """The colour at map point (x, y) on a slide that frames ``frame`` (as the exporter
    places it: fitted within the margins, centred)."""
    sw, sh = SLIDE
    scale = min((sw - 2 * MARGIN) / frame.w, (sh - 2 * MARGIN) / frame.h)
    px = sw / 2 + (x - frame.cx) * scale
    py = sh / 2 + (y - frame.cy) * scale  # from the top, as the image rows run
    r, g, b = image.getpixel((round(px * RENDER), round(py * RENDER)))[:3]
    return f"#{r:02x}{g:02x}{b:02x}"


def test_one_slide_per_stage_framed_with_the_rest_faded(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    out = tmp_path / "slides.pdf"
    result = export_slides(jm, out, "aerolinea.journey.json")
    assert result.slides and result.pages == 1 + len(jm.stages)
    # the poster's note about shortened labels points to hand-over pages slides lack
    assert not any("hand-over" in w for w in result.warnings)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == SLIDE
    assert jm.title in reader.pages[0].extract_text()
    assert reader.metadata.title == jm.title
    layout = compute_layout(jm)
    document = pypdfium2.PdfDocument(str(out))
    try:
        for number, box in enumerate(layout.stages, start=1):
            frame = stage_frame(layout, box.stage_id, SLIDE[0] - 2 * MARGIN, SLIDE[1] - 2 * MARGIN)
            image = document[number].render(scale=RENDER).to_pil()
            here = _page_pixel(image, frame, layout.height, box.header.x + 6, box.header.cy)
            assert here == box.tint.lower()  # the stage in front, its own colour
            neighbour = layout.stages[number % len(layout.stages)]  # the next (or first)
            if frame.x < neighbour.header.x + 6 < frame.right:
                there = _page_pixel(
                    image, frame, layout.height, neighbour.header.x + 6, neighbour.header.cy
                )
                assert palette.contrast_ratio(there, "#ffffff") < palette.contrast_ratio(
                    neighbour.tint, "#ffffff"
                )  # faded towards the paper
    finally:
        document.close()


def test_a_map_without_stages_is_one_slide_and_a_bad_folder_writes_nothing(tmp_path):
    from cjdesigner.model.templates import new_map_from_template

    jm = new_map_from_template("blank", "en")
    jm.stages.clear()
    assert export_slides(jm, tmp_path / "one.pdf").pages == 1
    missing = tmp_path / "no such folder" / "slides.pdf"
    with pytest.raises((OSError, MapFileError)):
        export_slides(load_map(SAMPLES / "coffee-shop.journey.json"), missing)
    assert not missing.parent.exists()


def test_slides_from_the_export_menu(qtbot, tmp_path, monkeypatch):
    win = window_on_copy(qtbot, tmp_path, "coffee-shop.journey.json", "coffee.journey.json")
    out = tmp_path / "chosen.pdf"
    asked: list[str] = []

    def ask(parent, title, suggested, filters):
        asked.append(suggested)
        return str(out), 0

    monkeypatch.setattr(dialogs, "get_export_path", ask)
    monkeypatch.setattr(dialogs, "show_error", lambda *a: pytest.fail(f"error {a}"))
    with qtbot.waitSignal(win.exports.finished, timeout=60000) as blocker:
        win.exports.actions["slides"].trigger()
    result = blocker.args[0]
    assert result is not None and result.pages == 1 + 4
    assert asked[0].endswith("coffee - slides.pdf")  # named after the map, beside it
    assert len(PdfReader(out).pages) == 5
    assert "Slides written: chosen.pdf (5 pages)" in win.statusBar().currentMessage()


def test_slides_from_the_command_line(tmp_path):
    out = tmp_path / "c.pdf"
    run = helpers.run_module(
        "cjdesigner",
        "export",
        str(SAMPLES / "coffee-shop.journey.json"),
        "--slides",
        str(out),
        home=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "5 slides" in run.stdout
    assert len(PdfReader(out).pages) == 5

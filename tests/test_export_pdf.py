"""The PDF poster read back as a client's printer would: pages, sizes, text, fonts, metadata."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from cjdesigner.export.paper import MM, page_size, tile_grid
from cjdesigner.export.pdf import density, export_pdf
from cjdesigner.layout import compute_layout
from cjdesigner.model import JourneyMap, Lane, LaneKind, Stage, Touchpoint, load_map
from cjdesigner.model.future import future_state_from
from tests.conftest import SAMPLES
from tests.factories import small_map
from tests.helpers import pdf_page_images, right_and_bottom_blank

ROOT = Path(__file__).resolve().parent.parent


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    found: dict[str, bool] = {}

    def walk(resources: DictionaryObject) -> None:
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is not None:
                found[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in reader.pages:
        walk(page["/Resources"])
    return found


@pytest.mark.parametrize("paper", ["A0", "A1", "A3", "letter", "tabloid", "arch-d"])
def test_page_size_and_orientation_per_paper(tmp_path, paper):
    path = tmp_path / "p.pdf"
    result = export_pdf(small_map(), path, paper)
    reader = PdfReader(path)
    w, h = page_size(paper)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((w, h), abs=0.5)
    assert w > h  # landscape by default
    assert result.pages == len(reader.pages) >= 2  # the poster and the hand-over
    portrait = export_pdf(small_map(), tmp_path / "q.pdf", paper, landscape=False)
    box = PdfReader(portrait.path).pages[0].mediabox
    assert float(box.height) > float(box.width)


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.journey.json")))
def test_every_name_title_pain_and_opportunity_is_in_the_text(tmp_path, sample):
    jm = load_map(SAMPLES / sample)
    path = tmp_path / "s.pdf"
    export_pdf(jm, path, "A1", source_name=sample)
    text = _text(path)
    wanted = [s.name for s in jm.stages] + [t.title for t in jm.touchpoints]
    wanted += [p.title for p in jm.pains] + [o.title for o in jm.opportunities] + [jm.title]
    missing = [w for w in wanted if " ".join(w.split()) not in text]
    assert missing == []


def test_fonts_are_embedded_and_metadata_is_set(tmp_path):
    jm = load_map(SAMPLES / "concesionario.journey.json")
    path = tmp_path / "m.pdf"
    export_pdf(jm, path)
    reader = PdfReader(path)
    fonts = _fonts(reader)
    assert any("OpenSans-Regular" in name for name in fonts) and any(
        "OpenSans-Bold" in name for name in fonts
    )
    assert all(fonts.values()), fonts  # every font with glyphs is embedded
    meta = reader.metadata
    assert meta.title == jm.title and meta.author == jm.author
    assert "Motores del Sur" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "es-ES"


def test_severity_prints_as_dots_that_copy_as_a_number_and_need_no_fallback_font(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    path = tmp_path / "m.pdf"
    export_pdf(jm, path, "A3")
    reader = PdfReader(path)
    # Open Sans has no "●": printing it embedded a whole fallback font for one glyph
    assert all("OpenSans" in name for name in _fonts(reader)), _fonts(reader)
    handover = " ".join(" ".join(p.extract_text().split()) for p in reader.pages[1:])
    stages = {s.id: s.name for s in jm.stages}
    tp_stage = {t.id: t.stage_id for t in jm.touchpoints}
    for pain in jm.pains:
        stage = stages[pain.stage_id or tp_stage[pain.touchpoint_id]]
        assert f"{pain.severity} {stage}" in handover, pain.title
    # the dots are drawn: three circles per pain row (filled up to the severity)
    page = reader.pages[1].get_contents().get_data().decode("latin-1")
    arcs = len(re.findall(r"(?<=\s)c(?=\s)", page))  # the "c" (curveto) operators
    assert arcs >= 4 * 3 * len(jm.pains)  # 4 Bézier arcs per circle, 3 circles a row


def test_hostile_text_exports_and_round_trips(tmp_path):
    jm = small_map()
    jm.title = 'R&D <b>bold</b> & <img src="http://example.com/x.png"> 5 < 6'
    jm.touchpoints[0].title = "Precio: 49 € — ñandú"
    jm.touchpoints[1].title = "東京の駅 🙂 emoji"
    jm.touchpoints[2].title = "שלום עולם مرحبا"
    jm.touchpoints[3].title = "x"
    jm.pains[0].description = "Nota larga. " * 450  # ~5,000 characters
    jm.scenario = ""
    jm.lanes.append(
        Lane(
            title="<script>alert(1)</script>",
            kind=LaneKind.CUSTOM,
            cells={jm.stages[0].id: "a<b & c>d"},
        )
    )
    path = tmp_path / "hostile.pdf"
    result = export_pdf(jm, path)
    text = _text(path)
    assert 'R&D <b>bold</b> & <img src="http://example.com/x.png"> 5 < 6' in text
    assert (
        "Precio: 49 € — ñandú" in text
        and "<script>alert(1)</script>" in text
        and "a<b & c>d" in text
    )
    assert "🙂" in result.missing_characters  # reported, never a silent box
    assert any("no font" in w for w in result.warnings)
    assert any("right-to-left" in w for w in result.warnings)
    assert "Nota larga." in text


def test_too_dense_for_small_paper_says_so_and_suggests_a_size(tmp_path):
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    fit = density(jm, "A4")
    assert not fit.fits and fit.smallest_printed < 7 and fit.suggestion in ("A3", "A2", "A1")
    result = export_pdf(jm, tmp_path / "a4.pdf", "A4")
    assert any("too dense for A4" in w and fit.suggestion in w for w in result.warnings)
    a3 = density(jm, "A3")
    assert a3.fits and a3.smallest_printed >= 7 - 1e-6


def test_invisible_characters_without_a_font_are_named_by_their_code(tmp_path):
    """A bell or NUL pasted into a title prints as nothing; the note names it by its code,
    not as an invisible character the message would not show either."""
    s = Stage(name="Pay\x07 now")
    jm = JourneyMap(
        title="Odd 🙂\x00",
        stages=[s],
        touchpoints=[Touchpoint(stage_id=s.id, title="Fee \ufffe", emotion=-1)],
    )
    result = export_pdf(jm, tmp_path / "odd.pdf", "A3")
    (note,) = [w for w in result.warnings if "no font" in w]
    assert note == "4 characters have no font and print as blanks: 🙂 U+0000 U+0007 U+FFFE"
    assert note.params["characters"] == "🙂 U+0000 U+0007 U+FFFE"


def test_text_never_prints_below_7_pt_when_the_map_fits(tmp_path):
    for sample in SAMPLES.glob("*.journey.json"):
        jm = load_map(sample)
        for paper in ("A0", "A1", "A2", "A3"):
            fit = density(jm, paper)
            w, h = page_size(paper)
            layout = compute_layout(jm, w, h)
            sizes = [r.size for b in layout.touchpoints.values() for r in b.texts]
            sizes += [r.size for lane in layout.lanes for c in lane.cells for r in c.texts]
            assert min(sizes) * fit.scale >= 7 - 1e-6, (sample.name, paper)


def test_tiled_print_has_an_assembly_sheet_and_labelled_a4_tiles(tmp_path):
    jm = load_map(SAMPLES / "subscription-saas.journey.json")
    path = tmp_path / "tiled.pdf"
    result = export_pdf(jm, path, "A1", tiled="a4")
    reader = PdfReader(path)
    a4 = page_size("a4")
    assert all(
        (float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(a4, abs=0.5)
        for p in reader.pages
    )
    layout = compute_layout(jm, *page_size("A1"))
    scale = density(jm, "A1", layout=layout).scale
    grid = tile_grid(layout.width * scale, layout.height * scale, "a4")
    assert grid.rows * grid.cols == len(grid.tiles) >= 9
    handover = result.pages - 1 - len(grid.tiles)
    assert handover >= 1
    assert "Assembly" in reader.pages[0].extract_text()
    second_row = reader.pages[1 + grid.cols].extract_text()
    assert "B1" in second_row and f"row 2 of {grid.rows}" in second_row
    # the poster is drawn once (a Form XObject) and placed on every sheet: the file stays small
    single = export_pdf(jm, tmp_path / "single.pdf").path
    assert path.stat().st_size < 2 * single.stat().st_size


def test_tiles_cover_the_poster_with_overlap():
    grid = tile_grid(2000, 1400, "a4")
    for tile in grid.tiles:
        right = [t for t in grid.tiles if t.row == tile.row and t.col == tile.col + 1]
        if right:
            assert right[0].x < tile.x + tile.w  # neighbours overlap
    last = grid.tiles[-1]
    assert last.x + last.w >= 2000 and last.y + last.h >= 1400


def test_pains_and_opportunities_differ_by_shape_in_greyscale(tmp_path):
    jm = load_map(SAMPLES / "coffee-shop.journey.json")
    path = tmp_path / "grey.pdf"
    export_pdf(jm, path, "A1")
    w, h = page_size("A1")
    layout = compute_layout(jm, w, h, footer_note="x")
    scale = density(jm, "A1", layout=layout).scale
    dpi = 100
    page = pypdfium2.PdfDocument(str(path))[0]
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    ox = (w - layout.width * scale) / 2
    oy = (h - layout.height * scale) / 2

    def grey(x: float, y: float) -> int:
        return image.getpixel(
            (round((ox + x * scale) * dpi / 72), round((oy + y * scale) * dpi / 72))
        )

    pain = next(m for m in layout.markers.values() if m.kind == "pain").glyph
    opp = next(m for m in layout.markers.values() if m.kind == "opportunity").glyph
    # the triangle fills its lower corner, the circle leaves it blank: shape, not colour
    corner = lambda g: grey(g.x + g.w * 0.14, g.y + g.h * 0.84)  # noqa: E731
    assert corner(pain) < 200 < corner(opp)
    assert (
        grey(pain.cx, pain.y + pain.h * 0.7) < 230
        and grey(opp.x + opp.w * 0.22, opp.y + opp.h * 0.3) < 230
    )


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "cjdesigner", *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_cli_exports_pdf_without_a_display(tmp_path):
    out = tmp_path / "cli.pdf"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    # the CLI itself: PDF and CSV never load Qt (only --png/--svg do, lazily)
    probe = (
        "import sys; from cjdesigner.cli import run; "
        f"rc = run(['export', {str(SAMPLES / 'coffee-shop.journey.json')!r}, "
        f"'--pdf', {str(tmp_path / 'p.pdf')!r}, '--csv', {str(tmp_path / 'p.csv')!r}]); "
        "print(rc, 'PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr
    args = ["export", str(SAMPLES / "aerolinea.journey.json"), "--pdf", str(out), "--paper", "a2"]
    result = run_cli(args, env)
    assert result.returncode == 0, result.stderr
    assert out.exists() and "written (" in result.stdout
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{", encoding="utf-8")
    result = run_cli(["export", str(bad), "--pdf", str(tmp_path / "never.pdf")], env)
    assert (
        result.returncode == 2
        and result.stderr.count("\n") == 1
        and not (tmp_path / "never.pdf").exists()
    )


def test_future_state_poster_overlays_the_current_curve_and_compares_stages(tmp_path):
    current = load_map(SAMPLES / "coffee-shop.journey.json")
    future = future_state_from(current)
    low = min(future.touchpoints, key=lambda t: t.emotion)
    before = low.emotion
    low.emotion = 4.0  # the queue is fixed
    path = tmp_path / "future.pdf"
    export_pdf(future, path, "A1")
    text = _text(path)
    assert "Future state against the current state" in text and "Current state (dashed)" in text
    w, h = page_size("A1")
    layout = compute_layout(future, w, h, footer_note="x")
    assert layout.baseline_curve and len(layout.baseline_curve) == len(layout.curve)
    scale = density(future, "A1", layout=layout).scale
    dpi = 100
    image = pypdfium2.PdfDocument(str(path))[0].render(scale=dpi / 72).to_pil().convert("RGB")
    ox, oy = (w - layout.width * scale) / 2, (h - layout.height * scale) / 2
    x = layout.touchpoints[low.id].dot[0]
    y_then = layout.band.emotion_to_y(before)

    def greyish_near(px: float, py: float) -> bool:
        cx, cy = round((ox + px * scale) * dpi / 72), round((oy + py * scale) * dpi / 72)
        for dx in range(-6, 7):
            for dy in range(-3, 4):
                r, g, b = image.getpixel((cx + dx, cy + dy))
                if abs(r - 0x8C) < 30 and abs(g - 0x95) < 30 and abs(b - 0x9F) < 30:
                    return True
        return False

    assert greyish_near(x, y_then)  # the dashed current-state curve where the dot used to be
    assert not compute_layout(current, w, h).baseline_curve


def test_hand_over_numbers_read_in_the_maps_language(tmp_path):
    """A Spanish client reads "+1,3", not "+1.3"; a stage averaging zero has no sign."""
    from cjdesigner.model.analysis import stage_emotions

    jm = load_map(SAMPLES / "concesionario.journey.json")
    assert jm.language.value == "es"
    jm.touchpoints[0].emotion = 0.0  # a key moment at zero
    path = tmp_path / "es.pdf"
    export_pdf(jm, path, "A1")
    text = _text(path)
    means = [s.mean for s in stage_emotions(jm) if s.mean is not None]
    fractional = next(m for m in means if round(m, 1) != round(m))
    expected = f"{fractional:+.1f}".replace(".", ",")
    assert expected in text and f"{fractional:+.1f}" not in text
    assert not re.search(r"[+-]\d+\.\d", text)  # no English decimals in the tables
    assert "+0 " not in text and "-0 " not in text
    jm.language = jm.language.__class__("en")
    export_pdf(jm, path, "A1")
    assert f"{fractional:+.1f}" in _text(path)


def test_the_assembly_sheet_shows_every_sheet_inside_the_page(tmp_path):
    """The sheets' outlines on the assembly sheet ran off the page when the last column
    or row was only partly used: the thumbnail was fitted to the poster, not the grid."""
    out = tmp_path / "poster.pdf"
    export_pdf(load_map(SAMPLES / "aerolinea.journey.json"), out, "A2", tiled="a4")
    assert right_and_bottom_blank(pdf_page_images(out, scale=1)[0], 12 * MM, 1)

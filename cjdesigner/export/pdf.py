"""The PDF poster: page 1 the map, then the hand-over pages; or the poster tiled onto
office sheets. reportlab only — no Qt — so the CLI exports without a display.

The poster is drawn once into a Form XObject and placed on the page (or on every sheet
of a tiled print), which keeps tiled files small and fast.
"""

from __future__ import annotations

import io
import os
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cjdesigner import __version__, notes
from cjdesigner.layout import PRINT_FLOOR, compute_layout, layout_extent
from cjdesigner.layout.boxes import MapLayout
from cjdesigner.model import JourneyMap
from cjdesigner.model.files import atomic_write_bytes, gc_paused

from .paper import SHEETS, next_size_up, page_size, paper_name, tile_grid

FORM = "cjd-poster"


@dataclass
class PdfResult:
    """What an export produced and what the user should know about it."""

    path: Path
    pages: int
    paper: str
    smallest_printed: float  # pt: the smallest text as it will print
    warnings: list[str] = field(default_factory=list)
    missing_characters: set[str] = field(default_factory=set)
    suggested_paper: str | None = None
    slides: bool = False  # stage slides for a screen, not a poster for paper


@dataclass
class Density:
    """How legible a map will be on a paper size."""

    scale: float
    smallest_printed: float
    fits: bool
    suggestion: str | None


def density(
    journey_map: JourneyMap,
    paper: str = "A1",
    landscape: bool = True,
    layout: MapLayout | None = None,
) -> Density:
    """Whether the map prints legibly (≥ 7 pt) on ``paper``, and what to use if not."""
    pw, ph = page_size(paper, landscape)
    if layout is not None:
        width, height, sizes = layout.width, layout.height, layout.sizes
    else:  # the extent alone decides: no need to place 20,000 cards to know it
        width, height, sizes = layout_extent(journey_map, pw, ph)
    scale = min(pw / width, ph / height, 1.0)
    smallest = sizes.smallest_text() * scale
    if smallest >= PRINT_FLOOR - 1e-6:
        return Density(scale, smallest, True, None)
    suggestion = None
    bigger = next_size_up(paper)
    while bigger is not None:
        bw, bh = page_size(bigger, landscape)
        big_w, big_h, big_sizes = layout_extent(journey_map, bw, bh)
        big_scale = min(bw / big_w, bh / big_h, 1.0)
        if big_sizes.smallest_text() * big_scale >= PRINT_FLOOR - 1e-6:
            suggestion = bigger
            break
        bigger = next_size_up(bigger)
    return Density(scale, smallest, False, suggestion)


def export_pdf(
    journey_map: JourneyMap,
    path: str | os.PathLike[str],
    paper: str = "A1",
    tiled: str | None = None,
    landscape: bool = True,
    source_name: str = "",
) -> PdfResult:
    """Write the poster (page 1) and the hand-over (pages 2+) to ``path``.

    ``tiled`` ("a4" or "letter") cuts the poster, printed at ``paper`` size, onto office
    sheets instead: an assembly sheet first, then one sheet per tile, then the hand-over.
    The file is written atomically: a failure leaves any previous file untouched.
    """
    with gc_paused():  # drawing allocates many short-lived acyclic objects
        return _export(journey_map, path, paper, tiled, landscape, source_name)


def _export(
    journey_map: JourneyMap,
    path: str | os.PathLike[str],
    paper: str,
    tiled: str | None,
    landscape: bool,
    source_name: str,
) -> PdfResult:
    from reportlab import rl_config

    rl_config.trustedHosts = []  # user text can never make reportlab fetch anything

    from .pdf_draw import PosterPainter
    from .pdf_fonts import fresh_font_set
    from .pdf_handover import draw_handover
    from .pdf_tiles import draw_tiles

    paper = paper_name(paper)
    if tiled is not None and tiled.lower() not in SHEETS:
        raise ValueError(f"tiles can be {', '.join(SHEETS)}, not {tiled!r}")
    pw, ph = page_size(paper, landscape)
    note = export_note(source_name)
    layout = compute_layout(journey_map, pw, ph, footer_note=note)
    fit = density(journey_map, paper, landscape, layout)
    fonts = fresh_font_set()
    buffer = io.BytesIO()
    first_page = page_size(tiled, landscape) if tiled else (pw, ph)
    canvas = map_canvas(buffer, journey_map, first_page)
    canvas.beginForm(FORM, 0, 0, layout.width, layout.height)
    PosterPainter(canvas, layout, fonts).draw()
    canvas.endForm()
    scale = fit.scale
    pages = 0
    if tiled:
        grid = tile_grid(layout.width * scale, layout.height * scale, tiled.lower(), landscape)
        pages += draw_tiles(canvas, FORM, layout, scale, grid, journey_map.title, fonts)
        hand_page = grid.sheet
    else:
        canvas.saveState()
        canvas.translate((pw - layout.width * scale) / 2, (ph - layout.height * scale) / 2)
        canvas.scale(scale, scale)
        canvas.doForm(FORM)
        canvas.restoreState()
        canvas.showPage()
        pages += 1
        hand_page = (pw, ph)
    canvas.setPageSize(hand_page)
    pages += draw_handover(canvas, journey_map, layout, fonts, hand_page, note)
    canvas.save()
    atomic_write_bytes(path, buffer.getvalue())
    warnings = list(layout.warnings)
    if not fit.fits:
        warnings.append(notes.too_dense(paper, fit.smallest_printed, PRINT_FLOOR, fit.suggestion))
    warnings += text_notes(journey_map, fonts.missing)
    return PdfResult(
        Path(path), pages, paper, fit.smallest_printed, warnings, set(fonts.missing), fit.suggestion
    )


def map_canvas(buffer: io.BytesIO, journey_map: JourneyMap, page: tuple[float, float]) -> Any:
    """A reportlab canvas for a map's PDF: language, title, author, subject, keywords."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(
        buffer, pagesize=page, lang="es-ES" if journey_map.language.value == "es" else "en-GB"
    )
    canvas.setTitle(journey_map.title)
    canvas.setAuthor(journey_map.author or "CJ Designer")
    subject = (
        "Customer journey map"
        if journey_map.language.value == "en"
        else "Mapa del viaje del cliente"
    )
    canvas.setSubject(f"{subject}: {journey_map.client}" if journey_map.client else subject)
    canvas.setCreator(f"CJ Designer {__version__}")
    canvas.setKeywords(
        ["customer journey", journey_map.persona.name, *(s.name for s in journey_map.stages)]
    )
    return canvas


def is_right_to_left(ch: str) -> bool:
    """Whether ``ch`` is written right to left (Hebrew, Arabic, their presentation forms,
    Syriac, N'Ko…): its Unicode bidirectional class is R or AL."""
    return unicodedata.bidirectional(ch) in ("R", "AL")


def text_notes(journey_map: JourneyMap, missing: set[str] | dict) -> list[str]:
    """Notes about the map's text in any PDF: characters the fonts lack, right-to-left."""
    found = []
    if missing:
        found.append(notes.missing_glyphs(set(missing)))
    # (no right-to-left script lies below U+0590: a text whose largest character is
    # below it is skipped at C speed, instead of a Python call per character: 28 ms of
    # a 2,000-touchpoint export)
    if any(
        max(run) >= "\u0590" and any(is_right_to_left(ch) for ch in run)
        for run in _all_text(journey_map)
        if run
    ):
        found.append(notes.right_to_left())
    return found


def export_note(source_name: str) -> str:
    """The footer note of an export: source file, program and version, date."""
    return " · ".join(
        x
        for x in (source_name or None, f"CJ Designer {__version__}", date.today().isoformat())
        if x
    )


def _all_text(jm: JourneyMap) -> list[str]:
    texts = [jm.title, jm.scenario, jm.persona.name, jm.persona.quote]
    texts += [s.name for s in jm.stages] + [t.title for t in jm.touchpoints]
    texts += [p.title for p in jm.pains] + [o.title for o in jm.opportunities]
    texts += [v for lane in jm.lanes for v in lane.cells.values()]
    return texts

"""Stage slides: the walk of presentation mode as a PDF to share after a workshop.

Page 1 is the whole map; then one widescreen page per stage, framed and with the rest
of the map faded exactly as the canvas shows it (``layout.frames``). The poster is
drawn once into a Form XObject and placed on every page, so the file stays vector,
small and sharp at any zoom. reportlab only: the command line makes slides headless.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib.colors import HexColor

from cjdesigner import palette
from cjdesigner.layout import compute_layout
from cjdesigner.layout.boxes import MapLayout
from cjdesigner.layout.frames import FADE_ALPHA, faded_rects, stage_frame
from cjdesigner.layout.geometry import Rect
from cjdesigner.model import JourneyMap
from cjdesigner.model.files import atomic_write_bytes, gc_paused

from .pdf import FORM, PdfResult, export_note, map_canvas, text_notes

SLIDE = (960.0, 540.0)  # 13.33 × 7.5 in: the widescreen page of presentation programs
MARGIN = 18.0
SLIDES_PAPER = "16:9"


def export_slides(
    journey_map: JourneyMap, path: str | os.PathLike[str], source_name: str = ""
) -> PdfResult:
    """Write the whole map and one slide per stage to ``path`` (atomically: a failure
    leaves any previous file untouched)."""
    with gc_paused():
        return _export(journey_map, path, source_name)


def _export(journey_map: JourneyMap, path: str | os.PathLike[str], source_name: str) -> PdfResult:
    from reportlab import rl_config

    rl_config.trustedHosts = []  # user text can never make reportlab fetch anything
    from .pdf_draw import PosterPainter
    from .pdf_fonts import fresh_font_set

    layout = compute_layout(journey_map, footer_note=export_note(source_name))
    fonts = fresh_font_set()
    buffer = io.BytesIO()
    canvas = map_canvas(buffer, journey_map, SLIDE)
    canvas.beginForm(FORM, 0, 0, layout.width, layout.height)
    PosterPainter(canvas, layout, fonts).draw()
    canvas.endForm()
    whole = Rect(0.0, 0.0, layout.width, layout.height)
    total = 1 + len(layout.stages)
    font = fonts.main["regular"]
    smallest = _place(canvas, layout, font, whole, 1, total)
    width, height = SLIDE[0] - 2 * MARGIN, SLIDE[1] - 2 * MARGIN
    for number, stage in enumerate(layout.stages, start=2):
        frame = stage_frame(layout, stage.stage_id, width, height)
        assert frame is not None  # a stage of this very layout
        smallest = min(smallest, _place(canvas, layout, font, frame, number, total, stage.stage_id))
    canvas.save()
    atomic_write_bytes(path, buffer.getvalue())
    # not "their full text is in the hand-over": the slides have no hand-over pages
    kept = [w for w in layout.warnings if getattr(w, "code", "") != "shortened"]
    warnings = kept + text_notes(journey_map, fonts.missing)
    return PdfResult(
        Path(path),
        total,
        SLIDES_PAPER,
        smallest,
        warnings,
        set(fonts.missing),
        None,
        slides=True,
    )


def _place(
    canvas,
    layout: MapLayout,
    font: str,
    frame: Rect,
    number: int,
    total: int,
    stage_id: str | None = None,
) -> float:
    """One slide: ``frame`` (map points) fitted and centred, the rest of the map faded
    around ``stage_id``; returns the smallest text size on it, in points."""
    sw, sh = SLIDE
    scale = min((sw - 2 * MARGIN) / frame.w, (sh - 2 * MARGIN) / frame.h)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(0, 0, sw, sh)
    canvas.clipPath(path, stroke=0, fill=0)  # the neighbours end at the page's edge
    # the frame's centre at the page's centre; the form's y runs up from the map's bottom
    canvas.translate(sw / 2 - frame.cx * scale, sh / 2 - (layout.height - frame.cy) * scale)
    canvas.scale(scale, scale)
    canvas.doForm(FORM)
    if stage_id is not None:
        canvas.setFillColor(HexColor(palette.PAPER))
        canvas.setFillAlpha(FADE_ALPHA)
        for r in faded_rects(layout, stage_id):
            canvas.rect(r.x, layout.height - r.bottom, r.w, r.h, stroke=0, fill=1)
    canvas.restoreState()
    label = f"{number} / {total}"
    label_w = canvas.stringWidth(label, font, 8)
    canvas.setFillColor(HexColor(palette.PAPER))  # over the faded neighbours at the edge
    canvas.rect(sw - MARGIN - label_w - 4, 2, label_w + 8, 12, stroke=0, fill=1)
    canvas.setFillColor(HexColor(palette.INK_SECONDARY))
    canvas.setFont(font, 8)
    canvas.drawRightString(sw - MARGIN, 5, label)
    canvas.showPage()
    return layout.sizes.smallest_text() * scale

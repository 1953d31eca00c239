"""A0 PDF export vs a bare reportlab canvas drawing the same primitives, and the tiled export.

The floor gets everything the poster draws, handed to it: one rectangle per stage column,
header, card, marker, lane cell and glyph box, every text run as one ``drawString`` in
the same embedded font, and the emotion curve as one path of cubic segments, on an A0
page; then the hand-over's rows (key moments, pains, opportunities, stages, channels,
the full text of shortened labels) as one rectangle and one line of strings each, written
to memory. What the floor does not pay
for is what the export adds: the layout (wrapping, placing cards and labels), the
analysis, fallback-font checks, table wrapping and the atomic write.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.paper import page_size
from cjdesigner.export.pdf import export_pdf
from cjdesigner.export.pdf_fonts import font_set
from cjdesigner.layout import MapLayout, Rect, TextRun, clear_caches, compute_layout
from cjdesigner.model import JourneyMap
from cjdesigner.model.analysis import channel_stage_counts, key_moments

from .harness import Row, interleaved_medians, repeats
from .mapgen import generate_map


def _primitives(layout: MapLayout) -> tuple[list[Rect], list[TextRun]]:
    rects: list[Rect] = [layout.band.rect, layout.marker_strip, layout.footer]
    texts: list[TextRun] = [*layout.header_texts, *layout.marker_title, *layout.footer_texts]
    texts += [run for _, _, run in layout.band.ticks]
    for stage in layout.stages:
        rects += [stage.column, stage.header]
        texts += stage.texts
    for tp in layout.touchpoints.values():
        rects += [tp.card, tp.glyph]
        texts += tp.texts
    for marker in layout.markers.values():
        rects += [marker.rect, marker.glyph]
        texts += marker.texts
    for lane in layout.lanes:
        rects.append(lane.row)
        texts += lane.texts
        for cell in lane.cells:
            rects.append(cell.rect)
            texts += cell.texts
    texts += layout.persona.texts + layout.persona.side_texts
    return rects, texts


def _handover_rows(jm: JourneyMap, layout: MapLayout) -> list[list[str]]:
    """The hand-over's table rows as plain strings: what its pages print."""
    titles = {t.id: t.title for t in jm.touchpoints}
    stages = {s.id: s.name for s in jm.stages}
    rows = [[m.kind, titles[m.touchpoint_id], stages[m.stage_id]] for m in key_moments(jm)]
    rows += [[p.title, p.description, "●" * p.severity] for p in jm.pains]
    rows += [[o.title, o.description, o.owner, o.status.value] for o in jm.opportunities]
    rows += [[s.name, str(len(jm.touchpoints))] for s in jm.stages]
    rows += [[ch.value, *map(str, row.values())] for ch, row in channel_stage_counts(jm).items()]
    rows += [[titles[b.touchpoint_id]] for b in layout.touchpoints.values() if b.truncated]
    markers = {m.id: m.title for m in [*jm.pains, *jm.opportunities]}
    rows += [[markers[b.marker_id]] for b in layout.markers.values() if b.truncated]
    return rows


def _floor(
    layout: MapLayout, rects: list[Rect], texts: list[TextRun], rows: list[list[str]]
) -> bytes:
    fonts = font_set().main
    w, h = page_size("A0")
    out = io.BytesIO()
    c = Canvas(out, pagesize=(w, h))
    c.translate(0, h)
    c.scale(min(w / layout.width, h / layout.height), -min(w / layout.width, h / layout.height))
    for r in rects:
        c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=1)
    for run in texts:
        c.setFont(fonts.get(run.style, fonts["regular"]), run.size)
        c.drawString(run.x, run.y, run.text)
    if layout.curve:
        path = c.beginPath()
        first = layout.curve[0].p0
        path.moveTo(first[0], first[1])
        for seg in layout.curve:
            path.curveTo(*seg.p1, *seg.p2, *seg.p3)
        c.drawPath(path, stroke=1, fill=0)
    c.showPage()
    c.setFont(fonts["regular"], 12)  # the hand-over: one line per table row, cells side by side
    y = h - 60
    for row in rows:
        c.rect(40, y - 4, w - 80, 16, stroke=0, fill=1)
        for i, cell in enumerate(row):
            c.drawString(40 + i * 400, y, cell[:120])
        y -= 16
        if y < 60:
            c.showPage()
            c.setFont(fonts["regular"], 12)
            y = h - 60
    c.showPage()
    c.save()
    return out.getvalue()


def _rows_for(n: int, runs: int, folder: Path) -> list[Row]:
    jm = generate_map(n, seed=n)
    layout = compute_layout(jm, *page_size("A0"))
    rects, texts = _primitives(layout)
    rows = _handover_rows(jm, layout)
    k = repeats(n, runs)
    floor, export, tiled = interleaved_medians(
        [
            lambda: _floor(layout, rects, texts, rows),
            lambda: export_pdf(jm, folder / f"a0-{n}.pdf", "A0"),
            lambda: export_pdf(jm, folder / f"tiled-{n}.pdf", "A0", "a4"),
        ],
        k,
        setup=clear_caches,  # every export lays out from cold caches
    )
    size = f"{n} tp, {len(rects) + len(rows)} rects, {len(texts) + len(rows)} rows of text"
    note = "layout + poster + hand-over pages; floor: same primitives on a bare canvas"
    return [
        Row("pdf", "A0 PDF export", size, export, floor, 3.0, note=note),
        Row("pdf", "A0 poster tiled on A4 sheets", f"{n} tp", tiled, floor, 3.0, note="same floor"),
    ]


def run(sizes: list[int], runs: int) -> list[Row]:
    """Rows for the A0 export and the tiled A4 export at each size."""
    with tempfile.TemporaryDirectory(prefix="cjd-bench-pdf-") as scratch:
        folder = Path(scratch)
        font_set()  # registering the fonts is a once-per-process cost for both sides
        rows: list[Row] = []
        for n in sizes:
            rows += _rows_for(n, runs, folder)
    return rows

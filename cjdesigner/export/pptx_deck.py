"""PowerPoint deck (.pptx): the presentation walk as slides a consultant can edit.

Slide 1 shows the whole map; slide 2 the persona, as text to edit (photo, role, quote,
bio, and the lists); then one slide per stage, framed with the rest of the map faded
exactly as the canvas's walk and the slides PDF show it (``layout.frames``); last, the
pains (most urgent first) and the opportunities as tables, to edit too. Each
slide has a real title (the map's, then the stage's: PowerPoint's outline, navigation
and screen readers read it), the picture with alternative text, and speaker notes with
what the map says about it (``slide_notes``), all in the map's language.

The pictures are rendered by Qt from the canvas scene (as the PNG export), so this needs
Qt, not a display. python-pptx is imported only here, when a deck is written.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QPainter, QTransform

from cjdesigner import palette
from cjdesigner.layout.frames import FADE_ALPHA, faded_rects, stage_frame
from cjdesigner.layout.geometry import Rect
from cjdesigner.model import JourneyMap
from cjdesigner.model.files import atomic_write_bytes
from cjdesigner.model.insights import has_votes

from . import image
from .pdf import export_note
from .slide_notes import (
    all_stage_notes,
    map_notes,
    opportunity_table,
    pain_table,
    persona_sections,
    word,
)

INCH = 914400  # EMU, the unit of Office files
SLIDE_W, SLIDE_H = 12192000, 6858000  # 13.33 × 7.5 in: the widescreen slide
MARGIN = INCH * 2 // 5  # 0.4 in around the title and the picture
TITLE_H = INCH * 4 // 5  # 0.8 in
PICTURE_PX = 2000  # picture width in pixels: 160 dpi on the slide, sharp on a 1080p projector
TABLE_ROWS = 8  # rows of a table slide; more continue on the next slide
PAIN_COLUMNS = (4.2, 2.6, 1.3, 1.3, 3.1)  # relative widths: pain, stage, severity…
OPPORTUNITY_COLUMNS = (3.6, 2.3, 1.2, 1.3, 1.9, 2.4)
VOTES_COLUMN = 1.0
PERSONA_COLUMN = INCH * 18 // 5  # 3.6 in: photo, role, quote, bio
PHOTO_SIDE = INCH * 11 // 5  # 2.2 in
# Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/FFFF): an
# attribute holding one would make lxml refuse the whole deck.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Cancelled(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class DeckResult:
    """What was written: the file and its number of slides."""

    path: Path
    slides: int


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def slide_text(text: str) -> str:
    """``text`` as a slide shows it: ``xml_safe``, every line break a new paragraph
    (python-pptx would keep a carriage return as the visible code "_x000D_")."""
    return xml_safe(text.replace("\r\n", "\n").replace("\r", "\n"))


def export_pptx(
    journey_map: JourneyMap,
    path: str | os.PathLike[str],
    source_name: str = "",
    progress: Callable[[int, int], bool] | None = None,
) -> DeckResult:
    """Write the deck to ``path`` atomically (a failure leaves any previous file as it was).

    Runs in Qt's GUI thread: the pictures are rendered from a canvas scene. ``progress``
    hears (slides made, slides in all) before each slide; when it answers False the
    export stops with ``Cancelled``, writing nothing."""
    from pptx import Presentation

    has_persona = bool(journey_map.persona.name.strip() or persona_sections(journey_map))
    pages = _table_pages(journey_map)
    total = 1 + has_persona + len(journey_map.stages) + len(pages)

    def step(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled

    step(0)
    scene = image.map_scene(journey_map, footer_note=export_note(source_name))
    try:
        layout = scene.layout
        assert layout is not None
        deck = Presentation()
        _widen(deck)
        deck.core_properties.title = xml_safe(journey_map.title)
        deck.core_properties.language = "es-ES" if journey_map.language.value == "es" else "en-US"
        area = (MARGIN, 2 * MARGIN + TITLE_H, SLIDE_W - 2 * MARGIN, SLIDE_H - 3 * MARGIN - TITLE_H)
        whole = Rect(0.0, 0.0, layout.width, layout.height)
        box = _fitted(whole, area)  # the whole map: a picture of its own shape
        _add_slide(
            deck,
            journey_map,
            journey_map.title,
            _render(scene, whole, None, box),
            _alt_text(journey_map, None),
            map_notes(journey_map),
            box,
        )
        if has_persona:
            step(1)
            _add_persona_slide(deck, journey_map)
        notes = all_stage_notes(journey_map)
        for done, stage_box in enumerate(layout.stages, start=1 + has_persona):
            step(done)
            frame = stage_frame(layout, stage_box.stage_id, area[2], area[3])
            assert frame is not None  # a stage of this very layout
            stage = journey_map.stage(stage_box.stage_id)
            assert stage is not None
            _add_slide(
                deck,
                journey_map,
                stage.name,
                _render(scene, frame, stage.id, area),
                _alt_text(journey_map, stage.id),
                notes[stage.id],
                area,
            )
        for done, (title, header, rows, widths) in enumerate(pages, start=total - len(pages)):
            step(done)
            _add_table_slide(deck, journey_map, title, header, rows, widths)
        step(total)
        buffer = io.BytesIO()
        deck.save(buffer)
    finally:
        image.dispose(scene)
    atomic_write_bytes(path, buffer.getvalue())
    return DeckResult(Path(path), len(deck.slides))


def _fitted(frame: Rect, area: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The box (EMU) of ``frame``'s shape, as large as fits ``area``, centred in it."""
    fit = min(area[2] / frame.w, area[3] / frame.h)
    return (
        area[0] + round((area[2] - frame.w * fit) / 2),
        area[1] + round((area[3] - frame.h * fit) / 2),
        round(frame.w * fit),
        round(frame.h * fit),
    )


def _table_pages(
    journey_map: JourneyMap,
) -> list[tuple[str, list[str], list[list[str]], tuple[float, ...]]]:
    """(title, header, rows, column widths) of each table slide: the pains, then the
    opportunities, TABLE_ROWS a slide; a table on several slides numbers its titles
    ("Pains, most urgent first (2/3)"). None for an empty list."""
    lang = journey_map.language.value
    tables = [
        (word("pain_table", lang), *pain_table(journey_map), PAIN_COLUMNS),
        (word("opportunities", lang), *opportunity_table(journey_map), OPPORTUNITY_COLUMNS),
    ]
    voted = has_votes(journey_map)
    tables = [  # a dot vote adds a narrow "Votes" column after the stage
        (title, header, rows, (*w[:2], VOTES_COLUMN, *w[2:]) if voted else w)
        for title, header, rows, w in tables
    ]
    pages = []
    for title, header, rows, widths in tables:
        count = -(-len(rows) // TABLE_ROWS)
        for page in range(count):
            numbered = f"{title} ({page + 1}/{count})" if count > 1 else title
            chunk = rows[page * TABLE_ROWS : (page + 1) * TABLE_ROWS]
            pages.append((numbered, header, chunk, widths))
    return pages


def _set_title(slide, title: str, language) -> None:
    """The slide's title placeholder across the top, 28 pt, in the map's language."""
    from pptx.util import Pt

    heading = slide.shapes.title
    heading.left, heading.top = MARGIN, MARGIN
    heading.width, heading.height = SLIDE_W - 2 * MARGIN, TITLE_H
    frame = heading.text_frame
    frame.text = slide_text(title)  # python-pptx escapes it: user text is never markup
    frame.word_wrap = True
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(28)
            run.font.language_id = language


def _widen(deck) -> None:
    """Make the deck 16:9, its master and layouts too: python-pptx's template is 4:3, and
    a slide the consultant adds would have its title and text in the left three quarters."""
    k = SLIDE_W / deck.slide_width
    placeholders = list(deck.slide_master.placeholders)
    for slide_layout in deck.slide_layouts:
        placeholders += list(slide_layout.placeholders)
    # read every position before writing any: a layout's inherit from the master
    spans = [(p, p.left, p.width) for p in placeholders]
    for placeholder, left, width in spans:
        if left is not None and width is not None:
            placeholder.left, placeholder.width = round(left * k), round(width * k)
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H


def _render(scene, frame: Rect, stage_id: str | None, box: tuple[int, int, int, int]) -> bytes:
    """PNG bytes of ``frame`` (map points) fitted and centred in a picture of ``box``'s
    shape, PICTURE_PX wide at most; the map outside ``stage_id`` faded."""
    px_w = min(PICTURE_PX, round(PICTURE_PX * box[2] / (SLIDE_W - 2 * MARGIN)))
    px_h = max(1, round(px_w * box[3] / box[2]))
    scale = min(px_w / frame.w, px_h / frame.h)
    w, h = px_w / scale, px_h / scale
    source = QRectF(frame.cx - w / 2, frame.cy - h / 2, w, h)
    picture = image.render_rect(scene, source, px_w, px_h)
    if stage_id is not None:
        painter = QPainter(picture)
        painter.setTransform(QTransform().scale(scale, scale).translate(-source.x(), -source.y()))
        fade = QColor(palette.PAPER)
        fade.setAlphaF(FADE_ALPHA)
        for r in faded_rects(scene.layout, stage_id):
            painter.fillRect(QRectF(r.x, r.y, r.w, r.h), fade)
        painter.end()
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(device, "PNG")
    device.close()
    return bytes(data.data())


def _alt_text(journey_map: JourneyMap, stage_id: str | None) -> str:
    """What a screen reader says for a slide's picture, in the map's language."""
    lang = journey_map.language.value
    if stage_id is None:
        return word("alt_map", lang).format(title=journey_map.title)
    stage = journey_map.stage(stage_id)
    assert stage is not None
    count = sum(1 for tp in journey_map.touchpoints if tp.stage_id == stage_id)
    return word("alt_stage", lang).format(name=stage.name, count=count)


def _add_slide(
    deck,
    journey_map: JourneyMap,
    title: str,
    png: bytes,
    alt: str,
    notes: str,
    box: tuple[int, int, int, int],
) -> None:
    """One slide: the title on top, the picture under it, the notes below the slide."""
    language = _language(journey_map)
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    _set_title(slide, title, language)
    picture = slide.shapes.add_picture(io.BytesIO(png), *box)
    picture.name = "Map"
    picture._element.nvPicPr.cNvPr.set("descr", xml_safe(alt))  # no public API for alt text
    if notes:
        notes_frame = slide.notes_slide.notes_text_frame
        notes_frame.text = slide_text(notes)
        for paragraph in notes_frame.paragraphs:
            for run in paragraph.runs:
                run.font.language_id = language


def _language(journey_map: JourneyMap):
    from pptx.enum.lang import MSO_LANGUAGE_ID

    return (
        MSO_LANGUAGE_ID.SPANISH_MODERN_SORT
        if journey_map.language.value == "es"
        else MSO_LANGUAGE_ID.ENGLISH_US
    )


def _lines(frame, lines: list[tuple[str, str]], size: float, language) -> None:
    """Fill a text frame: each (style, text) a paragraph; style "h" bold, "i" italic,
    "•" a bulleted item, "" plain."""
    from pptx.util import Pt

    frame.word_wrap = True
    for number, (style, text) in enumerate(lines):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        if style == "h" and number:
            paragraph.space_before = Pt(size * 0.6)
        run = paragraph.add_run()
        run.text = slide_text(f"• {text}" if style == "•" else text)
        run.font.size = Pt(size)
        run.font.bold = style == "h"
        run.font.italic = style == "i"
        run.font.language_id = language


def _text_size(lines: list[tuple[str, str]], width: int, height: int) -> float:
    """A type size (points) at which ``lines`` likely fit ``width`` × ``height`` (EMU):
    18 pt for a short persona, down to 10 pt for a long one."""
    for size in (18, 16, 14, 12, 11, 10):
        per_line = max(1, int(width / INCH * 72 / (size * 0.5)))  # characters on a line
        rows = sum(1 + len(text) // per_line for _style, text in lines)
        if rows * size * 1.35 / 72 * INCH <= height:
            return size
    return 10


def _add_persona_slide(deck, journey_map: JourneyMap) -> None:
    """The persona as text a consultant can edit: photo, role, quote and bio on the left,
    the lists (goals, needs, frustrations…) in two columns on the right."""
    from .slide_notes import word

    persona = journey_map.persona
    language = _language(journey_map)
    lang = journey_map.language.value
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    name = persona.name.strip() or word("persona", lang)
    _set_title(slide, name, language)
    top = 2 * MARGIN + TITLE_H
    bottom = SLIDE_H - MARGIN
    y = top
    if persona.photo:
        photo = slide.shapes.add_picture(io.BytesIO(persona.photo), MARGIN, y)
        scale = min(PHOTO_SIDE / photo.width, PHOTO_SIDE / photo.height)
        photo.width, photo.height = round(photo.width * scale), round(photo.height * scale)
        photo.name = "Photo"
        photo._element.nvPicPr.cNvPr.set("descr", xml_safe(name))
        y += photo.height + MARGIN // 2
    about: list[tuple[str, str]] = []
    if persona.role.strip():
        about.append(("h", persona.role.strip()))
    if persona.quote.strip():
        quoted = persona.quote.strip()
        about.append(("i", f"«{quoted}»" if lang == "es" else f"“{quoted}”"))
    if persona.bio.strip():
        about.append(("", persona.bio.strip()))
    if about:
        box = slide.shapes.add_textbox(MARGIN, y, PERSONA_COLUMN, bottom - y)
        _lines(box.text_frame, about, _text_size(about, PERSONA_COLUMN, bottom - y), language)
    sections = persona_sections(journey_map)
    if not sections:
        return
    left = MARGIN + PERSONA_COLUMN + MARGIN
    column = (SLIDE_W - MARGIN - left - MARGIN) // 2
    columns: list[list[tuple[str, str]]] = [[], []]
    total = sum(1 + len(items) for _heading, items in sections)
    second = False  # reading order: down the first column, then down the second
    for heading, items in sections:
        lines = [("h", heading)] + [("•", item) for item in items]
        # a section goes on the right once the left would pass half of all the lines
        second = second or (bool(columns[0]) and len(columns[0]) + len(lines) / 2 > total / 2)
        columns[1 if second else 0] += lines
    size = min(_text_size(c, column, bottom - top) for c in columns if c)
    for number, lines in enumerate(columns):
        if lines:
            box = slide.shapes.add_textbox(
                left + number * (column + MARGIN), top, column, bottom - top
            )
            _lines(box.text_frame, lines, size, language)


def _add_table_slide(
    deck,
    journey_map: JourneyMap,
    title: str,
    header: list[str],
    rows: list[list[str]],
    widths: tuple[float, ...],
) -> None:
    """A slide holding a PowerPoint table (header row first), to edit and restyle."""
    from pptx.util import Pt

    language = _language(journey_map)
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # "Title Only"
    _set_title(slide, title, language)
    top = 2 * MARGIN + TITLE_H
    width = SLIDE_W - 2 * MARGIN
    row_h = INCH * 11 // 20  # 0.55 in; PowerPoint grows a row whose text wraps
    shape = slide.shapes.add_table(1 + len(rows), len(header), MARGIN, top, width, row_h)
    table = shape.table
    for i, share in enumerate(widths):
        table.columns[i].width = round(width * share / sum(widths))
    for r, values in enumerate([header, *rows]):
        table.rows[r].height = row_h
        for c, value in enumerate(values):
            frame = table.cell(r, c).text_frame
            frame.text = slide_text(value)
            frame.word_wrap = True
            for paragraph in frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(14)
                    run.font.bold = r == 0
                    run.font.language_id = language

"""The hand-over pages: what the map means, in words and tables, in the map's language.

Key moments, pains ranked by votes (when the map holds a dot vote) and severity, with
their stage and touchpoint, opportunities with status, owner and the pain they answer,
emotion per stage, the channel × stage matrix,
and the full text of every label the poster had to shorten. User text is escaped before
it reaches reportlab's Paragraph markup (``a<b`` would raise, ``R&D`` corrupt, ``<b>`` vanish).
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph

from cjdesigner import palette
from cjdesigner.layout import MapLayout
from cjdesigner.layout.labels import channel_name, label
from cjdesigner.model import JourneyMap
from cjdesigner.model.analysis import (
    channel_stage_counts,
    marker_stage_id,
    stage_emotions,
    touchpoints_in_time_order,
)
from cjdesigner.model.insights import has_votes, stage_deltas
from cjdesigner.model.numbers import number, signed

from .pdf_fonts import FontSet
from .pdf_grid import VPAD, Grid, GridStyle

MIN_STAGE_COLUMN = 40.0  # the narrowest stage column of the channel table, in points


_KAPPA = 0.5523  # a quarter circle as one cubic Bézier: control points at r × this


def _dot_row(size: float) -> tuple[float, float, float]:
    """(radius, centre y, spacing) of a Rating's dots for text of ``size`` points, in the
    Rating's own coordinates (it is ``size * 1.2`` tall)."""
    return size * 0.3, size * 1.2 - size * 0.55, size * 0.9


@lru_cache(maxsize=64)
def _dots(value: int, of: int, size: float) -> str:
    """PDF operators for ``of`` circles in a row, the first ``value`` filled (B), the
    rest stroked (S), in a Rating's own coordinates."""
    r, y, spacing = _dot_row(size)
    k = _KAPPA * r
    ops = []
    for i in range(of):
        x = r + i * spacing
        ops.append(
            f"{fp_str(x + r, y)} m {fp_str(x + r, y + k, x + k, y + r, x, y + r)} c "
            f"{fp_str(x - k, y + r, x - r, y + k, x - r, y)} c "
            f"{fp_str(x - r, y - k, x - k, y - r, x, y - r)} c "
            f"{fp_str(x + k, y - r, x + r, y - k, x + r, y)} c h {'B' if i < value else 'S'}"
        )
    return " ".join(ops)


def code_order(code: str) -> int:
    """The number of a code ("P12" → 12): P2 comes before P10, as on the poster."""
    return int(code[1:]) if code[1:].isdigit() else 0


class Headed(Flowable):
    """A section: its heading and its body (a table), kept together on a page when they
    fit; otherwise split at a row, the heading going with the first rows (a heading
    never ends a page alone) and the table's header row repeating on the next page."""

    def __init__(self, heading: Paragraph, body: Flowable) -> None:
        super().__init__()
        self.heading = heading
        self.body = body
        self._sizes = (0.0, 0.0, 0.0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.heading.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.body.getSpaceAfter()

    def _gap(self) -> float:
        return self.heading.getSpaceAfter() + self.body.getSpaceBefore()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, head = self.heading.wrap(available_width, available_height)
        _, body = self.body.wrap(available_width, max(available_height - head - self._gap(), 0))
        self._sizes = (available_width, head, body)
        return available_width, head + self._gap() + body

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        _, head = self.heading.wrap(available_width, available_height)
        room = available_height - head - self._gap()
        parts = self.body.split(available_width, room) if room > 0 else []
        return [self.heading, *parts] if parts else []

    def draw(self) -> None:
        body = self._sizes[2]
        self.heading.drawOn(self.canv, 0, body + self._gap())
        self.body.drawOn(self.canv, 0, 0)


def fill_frame(frame: Frame, story: list[Flowable], canvas: Canvas) -> int:
    """Place flowables from the front of ``story`` (taking them off it) until ``frame`` is
    full, splitting the one that reaches the page's end where it can (a table at a row);
    returns how many pieces were placed. Frame.addFromList never splits: a table longer
    than what was left of a page went to the next one, and one longer than a whole page
    was never printed."""
    placed = 0
    while story:
        if frame.add(story[0], canvas, trySplit=1):
            story.pop(0)
            placed += 1
            continue
        parts = frame.split(story[0], canvas)
        if not parts or not frame.add(parts[0], canvas, trySplit=1):
            break  # the rest starts on the next page
        story[0:1] = parts[1:]
        placed += 1
    return placed


_INK = fp_str(*HexColor(palette.INK).rgb())
_RATING_INK = f"{_INK} RG {_INK} rg .6 w "


class Rating(Flowable):
    """A severity or impact as dots drawn in vector (filled up to the value, hollow after).

    Drawn, not typed: "●" is not in Open Sans, and a fallback font subset embedded for one
    glyph cost every PDF with pains ~4 ms and ~20 KB. The table writes ``copy_text`` as
    invisible text in the row, so the tables still copy and search as "3".
    """

    def __init__(self, value: int, font: str, size: float, of: int = 3) -> None:
        super().__init__()
        self.value, self.of, self.font, self.size = value, of, font, size
        self.width = of * _dot_row(size)[2]
        self.height = size * 1.2
        self.copy_text = str(value)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def operators(self) -> str:
        """The dots as PDF operators, colours and line width included: the same few
        strings in every row (reportlab's circle() did the arc arithmetic for each of
        hundreds of dots, and drawOn its bookkeeping for each cell)."""
        return _RATING_INK + _dots(self.value, self.of, self.size)

    def draw(self) -> None:
        self.canv._code.append(self.operators())


_WORDS = {
    "handover": ("Hand-over", "Resumen para el cliente"),
    "key_moments": ("Key moments", "Momentos clave"),
    "moment": ("Moment", "Momento"),
    "touchpoint": ("Touchpoint", "Punto de contacto"),
    "stage": ("Stage", "Etapa"),
    "pains": ("Pains, most severe first", "Dolores, del más grave al más leve"),
    "pains_voted": (
        "Pains, most votes first, then most severe",
        "Dolores, los más votados primero y luego los más graves",
    ),
    "votes": ("Votes", "Votos"),
    "severity": ("Severity", "Gravedad"),
    "answered_by": ("Answered by", "Respondido por"),
    "none_yet": ("none yet", "ninguna aún"),
    "opportunities": ("Opportunities", "Oportunidades"),
    "impact": ("Impact", "Impacto"),
    "status": ("Status", "Estado"),
    "owner": ("Owner", "Responsable"),
    "answers": ("Answers", "Responde a"),
    "per_stage": ("Emotion per stage", "Emoción por etapa"),
    "count": ("Touchpoints", "Puntos"),
    "mean": ("Mean", "Media"),
    "lowest": ("Lowest", "Mínima"),
    "highest": ("Highest", "Máxima"),
    "channels": ("Channels × stages (touchpoints)", "Canales × etapas (puntos de contacto)"),
    "channel": ("Channel", "Canal"),
    "full_text": ("Full text of shortened labels", "Texto completo de las etiquetas abreviadas"),
    "where": ("Where", "Dónde"),
    "text": ("Text", "Texto"),
    "idea": ("idea", "idea"),
    "planned": ("planned", "planificada"),
    "done": ("done", "hecha"),
    "scenario": ("Scenario", "Escenario"),
    "persona": ("Persona", "Persona"),
    "name": ("Name", "Nombre"),
    "role": ("Role", "Rol"),
    "quote": ("Quote", "Cita"),
    "lane": ("Lane", "Carril"),
    "versus": (
        "Future state against the current state: mean emotion per stage",
        "Estado futuro frente al actual: emoción media por etapa",
    ),
    "before": ("Current", "Actual"),
    "after": ("Future", "Futuro"),
    "change": ("Change", "Cambio"),
}


class Handover:
    """Builds the hand-over story for one map and flows it onto as many pages as needed."""

    def __init__(
        self, jm: JourneyMap, layout: MapLayout, fonts: FontSet, page: tuple[float, float]
    ) -> None:
        self.jm = jm
        self.layout = layout
        self.fonts = fonts
        self.page = page
        self.lang = jm.language.value
        scale = max(1.0, min(page) / 595.0) ** 0.5  # a little larger on big paper
        self.size = 9.5 * scale
        base = fonts.main["regular"]
        self.body = ParagraphStyle(
            "body", fontName=base, fontSize=self.size, leading=self.size * 1.3, alignment=TA_LEFT
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=self.size * 0.9, leading=self.size * 1.15
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=self.body,
            fontName=fonts.main["bold"],
            fontSize=self.size * 2.2,
            leading=self.size * 2.6,
            spaceAfter=self.size * 0.6,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=fonts.main["bold"],
            fontSize=self.size * 1.35,
            leading=self.size * 1.7,
            spaceBefore=self.size * 1.2,
            spaceAfter=self.size * 0.5,
            textColor=HexColor(palette.INK),
        )
        self.grid_style = GridStyle(fonts, self.small.fontSize, self.small.leading)

    def w(self, key: str) -> str:
        """A hand-over word in the map's language; words the poster also prints come from
        the layout's labels, so page 1 and page 2 always say the same thing."""
        if key not in _WORDS:
            return label(key, self.lang)
        en, es = _WORDS[key]
        return es if self.lang == "es" else en

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text: escaped, with fallback fonts where needed."""
        return Paragraph(self.markup(text, (style or self.small).fontName), style or self.small)

    def markup(self, text: str, font: str) -> str:
        """Escape ``text`` for Paragraph and wrap fallback pieces in <font> tags."""
        style = next((k for k, v in self.fonts.main.items() if v == font), "regular")
        out = []
        for piece_font, piece in self.fonts.pieces(text, style):
            safe = escape(piece).replace("\n", "<br/>")
            out.append(safe if piece_font == font else f'<font name="{piece_font}">{safe}</font>')
        return "".join(out)

    def rating(self, value: int) -> Rating:
        """A severity or impact (1-3) as dots for a table cell."""
        return Rating(value, self.small.fontName, self.small.fontSize)

    def section(
        self, title: str, header: list[str], rows: list[list], widths: list[float]
    ) -> Headed:
        """A titled table (``title`` a word key), kept with its heading across pages."""
        return Headed(Paragraph(escape(self.w(title)), self.h2), self.table(header, rows, widths))

    def table(self, header: list[str], rows: list[list], widths: list[float]) -> Grid:
        """A table of user text, wrapped with the poster's metrics and drawn as plain
        strings (never parsed as markup), fallback fonts piece by piece."""
        total = sum(widths)
        usable = self.page[0] - 2 * self.margin
        col_widths = [usable * w / total for w in widths]
        # a row must fit a page below a heading and the header row: a table splits only
        # between rows, and a row taller than a page (a lane note of 10,000 characters on
        # an A4 sheet) could never be printed
        header_h = 3 * self.small.leading + 2 * VPAD
        room = self.page[1] - 2 * self.margin - header_h - 4 * self.h2.leading - 2 * VPAD
        cap = max(1, int(room // self.small.leading))
        return Grid(self.grid_style, col_widths, header, rows, cap)

    @property
    def margin(self) -> float:
        return max(36.0, min(self.page) * 0.06)

    # ------------------------------------------------------------ content
    def story(self) -> list:
        """Everything on the hand-over pages, in reading order."""
        jm = self.jm
        story: list = [self.p(f"{self.w('handover')}: {jm.title}", self.h1)]
        if jm.scenario:
            story.append(self.p(f"{self.w('scenario')}: {jm.scenario}", self.body))
        persona = ", ".join(x for x in (jm.persona.name, jm.persona.role) if x)
        if persona:
            story.append(self.p(f"{self.w('persona')}: {persona}", self.body))
        # the poster's header shortens these to its corner: here they are whole
        meta = [f"{self.w(k)}: {v}" for k, v in (("client", jm.client), ("author", jm.author)) if v]
        if meta:
            story.append(self.p(" · ".join(meta), self.body))
        stage_name = {s.id: s.name for s in jm.stages}
        tp_by_id = {t.id: t for t in jm.touchpoints}
        moments = self.layout.key_moments  # the ones page 1 marks, computed once
        if moments:
            rows = [
                [
                    self.w(m.kind),
                    tp_by_id[m.touchpoint_id].title,
                    stage_name[m.stage_id],
                    signed(m.emotion, self.lang),
                ]
                for m in moments
            ]
            story.append(
                self.section(
                    "key_moments",
                    [self.w("moment"), self.w("touchpoint"), self.w("stage"), self.w("emotion")],
                    rows,
                    [1.2, 4, 2.5, 1],
                )
            )
        story += self._pains(stage_name, tp_by_id)
        story += self._opportunities()
        stats = stage_emotions(jm)
        rows = [
            [
                stage_name[s.stage_id],
                str(s.count),
                signed(s.mean, self.lang, 1),
                signed(s.lowest, self.lang),
                signed(s.highest, self.lang),
            ]
            for s in stats
        ]
        story.append(
            self.section(
                "per_stage",
                [
                    self.w("stage"),
                    self.w("count"),
                    self.w("mean"),
                    self.w("lowest"),
                    self.w("highest"),
                ],
                rows,
                [4, 1.3, 1, 1, 1],
            )
        )
        story += self._versus(stage_name)
        counts = channel_stage_counts(jm)
        if counts:
            story.append(self._channels(counts))
        story += self._full_texts(stage_name)
        return story

    def _channels(self, counts: dict) -> Headed:
        """The channel × stage matrix: a column per stage, or, when the stages would get
        columns too narrow to read (100 stages on an A4 sheet made reportlab refuse the
        whole export), a row per stage and a column per channel."""
        jm = self.jm
        usable = self.page[0] - 2 * self.margin
        if usable / (2.2 + len(jm.stages)) >= MIN_STAGE_COLUMN:
            header = [self.w("channel"), *[s.name for s in jm.stages]]
            rows = [
                [
                    channel_name(ch.value, self.lang),
                    *[str(row.get(s.id, 0) or "·") for s in jm.stages],
                ]
                for ch, row in counts.items()
            ]
            return self.section("channels", header, rows, [2.2] + [1] * len(jm.stages))
        header = [self.w("stage"), *[channel_name(ch.value, self.lang) for ch in counts]]
        rows = [
            [s.name, *[str(row.get(s.id, 0) or "·") for row in counts.values()]] for s in jm.stages
        ]
        return self.section("channels", header, rows, [3.0] + [1] * len(counts))

    def _versus(self, stage_name: dict) -> list:
        """A future-state map: each stage's mean emotion then and now."""
        deltas = stage_deltas(self.jm)
        if not deltas:
            return []
        rows = [
            [stage_name[d.stage_id]]
            + [signed(value, self.lang, 1) for value in (d.before, d.after, d.delta)]
            for d in deltas
        ]
        header = [self.w("stage"), self.w("before"), self.w("after"), self.w("change")]
        return [self.section("versus", header, rows, [4, 1, 1, 1])]

    def _pains(self, stage_name: dict, tp_by_id: dict) -> list:
        jm, lay = self.jm, self.layout
        if not jm.pains:
            return []
        answers: dict[str, list[str]] = {}
        for o in jm.opportunities:
            if o.answers_pain_id:
                answers.setdefault(o.answers_pain_id, []).append(lay.markers[o.id].code)

        def depth(p) -> float:
            tp = tp_by_id.get(p.touchpoint_id or "")
            return tp.emotion if tp else 0.0

        voted = has_votes(jm)  # a dot vote leads the ranking and has its own column
        ranked = sorted(
            jm.pains,
            key=lambda p: (-p.votes, -p.severity, depth(p), code_order(lay.markers[p.id].code)),
        )
        rows = []
        for p in ranked:
            stage = marker_stage_id(jm, p, tp_by_id)
            tp = tp_by_id.get(p.touchpoint_id or "")
            rows.append(
                [
                    lay.markers[p.id].code,
                    p.title + (f"\n{p.description}" if p.description else ""),
                    *([number(p.votes, self.lang)] if voted else []),
                    self.rating(p.severity),
                    stage_name.get(stage or "", ""),
                    tp.title if tp else "—",
                    ", ".join(answers.get(p.id, [])) or self.w("none_yet"),
                ]
            )
        header = [
            "",
            self.w("pain"),
            *([self.w("votes")] if voted else []),
            self.w("severity"),
            self.w("stage"),
            self.w("touchpoint"),
            self.w("answered_by"),
        ]
        widths = [0.6, 4, *([0.9] if voted else []), 1, 2, 2.6, 1.4]
        return [self.section("pains_voted" if voted else "pains", header, rows, widths)]

    def _opportunities(self) -> list:
        jm, lay = self.jm, self.layout
        if not jm.opportunities:
            return []
        pain_code = {p.id: lay.markers[p.id].code for p in jm.pains}
        voted = has_votes(jm)
        rows = [
            [
                lay.markers[o.id].code,
                o.title + (f"\n{o.description}" if o.description else ""),
                *([number(o.votes, self.lang)] if voted else []),
                self.rating(o.impact),
                self.w(o.status.value),
                o.owner or "—",
                pain_code.get(o.answers_pain_id or "", "—"),
            ]
            for o in sorted(jm.opportunities, key=lambda o: code_order(lay.markers[o.id].code))
        ]
        header = [
            "",
            self.w("opportunity"),
            *([self.w("votes")] if voted else []),
            self.w("impact"),
            self.w("status"),
            self.w("owner"),
            self.w("answers"),
        ]
        widths = [0.6, 4.4, *([0.9] if voted else []), 1, 1.4, 2.2, 1.2]
        return [self.section("opportunities", header, rows, widths)]

    def _full_texts(self, stage_name: dict) -> list:
        jm, lay = self.jm, self.layout
        rows = []
        persona = jm.persona
        for key in lay.persona.truncated:  # the persona card ran out of room
            value = getattr(persona, key)
            text = "\n".join(f"• {item}" for item in value) if isinstance(value, list) else value
            rows.append([f"{self.w('persona')} · {self.w(key)}", text])
        for tp in touchpoints_in_time_order(jm):
            if lay.touchpoints[tp.id].truncated:
                rows.append([f"{self.w('touchpoint')} · {stage_name[tp.stage_id]}", tp.title])
        markers = {m.id: m for m in [*jm.pains, *jm.opportunities]}
        for marker in lay.markers.values():
            if marker.truncated:
                rows.append([marker.code, markers[marker.marker_id].title])
        for s in lay.stages:
            if s.truncated:
                stage = jm.stage(s.stage_id)
                rows.append([self.w("stage"), f"{stage.name}\n{stage.goal}".strip()])
        for lane_box in lay.lanes:
            lane = next(x for x in jm.lanes if x.id == lane_box.lane_id)
            for cell in lane_box.cells:
                if cell.truncated:
                    rows.append(
                        [f"{lane.title} · {stage_name[cell.stage_id]}", lane.cell(cell.stage_id)]
                    )
        if not rows:
            return []
        return [self.section("full_text", [self.w("where"), self.w("text")], rows, [2, 6])]

    def draw(self, canvas: Canvas, footer: str) -> int:
        """Flow the story onto pages; returns how many pages were used."""
        story = self.story()
        pages = 0
        pw, ph = self.page
        m = self.margin
        while story:
            frame = Frame(m, m, pw - 2 * m, ph - 2 * m, showBoundary=0)
            placed = fill_frame(frame, story, canvas)
            canvas.setFont(self.fonts.main["regular"], 7.5)
            canvas.setFillColor(HexColor(palette.INK_FAINT))
            canvas.drawRightString(pw - m, m / 2, footer)
            canvas.showPage()
            pages += 1
            if not placed:  # a flowable that fits no page, even split: never loop
                story.pop(0)
        return pages


def draw_handover(
    canvas: Canvas,
    jm: JourneyMap,
    layout: MapLayout,
    fonts: FontSet,
    page: tuple[float, float],
    footer: str,
) -> int:
    """Add the hand-over pages; returns how many were added."""
    return Handover(jm, layout, fonts, page).draw(canvas, footer)

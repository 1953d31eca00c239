"""Draw a MapLayout with reportlab: the same boxes, in the same order, as the canvas.

Coordinates come from the layout in points with y pointing down; reportlab's y points up,
so every y is flipped against the poster's height. Text runs are drawn as the layout
wrapped them, piece by piece when a character needs a fallback font.
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cjdesigner import glyphs, palette
from cjdesigner.layout import EmotionBand, MapLayout, Rect, TextRun

from .pdf_fonts import FontSet
from .pdf_text import TextOps, fill_op


@lru_cache(maxsize=512)
def _colour(hex_colour: str) -> HexColor:
    return HexColor(hex_colour)


_ROUND = 0.4472  # reportlab's Bézier factor for a quarter circle (pathobject.roundRect)


class PosterPainter:
    """Draws one layout onto a reportlab canvas (or form) of the layout's size."""

    def __init__(self, canvas: Canvas, layout: MapLayout, fonts: FontSet) -> None:
        self.c = canvas
        self.layout = layout
        self.h = layout.height
        self.fonts = fonts
        self._forms: dict[tuple, str] = {}  # each glyph style is drawn once, then placed
        self._fill: str | None = None  # the fill colour last set (skip repeats)
        self._font: tuple[str, float] | None = None
        self._stroke: tuple | None = None  # (colour, width, dash) last set
        self._stamped: dict[str, str] = {}  # form → its XObject name, once placed

    # ------------------------------------------------------------ primitives
    def y(self, y: float) -> float:
        """Flip a layout y (down) into a PDF y (up)."""
        return self.h - y

    def fill(self, colour: str) -> None:
        if colour != self._fill:
            self.c.setFillColor(_colour(colour))
            self._fill = colour

    def restore(self) -> None:
        """restoreState, forgetting the colour and font it may have undone."""
        self.c.restoreState()
        self._fill = self._font = self._stroke = None

    def stroke(
        self, colour: str, width: float = 1.0, dash: tuple[float, ...] | None = None
    ) -> None:
        key = (colour, width, dash)
        if key == self._stroke:
            return
        self.c.setStrokeColor(_colour(colour))
        self.c.setLineWidth(width)
        self.c.setDash(*dash) if dash else self.c.setDash()
        self._stroke = key

    def rect(
        self,
        r: Rect,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
        radius: float = 0.0,
    ) -> None:
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, width)
        if radius:
            # The path reportlab's roundRect writes, as one string (thousands of cards).
            x0, y0 = r.x, self.y(r.bottom)
            x1, y1 = x0 + r.w, y0 + r.h
            t = _ROUND * radius
            self.c._code.append(
                f"{fp_str(x0 + radius, y0)} m {fp_str(x1 - radius, y0)} l "
                f"{fp_str(x1 - t, y0, x1, y0 + t, x1, y0 + radius)} c "
                f"{fp_str(x1, y1 - radius)} l {fp_str(x1, y1 - t, x1 - t, y1, x1 - radius, y1)} c "
                f"{fp_str(x0 + radius, y1)} l {fp_str(x0 + t, y1, x0, y1 - t, x0, y1 - radius)} c "
                f"{fp_str(x0, y0 + radius)} l {fp_str(x0, y0 + t, x0 + t, y0, x0 + radius, y0)} c h"
            )
            self.c._strokeAndFill(1 if stroke else 0, 1 if fill else 0)
        else:
            self.c.rect(
                r.x, self.y(r.bottom), r.w, r.h, fill=1 if fill else 0, stroke=1 if stroke else 0
            )

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.c.line(x0, self.y(y0), x1, self.y(y1))

    def text(self, run: TextRun) -> None:
        """One layout text run, with fallback fonts where Open Sans lacks a character."""
        self.texts([run])

    def texts(self, runs: list[TextRun]) -> None:
        """Text runs in one PDF text object (one BT…ET), piece by piece where a character
        needs a fallback font. The object sets its own font and colour, so the canvas's
        idea of both is forgotten afterwards."""
        if not runs:
            return
        t = self.c.beginText()
        ops = TextOps(self.c, t)  # operators written directly (see pdf_text.py)
        colour_now: str | None = None
        for run in runs:
            if run.colour != colour_now:
                ops.raw(fill_op(run.colour))
                colour_now = run.colour
            x = run.x
            baseline = self.y(run.y)
            pieces = self.fonts.pieces(run.text, run.style)
            for i, (font, piece) in enumerate(pieces):
                ops.put(font, run.size, x, baseline, piece)
                if i + 1 < len(pieces):
                    x += stringWidth(piece, font, run.size)
        self.c.drawText(t)
        self._fill = colour_now
        self._font = None

    def path(
        self,
        ops: glyphs.Path,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        p = self.c.beginPath()
        for op in ops:
            if op[0] == "M":
                p.moveTo(op[1], self.y(op[2]))
            elif op[0] == "L":
                p.lineTo(op[1], self.y(op[2]))
            elif op[0] == "C":
                p.curveTo(op[1], self.y(op[2]), op[3], self.y(op[4]), op[5], self.y(op[6]))
            else:
                p.close()
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, width)
        self.c.drawPath(p, fill=1 if fill else 0, stroke=1 if stroke else 0)

    def glyph(
        self,
        name: str,
        box: Rect,
        stroke: str | None = None,
        fill: str | None = None,
        width: float = 1.5,
    ) -> None:
        """A glyph scaled into ``box``; ``width`` in glyph units (24 per side), like the canvas."""
        self.place(((name, stroke, fill, width),), box)

    def marker_glyph(self, kind: str, box: Rect) -> None:
        """A pain (triangle with !) or an opportunity (circle with +): shape AND colour."""
        colour = palette.PAIN if kind == "pain" else palette.OPPORTUNITY
        self.place(
            ((kind, palette.PAPER, colour, 1.2), (f"{kind}_mark", palette.PAPER, None, 2.6)), box
        )

    def place(self, layers: tuple[tuple, ...], box: Rect) -> None:
        """Glyph layers (name, stroke, fill, width), drawn once as a form, placed in ``box``."""
        form = self._forms.get(layers) or self._glyph_form(layers)
        self._stamp(form, box.w / glyphs.BOX, box.x, self.y(box.bottom))

    def _stamp(self, form: str, scale: float, x: float, y: float) -> None:
        """Place a form: ``q s 0 0 s x y cm /Form Do Q``.

        The form's colours live in its own stream and q…Q restores everything, so the
        page's state is untouched: after the first use (which goes through reportlab to
        register the form with the stream), the operators are written directly rather
        than pushing and popping reportlab's Python-side state thousands of times."""
        name = self._stamped.get(form)
        if name is None:
            self.c.saveState()
            self.c.transform(scale, 0, 0, scale, x, y)
            self.c.doForm(form)
            self.c.restoreState()
            self._stamped[form] = self.c._doc.getXObjectName(form)
            return
        self.c._code.append(f"q {fp_str(scale, 0, 0, scale, x, y)} cm /{name} Do Q")

    def _form(self, key: tuple, box: tuple[float, float, float, float], flip_h: float) -> str:
        """Begin a new form for ``key`` (bounding box x0, y0, x1, y1; y flips at ``flip_h``
        inside it) with fresh colour/font memory; the caller draws, then ``_end_form``."""
        form = f"cjd-glyph-{len(self._forms)}"
        self.c.beginForm(form, *box)
        self._outer = (self.h, self._fill, self._font, self._stroke)
        self.h, self._fill, self._font, self._stroke = flip_h, None, None, None
        self._forms[key] = form
        return form

    def _end_form(self) -> None:
        self.c.endForm()
        self.h, self._fill, self._font, self._stroke = self._outer

    def _glyph_form(self, layers: tuple[tuple, ...]) -> str:
        pad = max(layer[3] for layer in layers) + 2
        form = self._form(layers, (-pad, -pad, glyphs.BOX + pad, glyphs.BOX + pad), glyphs.BOX)
        self.c.setLineCap(1)
        self.c.setLineJoin(1)
        for name, stroke, fill, width in layers:
            self.path(glyphs.glyph_ops(name), fill=fill, stroke=stroke, width=width)
        self._end_form()
        return form

    def circle(
        self,
        x: float,
        y: float,
        r: float,
        fill: str | None = None,
        stroke: str | None = None,
        width: float = 1.0,
    ) -> None:
        """A circle, drawn once per style as a form and placed (dots repeat by the hundred)."""
        key = ("circle", r, fill, stroke, width)
        form = self._forms.get(key)
        if form is None:
            pad = r + width + 1
            form = self._form(key, (-pad, -pad, pad, pad), 0.0)
            self.path(glyphs.circle(0.0, 0.0, r), fill=fill, stroke=stroke, width=width)
            self._end_form()
        self._stamp(form, 1.0, x, self.y(y))

    # --------------------------------------------------------------- regions
    def draw(self) -> None:
        """The whole poster, back to front."""
        lay = self.layout
        self.rect(Rect(0, 0, lay.width, lay.height), fill=palette.PAPER)
        self.header()
        self.persona()
        self.band(lay.band)
        for lane in lay.lanes:
            self.rect(lane.row, fill=lane.stripe)
            self.stroke(palette.GRID, 0.8)
            self.line(lane.row.x, lane.row.bottom, lane.row.right, lane.row.bottom)
            self.texts(lane.texts)
            for cell in lane.cells:
                self.texts(cell.texts)
        self.stages()
        if lay.marker_strip.h > 0:
            self.stroke(palette.GRID, 0.8)
            self.line(
                lay.sizes.margin,
                lay.marker_strip.bottom,
                lay.marker_strip.right,
                lay.marker_strip.bottom,
            )
            self.texts(lay.marker_title)
        self.curve()
        for marker in lay.markers.values():
            self.rect(marker.rect.inset(-2, -1), fill=palette.PAPER)
            self.marker_glyph(marker.kind, marker.glyph)
            if marker.vote_dot is not None:
                d = marker.vote_dot
                self.circle(d.cx, d.cy, d.w / 2, fill=palette.INK)
            self.texts(marker.texts)
        for box in lay.touchpoints.values():
            self.touchpoint(box)
        self.legend()

    def header(self) -> None:
        lay = self.layout
        self.texts(lay.header_texts)
        self.stroke(palette.RULE, 1.0)
        self.line(
            lay.sizes.margin, lay.header_rule_y, lay.width - lay.sizes.margin, lay.header_rule_y
        )

    def persona(self) -> None:
        p = self.layout.persona
        self.rect(p.rect, fill="#F6F8FA", stroke=palette.RULE, radius=6)
        if p.side.w > 0:
            self.rect(p.side, fill="#FBFCFD", stroke=palette.RULE, radius=6)
        a = p.avatar
        if p.photo:
            self.c.saveState()
            clip = self.c.beginPath()
            clip.circle(a.cx, self.y(a.cy), a.w / 2)
            self.c.clipPath(clip, stroke=0, fill=0)
            try:
                self.c.drawImage(
                    ImageReader(io.BytesIO(p.photo)), a.x, self.y(a.bottom), a.w, a.h, mask="auto"
                )
            except Exception:
                self.fill(palette.INK_SECONDARY)
                self.c.circle(a.cx, self.y(a.cy), a.w / 2, stroke=0, fill=1)
            self.restore()
        else:
            self.circle(a.cx, a.cy, a.w / 2, fill=palette.INK_SECONDARY)
            if p.initials:
                self.text(p.initials)
        self.texts(p.texts)
        self.texts(p.side_texts)

    def band(self, band: EmotionBand) -> None:
        r = band.rect
        self.rect(Rect(r.x, r.y, r.w, band.zero_y - r.y), fill=palette.ZONE_POSITIVE)
        self.rect(Rect(r.x, band.zero_y, r.w, r.bottom - band.zero_y), fill=palette.ZONE_NEGATIVE)
        self.stroke(palette.GRID, 0.6)
        for value, y, _run in band.ticks:
            if value:
                self.line(r.x, y, r.right, y)
        self.stroke(palette.INK_FAINT, 1.0, dash=(6, 4))
        self.line(r.x, band.zero_y, r.right, band.zero_y)
        self.stroke(palette.GRID, 0.6)  # solid again
        self.texts([run for _v, _y, run in band.ticks])
        for name, face in band.faces:
            self.glyph(f"face_{name}", face, stroke=palette.INK_SECONDARY, width=1.4)

    def stages(self) -> None:
        stages = self.layout.stages
        for i, s in enumerate(stages):
            col = s.column
            self.stroke(palette.RULE, 0.9)
            self.line(col.x, s.header.bottom, col.x, col.bottom)
            if i == len(stages) - 1:
                self.line(col.right, s.header.bottom, col.right, col.bottom)
            self.rect(s.header, fill=s.tint)
            self.stroke(palette.PAPER, 2.0)
            self.line(s.header.x, s.header.y, s.header.x, s.header.bottom)
            self.texts(s.texts)
            for badge in s.badges:
                self.marker_glyph(badge.kind, badge.glyph)
                self.text(badge.code)

    def curve(self) -> None:
        """The current-state curve (dashed grey, in a future-state map), then the curve."""
        self.c.setLineCap(1)
        self.c.setLineJoin(1)
        if self.layout.baseline_curve:
            self.stroke(palette.CURVE_BASELINE, 2.0, dash=(7, 4))
            self._segments(self.layout.baseline_curve)
        if self.layout.curve:
            self.stroke(palette.CURVE, 2.75)
            self._segments(self.layout.curve)

    def _segments(self, segments: list) -> None:
        p = self.c.beginPath()
        p.moveTo(segments[0].p0[0], self.y(segments[0].p0[1]))
        for seg in segments:
            p.curveTo(
                seg.p1[0],
                self.y(seg.p1[1]),
                seg.p2[0],
                self.y(seg.p2[1]),
                seg.p3[0],
                self.y(seg.p3[1]),
            )
        self.c.drawPath(p, stroke=1, fill=0)

    def touchpoint(self, box) -> None:
        if box.leader:
            (x0, y0), (x1, y1) = box.leader
            self.stroke(palette.INK_FAINT, 0.8)
            self.line(x0, y0, x1, y1)
        self.rect(
            box.card,
            fill=palette.PAPER,
            stroke=box.border,
            width=1.6 if box.moment_of_truth else 1.0,
            radius=5,
        )
        self.glyph(box.channel, box.glyph, stroke=palette.INK_SECONDARY, width=1.6)
        self.texts(box.texts)
        for badge in box.badges:
            self.marker_glyph(badge.kind, badge.glyph)
            self.text(badge.code)
        if box.star:
            self.glyph(
                "star", box.star, stroke=palette.INK, fill=palette.MOMENT_OF_TRUTH, width=1.0
            )
        x, y = box.dot
        if box.key_moment:
            self.circle(x, y, box.dot_radius + 4, stroke=palette.KEY_MOMENT_RING, width=1.3)
        self.circle(x, y, box.dot_radius, fill=box.colour, stroke=palette.PAPER, width=1.5)

    def legend(self) -> None:
        lay = self.layout
        for item in lay.legend:
            for r, colour in item.swatches:
                self.rect(r, fill=colour)
            g = item.glyph
            if item.kind in ("pain", "opportunity"):
                self.marker_glyph(item.kind, g)
            elif item.kind == "moment_of_truth":
                self.glyph("star", g, stroke=palette.INK, fill=palette.MOMENT_OF_TRUTH, width=1.0)
            elif item.kind == "key_moment":
                self.circle(g.cx, g.cy, g.w / 2 - 1, stroke=palette.KEY_MOMENT_RING, width=1.2)
                self.circle(g.cx, g.cy, g.w * 0.2, fill=palette.NEUTRAL)
            elif item.kind == "baseline":
                self.stroke(palette.CURVE_BASELINE, 2.0, dash=(5, 3))
                self.line(g.x, g.cy, g.right, g.cy)
            elif item.kind == "votes":
                self.circle(g.cx, g.cy, g.w * 0.25, fill=palette.INK)
            elif item.kind == "channel" and item.channel:
                self.glyph(item.channel, g, stroke=palette.INK_SECONDARY, width=1.5)
            self.texts(item.texts)
        self.texts(lay.footer_texts)

"""``compute_layout``: where everything on a journey map goes, in points.

Order of work: stage columns (x), the markers row (which depends on x), the vertical
regions, then touchpoint dots, their cards (placed without overlaps) and the curve.
"""

from __future__ import annotations

import math

from cjdesigner import notes, palette
from cjdesigner.model import JourneyMap, Opportunity, Pain, Touchpoint
from cjdesigner.model.analysis import key_moments, touchpoints_in_time_order
from cjdesigner.model.files import gc_paused
from cjdesigner.model.insights import baseline_in_time_order
from cjdesigner.textmetrics import ascent, line_height, text_width

from .boxes import EmotionBand, MapLayout, MarkerBox, StageBox
from .cards import all_cards, badge_row, card_height
from .curve import monotone_curve
from .geometry import Rect, TextRun
from .labels import label
from .placement import (
    StripRequest,
    place_in_rows,
)
from .regions import header_texts, lane_boxes, legend_items, persona_box, text_block
from .sizes import A1_HEIGHT, A1_WIDTH, Sizes, sizes_for_page


def compute_layout(
    journey_map: JourneyMap,
    page_width: float | None = None,
    page_height: float | None = None,
    footer_note: str = "",
) -> MapLayout:
    """Lay out a map for a page (default: the A1 landscape design).

    The result may be larger than the page when the map is dense: the PDF then
    scales it down and checks that text stays legible; the canvas shows it as is.
    """
    with gc_paused():  # tens of thousands of small acyclic objects: nothing to collect
        layout = _layout(journey_map, page_width, page_height, footer_note)
    assert isinstance(layout, MapLayout)
    return layout


def layout_extent(
    journey_map: JourneyMap, page_width: float | None = None, page_height: float | None = None
) -> tuple[float, float, Sizes]:
    """(width, height, type sizes) of ``compute_layout`` for this page, without placing
    cards, curve or lanes: all the PDF needs to judge whether a map prints legibly, in
    milliseconds where the whole layout of a 20,000-touchpoint map takes a second."""
    extent = _layout(journey_map, page_width, page_height, "", extent_only=True)
    assert isinstance(extent, tuple)
    return extent


def _layout(
    journey_map: JourneyMap,
    page_width: float | None,
    page_height: float | None,
    footer_note: str,
    extent_only: bool = False,
) -> MapLayout | tuple[float, float, Sizes]:
    s = sizes_for_page(page_width)
    aspect = (page_width or A1_WIDTH) / (page_height or A1_HEIGHT)
    jm = journey_map
    lang = jm.language.value
    m = s.margin
    base_width = page_width or A1_WIDTH

    ordered = touchpoints_in_time_order(jm)
    per_stage: dict[str, int] = {st.id: 0 for st in jm.stages}
    for tp in ordered:
        per_stage[tp.stage_id] = per_stage.get(tp.stage_id, 0) + 1

    # --- x: the stage columns ------------------------------------------------
    available = base_width - 2 * m - s.gutter
    # Cards go above, below and stacked further out, so about three share one width.
    card_room = s.card_width + s.gap
    needs = {
        st.id: max(s.min_stage_width, math.ceil(per_stage[st.id] / 3) * card_room + 2 * s.gap)
        for st in jm.stages
    }
    ppw, col_widths = _column_widths(jm, needs, available)
    # A map without stages keeps the page's width: its title, persona and empty band
    # would otherwise shrink to a strip as narrow as the margins.
    width = 2 * m + s.gutter + (sum(col_widths.values()) if jm.stages else available)
    left, right = m, width - m
    columns_x = left + s.gutter

    # --- the markers row needs x positions before heights are known -----------
    codes, strip_rows, marker_specs = _marker_rows(jm, s, ordered, columns_x, col_widths, right)
    row_h = max(s.marker_glyph, 2 * line_height(s.note)) + s.gap
    strip_h = max(1, strip_rows) * row_h + s.gap if (jm.pains or jm.opportunities) else 0.0

    # --- y: the regions --------------------------------------------------------
    top = m
    header_runs, header_bottom = header_texts(jm, s, left, right, top)
    persona_top = header_bottom + s.gap * 1.5
    persona = persona_box(jm, s, left, right, persona_top)
    stage_top = persona.rect.bottom + 2 * s.gap
    pad = 10 * s.unit
    stage_h = pad + 2 * line_height(s.stage, "bold", 1.15) + 2 * line_height(s.stage_goal) + pad
    band_top = stage_top + stage_h + s.gap
    card_max_h = card_height(s, 2, True, True)
    band_pad = card_max_h + 2 * s.gap
    lane_min = 2 * pad + 3 * line_height(s.note)
    lane_max = 2 * pad + 10 * line_height(s.note)
    footer_h = 2 * (14 * s.unit + 6 * s.unit) + line_height(s.small) + s.gap
    # Dense maps grow wider, never taller: the page height is the design height.
    target_h = base_width / aspect
    fixed = band_top + strip_h + s.gap + footer_h + m
    lanes = len(jm.lanes)
    band_min = 10 * 20 * s.unit + 2 * band_pad
    # 37% of the page when there is room; on small paper the band gives way to the lanes.
    band_h = max(band_min, min(0.37 * target_h, target_h - fixed - lanes * lane_min))
    lane_h = lane_min
    if lanes:
        lane_h = min(lane_max, max(lane_min, (target_h - fixed - band_h) / lanes))
    height = max(target_h, fixed + band_h + lanes * lane_h)
    if extent_only:
        return width, height, s
    band_h = height - fixed - lanes * lane_h  # any spare height goes to the emotion band
    band = _emotion_band(s, left, right, columns_x, band_top, band_h, band_pad)
    strip = Rect(columns_x, band.rect.bottom, right - columns_x, strip_h)
    lanes_top = strip.bottom + (s.gap if strip_h else 0.0)
    lanes_bottom = lanes_top + lanes * lane_h

    # --- stages ------------------------------------------------------------------
    stages = []
    x = columns_x
    for i, st in enumerate(jm.stages):
        col_w = col_widths[st.id]
        tint = palette.stage_tint(i, st.colour)
        ink = palette.text_on(tint)
        header = Rect(x, stage_top, col_w, stage_h)
        runs, y, cut_name = text_block(
            st.name, x + pad, stage_top + pad, col_w - 2 * pad, s.stage, "bold", ink, 2, 1.15
        )
        goal_ink = (
            palette.INK_SECONDARY
            if palette.contrast_ratio(palette.INK_SECONDARY, tint) >= 4.5
            else ink
        )
        goal_runs, _, cut_goal = text_block(
            st.goal, x + pad, y + 2 * s.unit, col_w - 2 * pad, s.stage_goal, "regular", goal_ink, 2
        )
        inner = max(24 * s.unit, min(col_w * 0.12, s.card_width / 2))
        stages.append(
            StageBox(
                st.id,
                i,
                Rect(x, stage_top, col_w, lanes_bottom - stage_top),
                header,
                tint,
                palette.stage_border(tint),
                ink,
                runs + goal_runs,
                x + inner,
                x + col_w - inner,
                truncated=cut_name or cut_goal,
            )
        )
        x += col_w
    stage_by_id = {sb.stage_id: sb for sb in stages}

    # --- touchpoints: dots, cards and the curve ------------------------------------
    moment_list = key_moments(jm, ordered=ordered)
    moments = {km.touchpoint_id: km.kind for km in moment_list}
    badges_by_anchor: dict[str, list[tuple[str, str, str]]] = {}
    for marker_id, (kind, anchor_id, code) in codes.items():
        badges_by_anchor.setdefault(anchor_id, []).append((marker_id, kind, code))
    dots = {
        tp.id: (_stage_x(stage_by_id[tp.stage_id], tp.position), band.emotion_to_y(tp.emotion))
        for tp in ordered
    }
    points = [dots[tp.id] for tp in ordered]
    curve = monotone_curve(points)
    baseline_curve = monotone_curve(
        [
            (_stage_x(stage_by_id[p.stage_id], p.position), band.emotion_to_y(p.emotion))
            for p in baseline_in_time_order(jm)
        ]
    )
    boxes, overlapping = all_cards(
        s, lang, ordered, stage_by_id, band, dots, moments, badges_by_anchor
    )
    for sb in stages:
        sb.badges = badge_row(
            s,
            badges_by_anchor.get(sb.stage_id, []),
            sb.header.right - pad,
            sb.header.y + pad * 0.6,
            right_to_left=True,
        )

    # --- markers row, lanes, footer ----------------------------------------------
    markers = _marker_boxes(s, marker_specs, strip, row_h)
    marker_title = []
    if strip_h:
        marker_title, _, _ = text_block(
            label("markers", lang),
            left + pad,
            strip.y + pad,
            s.gutter - 2 * pad,
            s.lane_title * 0.8,
            "bold",
            palette.INK,
            3,
        )
    lane_list = lane_boxes(jm, s, stages, left, right, lanes_top, lane_h)
    footer = Rect(left, height - m - footer_h, right - left, footer_h)
    legend, legend_bottom = legend_items(jm, s, left, right, footer.y + s.gap)
    footer_texts = []
    note = footer_note or label("made_with", lang)
    footer_texts.append(
        TextRun(
            right - text_width(note, s.small),
            legend_bottom + ascent(s.small),
            note,
            s.small,
            "regular",
            palette.INK_FAINT,
        )
    )

    warnings = []
    if overlapping:
        warnings.append(notes.overlapping_cards(overlapping))
    cut = sum(b.truncated for b in boxes.values()) + sum(
        c.truncated for ln in lane_list for c in ln.cells
    )
    cut += sum(mk.truncated for mk in markers.values()) + sum(sb.truncated for sb in stages)
    cut += len(persona.truncated)
    if cut:
        warnings.append(notes.shortened_labels(cut))
    return MapLayout(
        width=width,
        height=height,
        sizes=s,
        language=lang,
        header_texts=header_runs,
        header_rule_y=header_bottom,
        persona=persona,
        stages=stages,
        band=band,
        touchpoints=boxes,
        time_order=[tp.id for tp in ordered],
        curve=curve,
        markers=markers,
        marker_strip=strip,
        marker_title=marker_title,
        lanes=lane_list,
        footer=footer,
        legend=legend,
        footer_texts=footer_texts,
        points_per_width=ppw,
        warnings=warnings,
        baseline_curve=baseline_curve,
        key_moments=moment_list,
    )


def _stage_x(sb: StageBox, position: float) -> float:
    return sb.inner_left + position * (sb.inner_right - sb.inner_left)


def _emotion_band(
    s: Sizes, left: float, right: float, columns_x: float, top: float, height: float, pad: float
) -> EmotionBand:
    rect = Rect(columns_x, top, right - columns_x, height)
    plot_top, plot_bottom = top + pad, top + height - pad
    band = EmotionBand(rect, plot_top, plot_bottom, 0.0, [], [])
    band.zero_y = band.emotion_to_y(0)
    label_right = columns_x - 8 * s.unit
    for value in range(5, -6, -1):
        y = band.emotion_to_y(value)
        text = f"+{value}" if value > 0 else ("0" if value == 0 else f"−{-value}")
        run = TextRun(
            label_right - text_width(text, s.small),
            y + ascent(s.small) * 0.36,
            text,
            s.small,
            "regular",
            palette.INK_SECONDARY,
        )
        band.ticks.append((value, y, run))
    face = 22 * s.unit
    fx = label_right - 28 * s.unit - face
    for name, value in (("happy", 4), ("neutral", 0), ("unhappy", -4)):
        y = band.emotion_to_y(value)
        band.faces.append((name, Rect(fx, y - face / 2, face, face)))
    return band


MarkerSpec = tuple[StripRequest, int, float, tuple[str, str, str], Pain | Opportunity]
VOTE_DOT = 7.0  # the vote dot's diameter, in spacing units


def vote_mark_width(s: Sizes, count: str) -> float:
    """The width of a dot vote's mark: the dot, a little space and the number."""
    return VOTE_DOT * s.unit + 2 * s.unit + text_width(count, s.note, "bold")


def _column_widths(
    jm: JourneyMap, needs: dict[str, float], available: float
) -> tuple[float, dict[str, float]]:
    """Column widths proportional to Stage.width, but never below a stage's need.

    Crowded short stages get the room their cards need and the other stages share what
    is left in proportion (water-filling), so a map only grows wider than the page when
    the needs themselves do not fit. Returns (points per unit of width, widths by id).
    """
    fixed: dict[str, float] = {}
    while True:
        free_units = sum(st.width for st in jm.stages if st.id not in fixed) or 1.0
        room = available - sum(fixed.values())
        ppw = room / free_units if room > 0 else 0.0
        short = [st for st in jm.stages if st.id not in fixed and st.width * ppw < needs[st.id]]
        if not short:
            break
        for st in short:
            fixed[st.id] = needs[st.id]
    if len(fixed) == len(jm.stages) or ppw <= 0:  # nothing left to share: the needs rule
        ppw = max((needs[st.id] / st.width for st in jm.stages), default=1.0)
        return ppw, {st.id: max(needs[st.id], st.width * ppw) for st in jm.stages}
    return ppw, {st.id: fixed.get(st.id, st.width * ppw) for st in jm.stages}


def _marker_rows(
    jm: JourneyMap,
    s: Sizes,
    ordered: list[Touchpoint],
    columns_x: float,
    col_widths: dict[str, float],
    right: float,
) -> tuple[dict[str, tuple[str, str, str]], int, list[MarkerSpec]]:
    """Codes (P1, O1…) and row positions for pains and opportunities."""
    # x of each anchor computed the same way as the columns will be
    tp_x: dict[str, float] = {}
    stage_x: dict[str, float] = {}
    x = columns_x
    stage_of = {}
    for st in jm.stages:
        col_w = col_widths[st.id]
        inner = max(24 * s.unit, min(col_w * 0.12, s.card_width / 2))
        stage_x[st.id] = x + inner
        stage_of[st.id] = (x + inner, x + col_w - inner)
        x += col_w
    for tp in ordered:
        lo, hi = stage_of[tp.stage_id]
        tp_x[tp.id] = lo + tp.position * (hi - lo)
    entries = []
    for kind, items in (("pain", jm.pains), ("opportunity", jm.opportunities)):
        for n, mk in enumerate(items):
            anchor = mk.touchpoint_id or mk.stage_id or ""
            ax = tp_x.get(anchor, stage_x.get(anchor, columns_x))
            entries.append((ax, 0 if kind == "pain" else 1, n, kind, mk, anchor))
    entries.sort(key=lambda e: (e[0], e[1], e[2]))
    counters = {"pain": 0, "opportunity": 0}
    codes = {}
    requests = []
    for ax, _, _, kind, mk, anchor in entries:
        counters[kind] += 1
        code = ("P" if kind == "pain" else "O") + str(counters[kind])
        codes[mk.id] = (kind, anchor, code)
        requests.append(StripRequest(mk.id, ax - s.marker_glyph / 2, s.marker_width))
    rows = place_in_rows(requests, columns_x + 4 * s.unit, right - 4 * s.unit, s.gap)
    specs = [
        (req, row, x, codes[req.owner], entries[i][4])
        for i, (req, (row, x)) in enumerate(zip(requests, rows, strict=True))
    ]
    return codes, (max((r for r, _ in rows), default=-1) + 1), specs


def _marker_boxes(
    s: Sizes, specs: list[MarkerSpec], strip: Rect, row_h: float
) -> dict[str, MarkerBox]:
    out = {}
    g = s.marker_glyph
    for req, row, x, (kind, anchor, code), mk in specs:
        y = strip.y + s.gap / 2 + row * row_h
        glyph = Rect(x, y, g, g)
        text_x = glyph.right + 5 * s.unit
        width = s.marker_width - g - 5 * s.unit
        colour = palette.PAIN if kind == "pain" else palette.OPPORTUNITY
        count = str(mk.votes) if mk.votes else ""
        if count:  # the dot and its number take the top right; the title wraps before them
            width -= vote_mark_width(s, count) + 4 * s.unit
        runs, _, truncated = text_block(
            f"{code} {mk.title}", text_x, y, width, s.note, "regular", palette.INK, 2
        )
        vote_dot = None
        if count:
            baseline = runs[0].y if runs else y + ascent(s.note)
            right = x + s.marker_width
            count_x = right - text_width(count, s.note, "bold")
            d = VOTE_DOT * s.unit
            mid = baseline - ascent(s.note) * 0.36
            vote_dot = Rect(count_x - 2 * s.unit - d, mid - d / 2, d, d)
            runs.append(TextRun(count_x, baseline, count, s.note, "bold", palette.INK))
        if runs:  # the code in bold and the marker's colour, the title after it
            first = runs[0]
            rest = first.text[len(code) :]
            code_w = text_width(code, s.note, "bold")
            runs[0] = TextRun(first.x + code_w, first.y, rest, s.note, "regular", palette.INK)
            runs.insert(0, TextRun(text_x, first.y, code, s.note, "bold", colour))
        out[mk.id] = MarkerBox(
            mk.id,
            kind,
            code,
            anchor,
            req.anchor_x,
            glyph,
            Rect(x, y, s.marker_width, row_h - s.gap),
            runs,
            truncated,
            mk.votes,
            vote_dot,
        )
    return out

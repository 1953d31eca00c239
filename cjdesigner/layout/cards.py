"""Touchpoint cards: where each card goes and what it says, one stage at a time.

Cards never leave their stage's column, so a stage's cards depend only on its own
touchpoints, its column, the side the previous stage's last card took and the curve
next to it. Stages whose inputs did not change since an earlier layout reuse that
layout's boxes (a bounded, locked memo), so an edit lays out again only what it touched.
"""

from __future__ import annotations

import threading

from cjdesigner import palette, textmetrics
from cjdesigner.model import Touchpoint
from cjdesigner.textmetrics import ascent, line_height, text_width, wrap

from .boxes import Badge, EmotionBand, StageBox, TouchpointBox
from .geometry import Rect, TextRun
from .labels import kind_tag, label
from .placement import CardPlacement, CardRequest, CurveIndex, place_cards
from .regions import text_block
from .sizes import Sizes


def all_cards(
    s: Sizes,
    lang: str,
    ordered: list[Touchpoint],
    stage_by_id: dict[str, StageBox],
    band: EmotionBand,
    dots: dict[str, tuple[float, float]],
    moments: dict[str, str],
    badges_by_anchor: dict[str, list[tuple[str, str, str]]],
) -> tuple[dict[str, TouchpointBox], int]:
    """Every touchpoint's box, stage by stage (cards never leave their stage's column, so
    a stage's cards depend only on its own touchpoints, its column, the side the
    previous stage's last card took and the curve's ends next to it). A stage whose
    inputs are unchanged since an earlier layout reuses that layout's boxes: an edit
    lays out again only the stages it touched."""
    boxes: dict[str, TouchpointBox] = {}
    overlapping = 0
    last_above = False
    runs: list[tuple[str, list[Touchpoint]]] = []
    for tp in ordered:  # time order keeps each stage's touchpoints together
        if runs and runs[-1][0] == tp.stage_id:
            runs[-1][1].append(tp)
        else:
            runs.append((tp.stage_id, [tp]))
    done = 0
    for stage_id, tps in runs:
        sb = stage_by_id[stage_id]
        before = dots[ordered[done - 1].id] if done else None
        done += len(tps)
        after = dots[ordered[done].id] if done < len(ordered) else None
        content = tuple(
            (
                tp.id,
                tp.title,
                tp.kind.value,
                tp.channel.value,
                tp.emotion,
                tp.position,
                tp.moment_of_truth,
                moments.get(tp.id),
                tuple(badges_by_anchor.get(tp.id, ())),
            )
            for tp in tps
        )
        key = (
            s,
            lang,
            stage_id,
            sb.column,
            sb.inner_left,
            sb.inner_right,
            sb.border,
            band.rect,
            band.plot_top,
            band.plot_bottom,
            last_above,
            before,
            after,
            content,
        )
        result = _STAGE_CARDS.get(key)
        if result is None:
            result = _stage_cards(
                s, lang, sb, band, tps, dots, moments, badges_by_anchor, last_above, before, after
            )
            _STAGE_CARDS.put(key, result, len(tps))
        stage_boxes, last_above, stage_overlaps = result
        overlapping += stage_overlaps
        for box in stage_boxes:
            boxes[box.touchpoint_id] = box
    _STAGE_CARDS.trim(keep=3 * len(ordered) + 1000)
    return boxes, overlapping


def _stage_cards(
    s: Sizes,
    lang: str,
    sb: StageBox,
    band: EmotionBand,
    tps: list[Touchpoint],
    dots: dict[str, tuple[float, float]],
    moments: dict[str, str],
    badges_by_anchor: dict[str, list[tuple[str, str, str]]],
    last_above: bool,
    before: tuple[float, float] | None,
    after: tuple[float, float] | None,
) -> tuple[tuple[TouchpointBox, ...], bool, int]:
    """The boxes of one stage's touchpoints, the side its last card took, and how many
    of its cards still overlap."""
    requests = []
    for tp in tps:
        dx, dy = dots[tp.id]
        h = card_height(s, _title_lines(tp.title, s), tp.id in moments, tp.id in badges_by_anchor)
        prefer = True if tp.emotion >= 3.5 else False if tp.emotion <= -3.5 else None
        requests.append(
            CardRequest(
                tp.id,
                dx,
                dy,
                s.card_width,
                h,
                sb.column.x + 4 * s.unit,
                sb.column.right - 4 * s.unit,
                prefer,
            )
        )
    r = s.dot_radius
    dot_rects = []
    for tp in tps:
        x, y = dots[tp.id]
        dot_rects.append((tp.id, Rect(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4)))
    # the curve next to this column: its own dots and the neighbours' nearest ones
    context = [dots[tp.id] for tp in tps]
    if before is not None:
        context.insert(0, before)
    if after is not None:
        context.append(after)
    placements = place_cards(
        requests, band.rect, dot_rects, s.gap, CurveIndex(context), last_above=last_above
    )
    boxes = tuple(
        _touchpoint_box(
            s,
            tp,
            dots[tp.id],
            place,
            sb,
            moments.get(tp.id),
            badges_by_anchor.get(tp.id, []),
            lang,
        )
        for tp, place in zip(tps, placements, strict=True)
    )
    last = placements[-1].above if placements else last_above
    return boxes, last, sum(box.overlaps for box in boxes)


class _StageCache:
    """Boxes of recently laid-out stages by their inputs, oldest first out, bounded by
    the number of touchpoints they hold. Locked: the PDF lays out on a worker thread."""

    def __init__(self) -> None:
        self._entries: dict[tuple, tuple[tuple[TouchpointBox, ...], bool, int]] = {}
        self._sizes: dict[tuple, int] = {}
        self._held = 0
        self._lock = threading.Lock()

    def get(self, key: tuple) -> tuple[tuple[TouchpointBox, ...], bool, int] | None:
        with self._lock:
            result = self._entries.pop(key, None)
            if result is not None:
                self._entries[key] = result  # most recently used last
            return result

    def put(self, key: tuple, result: tuple[tuple[TouchpointBox, ...], bool, int], n: int) -> None:
        with self._lock:
            if key not in self._entries:
                self._held += n
                self._sizes[key] = n
            self._entries[key] = result

    def trim(self, keep: int) -> None:
        with self._lock:
            while self._held > keep and self._entries:
                oldest = next(iter(self._entries))
                del self._entries[oldest]
                self._held -= self._sizes.pop(oldest)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._sizes.clear()
            self._held = 0


_STAGE_CARDS = _StageCache()


def clear_caches() -> None:
    """Forget remembered stages and measured text (benchmarks time a cold layout)."""
    _STAGE_CARDS.clear()
    textmetrics.clear_caches()


def _title_lines(title: str, s: Sizes) -> int:
    return len(wrap(title, _title_width(s), s.card_title, "semibold", 2)) or 1


def _title_width(s: Sizes) -> float:
    return s.card_width - 2 * s.card_pad - s.glyph - 5 * s.unit - 12 * s.unit


def card_height(s: Sizes, lines: int, tag: bool, badges: bool) -> float:
    h = 2 * s.card_pad + lines * line_height(s.card_title, "semibold", 1.2)
    if tag:
        h += line_height(s.small, "semibold", 1.2)
    if badges:
        h += 12 * s.unit + 3 * s.unit
    return h


def badge_row(
    s: Sizes, specs: list[tuple[str, str, str]], x: float, y: float, right_to_left: bool = False
) -> list[Badge]:
    size = 12 * s.unit
    out = []
    for marker_id, kind, code in specs:
        w = size + 2 * s.unit + text_width(code, s.small, "bold")
        bx = x - w if right_to_left else x
        glyph = Rect(bx, y, size, size)
        run = TextRun(
            glyph.right + 2 * s.unit,
            y + size / 2 + ascent(s.small, "bold") * 0.36,
            code,
            s.small,
            "bold",
            palette.PAIN if kind == "pain" else palette.OPPORTUNITY,
        )
        out.append(Badge(marker_id, kind, glyph, run))
        x = bx - 6 * s.unit if right_to_left else bx + w + 6 * s.unit
    return out


def _touchpoint_box(
    s: Sizes,
    tp: Touchpoint,
    dot: tuple[float, float],
    place: CardPlacement,
    sb: StageBox,
    moment: str | None,
    badge_specs: list[tuple[str, str, str]],
    lang: str,
) -> TouchpointBox:
    card = place.rect
    pad = s.card_pad
    texts: list[TextRun] = []
    y = card.y + pad
    if moment:
        colour = palette.POSITIVE if moment == "peak" else palette.NEGATIVE
        texts.append(
            TextRun(
                card.x + pad,
                y + ascent(s.small, "semibold"),
                label(moment, lang).upper(),
                s.small,
                "semibold",
                colour,
            )
        )
        y += line_height(s.small, "semibold", 1.2)
    glyph = Rect(card.x + pad, y + 1 * s.unit, s.glyph, s.glyph)
    title_x = glyph.right + 5 * s.unit
    runs, y_end, truncated = text_block(
        tp.title, title_x, y, _title_width(s), s.card_title, "semibold", palette.INK, 2, 1.2
    )
    texts += runs
    tag = kind_tag(tp.kind.value, lang)
    texts.append(
        TextRun(
            card.right - pad - text_width(tag, s.small, "bold"),
            y + ascent(s.small, "bold") + 1,
            tag,
            s.small,
            "bold",
            palette.INK_SECONDARY,
        )
    )
    badges = badge_row(s, badge_specs, card.x + pad, y_end + 3 * s.unit) if badge_specs else []
    star = None
    if tp.moment_of_truth:
        size = 14 * s.unit
        star = Rect(card.right - size * 0.6, card.y - size * 0.4, size, size)
    leader = None
    if place.stacked or abs(card.cx - dot[0]) > card.w / 2:
        edge_y = card.bottom if place.above else card.y
        leader = (dot, (min(max(dot[0], card.x + 6), card.right - 6), edge_y))
    return TouchpointBox(
        tp.id,
        tp.stage_id,
        dot,
        s.dot_radius,
        palette.emotion_colour(tp.emotion),
        card,
        sb.border,
        place.above,
        leader,
        tp.channel.value,
        glyph,
        texts,
        tp.moment_of_truth,
        star,
        moment,
        badges,
        place.overlaps,
        truncated,
    )

"""The text-heavy regions: title band, persona card, lanes and the legend footer."""

from __future__ import annotations

from cjdesigner import palette
from cjdesigner.model import Channel, JourneyMap
from cjdesigner.model.insights import has_votes
from cjdesigner.textmetrics import ascent, ellipsize, line_height, text_width, wrap

from .boxes import CellBox, LaneBox, LegendItem, PersonaBox, StageBox
from .geometry import Rect, TextRun
from .labels import channel_name, label
from .sizes import Sizes


def text_block(
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    style: str = "regular",
    colour: str = palette.INK,
    max_lines: int = 0,
    leading: float = 1.25,
) -> tuple[list[TextRun], float, bool]:
    """Wrapped lines starting at ``top``; returns (runs, bottom, truncated)."""
    lines = wrap(text, width, size, style, max_lines) if text else ()
    lh = line_height(size, style, leading)
    first = top + ascent(size, style)
    runs = [TextRun(x, first + i * lh, line, size, style, colour) for i, line in enumerate(lines)]
    truncated = bool(lines) and lines[-1].endswith("…") and not text.endswith("…")
    return runs, top + len(lines) * lh, truncated


def right_aligned(
    text: str, right: float, baseline: float, size: float, style: str, colour: str
) -> TextRun:
    """A run whose end sits at ``right``."""
    return TextRun(right - text_width(text, size, style), baseline, text, size, style, colour)


def header_texts(
    jm: JourneyMap, s: Sizes, left: float, right: float, top: float
) -> tuple[list[TextRun], float]:
    """Title, scenario line and the meta block on the right; returns (runs, bottom)."""
    lang = jm.language.value
    meta_lines = []
    if jm.client:
        meta_lines.append(f"{label('client', lang)}: {jm.client}")
    if jm.author:
        meta_lines.append(f"{label('author', lang)}: {jm.author}")
    meta_lines.append(f"{label('date', lang)}: {jm.modified.date().isoformat()}")
    meta_lines.append(label(jm.state.value, lang))
    meta_w = min(420 * s.unit, (right - left) * 0.3)
    meta_lines = [ellipsize(line, meta_w, s.meta) for line in meta_lines]
    runs: list[TextRun] = []
    title_w = right - left - meta_w - 2 * s.gap
    title_base = top + ascent(s.title, "bold")
    runs.append(
        TextRun(left, title_base, ellipsize(jm.title, title_w, s.title, "bold"), s.title, "bold")
    )
    bottom = top + line_height(s.title, "bold", 1.2)
    if jm.scenario:
        line = ellipsize(" ".join(jm.scenario.split()), title_w, s.subtitle)
        bottom += s.gap / 2
        runs.append(
            TextRun(
                left,
                bottom + ascent(s.subtitle),
                line,
                s.subtitle,
                "regular",
                palette.INK_SECONDARY,
            )
        )
        bottom += line_height(s.subtitle)
    meta_lh = line_height(s.meta)
    base = top + ascent(s.meta)
    for i, line in enumerate(meta_lines):
        style = "semibold" if i == len(meta_lines) - 1 else "regular"
        runs.append(
            right_aligned(line, right, base + i * meta_lh, s.meta, style, palette.INK_SECONDARY)
        )
    bottom = max(bottom, top + len(meta_lines) * meta_lh)
    return runs, bottom + s.gap


def _list_block(
    heading: str, items: list[str], x: float, top: float, width: float, bottom: float, s: Sizes
) -> tuple[list[TextRun], bool]:
    """A heading and bulleted items down to ``bottom``; True when items did not fit."""
    runs = [
        TextRun(
            x,
            top + ascent(s.heading, "bold"),
            heading.upper(),
            s.heading,
            "bold",
            palette.INK_SECONDARY,
        )
    ]
    y = top + line_height(s.heading, "bold", 1.6)
    lh = line_height(s.note)
    bullet = "• "
    indent = text_width(bullet, s.note)
    for item in items:
        lines = wrap(item, width - indent, s.note)
        for i, line in enumerate(lines):
            if y + lh > bottom:
                if runs and runs[-1].y > top + 1 and not runs[-1].text.endswith("…"):
                    last = runs[-1]
                    runs[-1] = TextRun(
                        last.x, last.y, ellipsize(last.text + " …", width - indent, s.note), s.note
                    )
                return runs, True
            prefix_x = x if i == 0 else x + indent
            text = bullet + line if i == 0 else line
            runs.append(TextRun(prefix_x, y + ascent(s.note), text, s.note))
            y += lh
    return runs, False


def persona_box(jm: JourneyMap, s: Sizes, left: float, right: float, top: float) -> PersonaBox:
    """The persona card on the left and the motivations/channels box beside it."""
    p = jm.persona
    lang = jm.language.value
    height = 170 * s.unit
    card_w = min(1500 * s.unit, (right - left) * 0.68)
    card = Rect(left, top, card_w, height)
    pad = 14 * s.unit
    avatar = Rect(card.x + pad, card.y + pad, 84 * s.unit, 84 * s.unit)
    initials = None
    if p.photo is None:
        letters = "".join(w[0] for w in p.name.split()[:2]).upper() or "?"
        size = 30 * s.unit
        initials = TextRun(
            avatar.cx - text_width(letters, size, "bold") / 2,
            avatar.cy + ascent(size, "bold") * 0.36,
            letters,
            size,
            "bold",
            palette.PAPER,
        )
    texts: list[TextRun] = []
    cut: list[str] = []  # what the card had no room for
    left_w = 380 * s.unit
    name_x = avatar.right + 12 * s.unit
    name_w = card.x + left_w - name_x
    runs, y, short = text_block(
        p.name, name_x, avatar.y + 6 * s.unit, name_w, s.persona_name, "bold", max_lines=2
    )
    texts += runs
    cut += ["name"] if short else []
    runs, y, short = text_block(
        p.role, name_x, y + 2 * s.unit, name_w, s.meta, "regular", palette.INK_SECONDARY, 2
    )
    texts += runs
    cut += ["role"] if short else []
    if p.quote:
        quote = "“" + p.quote.strip('“”"') + "”"
        quote_top = avatar.bottom + 10 * s.unit
        max_lines = max(1, int((card.bottom - pad - quote_top) // line_height(s.note)))
        runs, _, short = text_block(
            quote,
            card.x + pad,
            quote_top,
            left_w - pad,
            s.note,
            "italic",
            palette.INK_SECONDARY,
            max_lines,
        )
        texts += runs
        cut += ["quote"] if short else []
    columns = (("goals", p.goals), ("needs", p.needs), ("frustrations", p.frustrations))
    col_x = card.x + left_w + 16 * s.unit
    col_w = (card.right - pad - col_x - 2 * 14 * s.unit) / 3
    for i, (key, items) in enumerate(columns):
        x = col_x + i * (col_w + 14 * s.unit)
        runs, short = _list_block(
            label(key, lang), list(items), x, card.y + pad, col_w, card.bottom - pad, s
        )
        texts += runs
        cut += [key] if short else []
    side = Rect(card.right + 16 * s.unit, top, max(0.0, right - card.right - 16 * s.unit), height)
    side_texts: list[TextRun] = []
    if side.w > 60 * s.unit:
        inner = side.inset(pad)
        half = inner.y + inner.h * 0.62
        runs, short = _list_block(
            label("motivations", lang), list(p.motivations), inner.x, inner.y, inner.w, half, s
        )
        side_texts += runs
        cut += ["motivations"] if short else []
        if p.channels:
            runs, short = _list_block(
                label("channels", lang),
                [", ".join(p.channels)],
                inner.x,
                half,
                inner.w,
                inner.bottom,
                s,
            )
            side_texts += runs
            cut += ["channels"] if short else []
    else:  # no room beside the card at all (narrow paper)
        cut += [k for k in ("motivations", "channels") if getattr(p, k)]
    return PersonaBox(card, avatar, initials, p.photo, texts, side, side_texts, tuple(cut))


def lane_boxes(
    jm: JourneyMap,
    s: Sizes,
    stages: list[StageBox],
    left: float,
    right: float,
    top: float,
    row_h: float,
) -> list[LaneBox]:
    """One row per lane with its title in the gutter and notes per stage."""
    boxes = []
    pad = 8 * s.unit
    lh = line_height(s.note)
    bullet = "• "
    indent = text_width(bullet, s.note)
    for i, lane in enumerate(jm.lanes):
        row = Rect(left, top + i * row_h, right - left, row_h)
        title_w = (stages[0].column.x - left - 2 * pad) if stages else 120 * s.unit
        texts, _, _ = text_block(
            lane.title, left + pad, row.y + pad, title_w, s.lane_title, "bold", max_lines=3
        )
        cells = []
        max_lines = max(1, int((row_h - 2 * pad) // lh))
        for stage in stages:
            rect = Rect(stage.column.x, row.y, stage.column.w, row_h)
            runs: list[TextRun] = []
            truncated = False
            text = lane.cells.get(stage.stage_id, "")
            width = rect.w - 2 * pad - indent
            y = rect.y + pad + ascent(s.note)
            for note in [n.strip() for n in text.split("\n") if n.strip()]:
                for j, line in enumerate(wrap(note.lstrip("•-* "), width, s.note)):
                    if len(runs) == max_lines:
                        truncated = True
                        break
                    x = rect.x + pad + (0 if j == 0 else indent)
                    runs.append(TextRun(x, y, (bullet + line) if j == 0 else line, s.note))
                    y += lh
                if truncated:
                    last = runs[-1]
                    runs[-1] = TextRun(
                        last.x, last.y, ellipsize(last.text + " …", width + indent, s.note), s.note
                    )
                    break
            cells.append(CellBox(stage.stage_id, rect, runs, truncated))
        boxes.append(LaneBox(lane.id, row, palette.LANE_STRIPES[i % 2], texts, cells))
    return boxes


def legend_items(
    jm: JourneyMap, s: Sizes, left: float, right: float, top: float
) -> tuple[list[LegendItem], float]:
    """The legend row(s) of the footer; returns (items, bottom)."""
    lang = jm.language.value
    g = 14 * s.unit
    gap = 18 * s.unit
    items: list[LegendItem] = []
    specs: list[tuple[str, str, str | None]] = [
        ("pain", label("pain", lang), None),
        ("opportunity", label("opportunity", lang), None),
        ("moment_of_truth", label("moment_of_truth", lang), None),
        ("key_moment", label("key_moment", lang), None),
    ]
    if jm.baseline is not None:
        specs.append(("baseline", label("baseline", lang), None))
    if has_votes(jm):
        specs.append(("votes", label("votes", lang), None))
    specs.append(("kinds", label("kinds", lang), None))
    used = {tp.channel.value for tp in jm.touchpoints}
    specs += [
        ("channel", channel_name(ch.value, lang), ch.value) for ch in Channel if ch.value in used
    ]
    row_h = max(g, line_height(s.small)) + 6 * s.unit
    x, y = left, top
    # The emotion scale: eleven swatches from -5 to +5.
    sw = 10 * s.unit
    title = label("emotion", lang)
    title_w = text_width(title, s.small, "semibold")
    swatches = [
        (
            Rect(x + title_w + 6 * s.unit + i * sw, y + 2 * s.unit, sw, g - 4 * s.unit),
            palette.emotion_colour(v),
        )
        for i, v in enumerate(range(-5, 6))
    ]
    base = y + g / 2 + ascent(s.small) * 0.36
    end = swatches[-1][0].right
    items.append(
        LegendItem(
            "emotion_scale",
            Rect(x, y, end - x, g),
            [
                TextRun(x, base, title, s.small, "semibold", palette.INK_SECONDARY),
                TextRun(
                    end + 4 * s.unit, base, "−5 … +5", s.small, "regular", palette.INK_SECONDARY
                ),
            ],
            swatches=swatches,
        )
    )
    x = end + 4 * s.unit + text_width("−5 … +5", s.small) + gap
    for kind, words, channel in specs:
        glyph_w = 0 if kind == "kinds" else g + 5 * s.unit
        width = glyph_w + text_width(words, s.small)
        if x + width > right:
            x, y = left, y + row_h
        base = y + g / 2 + ascent(s.small) * 0.36
        glyph = Rect(x, y, g, g)
        items.append(
            LegendItem(
                kind,
                glyph,
                [TextRun(x + glyph_w, base, words, s.small, "regular", palette.INK_SECONDARY)],
                channel,
            )
        )
        x += width + gap
    return items, y + row_h

"""Type sizes and spacing for a given paper, scaled from the A1 design and floored.

VISUAL.md gives the sizes for an A1 poster. On smaller paper everything scales
down, but no role goes below its floor, so no printed text is ever under 7 pt; the
card and column sizes follow the type, so text always fits its box.
"""

from __future__ import annotations

from dataclasses import dataclass

# A1 landscape, in points: the reference the design was drawn for.
A1_WIDTH = 2383.94
A1_HEIGHT = 1683.78
PRINT_FLOOR = 7.0

# role: (size on A1, smallest allowed size)
_TYPE = {
    "title": (50.0, 16.0),
    "subtitle": (18.0, 9.0),
    "meta": (11.0, 7.5),
    "stage": (24.0, 10.0),
    "stage_goal": (11.0, 7.5),
    "persona_name": (18.0, 10.0),
    "heading": (10.0, 7.0),
    "lane_title": (16.0, 8.5),
    "card_title": (12.0, 7.5),
    "note": (10.5, 7.0),
    "small": (8.5, 7.0),
}


@dataclass(frozen=True)
class Sizes:
    """Every type size and spacing the layout uses, in points.

    Spacings are plain fields computed once from the type sizes (the layout reads them
    tens of thousands of times on a big map).
    """

    scale: float
    title: float
    subtitle: float
    meta: float
    stage: float
    stage_goal: float
    persona_name: float
    heading: float
    lane_title: float
    card_title: float
    note: float
    small: float
    unit: float = 0.0  # spacing unit tied to the card text, so boxes grow with their type
    margin: float = 0.0  # outer margin of the poster
    gutter: float = 0.0  # left column holding the emotion scale and lane titles
    card_width: float = 0.0
    card_pad: float = 0.0
    glyph: float = 0.0  # channel glyph on a card
    dot_radius: float = 0.0  # about 9 pt across at A1
    gap: float = 0.0  # default space between neighbouring boxes
    marker_glyph: float = 0.0
    marker_width: float = 0.0
    min_stage_width: float = 0.0

    def smallest_text(self) -> float:
        """The smallest type size in use."""
        return min(self.small, self.note, self.heading, self.meta, self.stage_goal)


def sizes_for_page(page_width: float | None = None) -> Sizes:
    """Sizes for a poster ``page_width`` points wide (None: the A1 design itself)."""
    scale = 1.0 if page_width is None else page_width / A1_WIDTH
    values = {role: max(a1 * scale, floor) for role, (a1, floor) in _TYPE.items()}
    unit = values["card_title"] / 12.0
    card_width = 160.0 * unit
    return Sizes(
        scale=scale,
        **values,
        unit=unit,
        margin=max(18.0, 40.0 * scale),
        gutter=max(190.0 * unit, 14.0 * values["lane_title"]),
        card_width=card_width,
        card_pad=6.0 * unit,
        glyph=14.0 * unit,
        dot_radius=5.0 * unit,
        gap=8.0 * unit,
        marker_glyph=18.0 * unit,
        marker_width=180.0 * unit,
        min_stage_width=card_width + 40.0 * unit,
    )

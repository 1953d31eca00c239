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
    """Every type size and spacing the layout uses, in points."""

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

    @property
    def unit(self) -> float:
        """Spacing unit tied to the card text, so boxes grow with their type."""
        return self.card_title / 12.0

    @property
    def margin(self) -> float:
        """Outer margin of the poster."""
        return max(18.0, 40.0 * self.scale)

    @property
    def gutter(self) -> float:
        """Left column holding the emotion scale and lane titles."""
        return max(190.0 * self.unit, 14.0 * self.lane_title)

    @property
    def card_width(self) -> float:
        """Width of a touchpoint card."""
        return 160.0 * self.unit

    @property
    def card_pad(self) -> float:
        """Inner padding of a touchpoint card."""
        return 6.0 * self.unit

    @property
    def glyph(self) -> float:
        """Size of a channel glyph on a card."""
        return 14.0 * self.unit

    @property
    def dot_radius(self) -> float:
        """Radius of a touchpoint dot (about 9 pt across at A1)."""
        return 5.0 * self.unit

    @property
    def gap(self) -> float:
        """Default space between neighbouring boxes."""
        return 8.0 * self.unit

    @property
    def marker_glyph(self) -> float:
        """Size of a pain / opportunity glyph in the markers row."""
        return 18.0 * self.unit

    @property
    def marker_width(self) -> float:
        """Width of a marker label (glyph + title) in the markers row."""
        return 180.0 * self.unit

    @property
    def min_stage_width(self) -> float:
        """Narrowest a stage column may be."""
        return self.card_width + 40.0 * self.unit

    def smallest_text(self) -> float:
        """The smallest type size in use."""
        return min(self.small, self.note, self.heading, self.meta, self.stage_goal)


def sizes_for_page(page_width: float | None = None) -> Sizes:
    """Sizes for a poster ``page_width`` points wide (None: the A1 design itself)."""
    scale = 1.0 if page_width is None else page_width / A1_WIDTH
    values = {role: max(a1 * scale, floor) for role, (a1, floor) in _TYPE.items()}
    return Sizes(scale=scale, **values)

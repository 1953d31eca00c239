"""Pure geometry of a journey map, shared by the canvas and the PDF (no Qt, no reportlab).

``compute_layout(journey_map)`` says where every stage, touchpoint, card, marker, lane,
label and curve segment goes, in points; the inverse mappings (y → emotion, x → stage
and position, drop index, resize) live on the returned ``MapLayout``.
"""

from .boxes import (
    Badge,
    CellBox,
    EmotionBand,
    LaneBox,
    LegendItem,
    MapLayout,
    MarkerBox,
    PersonaBox,
    StageBox,
    TouchpointBox,
)
from .cards import clear_caches
from .compute import compute_layout, layout_extent
from .curve import CubicSegment, monotone_curve
from .geometry import Rect, TextRun
from .sizes import A1_HEIGHT, A1_WIDTH, PRINT_FLOOR, Sizes, sizes_for_page

__all__ = [
    "A1_HEIGHT",
    "A1_WIDTH",
    "PRINT_FLOOR",
    "Badge",
    "CellBox",
    "CubicSegment",
    "EmotionBand",
    "LaneBox",
    "LegendItem",
    "MapLayout",
    "MarkerBox",
    "PersonaBox",
    "Rect",
    "Sizes",
    "StageBox",
    "TextRun",
    "TouchpointBox",
    "clear_caches",
    "compute_layout",
    "layout_extent",
    "monotone_curve",
    "sizes_for_page",
]

"""Canvas items: each is a view of one model object (``model_id()``) drawn from a layout box."""

from .background import BandItem, HeaderItem, LaneItem, LegendItem, PersonaItem, StripItem
from .base import MapItem
from .curve_item import CurveItem
from .marker_item import MarkerItem
from .stage_item import StageItem
from .touchpoint_item import TouchpointItem

__all__ = [
    "BandItem",
    "CurveItem",
    "HeaderItem",
    "LaneItem",
    "LegendItem",
    "MapItem",
    "MarkerItem",
    "PersonaItem",
    "StageItem",
    "StripItem",
    "TouchpointItem",
]

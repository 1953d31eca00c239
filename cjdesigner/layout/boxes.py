"""What the layout produces: one box per thing drawn, keyed by the model id it shows.

Renderers (canvas items, PDF pages) draw these boxes and nothing else, so the
screen and the poster cannot disagree. All coordinates are points, y pointing down.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .curve import CubicSegment, Point
from .geometry import Rect, TextRun
from .sizes import Sizes


@dataclass(slots=True)
class Badge:
    """A small pain/opportunity glyph with its code ("P1"), shown on a card or stage bar."""

    marker_id: str
    kind: str  # "pain" | "opportunity"
    glyph: Rect
    code: TextRun


@dataclass(slots=True)
class StageBox:
    """One stage: its column on the time axis and its tinted header bar."""

    stage_id: str
    index: int
    column: Rect  # from the header's top down to the last lane's bottom
    header: Rect
    tint: str
    border: str
    text_colour: str
    texts: list[TextRun]
    inner_left: float  # x of position 0 inside the stage
    inner_right: float  # x of position 1
    badges: list[Badge] = field(default_factory=list)
    truncated: bool = False


@dataclass(slots=True)
class TouchpointBox:
    """A touchpoint: its dot on the curve and its card beside it."""

    touchpoint_id: str
    stage_id: str
    dot: Point
    dot_radius: float
    colour: str  # the emotion colour of the dot
    card: Rect
    border: str  # the stage tint, darkened
    above: bool
    leader: tuple[Point, Point] | None
    channel: str
    glyph: Rect
    texts: list[TextRun]
    moment_of_truth: bool
    star: Rect | None
    key_moment: str | None  # "peak" | "valley" | None
    badges: list[Badge]
    overlaps: bool
    truncated: bool


@dataclass(slots=True)
class MarkerBox:
    """A pain or opportunity in the markers row: glyph, code and title."""

    marker_id: str
    kind: str  # "pain" | "opportunity"
    code: str  # "P1", "O2": the same code as the badge on its card or stage
    anchor_id: str
    anchor_x: float
    glyph: Rect
    rect: Rect
    texts: list[TextRun]
    truncated: bool
    # a dot vote's count: a filled dot at the top right, its number in ``texts``
    votes: int = 0
    vote_dot: Rect | None = None


@dataclass(slots=True)
class CellBox:
    """The notes of one lane for one stage."""

    stage_id: str
    rect: Rect
    texts: list[TextRun]
    truncated: bool


@dataclass(slots=True)
class LaneBox:
    """A row under the emotion band: title in the gutter, one cell per stage."""

    lane_id: str
    row: Rect
    stripe: str
    texts: list[TextRun]
    cells: list[CellBox]


@dataclass(slots=True)
class EmotionBand:
    """The emotion axis: +5 at ``plot_top``, -5 at ``plot_bottom``."""

    rect: Rect  # the whole band, gutter excluded
    plot_top: float
    plot_bottom: float
    zero_y: float
    ticks: list[tuple[int, float, TextRun]]
    faces: list[tuple[str, Rect]]  # ("happy" | "neutral" | "unhappy", box)

    def emotion_to_y(self, emotion: float) -> float:
        """y of an emotion score."""
        return self.plot_top + (5.0 - emotion) / 10.0 * (self.plot_bottom - self.plot_top)

    def y_to_emotion(self, y: float, snap: bool = True) -> float:
        """Emotion score at y, clamped to -5..+5; whole points when ``snap``, else tenths."""
        span = self.plot_bottom - self.plot_top
        value = 5.0 - 10.0 * (y - self.plot_top) / span if span else 0.0
        value = max(-5.0, min(5.0, value))
        return float(round(value)) if snap else round(value, 1)


@dataclass(slots=True)
class PersonaBox:
    """The persona card and the box beside it."""

    rect: Rect
    avatar: Rect
    initials: TextRun | None  # drawn in the avatar circle when there is no photo
    photo: bytes | None
    texts: list[TextRun]
    side: Rect
    side_texts: list[TextRun]
    # what the card had no room for ("name", "quote", "goals"…): the hand-over prints it
    truncated: tuple[str, ...] = ()


@dataclass(slots=True)
class LegendItem:
    """One entry of the legend: a swatch or glyph, and its words."""

    kind: str  # emotion_scale | pain | opportunity | moment_of_truth | key_moment | baseline
    # | votes | kinds | channel
    glyph: Rect
    texts: list[TextRun]
    channel: str | None = None
    swatches: list[tuple[Rect, str]] = field(default_factory=list)


@dataclass
class MapLayout:
    """Every position on the map, computed once from the model (see ``compute_layout``)."""

    width: float
    height: float
    sizes: Sizes
    language: str
    header_texts: list[TextRun]
    header_rule_y: float
    persona: PersonaBox
    stages: list[StageBox]
    band: EmotionBand
    touchpoints: dict[str, TouchpointBox]
    time_order: list[str]
    curve: list[CubicSegment]
    markers: dict[str, MarkerBox]
    marker_strip: Rect
    marker_title: list[TextRun]
    lanes: list[LaneBox]
    footer: Rect
    legend: list[LegendItem]
    footer_texts: list[TextRun]
    points_per_width: float  # column width in points per unit of Stage.width
    warnings: list[str] = field(default_factory=list)
    # a future-state map: the current-state curve it was made from (empty otherwise)
    baseline_curve: list[CubicSegment] = field(default_factory=list)
    # the peaks and valleys the map marks (model.analysis.KeyMoment), in time order
    key_moments: list = field(default_factory=list)

    def stage_box(self, stage_id: str) -> StageBox | None:
        """The box of one stage, or None."""
        return next((s for s in self.stages if s.stage_id == stage_id), None)

    def stage_at(self, x: float) -> StageBox | None:
        """The stage whose column holds x (the first/last one beyond the ends)."""
        if not self.stages:
            return None
        for stage in self.stages:
            if x < stage.column.right:
                return stage
        return self.stages[-1]

    def x_to_stage_position(self, x: float) -> tuple[str, float] | None:
        """(stage id, position 0..1 inside it) for an x on the time axis."""
        stage = self.stage_at(x)
        if stage is None:
            return None
        span = stage.inner_right - stage.inner_left
        pos = (x - stage.inner_left) / span if span > 0 else 0.5
        return stage.stage_id, round(max(0.0, min(1.0, pos)), 3)

    def stage_position_to_x(self, stage_id: str, position: float) -> float:
        """x of a position inside a stage."""
        stage = self.stage_box(stage_id)
        if stage is None:
            raise KeyError(stage_id)
        return stage.inner_left + position * (stage.inner_right - stage.inner_left)

    def stage_drop_index(self, stage_id: str, x: float) -> int:
        """Where a stage dragged to x would go: its new index among the stages."""
        others = [s for s in self.stages if s.stage_id != stage_id]
        return sum(1 for s in others if s.column.cx < x)

    def stage_drop_x(self, stage_id: str, x: float) -> float:
        """x of the drop indicator (a column boundary) for a stage dragged to x."""
        index = self.stage_drop_index(stage_id, x)
        others = [s for s in self.stages if s.stage_id != stage_id]
        if not others:
            return self.stages[0].column.x if self.stages else x
        return others[index].column.x if index < len(others) else others[-1].column.right

    def width_for_edge(self, stage_id: str, edge_x: float) -> float:
        """Stage.width that puts the stage's right edge at ``edge_x`` (clamped, 0.05 steps)."""
        stage = self.stage_box(stage_id)
        if stage is None:
            raise KeyError(stage_id)
        width = (edge_x - stage.column.x) / self.points_per_width
        return round(max(0.2, min(10.0, width)) * 20) / 20

    def anchor_at(self, x: float, y: float, radius: float | None = None) -> tuple[str, str] | None:
        """What a marker dropped at (x, y) attaches to: the nearest dot, else the stage."""
        reach = radius if radius is not None else 4 * self.sizes.dot_radius
        best: tuple[float, str] | None = None
        for box in self.touchpoints.values():
            d = (box.dot[0] - x) ** 2 + (box.dot[1] - y) ** 2
            if d <= reach * reach and (best is None or d < best[0]):
                best = (d, box.touchpoint_id)
        if best is not None:
            return "touchpoint", best[1]
        stage = self.stage_at(x)
        return ("stage", stage.stage_id) if stage else None

"""Colours of the map, as hex strings, shared by the canvas and the PDF (no Qt).

The emotion scale is diverging and differs in lightness as well as hue (Okabe–Ito
vermillion → grey → bluish green), so it survives greyscale printing and red-green
colour blindness. Pains and opportunities are told apart by shape as well as colour.
"""

from __future__ import annotations

from functools import lru_cache

INK = "#1F2328"
INK_SECONDARY = "#57606A"
INK_FAINT = "#8C959F"
PAPER = "#FFFFFF"
RULE = "#D0D7DE"
GRID = "#E6EAEF"

NEGATIVE = "#D55E00"  # vermillion
NEUTRAL = "#9AA0A6"
POSITIVE = "#009E73"  # bluish green
ZONE_POSITIVE = "#EAF6F1"
ZONE_NEGATIVE = "#FBEDE4"
CURVE = "#2D333B"
CURVE_BASELINE = "#8C959F"  # the current-state overlay behind a future-state curve

PAIN = "#D55E00"
OPPORTUNITY = "#0072B2"
MOMENT_OF_TRUTH = "#E69F00"
KEY_MOMENT_RING = "#1F2328"

# Soft tints for stage bars, light enough for dark text (contrast checked in tests).
STAGE_TINTS = (
    "#D6E6F7",
    "#FBE3CF",
    "#D7F0E4",
    "#E9DEF6",
    "#FCEFC0",
    "#D9EBEF",
    "#F7DAE2",
    "#E4EBD3",
)
LANE_STRIPES = ("#F6F8FA", "#FFFFFF")


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    """``"#1A2B3C"`` → (26, 43, 60)."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    """(26, 43, 60) → ``"#1A2B3C"`` (values are rounded and clamped)."""
    return "#" + "".join(f"{max(0, min(255, round(c))):02X}" for c in rgb)


def mix(a: str, b: str, t: float) -> str:
    """Blend two colours: t=0 gives ``a``, t=1 gives ``b``."""
    ra, rb = hex_to_rgb(a), hex_to_rgb(b)
    return rgb_to_hex(tuple(x + (y - x) * t for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = hex_to_rgb(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Ink or white, whichever reads better on ``background``."""
    return INK if contrast_ratio(INK, background) >= contrast_ratio(PAPER, background) else PAPER


def readable_on(colour: str, background: str, minimum: float = 4.5) -> str:
    """``colour``, or the nearest shade of it that reads on ``background`` as text
    (WCAG contrast ≥ ``minimum``): darker on a light background, lighter on a dark one.
    The map's vermillion is 3.9:1 on white and the insights chart's ink 1.2:1 on a dark
    desktop theme; text keeps its hue, only its lightness moves."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    # black or white at the end of the way: one of them reaches 4.58:1 on any background
    black, white = "#000000", "#FFFFFF"
    towards = (
        black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white
    )
    shade = colour
    for step in range(1, 21):
        shade = mix(colour, towards, step / 20)
        if contrast_ratio(shade, background) >= minimum:
            break
    return shade


def stage_tint(index: int, colour: str | None = None) -> str:
    """The tint of a stage bar: its own colour, or the default cycle by position."""
    return colour.upper() if colour else STAGE_TINTS[index % len(STAGE_TINTS)]


def stage_border(tint: str) -> str:
    """A darker shade of a stage tint for card borders and separators."""
    return mix(tint, INK, 0.35)


@lru_cache(maxsize=256)
def emotion_colour(emotion: float) -> str:
    """Colour for an emotion score: vermillion (-5) → grey (0) → bluish green (+5)."""
    t = max(-1.0, min(1.0, emotion / 5.0))
    return mix(NEUTRAL, POSITIVE, t) if t >= 0 else mix(NEUTRAL, NEGATIVE, -t)

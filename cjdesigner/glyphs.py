"""Vector glyphs drawn by both the canvas and the PDF: channels, markers, faces, star.

No icon font and no emoji (a fresh machine has neither). Each glyph is a list of
path operations in a 24 × 24 box, y pointing down, meant to be stroked with one
weight (channel glyphs) or filled (marker shapes); renderers only need move, line,
cubic curve and close, which QPainterPath and reportlab paths both have.
"""

from __future__ import annotations

from collections.abc import Iterable

from cjdesigner.model import Channel

Op = tuple  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
Path = list[Op]

BOX = 24.0
_K = 0.5522847498  # cubic Bézier approximation of a quarter circle


def circle(cx: float, cy: float, r: float) -> Path:
    """A closed circle as four cubic curves."""
    k = r * _K
    return [
        ("M", cx + r, cy),
        ("C", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
        ("C", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
        ("C", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
        ("C", cx + k, cy - r, cx + r, cy - k, cx + r, cy),
        ("Z",),
    ]


def ellipse(cx: float, cy: float, rx: float, ry: float) -> Path:
    """A closed ellipse as four cubic curves."""
    kx, ky = rx * _K, ry * _K
    return [
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
        ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
        ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
        ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
        ("Z",),
    ]


def rect(x0: float, y0: float, x1: float, y1: float, r: float = 0.0) -> Path:
    """A closed rectangle, with rounded corners when ``r`` > 0."""
    if r <= 0:
        return [("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)]
    k = r * (1 - _K)
    return [
        ("M", x0 + r, y0),
        ("L", x1 - r, y0),
        ("C", x1 - k, y0, x1, y0 + k, x1, y0 + r),
        ("L", x1, y1 - r),
        ("C", x1, y1 - k, x1 - k, y1, x1 - r, y1),
        ("L", x0 + r, y1),
        ("C", x0 + k, y1, x0, y1 - k, x0, y1 - r),
        ("L", x0, y0 + r),
        ("C", x0, y0 + k, x0 + k, y0, x0 + r, y0),
        ("Z",),
    ]


def line(*points: tuple[float, float]) -> Path:
    """An open polyline."""
    first, *rest = points
    return [("M", *first), *(("L", *p) for p in rest)]


def join(*paths: Iterable[Op]) -> Path:
    """Concatenate sub-paths into one glyph."""
    return [op for path in paths for op in path]


CHANNEL_GLYPHS: dict[Channel, Path] = {
    Channel.WEB: join(circle(12, 12, 9), ellipse(12, 12, 4, 9), line((3, 12), (21, 12))),
    Channel.EMAIL: join(rect(3, 6, 21, 18, 1.5), line((3.5, 7), (12, 13.5), (20.5, 7))),
    Channel.PHONE: [
        ("M", 6.5, 3),
        ("L", 9.5, 3),
        ("L", 11.5, 8),
        ("L", 9.2, 10.2),
        ("C", 10.3, 12.6, 11.4, 13.7, 13.8, 14.8),
        ("L", 16, 12.5),
        ("L", 21, 14.5),
        ("L", 21, 17.5),
        ("C", 21, 19.5, 19.5, 21, 17.5, 21),
        ("C", 10, 20.5, 3.5, 14, 3, 6.5),
        ("C", 3, 4.5, 4.5, 3, 6.5, 3),
        ("Z",),
    ],
    Channel.STORE: join(
        line((3, 9), (5, 4), (19, 4), (21, 9), (3, 9)),
        line((5, 9), (5, 20), (19, 20), (19, 9)),
        line((10, 20), (10, 14), (14, 14), (14, 20)),
    ),
    Channel.APP: join(rect(7, 2.5, 17, 21.5, 2), line((10.5, 18.5), (13.5, 18.5))),
    Channel.SOCIAL: join(
        circle(6, 12, 2.6),
        circle(18, 5.5, 2.6),
        circle(18, 18.5, 2.6),
        line((8.3, 10.8), (15.7, 6.7)),
        line((8.3, 13.2), (15.7, 17.3)),
    ),
    Channel.CHAT: [
        *rect(3, 4, 21, 16, 2.5)[:-1],
        ("M", 8, 16),
        ("L", 6, 21),
        ("L", 12.5, 16),
    ],
    Channel.CALL_CENTRE: join(
        [("M", 4, 13), ("C", 4, 7.5, 7.5, 4, 12, 4), ("C", 16.5, 4, 20, 7.5, 20, 13)],
        rect(3, 12.5, 7, 18.5, 1.2),
        rect(17, 12.5, 21, 18.5, 1.2),
        [("M", 19, 18.5), ("C", 19, 20.5, 17, 21, 14, 21)],
    ),
    Channel.ADVERTISING: join(
        line((3, 10), (3, 14), (7, 14), (17, 19), (17, 5), (7, 10), (3, 10)),
        line((7, 14), (9, 20.5)),
        line((20, 10), (21.5, 9)),
        line((20, 14), (21.5, 15)),
    ),
    Channel.EVENT: join(
        rect(3, 5, 21, 21, 1.5),
        line((3, 10), (21, 10)),
        line((8, 3), (8, 7)),
        line((16, 3), (16, 7)),
        line((9, 15.5), (11.5, 18), (15.5, 13)),
    ),
    Channel.MAIL: join(
        [
            ("M", 4, 20),
            ("L", 4, 11),
            ("C", 4, 8, 6, 6, 9, 6),
            ("L", 17, 6),
            ("C", 19, 6, 20, 8, 20, 11),
            ("L", 20, 20),
            ("Z",),
        ],
        line((12, 6), (12, 20)),
        line((12, 9), (12, 2.5), (16, 2.5), (16, 5)),
    ),
    Channel.OTHER: join(
        circle(12, 12, 9), circle(8, 12, 1.1), circle(12, 12, 1.1), circle(16, 12, 1.1)
    ),
}

# Marker shapes (filled) and the mark drawn on top of them (stroked in white).
PAIN_SHAPE: Path = [("M", 12, 2), ("L", 22.5, 21), ("L", 1.5, 21), ("Z",)]
PAIN_MARK: Path = join(line((12, 8.5), (12, 14.5)), circle(12, 17.8, 0.6))
OPPORTUNITY_SHAPE: Path = circle(12, 12, 10.5)
OPPORTUNITY_MARK: Path = join(line((12, 6.5), (12, 17.5)), line((6.5, 12), (17.5, 12)))

STAR: Path = [
    ("M", 12, 1.5),
    ("L", 14.9, 8.4),
    ("L", 22.4, 9.0),
    ("L", 16.7, 13.9),
    ("L", 18.5, 21.2),
    ("L", 12, 17.3),
    ("L", 5.5, 21.2),
    ("L", 7.3, 13.9),
    ("L", 1.6, 9.0),
    ("L", 9.1, 8.4),
    ("Z",),
]

_FACE = circle(12, 12, 10)
_EYES = join(circle(8.5, 9.5, 0.9), circle(15.5, 9.5, 0.9))
FACE_HAPPY: Path = join(_FACE, _EYES, [("M", 7, 14), ("C", 9, 18, 15, 18, 17, 14)])
FACE_NEUTRAL: Path = join(_FACE, _EYES, line((7.5, 15.5), (16.5, 15.5)))
FACE_UNHAPPY: Path = join(_FACE, _EYES, [("M", 7, 17.5), ("C", 9, 13.5, 15, 13.5, 17, 17.5)])


def transformed(path: Path, x: float, y: float, size: float) -> Path:
    """The glyph scaled from the 24-unit box to ``size`` and moved to (x, y) (top-left)."""
    s = size / BOX
    out: Path = []
    for op in path:
        if op[0] == "Z":
            out.append(op)
            continue
        coords = op[1:]
        moved = [x + c * s if i % 2 == 0 else y + c * s for i, c in enumerate(coords)]
        out.append((op[0], *moved))
    return out


def glyph_ops(name: str) -> Path:
    """A glyph by name: a channel value, or "pain", "pain_mark", "opportunity",
    "opportunity_mark", "star", "face_happy", "face_neutral", "face_unhappy"."""
    named = {
        "pain": PAIN_SHAPE,
        "pain_mark": PAIN_MARK,
        "opportunity": OPPORTUNITY_SHAPE,
        "opportunity_mark": OPPORTUNITY_MARK,
        "star": STAR,
        "face_happy": FACE_HAPPY,
        "face_neutral": FACE_NEUTRAL,
        "face_unhappy": FACE_UNHAPPY,
    }
    ops = named.get(name)
    return ops if ops is not None else CHANNEL_GLYPHS[Channel(name)]

"""Measure and wrap text in the shipped font, without Qt or reportlab.

The layout decides where every line of text breaks, once, and both the canvas and
the PDF draw exactly those lines. To do that without importing a GUI toolkit (the CLI
and the PDF run headless, and reportlab must not load at start-up), this module reads
advance widths straight from the TrueType file (``cmap``, ``hmtx``, ``head``, ``hhea``).
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from cjdesigner.fonts import font_files

ELLIPSIS = "…"


@dataclass(frozen=True)
class FontMetrics:
    """Advance widths (in em) of one font file, plus its vertical metrics (in em)."""

    widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float  # positive, below the baseline
    line_gap: float

    def has_glyph(self, codepoint: int) -> bool:
        """True when the font has its own glyph for this character."""
        return codepoint in self.widths


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    (num_tables,) = struct.unpack(">H", data[4:6])
    out = {}
    for i in range(num_tables):
        tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        out[tag] = (offset, length)
    return out


def _cmap(data: bytes, offset: int) -> dict[int, int]:
    """Unicode code point → glyph index, from a format 4 or 12 subtable."""
    (_version, count) = struct.unpack(">HH", data[offset : offset + 4])
    best = None
    for i in range(count):
        platform, encoding, sub = struct.unpack(
            ">HHI", data[offset + 4 + 8 * i : offset + 12 + 8 * i]
        )
        fmt = struct.unpack(">H", data[offset + sub : offset + sub + 2])[0]
        if (platform, fmt) in ((3, 12), (0, 12)):
            best = (offset + sub, fmt)
            break
        if (platform == 3 and encoding in (1, 10)) or platform == 0:
            best = best or (offset + sub, fmt)
    if best is None:
        return {}
    start, fmt = best
    mapping: dict[int, int] = {}
    if fmt == 4:
        seg_x2 = struct.unpack(">H", data[start + 6 : start + 8])[0]
        segs = seg_x2 // 2
        ends_at = start + 14
        starts_at = ends_at + seg_x2 + 2
        deltas_at = starts_at + seg_x2
        ranges_at = deltas_at + seg_x2
        ends = struct.unpack(f">{segs}H", data[ends_at : ends_at + seg_x2])
        starts = struct.unpack(f">{segs}H", data[starts_at : starts_at + seg_x2])
        deltas = struct.unpack(f">{segs}h", data[deltas_at : deltas_at + seg_x2])
        ranges = struct.unpack(f">{segs}H", data[ranges_at : ranges_at + seg_x2])
        for s in range(segs):
            for cp in range(starts[s], ends[s] + 1):
                if cp == 0xFFFF:
                    continue
                if ranges[s] == 0:
                    glyph = (cp + deltas[s]) & 0xFFFF
                else:
                    addr = ranges_at + 2 * s + ranges[s] + 2 * (cp - starts[s])
                    glyph = struct.unpack(">H", data[addr : addr + 2])[0]
                    if glyph:
                        glyph = (glyph + deltas[s]) & 0xFFFF
                if glyph:
                    mapping[cp] = glyph
    elif fmt == 12:
        groups = struct.unpack(">I", data[start + 12 : start + 16])[0]
        for g in range(groups):
            lo, hi, first = struct.unpack(">III", data[start + 16 + 12 * g : start + 28 + 12 * g])
            for cp in range(lo, hi + 1):
                mapping[cp] = first + cp - lo
    return mapping


@cache
def load_metrics(path: Path) -> FontMetrics:
    """Read the metrics of one TrueType file (cached per path)."""
    data = path.read_bytes()
    tables = _tables(data)
    head = tables[b"head"][0]
    units = struct.unpack(">H", data[head + 18 : head + 20])[0]
    hhea = tables[b"hhea"][0]
    ascent, descent, line_gap = struct.unpack(">hhh", data[hhea + 4 : hhea + 10])
    n_hmetrics = struct.unpack(">H", data[hhea + 34 : hhea + 36])[0]
    hmtx = tables[b"hmtx"][0]
    advances = [
        struct.unpack(">H", data[hmtx + 4 * i : hmtx + 4 * i + 2])[0] for i in range(n_hmetrics)
    ]
    cmap = _cmap(data, tables[b"cmap"][0])
    widths = {}
    for cp, glyph in cmap.items():
        adv = advances[glyph] if glyph < n_hmetrics else advances[-1]
        widths[cp] = adv / units
    return FontMetrics(
        widths=widths,
        default_width=0.6,
        ascent=ascent / units,
        descent=-descent / units,
        line_gap=line_gap / units,
    )


def metrics(style: str = "regular") -> FontMetrics:
    """Metrics of the shipped font in one style (regular, italic, semibold, bold…)."""
    return load_metrics(font_files()[style])


def _fallback_width(ch: str) -> float:
    # Characters the font lacks are drawn by a fallback font; CJK and emoji are wide.
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    if unicodedata.combining(ch):
        return 0.0
    return 0.6


@lru_cache(maxsize=65536)
def text_width(text: str, size: float, style: str = "regular") -> float:
    """Width of ``text`` in points at ``size`` points."""
    widths = metrics(style).widths
    total = 0.0
    for ch in text:
        w = widths.get(ord(ch))
        total += w if w is not None else _fallback_width(ch)
    return total * size


def clear_caches() -> None:
    """Forget measured widths and wrapped lines (benchmarks time a cold first layout)."""
    text_width.cache_clear()
    wrap.cache_clear()


def missing_characters(text: str, style: str = "regular") -> set[str]:
    """Characters of ``text`` that the shipped font has no glyph for (controls ignored)."""
    widths = metrics(style).widths
    return {ch for ch in text if ord(ch) not in widths and unicodedata.category(ch)[0] != "C"}


def line_height(size: float, style: str = "regular", leading: float = 1.25) -> float:
    """Distance between baselines for a block of text."""
    return size * leading


def ascent(size: float, style: str = "regular") -> float:
    """Height above the baseline of the tallest ordinary glyphs, in points."""
    return metrics(style).ascent * size


def _fit(word: str, width: float, size: float, style: str) -> tuple[str, str]:
    """Split a word that is too long for a line: (the part that fits, the rest)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], size, style) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo], word[lo:]


def ellipsize(text: str, width: float, size: float, style: str = "regular") -> str:
    """Shorten ``text`` with a trailing … so that it fits ``width``."""
    if text_width(text, size, style) <= width:
        return text
    room = width - text_width(ELLIPSIS, size, style)
    if room <= 0:
        return ELLIPSIS
    head, _ = _fit(text, room, size, style)
    return head.rstrip() + ELLIPSIS


@lru_cache(maxsize=32768)
def wrap(
    text: str, width: float, size: float, style: str = "regular", max_lines: int = 0
) -> tuple[str, ...]:
    """Break text into lines no wider than ``width``; with ``max_lines``, ellipsise the last.

    Newlines in the text start new lines. Words longer than a line are split.
    """
    lines: list[str] = []
    space = text_width(" ", size, style)
    truncated = False
    for paragraph in text.split("\n"):
        current = ""
        current_w = 0.0
        for word in paragraph.split():
            w = text_width(word, size, style)
            if current and current_w + space + w <= width:
                current += " " + word
                current_w += space + w
                continue
            if current:
                lines.append(current)
            while w > width and word:
                head, word = _fit(word, width, size, style)
                if not head:
                    head, word = word[0], word[1:]
                lines.append(head)
                w = text_width(word, size, style)
            current, current_w = word, w
        lines.append(current)
        if max_lines and len(lines) > max_lines:
            truncated = True
            break
    while lines and not lines[-1] and len(lines) > 1:
        lines.pop()
    if max_lines and len(lines) > max_lines:
        truncated = True
        lines = lines[:max_lines]
    if truncated and lines:
        lines[-1] = _with_ellipsis(lines[-1], width, size, style)
    return tuple(lines)


def _with_ellipsis(line: str, width: float, size: float, style: str) -> str:
    """``line`` marked as cut: a trailing …, shortening the line if needed."""
    line = line.rstrip()
    room = width - text_width(ELLIPSIS, size, style)
    if text_width(line, size, style) > room:
        line = _fit(line, max(room, 0.0), size, style)[0].rstrip()
    return line + ELLIPSIS

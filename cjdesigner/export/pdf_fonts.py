"""Fonts in the PDF: Open Sans embedded, and fallbacks for characters it lacks.

Each run of text is split into pieces by the first font that has each character:
Open Sans, then DejaVu Sans (Greek, Cyrillic, Hebrew, Arabic, symbols; on every Linux),
then a CJK font if the system has one. Characters no font has are collected and
reported — never drawn as silent boxes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner.fonts import font_files
from cjdesigner.textmetrics import load_metrics

STYLES = ("regular", "italic", "semibold", "semibold-italic", "bold", "bold-italic")

# Fallback candidates, best first: (path, TTC subfont index). The first that exists wins
# for each role; a fresh Linux machine has DejaVu.
FALLBACKS = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("C:/Windows/Fonts/arialuni.ttf", 0),
    ("C:/Windows/Fonts/seguisym.ttf", 0),
]
CJK_FALLBACKS = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
]


@dataclass
class FontSet:
    """The fonts registered with reportlab for one export, and what could not be drawn."""

    main: dict[str, str]  # style → reportlab font name
    fallbacks: list[tuple[str, frozenset[int]]]  # (reportlab name, code points it has)
    main_cover: frozenset[int]
    missing: set[str] = field(default_factory=set)

    def covers(self, text: str) -> bool:
        """Whether Open Sans alone draws every character of ``text``."""
        return self.main_cover.issuperset(map(ord, text.replace("\n", "")))

    def pieces(self, text: str, style: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, piece) by the first font having each character."""
        main = self.main.get(style, self.main["regular"])
        if self.main_cover.issuperset(map(ord, text)):
            return [(main, text)]  # the common case: Open Sans has every character
        out: list[tuple[str, str]] = []
        for ch in text:
            code = ord(ch)
            font = main
            if code not in self.main_cover:
                if ch.isspace():
                    ch = " "  # any space Open Sans lacks prints as a plain one
                elif code in _ZERO_WIDTH:
                    continue  # joiners and variation selectors: nothing to draw
                else:
                    font = next((name for name, cover in self.fallbacks if code in cover), "")
                    if not font:  # reported, and printed as a blank, never as a box
                        self.missing.add(ch)
                        ch, font = " ", main
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
        return out


# zero-width joiners and variation selectors render as nothing: no fallback, no report
_ZERO_WIDTH = frozenset((0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF))


def _find(candidates: list[tuple[str, int]]) -> tuple[str, int] | None:
    for path, index in candidates:
        if os.path.exists(path):
            return path, index
    return None


@cache
def _coverage(path: str, index: int) -> frozenset[int]:
    if path.lower().endswith(".ttc"):
        font = TTFont("cover-probe", path, subfontIndex=index)
        return frozenset(font.face.charToGlyph)
    return frozenset(load_metrics(Path(path)).widths)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with code points beyond U+FFFF written as UTF-16
    surrogate pairs (reportlab writes five hex digits, so 𝖰 or 😀 were not searchable)."""
    pairs = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class _TTFont(TTFont):
    """A TTFont that remembers, per document, the bytes each text became.

    reportlab maps a text to its subset's codes character by character in Python, for
    every string drawn; a map repeats many (stage names, "none yet", numbers, channel
    words): two thirds of a 2,000-touchpoint export's strings were repeats. A character's
    code never changes once given within a document, so the result can be reused."""

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab's name
        try:
            memo = self.state[doc].__dict__.setdefault("cjd_split", {})
        except KeyError:  # the document's first text with this font
            return super().splitString(text, doc, encoding)
        found = memo.get(text)
        if found is None:
            found = memo[text] = super().splitString(text, doc, encoding)
        return found


@cache
def font_set() -> FontSet:
    """Register the fonts once per process; returns a fresh FontSet view each export."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # see _to_unicode_cmap
    files = font_files()
    main = {}
    for style in STYLES:
        name = f"CJD-OpenSans-{style}"
        pdfmetrics.registerFont(_TTFont(name, str(files[style])))
        main[style] = name
    fallbacks = []
    for i, found in enumerate(filter(None, (_find(FALLBACKS), _find(CJK_FALLBACKS)))):
        path, index = found
        name = f"CJD-Fallback-{i}"
        try:
            pdfmetrics.registerFont(_TTFont(name, path, subfontIndex=index))
            fallbacks.append((name, _coverage(path, index)))
        except Exception:
            continue
    return FontSet(main, fallbacks, frozenset(load_metrics(files["regular"]).widths))


def fresh_font_set() -> FontSet:
    """The registered fonts with an empty list of missing characters."""
    base = font_set()
    return FontSet(base.main, base.fallbacks, base.main_cover)

"""Text widths come from the font file and agree with reportlab; wrapping keeps to the width."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.fonts import font_files
from cjdesigner.textmetrics import ELLIPSIS, missing_characters, text_width, wrap


@pytest.fixture(scope="module")
def reportlab_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = {}
    for style, path in font_files().items():
        name = f"CJDTest-{style}"
        pdfmetrics.registerFont(TTFont(name, str(path)))
        names[style] = name
    return names


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ áéíóúñÑ€¿¡.,-0123456789", max_size=60
    )
)
def test_widths_match_reportlab_exactly(reportlab_fonts, text):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for style in ("regular", "semibold", "bold", "italic"):
        assert text_width(text, 11, style) == pytest.approx(
            stringWidth(text, reportlab_fonts[style], 11)
        )


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200),
    width=st.floats(20, 300),
    max_lines=st.integers(0, 4),
)
def test_wrapped_lines_fit_and_respect_max_lines(text, width, max_lines):
    lines = wrap(text, width, 10, "regular", max_lines)
    if max_lines:
        assert len(lines) <= max_lines
    for line in lines:
        # a single glyph wider than the line is the only thing allowed to poke out
        assert text_width(line, 10) <= width + 0.01 or len(line) <= 2


def test_cut_text_ends_with_an_ellipsis():
    lines = wrap("one two three four five six seven eight nine ten", 60, 12, "regular", 2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert wrap("short", 100, 12, "regular", 2) == ("short",)


def test_characters_the_font_lacks_are_reported():
    assert missing_characters("Hola € ñ") == set()
    assert missing_characters("東京 🙂") >= {"東", "京", "🙂"}

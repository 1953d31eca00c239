"""Notes for the user from headless code (layout, PDF export), translatable later.

A ``Note`` is the English sentence itself (a ``str``: the CLI prints it, tests match it)
that also carries a ``code`` and the values it was made from, so the GUI can show it in
the interface language with ``tr`` (see ``ui/notes_text.py``). No Qt here.
"""

from __future__ import annotations

import unicodedata
from typing import Any


class Note(str):
    """An English message with a machine-readable ``code`` and its ``params``."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, english: str, **params: Any) -> Note:
        note = super().__new__(cls, english)
        note.code = code
        note.params = params
        return note


def overlapping_cards(count: int) -> Note:
    return Note(
        "overlap",
        f"{count} touchpoint cards overlap others: the map is too dense for this size",
        count=count,
    )


def shortened_labels(count: int) -> Note:
    return Note(
        "shortened",
        f"{count} labels were shortened to fit; their full text is in the hand-over",
        count=count,
    )


def too_dense(paper: str, size: float, floor: float, suggestion: str | None) -> Note:
    where = f"choose {suggestion} or " if suggestion else ""
    return Note(
        "too_dense" if suggestion else "too_dense_tile",
        f"too dense for {paper}: the smallest text would print at {size:.1f} pt "
        f"(the floor is {floor:g} pt); {where}tile it on A4 or Letter sheets",
        paper=paper,
        size=f"{size:.1f}",
        floor=f"{floor:g}",
        suggestion=suggestion or "",
    )


def missing_glyphs(characters: set[str]) -> Note:
    """Characters no font could draw; the invisible ones (control and format characters,
    noncharacters) by their code, "U+0007", or the note would show nothing for them."""
    ordered = sorted(characters)
    visible = "".join(c for c in ordered if unicodedata.category(c)[0] != "C")[:40]
    codes = " ".join(f"U+{ord(c):04X}" for c in ordered if unicodedata.category(c)[0] == "C")
    shown = " ".join(x for x in (visible, codes[:80]) if x)
    return Note(
        "no_font",
        f"{len(characters)} characters have no font and print as blanks: {shown}",
        count=len(characters),
        characters=shown,
    )


def right_to_left() -> Note:
    return Note("rtl", "right-to-left text is printed in its stored order without shaping")

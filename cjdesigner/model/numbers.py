"""Numbers as people read them in a language: "+1.3" in English, "+1,3" in Spanish.

Shown numbers only (the hand-over pages, the insights, the inspector). Files and CSV keep
the machine's "1.3". Zero carries no sign: a stage that averages 0 is neither.
"""

from __future__ import annotations

MISSING = "—"


def number(value: float, language: str, digits: int | None = None) -> str:
    """``value`` with the language's decimal mark: ``digits`` fixed places, or (None) as
    few as show it exactly (3 → "3", 2.5 → "2.5")."""
    text = f"{value:g}" if digits is None else f"{value:.{digits}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")  # "-0.0": rounding a small negative is not below zero
    return text.replace(".", ",") if language == "es" else text


def signed(value: float | None, language: str, digits: int | None = None) -> str:
    """``number`` with "+" before a positive value; "—" for no value."""
    if value is None:
        return MISSING
    text = number(value, language, digits)
    positive = text.strip("0.,") != "" and not text.startswith("-")
    return "+" + text if positive else text

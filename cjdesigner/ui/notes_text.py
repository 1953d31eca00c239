"""Notes from headless code (``cjdesigner.notes``) in the interface language."""

from __future__ import annotations

from collections.abc import Mapping

from cjdesigner.translate import QT_TR_NOOP, tr

_TEXTS = {
    "overlap": QT_TR_NOOP(
        "{count} touchpoint cards overlap others: the map is too dense for this size"
    ),
    "shortened": QT_TR_NOOP(
        "{count} labels were shortened to fit; their full text is in the hand-over"
    ),
    "too_dense": QT_TR_NOOP(
        "Too dense for {paper}: the smallest text would print at {size} pt (the floor is "
        "{floor} pt); choose {suggestion} or tile it on A4 or Letter sheets"
    ),
    "too_dense_tile": QT_TR_NOOP(
        "Too dense for {paper}: the smallest text would print at {size} pt (the floor is "
        "{floor} pt); tile it on A4 or Letter sheets"
    ),
    "no_font": QT_TR_NOOP("{count} characters have no font and print as blanks: {characters}"),
    "rtl": QT_TR_NOOP("Right-to-left text is printed in its stored order without shaping"),
}


def note_text(note: str, paper_labels: Mapping[str, str] | None = None) -> str:
    """``note`` translated when it is a known ``Note``; any other text as it is.

    Only our own template is formatted: the values (which may hold user text) are
    inserted, never parsed as a template themselves.
    """
    template = _TEXTS.get(getattr(note, "code", ""))
    if template is None:
        return str(note)
    params = dict(note.params)  # type: ignore[attr-defined]
    for key in ("paper", "suggestion"):
        if key in params and paper_labels:
            params[key] = paper_labels.get(params[key], params[key])
    return tr(template).format(**params)

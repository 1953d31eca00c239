"""Notes from headless code (``cjdesigner.notes``) in the interface language."""

from __future__ import annotations

from collections.abc import Mapping

from cjdesigner.model.numbers import number
from cjdesigner.translate import QT_TR_NOOP, tr, ui_language

_TEXTS: dict[str, str | tuple[str, str]] = {
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
    # importing an OpenJourney file: (one, several) — {ex} lists examples, or is empty
    "ojf_sentiment": (
        QT_TR_NOOP("1 node had a sentiment word{ex}; the score is kept, the word is not"),
        QT_TR_NOOP("{n} nodes had a sentiment word{ex}; the score is kept, the word is not"),
    ),
    "ojf_icon": (
        QT_TR_NOOP("1 node had an icon or icon colour; CJ Designer draws its own channel glyphs"),
        QT_TR_NOOP(
            "{n} nodes had an icon or icon colour; CJ Designer draws its own channel glyphs"
        ),
    ),
    "ojf_swimlane": (
        QT_TR_NOOP(
            "1 node sat on a swimlane{ex}; touchpoints share one emotion curve, so swimlanes "
            "are not kept (blueprint entries became lane notes)"
        ),
        QT_TR_NOOP(
            "{n} nodes sat on swimlanes{ex}; touchpoints share one emotion curve, so swimlanes "
            "are not kept (blueprint entries became lane notes)"
        ),
    ),
    "ojf_severity": (
        QT_TR_NOOP("1 node that is not a pain had a severity; only pains keep one"),
        QT_TR_NOOP("{n} nodes that are not pains had a severity; only pains keep one"),
    ),
    "ojf_purpose": (
        QT_TR_NOOP("1 node had an unknown purpose{ex}; it became a touchpoint"),
        QT_TR_NOOP("{n} nodes had an unknown purpose{ex}; they became touchpoints"),
    ),
    "ojf_unknown_key": (
        QT_TR_NOOP("1 node had fields CJ Designer does not know{ex}; they were not kept"),
        QT_TR_NOOP("{n} nodes had fields CJ Designer does not know{ex}; they were not kept"),
    ),
    "ojf_root_key": QT_TR_NOOP("Top-level fields unknown to CJ Designer{ex} were not kept"),
    "ojf_clamped": (
        QT_TR_NOOP("1 node had a score outside -5..+5{ex}; it was clamped"),
        QT_TR_NOOP("{n} nodes had a score outside -5..+5{ex}; it was clamped"),
    ),
    "ojf_cut": (
        QT_TR_NOOP("1 text was too long and was shortened{ex}"),
        QT_TR_NOOP("{n} texts were too long and were shortened{ex}"),
    ),
    "ojf_control": (
        QT_TR_NOOP("1 text held control characters, which were removed"),
        QT_TR_NOOP("{n} texts held control characters, which were removed"),
    ),
    "ojf_untitled": (
        QT_TR_NOOP("1 node had no title and was named “Untitled”"),
        QT_TR_NOOP("{n} nodes had no title and were named “Untitled”"),
    ),
    # importing a CSV table
    "csv_encoding": QT_TR_NOOP(
        "The file is not UTF-8: it was read as Windows-1252 (Excel's CSV); save it as "
        "“CSV UTF-8” if letters look wrong"
    ),
    "csv_column": QT_TR_NOOP("Columns CJ Designer does not know{ex} were not read"),
    "csv_channel": (
        QT_TR_NOOP("1 channel name was not recognised{ex} and kept as the channel detail"),
        QT_TR_NOOP("{n} channel names were not recognised{ex} and kept as the channel detail"),
    ),
    "csv_metrics": (
        QT_TR_NOOP("1 metrics cell was not read; enter metrics in the inspector"),
        QT_TR_NOOP("{n} metrics cells were not read; enter metrics in the inspector"),
    ),
    "csv_evidence": (
        QT_TR_NOOP("1 evidence method was not recognised{ex} and kept as “other”"),
        QT_TR_NOOP("{n} evidence methods were not recognised{ex} and kept as “other”"),
    ),
    "csv_cut": (
        QT_TR_NOOP("1 text was too long and shortened"),
        QT_TR_NOOP("{n} texts were too long and shortened"),
    ),
    "csv_control": (
        QT_TR_NOOP("1 text held control characters, which were removed"),
        QT_TR_NOOP("{n} texts held control characters, which were removed"),
    ),
    "csv_blank": (
        QT_TR_NOOP("1 empty row was skipped"),
        QT_TR_NOOP("{n} empty rows were skipped"),
    ),
    "csv_untitled": (
        QT_TR_NOOP("1 row had no title and was named “Untitled”"),
        QT_TR_NOOP("{n} rows had no title and were named “Untitled”"),
    ),
    "csv_table_only": QT_TR_NOOP(
        "CSV holds the stages, touchpoints, pains and opportunities; the persona, lanes, "
        "stage details and the map's own fields were left out"
    ),
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
    if isinstance(template, tuple):  # (one, several)
        template = template[0] if params.get("n") == 1 else template[1]
    for key in ("paper", "suggestion"):
        if key in params and paper_labels:
            params[key] = paper_labels.get(params[key], params[key])
    for key in ("size", "floor"):  # point sizes: "8,5 pt" in Spanish
        if key in params:
            params[key] = number(float(params[key]), ui_language(), 1 if key == "size" else None)
    return tr(template).format(**params)

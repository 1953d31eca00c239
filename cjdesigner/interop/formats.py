"""Pick the reader or writer for a path by its extension."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from cjdesigner.model import EXTENSION, JourneyMap, MapFileError, load_map, save_map


@dataclass
class ImportResult:
    """A map read from a file, with notes on anything that had no place in the model."""

    journey_map: JourneyMap
    notes: list[str] = field(default_factory=list)


Reader = Callable[[str], ImportResult]
Writer = Callable[[JourneyMap, str], list[str]]


def _read_native(path: str) -> ImportResult:
    return ImportResult(load_map(path))


def _write_native(journey_map: JourneyMap, path: str) -> list[str]:
    save_map(journey_map, path)
    return []


def _read_ojf(path: str) -> ImportResult:
    from . import ojf  # imported on demand: most runs never touch .ojf

    return ojf.import_ojf(path)


def _write_ojf(journey_map: JourneyMap, path: str) -> list[str]:
    from . import ojf_export

    return ojf_export.export_ojf(journey_map, path)


def _read_csv(path: str, language: str = "en") -> ImportResult:
    from . import csv_table

    return csv_table.import_csv(path, language)


def _write_csv(journey_map: JourneyMap, path: str) -> list[str]:
    from cjdesigner.export.table import export_csv
    from cjdesigner.notes import Note

    export_csv(journey_map, path)
    return [
        Note(
            "csv_table_only",
            "CSV holds the stages, touchpoints, pains and opportunities; the persona, lanes, "
            "stage details and the map's own fields were left out",
        )
    ]


def _readers() -> dict[str, Reader]:
    return {EXTENSION: _read_native, ".ojf": _read_ojf, ".csv": _read_csv}


def _writers() -> dict[str, Writer]:
    return {EXTENSION: _write_native, ".ojf": _write_ojf, ".csv": _write_csv}


def _match(path: str, table: dict[str, object]) -> str | None:
    lower = os.fspath(path).lower()
    return next((ext for ext in sorted(table, key=len, reverse=True) if lower.endswith(ext)), None)


def known_extensions() -> tuple[str, ...]:
    """Extensions that can be read, longest first."""
    return tuple(sorted(_readers(), key=len, reverse=True))


def read_map(path: str | os.PathLike[str], language: str = "en") -> ImportResult:
    """Read any supported file; MapFileError for unknown extensions or bad content.

    ``language``: the map's language when the file cannot say (a CSV table in English or
    without words to tell: the app passes its own language)."""
    path = os.fspath(path)
    readers = _readers()
    ext = _match(path, readers)
    if ext is None:
        raise MapFileError(path, f"has an unknown extension; use {', '.join(sorted(readers))}")
    if ext == ".csv":
        return _read_csv(path, language)
    return readers[ext](path)


def write_map(journey_map: JourneyMap, path: str | os.PathLike[str]) -> list[str]:
    """Write in the format the extension names; returns notes on what was left out."""
    path = os.fspath(path)
    writers = _writers()
    ext = _match(path, writers)
    if ext is None:
        raise MapFileError(path, f"has an unknown extension; use {', '.join(sorted(writers))}")
    return writers[ext](journey_map, path)

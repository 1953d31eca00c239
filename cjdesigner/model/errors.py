"""The one error a person sees when a map file cannot be read or written."""

from __future__ import annotations

import os


class MapFileError(Exception):
    """A map file is unreadable, invalid or could not be written.

    The message is meant for a person: it names the file, the place inside it
    (``touchpoints[3].emotion`` or ``line 12, column 5``) and the reason in plain words.
    """

    def __init__(self, path: str | os.PathLike[str] | None, reason: str, place: str = "") -> None:
        self.path = os.fspath(path) if path is not None else None
        self.place = place
        self.reason = reason
        super().__init__(self._compose())

    def _compose(self) -> str:
        parts = [p for p in (self.path, self.place, self.reason) if p]
        return ": ".join(parts)

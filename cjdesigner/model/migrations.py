"""Upgrade older map files, step by step, to the current schema version.

Each step is a pure function from the dict of version N to the dict of version N+1.
Files from a newer program are refused: guessing at fields we do not know would lose data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .journey import FORMAT, SCHEMA_VERSION
from .messages import shown

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (the pre-release drafts) used other names for a few fields.

    - the persona was a plain name string;
    - stages had ``duration`` instead of ``width``;
    - touchpoints had ``score`` instead of ``emotion`` and ``stage`` instead of ``stage_id``;
    - pains and opportunities were one ``markers`` list with a ``type`` of "pain"/"opportunity".
    """
    out = dict(data)
    out["version"] = 1
    persona = out.get("persona")
    if isinstance(persona, str):
        out["persona"] = {"name": persona}
    stages = []
    for stage in out.get("stages", []) or []:
        if isinstance(stage, dict):
            stage = dict(stage)
            if "duration" in stage:
                stage["width"] = stage.pop("duration")
        stages.append(stage)
    out["stages"] = stages
    touchpoints = []
    for tp in out.get("touchpoints", []) or []:
        if isinstance(tp, dict):
            tp = dict(tp)
            if "score" in tp:
                tp["emotion"] = tp.pop("score")
            if "stage" in tp:
                tp["stage_id"] = tp.pop("stage")
        touchpoints.append(tp)
    out["touchpoints"] = touchpoints
    markers = out.pop("markers", None)
    if isinstance(markers, list):
        pains = list(out.get("pains", []) or [])
        opportunities = list(out.get("opportunities", []) or [])
        for marker in markers:
            if not isinstance(marker, dict):
                pains.append(marker)  # let validation report it in place
                continue
            marker = dict(marker)
            kind = marker.pop("type", "pain")
            (opportunities if kind == "opportunity" else pains).append(marker)
        out["pains"] = pains
        out["opportunities"] = opportunities
    return out


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added ``votes`` to pains and opportunities (a dot vote's count). A
    version 1 file has none: every marker starts at 0, which is the default. The
    number changed so that a release that knows only version 1 refuses a file with
    votes by its version, instead of as a file with an unknown field."""
    out = dict(data)
    out["version"] = 2
    return out


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2}


class VersionProblem(Exception):
    """The file's format or version cannot be read by this program."""

    def __init__(self, place: str, reason: str) -> None:
        self.place = place
        self.reason = reason
        super().__init__(f"{place}: {reason}")


def file_version(data: dict[str, Any]) -> int:
    """The integer format version of a parsed file (raises VersionProblem when unusable)."""
    if data.get("format") != FORMAT:
        found = data.get("format")
        if found is None:
            raise VersionProblem(
                "format", f'is missing: this is not a CJ Designer map (no "format": "{FORMAT}")'
            )
        raise VersionProblem(
            "format", f'is {shown(found)}, not "{FORMAT}": this is not a CJ Designer map'
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise VersionProblem("version", f"should be a whole number, not {shown(version)}")
    if version > SCHEMA_VERSION:
        raise VersionProblem(
            "version",
            f"is {version}, newer than this CJ Designer reads (up to {SCHEMA_VERSION}): "
            f"the file was written by a newer release; install a CJ Designer release that reads "
            f"format version {version} to open it",
        )
    if version < 0:
        raise VersionProblem("version", f"is {version}, which no CJ Designer release ever wrote")
    return version


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a parsed file up to SCHEMA_VERSION (a no-op for current files)."""
    version = file_version(data)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data

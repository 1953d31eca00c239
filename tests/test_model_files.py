"""Saving and loading maps: round trips, stable bytes, atomic saves, and every bad file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cjdesigner.model import MapFileError, load_map, map_to_bytes, save_map
from cjdesigner.model import files as files_module
from tests.conftest import SAMPLES
from tests.factories import journey_maps, small_map


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(journey_map=journey_maps())
def test_any_valid_map_survives_save_and_load(journey_map, tmp_path):
    path = tmp_path / "any.journey.json"
    save_map(journey_map, path)
    loaded = load_map(path)
    assert loaded == journey_map
    # Saving what was loaded gives the same bytes: files diff cleanly in git.
    assert map_to_bytes(loaded) == path.read_bytes()


def test_saved_file_is_utf8_json_with_format_and_version_first(tmp_path):
    jm = small_map()
    jm.title = "Viaje de compra — ñandú €"
    path = tmp_path / "m.journey.json"
    save_map(jm, path)
    raw = path.read_bytes()
    assert "ñandú €".encode() in raw  # not \u-escaped
    keys = list(json.loads(raw))
    assert keys[:3] == ["format", "version", "id"]
    assert raw.endswith(b"\n")


def test_crash_between_write_and_rename_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "m.journey.json"
    old = small_map()
    save_map(old, path)
    before = path.read_bytes()
    new = small_map()
    new.title = "Changed"

    def crash(*_args):
        raise OSError(errno.EIO, "simulated crash before rename")

    monkeypatch.setattr(files_module.os, "replace", crash)
    with pytest.raises(MapFileError) as info:
        save_map(new, path)
    assert path.read_bytes() == before
    assert load_map(path) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journey.json"], "temp file left behind"
    assert "previous file is untouched" in str(info.value)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only"),
    ],
)
def test_disk_errors_give_a_clear_message_and_keep_the_old_file(tmp_path, monkeypatch, code, words):
    path = tmp_path / "m.journey.json"
    save_map(small_map(), path)
    before = path.read_bytes()

    def failing_fsync(_fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files_module.os, "fsync", failing_fsync)
    with pytest.raises(MapFileError) as info:
        save_map(small_map(), path)
    message = str(info.value)
    assert str(path) in message and words in message
    assert path.read_bytes() == before
    assert len(list(tmp_path.iterdir())) == 1


def test_save_keeps_file_permissions_and_writes_through_symlinks(tmp_path):
    real = tmp_path / "real.journey.json"
    save_map(small_map(), real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.journey.json"
    link.symlink_to(real)
    jm = small_map()
    jm.title = "Through the link"
    save_map(jm, link)
    assert link.is_symlink()
    assert load_map(real).title == "Through the link"
    assert real.stat().st_mode & 0o777 == 0o640


def test_save_refuses_an_inconsistent_map_and_writes_nothing(tmp_path):
    jm = small_map()
    jm.touchpoints[0].stage_id = "no-such-stage"  # assignment validates the field, not the map
    path = tmp_path / "bad.journey.json"
    with pytest.raises(MapFileError, match=r"touchpoints\[0\]\.stage_id"):
        save_map(jm, path)
    assert not path.exists()


def test_save_refuses_control_characters_and_writes_nothing(tmp_path):
    jm = small_map()
    jm.lanes[0].cells[jm.stages[0].id] = "bell\x07"
    path = tmp_path / "bad.journey.json"
    with pytest.raises(MapFileError, match=r"lanes\[0\]\.cells\..*U\+0007"):
        save_map(jm, path)
    assert not path.exists()


# ------------------------------------------------------------------ bad files
def _good_dict() -> dict:
    return json.loads(map_to_bytes(small_map()))


def _write(tmp_path: Path, content: bytes | str | dict, name: str = "broken.journey.json") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _mutated(change) -> dict:
    data = _good_dict()
    change(data)
    return data


BAD_FILES = {
    "not json": ("{title: nope}", "line 1, column 2", "not valid JSON"),
    "truncated": (lambda: map_to_bytes(small_map())[:200], "line", "ends too early"),
    "empty": (b"", None, "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "not a text file"),
    "not utf-8": ('{"title": "caf\xe9"}'.encode("latin-1"), None, "not UTF-8"),
    "top-level list": ("[1, 2]", None, "top level should be an object"),
    "no format": ({"title": "x"}, "format", "not a CJ Designer map"),
    "other format": (
        lambda: _mutated(lambda d: d.update(format="miro.board")),
        "format",
        "not a CJ Designer map",
    ),
    "future version": (lambda: _mutated(lambda d: d.update(version=99)), "version", "newer"),
    "version as text": (
        lambda: _mutated(lambda d: d.update(version="1")),
        "version",
        "whole number",
    ),
    "emotion out of range": (
        lambda: _mutated(lambda d: d["touchpoints"][2].update(emotion=7)),
        "touchpoints[2].emotion",
        "between -5 and +5 (got 7)",
    ),
    "emotion huge number": (
        lambda: _mutated(lambda d: d["touchpoints"][0].update(emotion=1e308)),
        "touchpoints[0].emotion",
        "between -5 and +5",
    ),
    "wrong type": (
        lambda: _mutated(lambda d: d["stages"][1].update(name=["a"])),
        "stages[1].name",
        "should be text",
    ),
    "dangling stage": (
        lambda: _mutated(lambda d: d["touchpoints"][1].update(stage_id="gone")),
        "touchpoints[1].stage_id",
        "not in the map",
    ),
    "dangling pain link": (
        lambda: _mutated(lambda d: d["opportunities"][0].update(answers_pain_id="gone")),
        "opportunities[0].answers_pain_id",
        "not in the map",
    ),
    "duplicate id": (
        lambda: _mutated(lambda d: d["stages"][1].update(id=d["stages"][0]["id"])),
        "stages[1].id",
        "repeats the id",
    ),
    "blank title": (
        lambda: _mutated(lambda d: d.update(title="   ")),
        "title",
        "must not be empty",
    ),
    "missing title": (lambda: _mutated(lambda d: d.pop("title")), "title", "is missing"),
    "unknown field": (
        lambda: _mutated(lambda d: d["stages"][0].update(colour_name="red")),
        "stages[0].colour_name",
        "not a field",
    ),
    "two anchors": (
        lambda: _mutated(lambda d: d["pains"][0].update(stage_id=d["stages"][0]["id"])),
        "pains[0]",
        "exactly one",
    ),
    "no anchor": (
        lambda: _mutated(lambda d: d["opportunities"][0].update(touchpoint_id=None, stage_id=None)),
        "opportunities[0]",
        "exactly one",
    ),
    "dangling marker touchpoint": (
        lambda: _mutated(lambda d: d["pains"][0].update(touchpoint_id="gone", stage_id=None)),
        "pains[0].touchpoint_id",
        "not in the map",
    ),
    "dangling marker stage": (
        lambda: _mutated(lambda d: d["opportunities"][0].update(touchpoint_id=None, stage_id="x")),
        "opportunities[0].stage_id",
        "not in the map",
    ),
    "id shared across kinds": (
        lambda: _mutated(lambda d: d["pains"][0].update(id=d["touchpoints"][3]["id"])),
        "pains[0].id",
        "repeats the id",
    ),
    "lane notes for a missing stage": (
        lambda: _mutated(lambda d: d["lanes"][0]["cells"].update(gone="note")),
        "lanes[0].cells",
        "not in the map",
    ),
    "severity": (
        lambda: _mutated(lambda d: d["pains"][0].update(severity=5)),
        "pains[0].severity",
        "1, 2 or 3",
    ),
    "control character": (
        lambda: _mutated(lambda d: d["touchpoints"][0].update(title="ok\u0000no")),
        "touchpoints[0].title",
        "control character (U+0000)",
    ),
    "10 MB string": (
        lambda: _mutated(lambda d: d.update(scenario="x" * 10_000_000)),
        "scenario",
        "too long (10,000,000 characters; the limit is 10,000)",
    ),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, None, "nested too deeply"),
    "bad colour": (
        lambda: _mutated(lambda d: d["stages"][0].update(colour="red")),
        "stages[0].colour",
        "colour like #1A2B3C",
    ),
    "bad date": (
        lambda: _mutated(lambda d: d.update(created="yesterday")),
        "created",
        "date and time",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_raises_map_file_error_naming_file_place_and_reason(tmp_path, case):
    content, place, reason = BAD_FILES[case]
    if callable(content):
        content = content()
    path = _write(tmp_path, content)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    error = info.value
    message = str(error)
    assert str(path) in message
    if place is not None:
        assert error.place.startswith(place), message
    assert reason in message, message
    assert "\n" not in message and "Traceback" not in message
    assert len(message) < 400


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(MapFileError, match="does not exist"):
        load_map(tmp_path / "nope.journey.json")
    with pytest.raises(MapFileError, match="is a folder"):
        load_map(tmp_path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.journey.json"
    with open(path, "wb") as handle:
        handle.truncate(files_module.MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(MapFileError, match="too large to be a map"):
        load_map(path)


def test_utf8_bom_is_accepted(tmp_path):
    path = _write(tmp_path, b"\xef\xbb\xbf" + map_to_bytes(small_map()))
    assert load_map(path).title == "Small map"


def test_escaped_backslashes_are_not_mistaken_for_control_characters(tmp_path):
    jm = small_map()
    jm.scenario = r"C:\temp\bfolder \\f \u0000 literally"
    path = tmp_path / "m.journey.json"
    save_map(jm, path)
    assert load_map(path).scenario == jm.scenario


def test_save_refuses_a_map_that_would_not_open_again(tmp_path):
    """The last guard: whatever got past the edits, Save never writes a file the loader
    refuses; the file already there stays as it was."""
    from cjdesigner.model import Stage
    from cjdesigner.model.journey import MAX_STAGES

    jm = load_map(SAMPLES / "aerolinea.journey.json")
    target = tmp_path / "map.journey.json"
    save_map(jm, target)
    good = target.read_bytes()
    while len(jm.stages) <= MAX_STAGES:
        jm.stages.append(Stage(name="more"))
    with pytest.raises(MapFileError) as caught:
        save_map(jm, target)
    message = str(caught.value)
    assert str(target) in message and "would not open again" in message
    assert "stages" in message and "101" in message
    assert target.read_bytes() == good

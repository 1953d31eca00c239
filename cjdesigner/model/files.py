"""Reading and writing ``.journey.json`` files: UTF-8 JSON, atomic and durable saves.

Loading takes a fast path (pydantic validates the bytes directly, as fast as
``json.loads``); only when that fails does it parse step by step to say exactly where
and why a file is wrong, and to migrate files written by older releases.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .edits import LIMITS
from .errors import MapFileError
from .journey import FORMAT, JourneyMap, find_reference_problem
from .messages import first_problem
from .migrations import VersionProblem, migrate
from .processes import process_alive
from .text import bytes_may_hold_control, control_reason, find_control

EXTENSION = ".journey.json"
MAX_FILE_BYTES = 64 * 1024 * 1024

PathLike = str | os.PathLike[str]


def load_map(path: PathLike) -> JourneyMap:
    """Read a map file; raise MapFileError naming the file, the place and the reason."""
    data = read_file_bytes(path, MAX_FILE_BYTES)
    return map_from_bytes(data, os.fspath(path))


def read_file_bytes(path: PathLike, limit: int) -> bytes:
    """Read a whole file, refusing folders, missing files and anything over ``limit`` bytes."""
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise MapFileError(path, "is a folder, not a map file")
        if size > limit:
            raise MapFileError(
                path,
                f"is too large to be a map ({size / 1024 / 1024:.1f} MB; "
                f"the limit is {limit // 1024 // 1024} MB)",
            )
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except MapFileError:
        raise
    except FileNotFoundError:
        raise MapFileError(path, "does not exist") from None
    except OSError as exc:
        raise MapFileError(path, f"cannot be read: {os_reason(exc)}") from None


@contextlib.contextmanager
def gc_paused(promote: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large, acyclic object tree.

    Validating a 20,000-touchpoint map allocates hundreds of thousands of objects, which
    triggers full collections that find nothing; pausing them makes loading ~35% faster.
    With ``promote`` (loading a document, which then lives long), the new objects are moved
    straight to the oldest generation on the way out (freeze + unfreeze are two list
    splices), so the next young collection does not walk them all either (20,000
    touchpoints: 184 -> 140 ms); acyclic garbage is still freed at once by refcounting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if promote:
            gc.freeze()
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def map_from_bytes(data: bytes, source: str | None = None) -> JourneyMap:
    """Validate the bytes of a map file (``source`` names the file in messages)."""
    if not bytes_may_hold_control(data):
        try:
            with gc_paused(promote=True):
                loaded = JourneyMap.model_validate_json(data)
            # A file must say what it is: defaults are for maps made in code.
            if {"format", "version"} <= loaded.model_fields_set:
                return loaded
        except (ValidationError, ValueError, RecursionError):
            pass  # diagnose (or migrate) below, step by step
    parsed = parse_json_bytes(data, source)
    if not isinstance(parsed, dict):
        raise MapFileError(source, f"the top level should be an object, not {_kind(parsed)}")
    control = find_control(parsed)
    if control is not None:
        raise MapFileError(source, control_reason(control[1]), control[0])
    if "version" not in parsed and parsed.get("format") == FORMAT:
        raise MapFileError(
            source, "is missing: every map file states its format version", "version"
        )
    try:
        upgraded = migrate(parsed)
    except VersionProblem as exc:
        raise MapFileError(source, exc.reason, exc.place) from None
    return map_from_dict(upgraded, source)


def map_from_dict(data: dict[str, Any], source: str | None = None) -> JourneyMap:
    """Validate an already-parsed (and migrated) dict."""
    try:
        with gc_paused():
            return JourneyMap.model_validate(data)
    except ValidationError as exc:
        place, reason = first_problem(exc)
        raise MapFileError(source, reason, place) from None
    except RecursionError:
        raise MapFileError(source, "is nested too deeply to be a map") from None


def parse_json_bytes(data: bytes, source: str | None = None) -> Any:
    """Decode UTF-8 and parse JSON, turning every failure into a MapFileError."""
    if not data.strip():
        raise MapFileError(source, "is empty")
    if b"\x00" in data[:8192]:
        raise MapFileError(source, "is not a text file (it contains binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MapFileError(
            source,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start} "
            "cannot be decoded); save it as UTF-8",
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        place = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            reason = "the file ends too early (it may have been cut off while saving or copying)"
        else:
            reason = f"is not valid JSON ({exc.msg[0].lower()}{exc.msg[1:]})"
        raise MapFileError(source, reason, place) from None
    except RecursionError:
        raise MapFileError(source, "is nested too deeply to be a map") from None
    except ValueError as exc:  # integers with too many digits (Python's own limit)
        digits = re.search(r"\((\d+) digits\)", str(exc))
        limit = f"{int(digits.group(1)):,}" if digits else "4,300"
        raise MapFileError(
            source, f"is not valid JSON (a number has more than {limit} digits)"
        ) from None


def _kind(value: Any) -> str:
    names = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false"}
    return names.get(type(value), "null")


def map_to_bytes(journey_map: JourneyMap) -> bytes:
    """The exact bytes ``save_map`` writes: UTF-8 JSON, stable key order, trailing newline."""
    return journey_map.model_dump_json(indent=2).encode("utf-8") + b"\n"


def save_map(journey_map: JourneyMap, path: PathLike) -> None:
    """Write the map atomically: a crash at any point leaves the old file intact.

    Raises MapFileError (the previous file untouched) when the map is inconsistent,
    when the file could not be opened again, or when the disk refuses the write.
    """
    problem = find_reference_problem(journey_map)
    if problem is not None:
        raise MapFileError(
            path, f"not saved, the map is inconsistent: {problem.reason}", problem.place
        )
    data = map_to_bytes(journey_map)
    if bytes_may_hold_control(data):
        found = find_control(journey_map.model_dump(mode="json"))
        if found is not None:
            raise MapFileError(path, f"not saved, the map {control_reason(found[1])}", found[0])
    _check_loads_back(path, journey_map)
    atomic_write_bytes(path, data)


def _check_loads_back(path: PathLike, journey_map: JourneyMap) -> None:
    """Refuse to write what the loader would refuse to read.

    Edits validate every field they set, but an insert only appends to a list, and a
    list can grow past the file's limit: a 101st stage was written into a file that
    would not open again. Validating the whole file again would cost what loading it
    does (20,000 touchpoints: a save went 84 -> 219 ms); the list lengths are what an
    edit can get wrong.
    """
    for attribute, limit in LIMITS.values():
        count = len(getattr(journey_map, attribute))
        if count > limit:
            raise MapFileError(
                path,
                f"not saved, the file would not open again: {attribute} has too many "
                f"entries ({count:,}; the limit is {limit:,})",
            )


_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EISDIR: "a folder has that name",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EIO: "the disk reported an input/output error",
    errno.ELOOP: "the path has too many symbolic links",
    errno.EBUSY: "another program is using the file",
    errno.ETXTBSY: "another program is using the file",
    errno.EINVAL: "the file name is not allowed on this disk",
    errno.EMFILE: "too many files are open",
    errno.ENFILE: "too many files are open",
    errno.EFBIG: "the file is too large for this disk",
}


def os_reason(exc: OSError) -> str:
    """A failed read or write in plain words, the same on every system (a shape the
    interface can translate); the system's own text for an error it does not name."""
    return _OS_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def atomic_write_bytes(path: PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync and rename.

    The temporary file is removed on any failure, so nothing but the old file remains.
    Its name carries this process's id: a temporary left by a save that was killed (power
    cut, kill -9) is removed by the next successful save of the same file once its process
    is gone. Without that they piled up beside the user's file, and Windows shows them.
    """
    target = Path(os.path.realpath(path))  # write through a symlink, keep the link
    tmp_name: str | None = None
    try:
        mode = _mode_for(target)
        fd, tmp_name = tempfile.mkstemp(
            prefix=_temporary_prefix(target.name, os.getpid()), suffix=".tmp", dir=target.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(target.parent)
    except OSError as exc:
        reason = os_reason(exc)
        raise MapFileError(
            os.fspath(path), f"could not be saved: {reason}; the previous file is untouched"
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    # after the save succeeded, and never able to make it look failed
    with contextlib.suppress(OSError):
        remove_stale_temporaries(target)


def _temporary_prefix(name: str, pid: int) -> str:
    return f".{name}.{pid}-"


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete the temporaries of ``target`` left by saves whose process has ended.

    Only names this module writes (".<name>.<pid>-<random>.tmp") are touched, never those
    of a running process (another window may be saving the same file right now).
    Returns what was removed.
    """
    start = f".{target.name}."
    removed = []
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(start) and n.endswith(".tmp")]
    except OSError:
        return removed
    for name in names:
        pid_text, dash, _ = name[len(start) :].partition("-")
        if not (dash and pid_text.isascii() and pid_text.isdigit()):
            continue  # not written by this module
        pid = int(pid_text)
        if pid == os.getpid() or process_alive(pid):
            continue  # this session's (another thread may be saving) or a live one's
        stale = target.parent / name
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    return removed


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        return 0o644


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the file itself is already safely renamed
    finally:
        os.close(fd)

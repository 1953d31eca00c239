"""Control characters: refused in every text of a map, checked fast on whole files.

Control characters (other than tab and newlines) have no meaning in a journey map and
are a sign of a damaged file. Checking every string field with a pattern costs a fifth
of the load time, so files are scanned once as bytes: inside JSON strings a control
character can only appear escaped (``\\u0000``, ``\\b``, ``\\f``) or as a raw DEL byte.
Only when the scan finds one does the loader walk the data to say exactly where.
"""

from __future__ import annotations

import re
from typing import Any

# A control escape; whether its backslash is itself escaped is checked per match.
_CONTROL_ESCAPE = re.compile(rb"\\(?:u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F])|u007[fF]|b|f)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bytes_may_hold_control(data: bytes) -> bool:
    """True when JSON bytes contain a control character in some string (fast scan).

    Maps hold few backslashes, so jumping from one to the next (memchr speed) and
    looking at the escape after each is cheaper than a regular expression over it all.
    """
    if b"\x7f" in data:
        return True
    find = data.find
    pos = find(b"\\")
    while pos >= 0:
        nxt = data[pos + 1 : pos + 2]
        if nxt == b"\\":  # an escaped backslash: skip both
            pos = find(b"\\", pos + 2)
            continue
        if nxt in (b"b", b"f") or (nxt == b"u" and _CONTROL_ESCAPE.match(data, pos)):
            return True
        pos = find(b"\\", pos + 2)
    return False


def control_character(text: str) -> str | None:
    """The first forbidden control character of ``text`` as ``U+XXXX``, or None."""
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def find_control(value: Any, place: str = "") -> tuple[str, str] | None:
    """(place, code point) of the first string holding a control character, or None.

    Walks parsed JSON (dicts, lists, strings); keys are checked too.
    """
    if isinstance(value, str):
        code = control_character(value)
        return (place, code) if code else None
    if isinstance(value, dict):
        for key, item in value.items():
            sub = f"{place}.{key}" if place else str(key)
            if isinstance(key, str) and control_character(key):
                return sub, control_character(key) or ""
            found = find_control(item, sub)
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = find_control(item, f"{place}[{index}]")
            if found:
                return found
    return None


_MAX_SHOWN = 60


def shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message (never the whole thing)."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 1] + "…"
    return text


def control_reason(code: str) -> str:
    """Plain words for a control-character problem."""
    return f"contains a control character ({code}), which a map cannot hold"

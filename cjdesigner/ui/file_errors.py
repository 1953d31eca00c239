"""File errors (``MapFileError``) in the interface language.

The model words its reasons in English: the command line, the error log and the tests
read them. The window shows them in the user's language. Each known shape of reason is
matched by a pattern and worded again; what comes from the file (ids, bad values,
numbers, field paths) is kept as it is. A reason no pattern knows stays in English
rather than being lost.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QLocale

from cjdesigner.model import MapFileError
from cjdesigner.translate import QT_TR_NOOP, tr

# Python's json module's words for what it expected (after "is not valid JSON (...)"),
# as the model passes them on (first letter lowered); English keeps them as they are.
_JSON_DETAILS = {
    text: text
    for text in (
        QT_TR_NOOP("expecting ':' delimiter"),
        QT_TR_NOOP("expecting ',' delimiter"),
        QT_TR_NOOP("expecting value"),
        QT_TR_NOOP("expecting property name enclosed in double quotes"),
        QT_TR_NOOP("unterminated string starting at"),
        QT_TR_NOOP("invalid control character at"),
        QT_TR_NOOP("invalid \\escape"),
        QT_TR_NOOP("invalid \\uXXXX escape"),
        QT_TR_NOOP("extra data"),
    )
}

# How a bad value is named when it is not shown literally (model/text.py ``shown``,
# model/files.py ``_kind``).
_VALUE_WORDS = {
    text: text
    for text in (
        QT_TR_NOOP("an object"),
        QT_TR_NOOP("a list"),
        QT_TR_NOOP("text"),
        QT_TR_NOOP("a number"),
        QT_TR_NOOP("true/false"),
    )
}

# (English reason, its translatable wording). Named groups carry values over; a group
# named "reason" is itself a reason (worded again), "value" a shown value, "detail" a
# json detail. Patterns are tried in order and must match the whole reason.
_REASONS: list[tuple[str, str]] = [
    (r"does not exist", QT_TR_NOOP("does not exist")),
    (r"is a folder, not a map file", QT_TR_NOOP("is a folder, not a map file")),
    (r"is empty", QT_TR_NOOP("is empty")),
    (r"cannot be read: permission denied", QT_TR_NOOP("cannot be read: permission denied")),
    (r"cannot be read: (?P<os>.+)", QT_TR_NOOP("cannot be read: {os}")),
    (
        r"is not a text file \(it contains binary data\)",
        QT_TR_NOOP("is not a text file (it contains binary data)"),
    ),
    (
        r"is not UTF-8 text \(byte (?P<byte>0x[0-9a-f]+) at offset (?P<offset>\d+) cannot be "
        r"decoded\); save it as UTF-8",
        QT_TR_NOOP(
            "is not UTF-8 text (byte {byte} at offset {offset} cannot be decoded); save it as UTF-8"
        ),
    ),
    (
        r"the file ends too early \(it may have been cut off while saving or copying\)",
        QT_TR_NOOP("the file ends too early (it may have been cut off while saving or copying)"),
    ),
    (
        r"is not valid JSON \(a number has more than (?P<limit>[\d,]+) digits\)",
        QT_TR_NOOP("is not valid JSON (a number has more than {limit} digits)"),
    ),
    (r"is not valid JSON \((?P<detail>.+)\)", QT_TR_NOOP("is not valid JSON ({detail})")),
    (
        r"is too large to be a map \((?P<size>[\d.]+) MB; the limit is (?P<limit>[\d.]+) MB\)",
        QT_TR_NOOP("is too large to be a map ({size} MB; the limit is {limit} MB)"),
    ),
    (r"is nested too deeply to be a map", QT_TR_NOOP("is nested too deeply to be a map")),
    (r"is nested too deeply", QT_TR_NOOP("is nested too deeply")),
    (
        r"the top level should be an object with stages and nodes",
        QT_TR_NOOP("the top level should be an object with stages and nodes"),
    ),
    (
        r"the top level should be an object, not (?P<value>.+)",
        QT_TR_NOOP("the top level should be an object, not {value}"),
    ),
    (
        r"is missing: every map file states its format version",
        QT_TR_NOOP("is missing: every map file states its format version"),
    ),
    (
        r"is (?P<version>\S+), newer than this CJ Designer reads \(up to (?P<up>\d+)\): "
        r"(?P<rest>.+)",
        QT_TR_NOOP(
            "is {version}, newer than this CJ Designer reads (up to {up}): the file was "
            "written by a newer release; install a CJ Designer release that reads format "
            "version {version} to open it"
        ),
    ),
    (
        r"is (?P<version>\S+), which no CJ Designer release ever wrote",
        QT_TR_NOOP("is {version}, which no CJ Designer release ever wrote"),
    ),
    (
        r'is missing: this is not a CJ Designer map \(no "format": (?P<format>"[^"]+")\)',
        QT_TR_NOOP('is missing: this is not a CJ Designer map (no "format": {format})'),
    ),
    (
        r'is (?P<value>.+), not (?P<format>"[^"]+"): this is not a CJ Designer map',
        QT_TR_NOOP("is {value}, not {format}: this is not a CJ Designer map"),
    ),
    (r"is missing or repeated", QT_TR_NOOP("is missing or repeated")),
    (
        r"is missing or empty: a journey needs at least one stage",
        QT_TR_NOOP("is missing or empty: a journey needs at least one stage"),
    ),
    (r"is missing", QT_TR_NOOP("is missing")),
    (
        r"is not a field CJ Designer knows \(a typo, or a file from another program\?\)",
        QT_TR_NOOP("is not a field CJ Designer knows (a typo, or a file from another program?)"),
    ),
    (r"must not be empty", QT_TR_NOOP("must not be empty")),
    (
        r"is too long \((?P<length>[\d,?]+) characters; the limit is (?P<limit>[\d,]+)\)",
        QT_TR_NOOP("is too long ({length} characters; the limit is {limit})"),
    ),
    (
        r"(?P<what>\w+ )?has too many entries \((?P<count>[\d,]+); the limit is "
        r"(?P<limit>[\d,]+)\)",
        QT_TR_NOOP("{what}has too many entries ({count}; the limit is {limit})"),
    ),
    (
        r"has (?P<count>\d+) stages; the limit is (?P<limit>\d+)",
        QT_TR_NOOP("has {count} stages; the limit is {limit}"),
    ),
    (
        r"is not a colour like #1A2B3C \(got (?P<value>.+)\)",
        QT_TR_NOOP("is not a colour like #1A2B3C (got {value})"),
    ),
    (r"has the wrong format", QT_TR_NOOP("has the wrong format")),
    (r"should be text, not (?P<value>.+)", QT_TR_NOOP("should be text, not {value}")),
    (
        r"should be a whole number, not (?P<value>.+)",
        QT_TR_NOOP("should be a whole number, not {value}"),
    ),
    (
        r"should be a number from -5 to \+5, not (?P<value>.+)",
        QT_TR_NOOP("should be a number from -5 to +5, not {value}"),
    ),
    (r"should be a number, not (?P<value>.+)", QT_TR_NOOP("should be a number, not {value}")),
    (r"should be a finite number", QT_TR_NOOP("should be a finite number")),
    (
        r"should be true or false, not (?P<value>.+)",
        QT_TR_NOOP("should be true or false, not {value}"),
    ),
    (r"should be a list, not (?P<value>.+)", QT_TR_NOOP("should be a list, not {value}")),
    (r"should be an object, not (?P<value>.+)", QT_TR_NOOP("should be an object, not {value}")),
    (
        r"should be low, medium or high, not (?P<value>.+)",
        QT_TR_NOOP("should be low, medium or high, not {value}"),
    ),
    (
        r"should be one of (?P<choices>.+) or (?P<last>'[^']*'), not (?P<value>.+)",
        QT_TR_NOOP("should be one of {choices} or {last}, not {value}"),
    ),
    (
        r"should be (?P<expected>'[^']*'), not (?P<value>.+)",
        QT_TR_NOOP("should be {expected}, not {value}"),
    ),
    (
        r"should be a date and time like (?P<example>\S+), not (?P<value>.+)",
        QT_TR_NOOP("should be a date and time like {example}, not {value}"),
    ),
    (
        r"must be between (?P<low>\S+) and (?P<high>\S+) \(got (?P<value>.+)\)",
        QT_TR_NOOP("must be between {low} and {high} (got {value})"),
    ),
    (r"must be 1, 2 or 3 \(got (?P<value>.+)\)", QT_TR_NOOP("must be 1, 2 or 3 (got {value})")),
    (
        r"must be a score from 0 to 10 \(got (?P<value>.+)\)",
        QT_TR_NOOP("must be a score from 0 to 10 (got {value})"),
    ),
    (
        r"must be at least (?P<low>\S+) \(got (?P<value>.+)\)",
        QT_TR_NOOP("must be at least {low} (got {value})"),
    ),
    (
        r"must be at most (?P<high>\S+) \(got (?P<value>.+)\)",
        QT_TR_NOOP("must be at most {high} (got {value})"),
    ),
    (
        r"contains a control character \((?P<code>U\+[0-9A-F]+)\), which a map cannot hold",
        QT_TR_NOOP("contains a control character ({code}), which a map cannot hold"),
    ),
    (
        r"must be anchored to exactly one touchpoint or one stage",
        QT_TR_NOOP("must be anchored to exactly one touchpoint or one stage"),
    ),
    (
        r"refers to stage (?P<id>.+), which is not in the map",
        QT_TR_NOOP("refers to stage {id}, which is not in the map"),
    ),
    (
        r"refers to stage (?P<id>.+), which is not in the file",
        QT_TR_NOOP("refers to stage {id}, which is not in the file"),
    ),
    (
        r"refers to touchpoint (?P<id>.+), which is not in the map",
        QT_TR_NOOP("refers to touchpoint {id}, which is not in the map"),
    ),
    (
        r"refers to pain (?P<id>.+), which is not in the map",
        QT_TR_NOOP("refers to pain {id}, which is not in the map"),
    ),
    (
        r"has notes for stage (?P<id>.+), which is not in the map",
        QT_TR_NOOP("has notes for stage {id}, which is not in the map"),
    ),
    (
        r"repeats the id (?P<id>.+) already used at (?P<first>\S+)",
        QT_TR_NOOP("repeats the id {id} already used at {first}"),
    ),
    (
        r"repeats the id (?P<id>.+) used at (?P<first>\S+)",
        QT_TR_NOOP("repeats the id {id} already used at {first}"),
    ),
    (r"is not a PNG or JPEG image", QT_TR_NOOP("is not a PNG or JPEG image")),
    (r"the photo is not valid base64 text", QT_TR_NOOP("the photo is not valid base64 text")),
    (r"the photo has no pixels", QT_TR_NOOP("the photo has no pixels")),
    (
        r"the (?P<kind>PNG|JPEG) image is damaged \((?P<detail>[^)]+)\)",
        QT_TR_NOOP("the {kind} image is damaged"),
    ),
    (
        r"the photo claims (?P<width>\d+) × (?P<height>\d+) pixels; the limit is "
        r"(?P<limit>\d+ × \d+)",
        QT_TR_NOOP("the photo claims {width} × {height} pixels; the limit is {limit}"),
    ),
    (
        r"the photo is too large \((?P<size>[\d.]+) MB; the limit is (?P<limit>\d+) MB\)",
        QT_TR_NOOP("the photo is too large ({size} MB; the limit is {limit} MB)"),
    ),
    (
        r"has an unknown extension; use (?P<kinds>.+)",
        QT_TR_NOOP("has an unknown extension; use {kinds}"),
    ),
    (
        r"could not be saved: (?P<reason>.+); the previous file is untouched",
        QT_TR_NOOP("could not be saved: {reason}; the previous file is untouched"),
    ),
    (r"the disk is full", QT_TR_NOOP("the disk is full")),
    (r"the disk quota is exceeded", QT_TR_NOOP("the disk quota is exceeded")),
    (r"the disk is read-only", QT_TR_NOOP("the disk is read-only")),
    (r"permission denied", QT_TR_NOOP("permission denied")),
    (r"the folder does not exist", QT_TR_NOOP("the folder does not exist")),
    (r"the file name is too long", QT_TR_NOOP("the file name is too long")),
    (r"a folder has that name", QT_TR_NOOP("a folder has that name")),
    (
        r"a part of the path is a file, not a folder",
        QT_TR_NOOP("a part of the path is a file, not a folder"),
    ),
    (
        r"the disk reported an input/output error",
        QT_TR_NOOP("the disk reported an input/output error"),
    ),
    (r"the path has too many symbolic links", QT_TR_NOOP("the path has too many symbolic links")),
    (r"another program is using the file", QT_TR_NOOP("another program is using the file")),
    (
        r"the file name is not allowed on this disk",
        QT_TR_NOOP("the file name is not allowed on this disk"),
    ),
    (r"too many files are open", QT_TR_NOOP("too many files are open")),
    (r"the file is too large for this disk", QT_TR_NOOP("the file is too large for this disk")),
    (
        r"not saved, the map is inconsistent: (?P<reason>.+)",
        QT_TR_NOOP("not saved, the map is inconsistent: {reason}"),
    ),
    (
        r"not saved, the file would not open again: (?P<reason>.+)",
        QT_TR_NOOP("not saved, the file would not open again: {reason}"),
    ),
    (r"not saved, the map (?P<reason>.+)", QT_TR_NOOP("not saved, the map {reason}")),
    (
        r"the map has no file name yet; use Save As",
        QT_TR_NOOP("the map has no file name yet; use Save As"),
    ),
    (
        r"a (?P<width>\d+) × (?P<height>\d+) pixel image is too large; choose a lower DPI",
        QT_TR_NOOP("a {width} × {height} pixel image is too large; choose a lower DPI"),
    ),
    (r"could not be written as PNG", QT_TR_NOOP("could not be written as PNG")),
    # a CSV table (interop/csv_table.py); {text} is what the cell held
    (r"should be a number, not “(?P<text>.*)”", QT_TR_NOOP("should be a number, not “{text}”")),
    (
        r"should be between (?P<low>\S+) and (?P<high>\S+), not (?P<text>.+)",
        QT_TR_NOOP("should be between {low} and {high}, not {text}"),
    ),
    (
        r"should be touchpoint, pain or opportunity, not “(?P<text>.*)”",
        QT_TR_NOOP("should be touchpoint, pain or opportunity, not “{text}”"),
    ),
    (
        r"should be owned, paid or earned, not “(?P<text>.*)”",
        QT_TR_NOOP("should be owned, paid or earned, not “{text}”"),
    ),
    (
        r"should be idea, planned or done, not “(?P<text>.*)”",
        QT_TR_NOOP("should be idea, planned or done, not “{text}”"),
    ),
    (r"should be yes or no, not “(?P<text>.*)”", QT_TR_NOOP("should be yes or no, not “{text}”")),
    (r"should be whole numbers from 0 to 10", QT_TR_NOOP("should be whole numbers from 0 to 10")),
    (
        r"has no “(?P<column>[^”]+)” column \(the first line should name the columns; "
        r"found: (?P<found>.*)\)",
        QT_TR_NOOP(
            "has no “{column}” column (the first line should name the columns; found: {found})"
        ),
    ),
    (
        r"is not a readable CSV table \((?P<detail>.+)\)",
        QT_TR_NOOP("is not a readable CSV table ({detail})"),
    ),
    (r"has more rows than a map can hold", QT_TR_NOOP("has more rows than a map can hold")),
    (r"makes more than (?P<limit>\d+) stages", QT_TR_NOOP("makes more than {limit} stages")),
    (
        r"is empty: every touchpoint belongs to a stage",
        QT_TR_NOOP("is empty: every touchpoint belongs to a stage"),
    ),
    (
        r"is empty: a pain belongs to a stage or a touchpoint",
        QT_TR_NOOP("is empty: a pain belongs to a stage or a touchpoint"),
    ),
    (
        r"is empty: an opportunity belongs to a stage or a touchpoint",
        QT_TR_NOOP("is empty: an opportunity belongs to a stage or a touchpoint"),
    ),
    (
        r"names “(?P<text>.*)”, which is not a touchpoint here",
        QT_TR_NOOP("names “{text}”, which is not a touchpoint here"),
    ),
    (
        r"names “(?P<text>.*)”, which is not a pain here",
        QT_TR_NOOP("names “{text}”, which is not a pain here"),
    ),
    (
        r"is not UTF-8 text \(byte (?P<byte>0x[0-9a-f]+) at offset (?P<offset>\d+)\); "
        r"save it as “CSV UTF-8”",
        QT_TR_NOOP("is not UTF-8 text (byte {byte} at offset {offset}); save it as “CSV UTF-8”"),
    ),
]


@functools.cache
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    """The patterns, compiled when the first message is worded (~5 ms; not at start)."""
    return [(re.compile(pattern), text) for pattern, text in _REASONS]


_MORE = re.compile(r"^(?P<reason>.+) \(and (?P<n>\d+) more problems?\)$", re.DOTALL)
_LINE = re.compile(r"^line (?P<line>\d+), column (?P<column>\d+)$")
_CELL = re.compile(r"^line (?P<line>\d+)(?:, column “(?P<name>[^”]+)”)?$")  # a CSV table's


def file_error_text(error: MapFileError) -> str:
    """The whole message (file, place, reason) in the interface language."""
    parts = [error.path, _place(error.place), reason_text(error.reason)]
    return ": ".join(p for p in parts if p)


def reason_text(reason: str) -> str:
    """One reason in the interface language (English when its shape is unknown)."""
    more = _MORE.match(reason)
    if more:
        n = int(more["n"])
        tail = tr("(and 1 more problem)") if n == 1 else tr("(and {n} more problems)")
        return f"{reason_text(more['reason'])} {tail.format(n=n)}"
    for pattern, text in _compiled():
        found = pattern.fullmatch(reason)
        if found is None:
            continue
        values = {k: _number(k, v or "") for k, v in found.groupdict().items()}
        if "reason" in values:
            values["reason"] = reason_text(values["reason"])
        if values.get("value") in _VALUE_WORDS:
            values["value"] = tr(values["value"])
        if values.get("detail") in _JSON_DETAILS:
            values["detail"] = tr(values["detail"])
        if "os" in values:
            values["os"] = reason_text(values["os"])
        return tr(text).format(**values)
    return reason


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_COUNTS = {"count", "limit", "length", "offset", "size"}


def _number(name: str, text: str) -> str:
    """Counts and limits in the interface locale's grouping: in Spanish 10,000 reads as
    ten (with decimals); the locale says 10.000."""
    if name in _COUNTS and _GROUPED.fullmatch(text):
        return text.replace(",", QLocale().groupSeparator())
    return text


def _place(place: str) -> str:
    line = _LINE.match(place)
    if line:
        return tr("line {line}, column {column}").format(**line.groupdict())
    cell = _CELL.match(place)
    if cell:
        if cell["name"] is None:
            return tr("line {line}").format(line=cell["line"])
        return tr("line {line}, column “{name}”").format(**cell.groupdict())
    return place  # a field path (touchpoints[3].emotion) names keys of the file

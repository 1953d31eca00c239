"""A table of touchpoints (CSV) as a map: the workshop spreadsheet, or our own CSV export.

One row per touchpoint, pain or opportunity. Only ``stage`` and ``title`` are needed;
the other columns are those ``export.table`` writes (``emotion``, ``position``,
``channel``, ``severity``, ``touchpoint``, ``answers_pain``…), in any order, with a few
Spanish names accepted (etapa, título, emoción…). Decided for a user coming from a
spreadsheet:

- Stages come in the order of ``stage_order`` when given, else of first appearance.
- A touchpoint without ``position`` is spread evenly in its stage, in row order.
- A pain or opportunity names its touchpoint by title (``touchpoint``), else its stage.
- The map gets a new map's empty lanes (actions, thoughts, channels, backstage).
- Excel's own CSV is read too: ";" or tab separators, and Windows-1252 text (with a note).
- A cell our export defused for spreadsheets ("'=…") is read back without the apostrophe.
- Anything unusable is refused with the line and column; anything merely unknown (a
  channel name, extra columns, metrics) is kept where it can be and named in a note.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner.layout.labels import CHANNEL_NAMES
from cjdesigner.model import (
    Channel,
    Evidence,
    EvidenceMethod,
    JourneyMap,
    Lane,
    Language,
    MapFileError,
    Opportunity,
    OpportunityStatus,
    Pain,
    Stage,
    Touchpoint,
    TouchpointKind,
)
from cjdesigner.model.files import MAX_FILE_BYTES, read_file_bytes
from cjdesigner.model.journey import (
    EMOTION_MAX,
    EMOTION_MIN,
    LONG_TEXT_MAX,
    MAX_MARKERS,
    MAX_STAGES,
    MAX_TOUCHPOINTS,
    SHORT_TEXT_MAX,
    VOTES_MAX,
)
from cjdesigner.model.messages import first_problem
from cjdesigner.model.templates import DEFAULT_LANES
from cjdesigner.model.text import control_character
from cjdesigner.notes import Note

from .formats import ImportResult
from .losses import Losses

# Spanish (and a few other) column names → ours
ALIASES = {
    "tipo": "type",
    "título": "title",
    "titulo": "title",
    "nombre": "title",
    "name": "title",
    "etapa": "stage",
    "fase": "stage",
    "orden_etapa": "stage_order",
    "punto_de_contacto": "touchpoint",
    "canal": "channel",
    "detalle_canal": "channel_detail",
    "detalle_del_canal": "channel_detail",
    "departamento": "department",
    "emoción": "emotion",
    "emocion": "emotion",
    "score": "emotion",
    "posición": "position",
    "posicion": "position",
    "momento_de_la_verdad": "moment_of_truth",
    "gravedad": "severity",
    "impacto": "impact",
    "votos": "votes",
    "estado": "status",
    "responsable": "owner",
    "responde_a": "answers_pain",
    "evidencia": "evidence",
    "métricas": "metrics",
    "metricas": "metrics",
    "descripción": "description",
    "descripcion": "description",
}
COLUMNS = {
    "type", "id", "title", "stage", "stage_order", "touchpoint", "channel", "channel_detail",
    "kind", "department", "emotion", "position", "moment_of_truth", "severity", "impact",
    "votes", "status", "owner", "answers_pain", "evidence", "metrics", "survey_scores",
    "description",
}  # fmt: skip
TYPES = {
    "": "touchpoint",
    "touchpoint": "touchpoint",
    "punto de contacto": "touchpoint",
    "pain": "pain",
    "dolor": "pain",
    "opportunity": "opportunity",
    "oportunidad": "opportunity",
}
SPANISH_TYPES = {"punto de contacto", "dolor", "oportunidad"}
SPANISH_KEYS = set(ALIASES) - {"name", "score"}  # the aliases that are Spanish words
YES = {"yes", "y", "true", "1", "x", "sí", "si", "s", "✓"}
NO = {"no", "n", "false", "0", ""}
KINDS = {"owned": "owned", "propio": "owned", "paid": "paid", "pagado": "paid"} | {
    "earned": "earned",
    "ganado": "earned",
}
STATUSES = {"idea": "idea", "planned": "planned", "planificada": "planned", "done": "done"} | {
    "hecha": "done"
}
METHODS = {m.value: m.value for m in EvidenceMethod} | {
    m.value.replace("_", " "): m.value for m in EvidenceMethod
}
METHODS |= {
    "encuesta": "survey", "entrevista": "interview", "observación": "observation",
    "observacion": "observation", "cliente misterioso": "mystery_shopping",
    "grupo focal": "focus_group", "analítica": "analytics", "analitica": "analytics",
    "quejas": "complaints", "reclamaciones": "complaints", "otro": "other", "otra": "other",
}  # fmt: skip
_DEFUSED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def _channel_names() -> dict[str, Channel]:
    names = {ch.value: ch for ch in Channel} | {ch.value.replace("_", " "): ch for ch in Channel}
    for value, words in CHANNEL_NAMES.items():
        for word in words:
            names[word.lower()] = Channel(value)
    return names


class _Table(Losses):
    """One import: reads cells as it goes and counts what had no home."""

    def __init__(self, source: str | None) -> None:
        super().__init__()
        self.source = source
        self.line = 0
        self.spanish = False  # Spanish columns or row types, or the app in Spanish

    def fail(self, column: str, reason: str) -> MapFileError:
        place = f"line {self.line}" + (f", column “{column}”" if column else "")
        return MapFileError(self.source, reason, place)

    def text(self, row: dict[str, str], column: str, limit: int) -> str:
        value = row.get(column, "").strip()
        if value.startswith(_DEFUSED):
            value = value[1:]
        if any(control_character(ch) for ch in value if ch not in "\t\r\n"):
            value = "".join(ch for ch in value if not control_character(ch) or ch in "\t\n")
            self.note("control")
        if len(value) > limit:
            self.note("cut")
            value = value[: limit - 1] + "…"
        return value

    def number(
        self, row: dict[str, str], column: str, low: float, high: float, default: float | None
    ) -> float | None:
        text = row.get(column, "").strip().lstrip("'")
        if not text:
            return default
        try:
            value = float(text.replace(",", ".").replace("−", "-"))
        except ValueError:
            raise self.fail(column, f"should be a number, not “{text[:40]}”") from None
        if not low <= value <= high:  # also refuses nan
            raise self.fail(column, f"should be between {low:g} and {high:g}, not {text[:40]}")
        return value

    def choice(self, row: dict[str, str], column: str, table: dict[str, Any], words: str) -> Any:
        text = row.get(column, "").strip()
        if text.lower() in table:
            return table[text.lower()]
        raise self.fail(column, f"should be {words}, not “{text[:40]}”")

    def notes(self) -> list[Note]:
        """One note per kind of loss, with its code (``csv_<key>``), count and examples."""

        words = {
            "encoding": "the file is not UTF-8: it was read as Windows-1252 (Excel's CSV); "
            "save it as “CSV UTF-8” if letters look wrong",
            "column": "columns CJ Designer does not know{ex} were not read",
            "channel": "{n} channel name{s} {was} not recognised{ex} and kept as the channel "
            "detail",
            "metrics": "{n} metrics cell{s} {was} not read; enter metrics in the inspector",
            "evidence": "{n} evidence method{s} {was} not recognised{ex} and kept as “other”",
            "cut": "{n} text{s} {was} too long and shortened",
            "control": "{n} text{s} held control characters, which were removed",
            "blank": "{n} empty row{s} {was} skipped",
            "untitled": "{n} row{s} had no title and {was} named “Untitled”",
        }
        out = []
        for key, template in words.items():
            n = self.counts.get(key)
            if n:
                ex = self.shown_examples(key)
                english = template.format(
                    n=n, s="" if n == 1 else "s", was="was" if n == 1 else "were", ex=ex
                )
                out.append(Note(f"csv_{key}", english, n=n, ex=ex))
        return out


def import_csv(path: str | os.PathLike[str], language: str = "en") -> ImportResult:
    """Read a CSV table of touchpoints; MapFileError (file, place, reason) if unusable.
    ``language`` is the map's unless the table is in Spanish."""
    source = os.fspath(path)
    result = csv_from_bytes(read_file_bytes(path, MAX_FILE_BYTES), source, language)
    name = Path(source).name
    title = name[: -len(".csv")] if name.lower().endswith(".csv") else Path(source).stem
    result.journey_map.title = title.strip()[:SHORT_TEXT_MAX] or result.journey_map.title
    return result


def _decode(table: _Table, data: bytes) -> str:
    if not data.strip():
        raise MapFileError(table.source, "is empty")
    if b"\x00" in data[:8192]:
        raise MapFileError(table.source, "is not a text file (it contains binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise MapFileError(
            table.source,
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as “CSV UTF-8”",
        ) from None
    table.note("encoding")
    return text


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _header(table: _Table, cells: list[str]) -> list[str]:
    names = []
    for cell in cells:
        key = cell.strip().lstrip("\ufeff").lower().replace(" ", "_").replace("-", "_")
        table.spanish = table.spanish or key in SPANISH_KEYS
        key = ALIASES.get(key, key)
        if key not in COLUMNS and key:
            table.note("column", cell.strip()[:40])
        names.append(key)
    missing = [c for c in ("title", "stage") if c not in names]
    if missing:
        found = ", ".join(c.strip() for c in cells if c.strip())[:120] or "none"
        raise table.fail(
            "",
            f"has no “{missing[0]}” column (the first line should name the columns; "
            f"found: {found})",
        )
    return names


def csv_from_bytes(data: bytes, source: str | None = None, language: str = "en") -> ImportResult:
    """Turn the bytes of a CSV table into a map plus notes on what had no home."""
    table = _Table(source)
    table.spanish = language == "es"
    text = _decode(table, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    names: list[str] | None = None
    try:
        for cells in reader:
            table.line = reader.line_num
            if names is None:
                names = _header(table, cells)
                continue
            if not any(cell.strip() for cell in cells):
                table.note("blank")
                continue
            if len(rows) >= MAX_TOUCHPOINTS + 2 * MAX_MARKERS:
                raise table.fail("", "has more rows than a map can hold")
            rows.append((reader.line_num, dict(zip(names, cells, strict=False))))
    except csv.Error as exc:
        table.line = reader.line_num
        raise table.fail("", f"is not a readable CSV table ({exc})") from None
    if names is None:
        raise MapFileError(source, "is empty")
    return ImportResult(_build(table, rows), table.notes())


def _build(table: _Table, rows: list[tuple[int, dict[str, str]]]) -> JourneyMap:
    if any(row.get("type", "").strip().lower() in SPANISH_TYPES for _, row in rows):
        table.spanish = True
    stages: dict[str, Stage] = {}
    stage_order: dict[str, float] = {}
    touchpoints: list[Touchpoint] = []
    unplaced: dict[str, list[Touchpoint]] = defaultdict(list)
    markers: list[tuple[int, dict[str, str], str]] = []
    channels = _channel_names()
    used_ids: set[str] = set()
    for line, row in rows:
        table.line = line
        kind = table.choice(row, "type", TYPES, "touchpoint, pain or opportunity")
        stage_name = table.text(row, "stage", SHORT_TEXT_MAX)
        if stage_name and stage_name not in stages:
            if len(stages) >= MAX_STAGES:
                raise table.fail("stage", f"makes more than {MAX_STAGES} stages")
            stages[stage_name] = Stage(name=stage_name)
            order = table.number(row, "stage_order", 0, 1e6, None)
            stage_order[stage_name] = len(stages) - 1 if order is None else order
        if kind != "touchpoint":
            markers.append((line, row, kind))
            continue
        if not stage_name:
            raise table.fail("stage", "is empty: every touchpoint belongs to a stage")
        fields = _touchpoint_fields(table, row, channels)
        fields["stage_id"] = stages[stage_name].id
        _take_id(table, row, fields, used_ids)
        tp = _make(table, Touchpoint, fields)
        touchpoints.append(tp)
        if not row.get("position", "").strip():
            unplaced[tp.stage_id].append(tp)
    for group in unplaced.values():  # spread evenly, in row order
        for i, tp in enumerate(group):
            tp.position = round((i + 1) / (len(group) + 1), 4)
    ordered = sorted(stages, key=lambda name: stage_order[name])
    pains, opportunities = _markers(table, touchpoints, markers, stages, used_ids)
    table.line = 0
    language = Language.ES if table.spanish else Language.EN
    try:
        return JourneyMap(
            title="Imported table",
            language=language,
            # the lanes of a new map, empty: a table has touchpoints, not lane notes
            lanes=[Lane(title=t, kind=k) for t, k in DEFAULT_LANES[language.value]],
            stages=[stages[name] for name in ordered],
            touchpoints=touchpoints,
            pains=pains,
            opportunities=opportunities,
        )
    except ValidationError as exc:
        place, reason = first_problem(exc)
        raise MapFileError(table.source, reason, place) from None


def _touchpoint_fields(
    table: _Table, row: dict[str, str], channels: dict[str, Channel]
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": _title(table, row),
        "description": table.text(row, "description", LONG_TEXT_MAX),
        "channel_detail": table.text(row, "channel_detail", SHORT_TEXT_MAX),
        "department": table.text(row, "department", SHORT_TEXT_MAX),
        "emotion": table.number(row, "emotion", EMOTION_MIN, EMOTION_MAX, 0.0),
    }
    position = table.number(row, "position", 0.0, 1.0, None)
    if position is not None:
        fields["position"] = position
    channel = table.text(row, "channel", SHORT_TEXT_MAX)
    if channel:
        found = channels.get(channel.lower())
        if found is None:
            table.note("channel", channel[:40])
            fields["channel_detail"] = fields["channel_detail"] or channel
        fields["channel"] = found or Channel.OTHER
    if row.get("kind", "").strip():
        kinds = "owned, paid or earned"
        fields["kind"] = TouchpointKind(table.choice(row, "kind", KINDS, kinds))
    truth = row.get("moment_of_truth", "").strip().lower()
    if truth not in YES | NO:
        raise table.fail("moment_of_truth", f"should be yes or no, not “{truth[:40]}”")
    fields["moment_of_truth"] = truth in YES
    fields["evidence"] = _evidence(table, row)
    scores = row.get("survey_scores", "").replace(",", " ").split()
    try:
        fields["survey_scores"] = [int(s) for s in scores]
    except ValueError:
        raise table.fail("survey_scores", "should be whole numbers from 0 to 10") from None
    if row.get("metrics", "").strip():
        table.note("metrics")
    return fields


def _title(table: _Table, row: dict[str, str]) -> str:
    title = table.text(row, "title", SHORT_TEXT_MAX)
    if title.strip():
        return title
    table.note("untitled")
    return "Sin título" if table.spanish else "Untitled"


def _evidence(table: _Table, row: dict[str, str]) -> list[Evidence]:
    """ "survey: 4 of 5 liked it; interview: slow" → two entries. A part that does not
    start with "method:" continues the note before it (notes may hold ";")."""
    entries: list[list[str]] = []  # [method key, note]
    for part in table.text(row, "evidence", LONG_TEXT_MAX).split(";"):
        method_text, sep, note = part.partition(":")
        key = METHODS.get(method_text.strip().lower())
        if sep and key is not None:
            entries.append([key, note.strip()])
        elif entries:
            entries[-1][1] += ";" + part
        elif part.strip():
            if sep and " " not in method_text.strip():  # one word before ":": a method?
                table.note("evidence", method_text.strip()[:40])
            entries.append(["other", part.strip()])
    return [Evidence(method=EvidenceMethod(key), note=note.strip()) for key, note in entries]


def _take_id(table: _Table, row: dict[str, str], fields: dict[str, Any], used: set[str]) -> None:
    """Keep the row's id when it is usable and new (a round trip keeps ids)."""
    given = row.get("id", "").strip()
    if given and len(given) <= 64 and given not in used:
        fields["id"] = given
        used.add(given)


def _make(table: _Table, cls: type, fields: dict[str, Any]) -> Any:
    try:
        return cls(**fields)
    except ValidationError as exc:
        place, reason = first_problem(exc)
        raise table.fail(place.split(".")[0], reason) from None


def _markers(
    table: _Table,
    touchpoints: list[Touchpoint],
    markers: list[tuple[int, dict[str, str], str]],
    stages: dict[str, Stage],
    used_ids: set[str],
) -> tuple[list[Pain], list[Opportunity]]:
    by_title: dict[tuple[str, str], Touchpoint] = {}
    any_stage: dict[str, Touchpoint] = {}
    pains: list[Pain] = []
    opportunities: list[Opportunity] = []
    for tp in touchpoints:
        by_title.setdefault((tp.stage_id, tp.title.lower()), tp)
        any_stage.setdefault(tp.title.lower(), tp)
    pains_by_title: dict[str, Pain] = {}
    answers: list[tuple[int, Opportunity, str]] = []
    for line, row, kind in markers:
        table.line = line
        stage_name = table.text(row, "stage", SHORT_TEXT_MAX)
        stage = stages.get(stage_name)
        tp_title = table.text(row, "touchpoint", SHORT_TEXT_MAX).lower()
        anchor: dict[str, Any] = {}
        if tp_title:
            tp = by_title.get((stage.id, tp_title)) if stage else any_stage.get(tp_title)
            if tp is None:
                raise table.fail(
                    "touchpoint", f"names “{tp_title[:40]}”, which is not a touchpoint here"
                )
            anchor["touchpoint_id"] = tp.id
        elif stage is not None:
            anchor["stage_id"] = stage.id
        else:
            article = "an" if kind == "opportunity" else "a"
            raise table.fail(
                "stage", f"is empty: {article} {kind} belongs to a stage or a touchpoint"
            )
        fields: dict[str, Any] = anchor | {
            "title": _title(table, row),
            "description": table.text(row, "description", LONG_TEXT_MAX),
            "votes": round(table.number(row, "votes", 0, VOTES_MAX, 0) or 0),
        }
        _take_id(table, row, fields, used_ids)
        if kind == "pain":
            severity = table.number(row, "severity", 1, 3, 2)
            pain = _make(table, Pain, fields | {"severity": round(severity or 2)})
            pains.append(pain)
            pains_by_title.setdefault(pain.title.lower(), pain)
        else:
            impact = table.number(row, "impact", 1, 3, 2)
            fields |= {"impact": round(impact or 2)}
            fields["owner"] = table.text(row, "owner", SHORT_TEXT_MAX)
            if row.get("status", "").strip():
                statuses = "idea, planned or done"
                status = table.choice(row, "status", STATUSES, statuses)
                fields["status"] = OpportunityStatus(status)
            opportunity = _make(table, Opportunity, fields)
            opportunities.append(opportunity)
            answered = table.text(row, "answers_pain", SHORT_TEXT_MAX)
            if answered:
                answers.append((line, opportunity, answered))
    for line, opportunity, answered in answers:
        table.line = line
        pain = pains_by_title.get(answered.lower())
        if pain is None:
            raise table.fail("answers_pain", f"names “{answered[:40]}”, which is not a pain here")
        opportunity.answers_pain_id = pain.id
    return pains, opportunities

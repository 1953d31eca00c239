"""CSV of touchpoints, pains and opportunities (one row each), and of the per-stage findings,
ready for a spreadsheet or a CRM.

UTF-8 (optionally with a BOM so Excel detects it); cells that a spreadsheet would run as
a formula (starting with = + - @, tab or CR) get a leading apostrophe, so user text is
never executed. Written atomically.
"""

from __future__ import annotations

import csv
import io
import os

from cjdesigner.model import JourneyMap
from cjdesigner.model.analysis import marker_stage_id, touchpoints_in_time_order
from cjdesigner.model.files import atomic_write_bytes
from cjdesigner.model.insights import stage_findings

COLUMNS = [
    "type", "id", "title", "stage", "stage_order", "touchpoint", "channel", "channel_detail",
    "kind", "department", "emotion", "position", "moment_of_truth", "severity", "impact",
    "votes", "status", "owner", "answers_pain", "evidence", "metrics", "survey_scores",
    "description",
]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell as text, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def rows(jm: JourneyMap) -> list[dict[str, object]]:
    """One dict per touchpoint, pain and opportunity, in time order then marker order."""
    order = {s.id: i + 1 for i, s in enumerate(jm.stages)}
    names = {s.id: s.name for s in jm.stages}
    by_id = {t.id: t for t in jm.touchpoints}
    titles = {t.id: t.title for t in jm.touchpoints}
    pain_titles = {p.id: p.title for p in jm.pains}
    out: list[dict[str, object]] = []
    for tp in touchpoints_in_time_order(jm):
        out.append(
            {
                "type": "touchpoint",
                "id": tp.id,
                "title": tp.title,
                "stage": names[tp.stage_id],
                "stage_order": order[tp.stage_id],
                "channel": tp.channel.value,
                "channel_detail": tp.channel_detail,
                "kind": tp.kind.value,
                "department": tp.department,
                "emotion": f"{tp.emotion:g}",
                "position": f"{tp.position:g}",
                "moment_of_truth": "yes" if tp.moment_of_truth else "no",
                "evidence": "; ".join(
                    f"{e.method.value}: {e.note}".rstrip(": ") for e in tp.evidence
                ),
                "metrics": "; ".join(_metric(m) for m in tp.metrics),
                "survey_scores": " ".join(str(s) for s in tp.survey_scores),
                "description": tp.description,
            }
        )
    for kind, markers in (("pain", jm.pains), ("opportunity", jm.opportunities)):
        for marker in markers:
            stage_id = marker_stage_id(jm, marker, by_id)
            row: dict[str, object] = {
                "type": kind,
                "id": marker.id,
                "title": marker.title,
                "stage": names.get(stage_id or "", ""),
                "stage_order": order.get(stage_id or "", ""),
                "touchpoint": titles.get(marker.touchpoint_id or "", ""),
                "description": marker.description,
                "votes": marker.votes,
            }
            if kind == "pain":
                row["severity"] = marker.severity
            else:
                row.update(
                    impact=marker.impact,
                    status=marker.status.value,
                    owner=marker.owner,
                    answers_pain=pain_titles.get(marker.answers_pain_id or "", ""),
                )
            out.append(row)
    return out


def _metric(m) -> str:
    value = "" if m.value is None else f"{m.value:g}{m.unit}"
    target = "" if m.target is None else f" (target {m.target:g}{m.unit})"
    return f"{m.name} {value}{target}".strip()


def csv_bytes(records: list[dict[str, object]], columns: list[str], bom: bool = False) -> bytes:
    """Records as CSV bytes (UTF-8, optional BOM), every cell defused."""
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: safe_cell(record.get(key, "")) for key in columns})
    data = text.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def export_csv(jm: JourneyMap, path: str | os.PathLike[str], bom: bool = False) -> int:
    """Write the touchpoints, pains and opportunities; returns the number of rows."""
    records = rows(jm)
    atomic_write_bytes(path, csv_bytes(records, COLUMNS, bom))
    return len(records)


FINDING_COLUMNS = [
    "stage", "stage_order", "touchpoints", "mean_emotion", "lowest_emotion", "highest_emotion",
    "change_vs_current", "pains", "pain_titles", "pains_without_opportunity", "opportunities",
    "opportunity_titles", "channels", "key_moments", "nps", "nps_responses",
    "touchpoints_without_evidence",
]  # fmt: skip


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{round(value, digits):g}"


def finding_rows(jm: JourneyMap) -> list[dict[str, object]]:
    """One dict per stage: what the map learned about it (see model.insights.StageFinding)."""
    names = {s.id: s.name for s in jm.stages}
    titles = {m.id: m.title for m in [*jm.pains, *jm.opportunities]}
    tp_titles = {t.id: t.title for t in jm.touchpoints}
    out: list[dict[str, object]] = []
    for f in stage_findings(jm):
        out.append(
            {
                "stage": names[f.stage_id],
                "stage_order": f.order,
                "touchpoints": f.touchpoints,
                "mean_emotion": _number(f.mean),
                "lowest_emotion": _number(f.lowest),
                "highest_emotion": _number(f.highest),
                "change_vs_current": _number(f.delta),
                "pains": len(f.pain_ids),
                "pain_titles": "; ".join(titles[i] for i in f.pain_ids),
                "pains_without_opportunity": len(f.unanswered_pain_ids),
                "opportunities": len(f.opportunity_ids),
                "opportunity_titles": "; ".join(titles[i] for i in f.opportunity_ids),
                "channels": "; ".join(c.value for c in f.channels),
                "key_moments": "; ".join(tp_titles[i] for i in f.key_moment_ids),
                "nps": _number(f.nps, 1),
                "nps_responses": f.nps_responses,
                "touchpoints_without_evidence": f.unevidenced,
            }
        )
    return out


def export_findings_csv(jm: JourneyMap, path: str | os.PathLike[str], bom: bool = False) -> int:
    """Write the per-stage findings (for a CRM's account attributes); returns the row count."""
    records = finding_rows(jm)
    atomic_write_bytes(path, csv_bytes(records, FINDING_COLUMNS, bom))
    return len(records)

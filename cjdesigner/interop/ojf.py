"""OpenJourney (.ojf) import and export: both dialects seen in the wild.

Version "1.0" has ``persona`` and ``pointOfView`` at the root; "1.1.0" has a ``metadata``
object (title, persona, pov) and nodes with ids and a service-blueprint object.

How nodes land in a CJ Designer map (decided for a journey-map user):

- A node with a ``score`` stays on the emotion curve as a touchpoint, whatever its
  purpose: the curve is the map's spine and OJF builds it from every scored node.
- ``pain-point`` and ``bottleneck`` nodes become pains (severity low/medium/high → 1/2/3):
  anchored to the touchpoint made from the same node when it had a score, else to the
  touchpoint just before it in the same stage, else to the stage.
- Nodes tagged "Opportunity" become opportunities, anchored the same way; nodes tagged
  "Lane note" become lane notes (this is how the exporter writes both, so a round trip
  keeps them).
- Blueprint ``onstage``/``backstage``/``support``/``evidence`` entries become notes in the
  lanes "Onstage", "Backstage", "Support systems" and "Physical evidence", per stage.
- Tags that name a channel set the touchpoint's channel; other tags are kept as a last
  "Tags:" line of the description. Sentiment words, icons, icon colours, swimlanes and
  unknown keys have no home: they are counted in the import notes, never silently lost.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from typing import Any

from cjdesigner.model import (
    Channel,
    JourneyMap,
    Lane,
    LaneKind,
    MapFileError,
    Opportunity,
    Pain,
    Persona,
    Stage,
    Touchpoint,
)
from cjdesigner.model.files import (
    MAX_FILE_BYTES,
    parse_json_bytes,
    read_file_bytes,
)
from cjdesigner.model.journey import LONG_TEXT_MAX, MAX_STAGES, MAX_TOUCHPOINTS, SHORT_TEXT_MAX
from cjdesigner.model.messages import shown
from cjdesigner.model.text import control_character
from cjdesigner.notes import Note

from .formats import ImportResult
from .losses import Losses

PAIN_PURPOSES = {"pain-point", "bottleneck"}
KNOWN_PURPOSES = PAIN_PURPOSES | {"touchpoint", "milestone", "gain", "observation"}
OPPORTUNITY_TAG = "Opportunity"
LANE_NOTE_TAG = "Lane note"
LANE_KIND_PREFIX = "Lane kind: "
# Swimlanes the exporter writes: their meaning is carried by purpose and tags.
OWN_SWIMLANES = {"touchpoints", "pains", "opportunities"}
SEVERITY = {"low": 1, "medium": 2, "high": 3}
SEVERITY_NAMES = {1: "low", 2: "medium", 3: "high"}
KNOWN_NODE_KEYS = {
    "id", "stageId", "swimlaneId", "title", "description", "severity", "score", "sentiment",
    "purpose", "isMomentOfTruth", "icon", "iconColor", "tags", "blueprint",
}  # fmt: skip
KNOWN_ROOT_KEYS = {"version", "persona", "pointOfView", "metadata", "stages", "swimlanes", "nodes"}
# tag (lower case) → channel
CHANNEL_TAGS = {
    "chat": Channel.CHAT, "live chat": Channel.CHAT, "whatsapp": Channel.CHAT,
    "mobile": Channel.APP, "app": Channel.APP,
    "search": Channel.WEB, "web": Channel.WEB, "website": Channel.WEB, "desktop": Channel.WEB,
    "online": Channel.WEB, "digital": Channel.WEB, "checkout": Channel.WEB,
    "email": Channel.EMAIL, "e-mail": Channel.EMAIL,
    "phone": Channel.PHONE, "call": Channel.PHONE, "telephone": Channel.PHONE,
    "call centre": Channel.CALL_CENTRE, "call center": Channel.CALL_CENTRE,
    "store": Channel.STORE, "shop": Channel.STORE, "in-store": Channel.STORE,
    "physical": Channel.STORE, "branch": Channel.STORE,
    "social": Channel.SOCIAL, "social media": Channel.SOCIAL, "instagram": Channel.SOCIAL,
    "facebook": Channel.SOCIAL, "twitter": Channel.SOCIAL, "linkedin": Channel.SOCIAL,
    "advertising": Channel.ADVERTISING, "ad": Channel.ADVERTISING, "ads": Channel.ADVERTISING,
    "event": Channel.EVENT, "mail": Channel.MAIL, "post": Channel.MAIL, "letter": Channel.MAIL,
}  # fmt: skip
CHANNEL_LABELS = {ch: ch.value.replace("_", " ").title() for ch in Channel}
BLUEPRINT_LANES = (
    ("onstage", "Onstage", LaneKind.ACTIONS, ("actor", "action")),
    ("backstage", "Backstage", LaneKind.BACKSTAGE, ("actor", "action")),
    ("support", "Support systems", LaneKind.BACKSTAGE, ("system", "description")),
    ("evidence", "Physical evidence", LaneKind.CUSTOM, ("item", "type")),
)


class _Reader(Losses):
    """One import: validates as it goes and collects notes on what had no home."""

    def __init__(self, source: str | None) -> None:
        super().__init__()
        self.source = source

    def fail(self, place: str, reason: str) -> MapFileError:
        return MapFileError(self.source, reason, place)

    def text(self, value: Any, place: str, limit: int, default: str = "") -> str:
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.fail(place, f"should be text, not {shown(value)}")
        if control_character(value):
            value = "".join(ch for ch in value if not control_character(ch))
            self.note("control")
        if len(value) > limit:
            self.note("cut", place)
            value = value[: limit - 1] + "…"
        return value

    def notes(self) -> list[Note]:
        """One note per kind of loss, in English; each carries its code (``ojf_<key>``),
        the count ``n`` and the examples ``ex`` so the GUI can say it in its language."""

        ex = self.shown_examples

        words = {
            "sentiment": "had a sentiment word{ex}; the score is kept, the word is not",
            "icon": "had an icon or icon colour; CJ Designer draws its own channel glyphs",
            "swimlane": "sat on swimlanes{ex}; touchpoints share one emotion curve, so swimlanes "
            "are not kept (blueprint entries became lane notes)",
            "severity": "that are not pains had a severity; only pains keep one",
            "purpose": "had an unknown purpose{ex}; they became touchpoints",
            "unknown_key": "had fields CJ Designer does not know{ex}; they were not kept",
            "root_key": "top-level fields unknown to CJ Designer{ex} were not kept",
            "clamped": "had a score outside -5..+5{ex}; it was clamped",
            "cut": "texts were too long and were shortened{ex}",
            "control": "texts held control characters, which were removed",
            "untitled": "had no title and were named “Untitled”",
        }
        out = []
        for key, template in words.items():
            n = self.counts.get(key)
            if n:
                subject = (
                    ""
                    if key in ("root_key", "cut", "control")
                    else f"{n} node{'s' if n > 1 else ''} "
                )
                prefix = f"{n} " if key in ("cut", "control") else ""
                english = (prefix + subject + template.format(ex=ex(key))).strip()
                out.append(Note(f"ojf_{key}", english, n=n, ex=ex(key)))
        return out


def import_ojf(path: str | os.PathLike[str]) -> ImportResult:
    """Read an .ojf file; MapFileError (file, place, reason) when it cannot be used."""
    return ojf_from_bytes(read_file_bytes(path, MAX_FILE_BYTES), os.fspath(path))


def ojf_from_bytes(data: bytes, source: str | None = None) -> ImportResult:
    """Turn the bytes of an .ojf file into a map plus notes on what had no home."""
    reader = _Reader(source)
    root = parse_json_bytes(data, source)
    if not isinstance(root, dict):
        raise reader.fail("", "the top level should be an object with stages and nodes")
    for key in root:
        if key not in KNOWN_ROOT_KEYS:
            reader.note("root_key", key)
    meta = root.get("metadata") if isinstance(root.get("metadata"), dict) else {}
    persona_text = reader.text(
        meta.get("persona", root.get("persona")), "persona", SHORT_TEXT_MAX * 2
    )
    pov = reader.text(meta.get("pov", root.get("pointOfView")), "pointOfView", LONG_TEXT_MAX)
    title = reader.text(meta.get("title"), "metadata.title", SHORT_TEXT_MAX)
    stages, stage_by_key = _stages(reader, root.get("stages"))
    nodes = root.get("nodes", [])
    if not isinstance(nodes, list):
        raise reader.fail("nodes", f"should be a list, not {shown(nodes)}")
    if len(nodes) > MAX_TOUCHPOINTS:
        raise reader.fail(
            "nodes",
            f"has {len(nodes):,} nodes; CJ Designer holds at most {MAX_TOUCHPOINTS:,} touchpoints",
        )
    lanes_by_name = _swimlane_names(reader, root.get("swimlanes"))
    jm = JourneyMap(
        title=(title or pov or persona_text or "Imported journey")[:SHORT_TEXT_MAX].strip()
        or "Imported journey",
        scenario=pov,
        persona=_persona(persona_text),
        stages=stages,
    )
    _nodes(reader, jm, nodes, stage_by_key, lanes_by_name)
    return ImportResult(jm, reader.notes())


def _stages(reader: _Reader, raw: Any) -> tuple[list[Stage], dict[str, Stage]]:
    if not isinstance(raw, list) or not raw:
        raise reader.fail("stages", "is missing or empty: a journey needs at least one stage")
    if len(raw) > MAX_STAGES:
        raise reader.fail("stages", f"has {len(raw)} stages; the limit is {MAX_STAGES}")
    stages, by_key = [], {}
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise reader.fail(f"stages[{i}]", f"should be an object, not {shown(item)}")
        key = item.get("id")
        if not isinstance(key, (str, int)) or key in by_key:
            raise reader.fail(f"stages[{i}].id", "is missing or repeated")
        name = reader.text(item.get("name"), f"stages[{i}].name", SHORT_TEXT_MAX).strip()
        stage = Stage(name=name or f"Stage {i + 1}")
        stages.append(stage)
        by_key[str(key)] = stage
    return stages, by_key


def _swimlane_names(reader: _Reader, raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, list):
        raise reader.fail("swimlanes", f"should be a list, not {shown(raw)}")
    names = {}
    for i, item in enumerate(raw):
        if isinstance(item, dict) and isinstance(item.get("id"), (str, int)):
            names[str(item["id"])] = reader.text(
                item.get("name"), f"swimlanes[{i}].name", SHORT_TEXT_MAX
            )
    return names


def _persona(text: str) -> Persona:
    name, _, role = text.partition(",")
    return Persona(name=name.strip()[:SHORT_TEXT_MAX], role=role.strip()[:SHORT_TEXT_MAX])


def _score(reader: _Reader, node: dict, place: str) -> float | None:
    if "score" not in node or node["score"] is None:
        return None
    value = node["score"]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise reader.fail(f"{place}.score", f"should be a number from -5 to +5, not {shown(value)}")
    if not -5 <= value <= 5:
        reader.note("clamped", f"{value:g}")
        value = max(-5.0, min(5.0, float(value)))
    return float(value)


def _nodes(
    reader: _Reader, jm: JourneyMap, nodes: list, stage_by_key: dict[str, Stage], lanes: dict
) -> None:
    per_stage: Counter[str] = Counter()
    for node in nodes:
        if isinstance(node, dict):
            per_stage[str(node.get("stageId"))] += 1
    seen: Counter[str] = Counter()
    last_tp: dict[str, Touchpoint] = {}
    lane_lines: dict[tuple[str, str, LaneKind], dict[str, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    used_swimlanes: set[str] = set()
    for i, node in enumerate(nodes):
        place = f"nodes[{i}]"
        if not isinstance(node, dict):
            raise reader.fail(place, f"should be an object, not {shown(node)}")
        stage = stage_by_key.get(str(node.get("stageId")))
        if stage is None:
            raise reader.fail(
                f"{place}.stageId",
                f"refers to stage {shown(node.get('stageId'))}, which is not in the file",
            )
        for key in node:
            if key not in KNOWN_NODE_KEYS:
                reader.note("unknown_key", key)
        if node.get("sentiment"):
            reader.note("sentiment", str(node["sentiment"])[:20])
        if node.get("icon") or node.get("iconColor"):
            reader.note("icon")
        swimlane = node.get("swimlaneId")
        title = reader.text(node.get("title"), f"{place}.title", SHORT_TEXT_MAX).strip()
        if not title:
            reader.note("untitled")
            title = "Untitled"
        description = reader.text(node.get("description"), f"{place}.description", LONG_TEXT_MAX)
        tags = node.get("tags") or []
        if not isinstance(tags, list):
            raise reader.fail(f"{place}.tags", f"should be a list, not {shown(tags)}")
        tags = [reader.text(t, f"{place}.tags", 80) for t in tags if isinstance(t, str)]
        purpose = node.get("purpose")
        if purpose is not None and not isinstance(purpose, str):
            raise reader.fail(f"{place}.purpose", f"should be text, not {shown(purpose)}")
        severity_word = node.get("severity")
        if severity_word is not None and (
            not isinstance(severity_word, str) or severity_word not in SEVERITY
        ):
            raise reader.fail(
                f"{place}.severity", f"should be low, medium or high, not {shown(severity_word)}"
            )
        score = _score(reader, node, place)
        _blueprint(reader, node.get("blueprint"), place, stage, lane_lines)
        key = str(node.get("stageId"))
        if LANE_NOTE_TAG in tags:
            lane_name = lanes.get(str(node.get("swimlaneId")), "") or title
            lane_lines[(lane_name, lane_name, _lane_kind(tags))][stage.id].append(description)
            continue
        if swimlane is not None and str(swimlane) not in OWN_SWIMLANES:
            used_swimlanes.add(str(swimlane))
            reader.counts["swimlane"] += 1
        is_pain = purpose in PAIN_PURPOSES
        is_opportunity = OPPORTUNITY_TAG in tags
        if purpose and purpose not in KNOWN_PURPOSES:
            reader.note("purpose", purpose[:20])
        if severity_word and not is_pain:
            reader.note("severity")
        anchor_tp = last_tp.get(key)
        if score is not None or not (is_pain or is_opportunity):
            seen[key] += 1
            channel, rest = _channel(tags)
            if rest:
                description = (
                    (description + "\n" if description else "") + "Tags: " + ", ".join(rest)
                )
            tp = Touchpoint(
                stage_id=stage.id,
                title=title,
                description=description[:LONG_TEXT_MAX],
                channel=channel,
                emotion=score if score is not None else 0.0,
                position=round(seen[key] / (per_stage[key] + 1), 3),
                moment_of_truth=bool(node.get("isMomentOfTruth")),
            )
            jm.touchpoints.append(tp)
            last_tp[key] = anchor_tp = tp
            if not (is_pain or is_opportunity):
                continue
        anchor = {"touchpoint_id": anchor_tp.id} if anchor_tp else {"stage_id": stage.id}
        if is_pain:
            jm.pains.append(
                Pain(
                    title=title,
                    description=description,
                    severity=SEVERITY.get(severity_word or "", 2),
                    **anchor,
                )
            )
        else:
            jm.opportunities.append(Opportunity(title=title, description=description, **anchor))
    if used_swimlanes:
        reader.examples["swimlane"] = [lanes.get(s, s) for s in sorted(used_swimlanes)][:4]
    for (title, _name, kind), cells in lane_lines.items():
        jm.lanes.append(
            Lane(
                title=title[:SHORT_TEXT_MAX],
                kind=kind,
                cells={k: "\n".join(v)[:LONG_TEXT_MAX] for k, v in cells.items()},
            )
        )


def _lane_kind(tags: list[str]) -> LaneKind:
    for tag in tags:
        if tag.startswith(LANE_KIND_PREFIX):
            try:
                return LaneKind(tag[len(LANE_KIND_PREFIX) :].strip())
            except ValueError:
                break
    return LaneKind.CUSTOM


def _channel(tags: list[str]) -> tuple[Channel, list[str]]:
    channel = None
    rest = []
    for tag in tags:
        found = CHANNEL_TAGS.get(tag.strip().lower())
        if found is not None and channel is None:
            channel = found
        elif tag not in (OPPORTUNITY_TAG, LANE_NOTE_TAG) and not tag.startswith(LANE_KIND_PREFIX):
            rest.append(tag)
    return channel or Channel.OTHER, rest


def _blueprint(reader: _Reader, raw: Any, place: str, stage: Stage, lane_lines: dict) -> None:
    if raw is None:
        return
    if not isinstance(raw, dict):
        raise reader.fail(f"{place}.blueprint", f"should be an object, not {shown(raw)}")
    for key, title, kind, (who, what) in BLUEPRINT_LANES:
        entries = raw.get(key) or []
        if not isinstance(entries, list):
            raise reader.fail(f"{place}.blueprint.{key}", f"should be a list, not {shown(entries)}")
        for j, entry in enumerate(entries):
            if not isinstance(entry, dict):
                raise reader.fail(
                    f"{place}.blueprint.{key}[{j}]", f"should be an object, not {shown(entry)}"
                )
            a = reader.text(entry.get(who), f"{place}.blueprint.{key}[{j}].{who}", 200).strip()
            b = reader.text(entry.get(what), f"{place}.blueprint.{key}[{j}].{what}", 500).strip()
            line = f"{a} ({b})" if key == "evidence" and b else (f"{a}: {b}" if a and b else a or b)
            if line:
                lane_lines[(title, key, kind)][stage.id].append(line)

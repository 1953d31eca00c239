"""Find text in a map: the stages, touchpoints, pains, opportunities, lane notes and lane
titles that mention it.

Matching ignores case and accents ("facturacion" finds "Facturación"), since maps are
often written in Spanish on keyboards that make accents slow to type.
"""

from __future__ import annotations

import unicodedata
from typing import Any, NamedTuple

from .analysis import reading_order
from .journey import JourneyMap, Opportunity, Pain, Stage, Touchpoint


def fold(text: str) -> str:
    """``text`` without case or accents, for matching (ß → ss, É → e, ñ → n)."""
    if text.isascii():
        return text.lower()  # most texts: 10x faster than decomposing them
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _texts(obj: Stage | Touchpoint | Pain | Opportunity) -> list[str]:
    if isinstance(obj, Stage):
        return [obj.name, obj.description, obj.goal]
    if isinstance(obj, Touchpoint):
        notes = [e.note for e in obj.evidence]
        return [obj.title, obj.description, obj.channel_detail, obj.department, *notes]
    if isinstance(obj, Opportunity):
        return [obj.title, obj.description, obj.owner]
    return [obj.title, obj.description]


class Match(NamedTuple):
    """Something that mentions the text: a stage, touchpoint, pain, opportunity or lane
    title (``id`` is its id), or a lane's notes for one stage (``kind`` "note", ``id``
    the lane's id, ``stage_id`` the stage's)."""

    kind: str
    id: str
    stage_id: str | None = None


SearchIndex = list[tuple[Match, str]]  # each match with its folded texts, in reading order


def search_index(journey_map: JourneyMap) -> SearchIndex:
    """Everything findable with its texts folded, in reading order: each stage, then its
    touchpoints in time order, the pains and opportunities on it or them, and its lane
    notes (lane by lane). Built once per version of the map, it answers each keystroke
    of a search quickly (20,000 touchpoints: built in ~0.1 s, searched in a few ms)."""
    jm = journey_map
    notes: dict[str, list[tuple[Match, str]]] = {s.id: [] for s in jm.stages}
    for lane in jm.lanes:
        for cell_stage, text in lane.cells.items():
            if text and cell_stage in notes:
                notes[cell_stage].append((Match("note", lane.id, cell_stage), fold(text)))
    index: SearchIndex = []
    stage_id: str | None = None
    for kind, obj in reading_order(jm):
        if kind == "stage":
            index.extend(notes.get(stage_id or "", []))  # the notes close the stage before
            stage_id = obj.id
        # one line per text, so a match never spans two fields
        index.append((Match(kind, obj.id), "\n".join(fold(t) for t in _texts(obj) if t)))
    index.extend(notes.get(stage_id or "", []))
    # the lanes' titles last, top to bottom, where Tab reaches them too
    index.extend((Match("lane", lane.id), fold(lane.title)) for lane in jm.lanes)
    return index


def find_in(index: SearchIndex, query: str) -> list[Match]:
    """What the index holds whose texts hold ``query`` (ignoring case and accents), in
    reading order. An empty (or all-space) query finds nothing."""
    needle = fold(query.strip())
    if not needle or "\n" in needle:
        return []
    return [match for match, texts in index if needle in texts]


def find_objects(journey_map: JourneyMap, query: str) -> list[Match]:
    """Everything in the map that mentions ``query``, in reading order (see
    ``search_index``)."""
    return find_in(search_index(journey_map), query)


def replace_folded(text: str, query: str, replacement: str) -> tuple[str, int]:
    """``text`` with each ``query`` replaced (matched as ``find_in`` matches: ignoring
    case and accents), and how many were. Only whole characters are replaced: "ss" does
    not take half of a "ß", and an accent written as its own mark goes with its letter."""
    needle = fold(query.strip())
    if not needle or needle not in fold(text):
        return text, 0
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the index of the one it came from
    for i, ch in enumerate(text):
        piece = fold(ch)
        folded.append(piece)
        origin.extend([i] * len(piece))
    flat = "".join(folded)
    out: list[str] = []
    last = count = 0
    at = flat.find(needle)
    while at >= 0:
        end = at + len(needle)
        start, stop = origin[at], origin[end - 1] + 1
        whole = (at == 0 or origin[at - 1] != start) and (
            end == len(flat) or origin[end] != origin[end - 1]
        )
        if not whole:
            at = flat.find(needle, at + 1)
            continue
        while stop < len(text) and not folded[stop]:  # a combining accent after the match
            stop += 1
        out += [text[last:start], replacement]
        last, count = stop, count + 1
        at = flat.find(needle, end)
    out.append(text[last:])
    return "".join(out), count


_FIELDS = {
    "stage": ("name", "description", "goal"),
    "touchpoint": ("title", "description", "channel_detail", "department"),
    "pain": ("title", "description"),
    "opportunity": ("title", "description", "owner"),
}


def replacements(
    journey_map: JourneyMap,
    query: str,
    replacement: str,
    only: set[str] | None = None,
    stage_id: str | None = None,
    lane_titles_only: bool = False,
) -> list[tuple[str, dict[str, Any], int]]:
    """What Replace changes: (object id, its new field values, how many replacements)
    for each object that mentions ``query`` (those in ``only``, when given), in reading
    order, lanes last. Lane notes are a lane's ``cells`` (with ``stage_id``, only that
    stage's note, and not the lane's title); with ``lane_titles_only``, a lane's title
    and none of its notes; evidence notes, ``evidence``."""
    out: list[tuple[str, dict[str, Any], int]] = []
    for kind, obj in reading_order(journey_map):
        if only is not None and obj.id not in only:
            continue
        changes: dict[str, Any] = {}
        total = 0
        for field in _FIELDS[kind]:
            new, n = replace_folded(getattr(obj, field), query, replacement)
            if n:
                changes[field], total = new, total + n
        if isinstance(obj, Touchpoint) and obj.evidence:
            notes = [replace_folded(e.note, query, replacement) for e in obj.evidence]
            if any(n for _, n in notes):
                pairs = zip(obj.evidence, notes, strict=True)
                changes["evidence"] = [e.model_copy(update={"note": new}) for e, (new, _) in pairs]
                total += sum(n for _, n in notes)
        if changes:
            out.append((obj.id, changes, total))
    for lane in journey_map.lanes:
        if only is not None and lane.id not in only:
            continue
        cells, total = dict(lane.cells), 0
        changes = {}
        if stage_id is None:
            title, total = replace_folded(lane.title, query, replacement)
            if total:
                changes["title"] = title
        for cell_stage, text in [] if lane_titles_only else lane.cells.items():
            if stage_id is not None and cell_stage != stage_id:
                continue
            new, n = replace_folded(text, query, replacement)
            if n:
                cells[cell_stage], total = new, total + n
                changes["cells"] = cells
        if total:
            out.append((lane.id, changes, total))
    return out

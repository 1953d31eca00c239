"""Find text in a map: the stages, touchpoints, pains, opportunities and lane notes that
mention it.

Matching ignores case and accents ("facturacion" finds "Facturación"), since maps are
often written in Spanish on keyboards that make accents slow to type.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

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
    """Something that mentions the text: a stage, touchpoint, pain or opportunity
    (``id`` is its id), or a lane's notes for one stage (``kind`` "note", ``id`` the
    lane's id, ``stage_id`` the stage's)."""

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

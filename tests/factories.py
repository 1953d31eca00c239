"""Small hand-made maps and hypothesis strategies shared by the tests."""

from __future__ import annotations

import struct
import zlib
from datetime import datetime, timezone

from hypothesis import strategies as st

from cjdesigner.model import (
    Channel,
    Evidence,
    EvidenceMethod,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    MapState,
    Metric,
    Opportunity,
    OpportunityStatus,
    Pain,
    Persona,
    Stage,
    Touchpoint,
    TouchpointKind,
)


def small_map(emotions: tuple[float, ...] = (2, -3, 4, -1)) -> JourneyMap:
    """Three stages, one touchpoint per emotion spread over them, a pain and an opportunity."""
    stages = [Stage(name=name) for name in ("Discover", "Buy", "Use")]
    touchpoints = [
        Touchpoint(
            stage_id=stages[min(i * 3 // len(emotions), 2)].id,
            title=f"Touchpoint {i + 1}",
            emotion=e,
            position=0.2 + 0.6 * (i % 2),
            channel=list(Channel)[i % len(Channel)],
        )
        for i, e in enumerate(emotions)
    ]
    pain = Pain(title="Hidden fees", severity=3, touchpoint_id=touchpoints[1].id)
    opportunity = Opportunity(
        title="Show the full price", touchpoint_id=touchpoints[1].id, answers_pain_id=pain.id
    )
    lane = Lane(title="Actions", kind=LaneKind.ACTIONS, cells={stages[0].id: "Searches\nCompares"})
    return JourneyMap(
        title="Small map",
        persona=Persona(name="Ana", role="Buyer", goals=["Buy quickly"]),
        stages=stages,
        touchpoints=touchpoints,
        pains=[pain],
        opportunities=[opportunity],
        lanes=[lane],
    )


def png_bytes(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` (only two rows of data follow)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(min(height, 2)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- hypothesis
_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),  # lone surrogates cannot be encoded as UTF-8
        blacklist_characters=[chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127)],
    ),
    max_size=40,
)
_NAME = _TEXT.filter(lambda s: s.strip() != "")
_EMOTION = st.one_of(
    st.integers(-5, 5).map(float),
    st.floats(-5, 5, allow_nan=False, allow_infinity=False),
)


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    """Any valid map: random text (any Unicode), sizes, references and enum values."""
    stages = [
        Stage(
            name=draw(_NAME),
            description=draw(_TEXT),
            goal=draw(_TEXT),
            colour=draw(st.one_of(st.none(), st.from_regex(r"\A#[0-9A-F]{6}\Z"))),
            width=draw(st.floats(0.2, 10, allow_nan=False)),
            metrics=[Metric(name=draw(_NAME), value=draw(st.none() | st.floats(-1e6, 1e6)))]
            if draw(st.booleans())
            else [],
            survey_scores=draw(st.lists(st.integers(0, 10), max_size=5)),
        )
        for _ in range(draw(st.integers(1, 5)))
    ]
    touchpoints = [
        Touchpoint(
            stage_id=draw(st.sampled_from(stages)).id,
            title=draw(_NAME),
            description=draw(_TEXT),
            channel=draw(st.sampled_from(list(Channel))),
            channel_detail=draw(_TEXT),
            kind=draw(st.sampled_from(list(TouchpointKind))),
            department=draw(_TEXT),
            emotion=draw(_EMOTION),
            position=draw(st.floats(0, 1, allow_nan=False)),
            moment_of_truth=draw(st.booleans()),
            evidence=[
                Evidence(method=draw(st.sampled_from(list(EvidenceMethod))), note=draw(_TEXT))
            ]
            if draw(st.booleans())
            else [],
        )
        for _ in range(draw(st.integers(0, 8)))
    ]
    anchors = [("touchpoint_id", t.id) for t in touchpoints] + [("stage_id", s.id) for s in stages]
    pains = [
        Pain(
            title=draw(_NAME),
            severity=draw(st.integers(1, 3)),
            **dict([draw(st.sampled_from(anchors))]),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    opportunities = [
        Opportunity(
            title=draw(_NAME),
            status=draw(st.sampled_from(list(OpportunityStatus))),
            owner=draw(_TEXT),
            answers_pain_id=draw(st.sampled_from(pains)).id
            if pains and draw(st.booleans())
            else None,
            **dict([draw(st.sampled_from(anchors))]),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    lanes = [
        Lane(
            title=draw(_NAME),
            kind=draw(st.sampled_from(list(LaneKind))),
            cells={s.id: draw(_TEXT) for s in stages if draw(st.booleans())},
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    moment = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
    return JourneyMap(
        title=draw(_NAME),
        scenario=draw(_TEXT),
        language=draw(st.sampled_from(list(Language))),
        state=draw(st.sampled_from(list(MapState))),
        author=draw(_TEXT),
        client=draw(_TEXT),
        created=moment.replace(tzinfo=timezone.utc),
        modified=moment.replace(tzinfo=timezone.utc),
        persona=Persona(
            name=draw(_TEXT), role=draw(_TEXT), goals=draw(st.lists(_TEXT, max_size=3))
        ),
        stages=stages,
        touchpoints=touchpoints,
        pains=pains,
        opportunities=opportunities,
        lanes=lanes,
    )

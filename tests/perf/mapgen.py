"""Seeded generator of realistic large maps for benchmarks and stress tests."""

from __future__ import annotations

import random

from cjdesigner.model import (
    Channel,
    Evidence,
    EvidenceMethod,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Opportunity,
    Pain,
    Persona,
    Stage,
    Touchpoint,
    TouchpointKind,
)

_WORDS = [
    "search",
    "compare",
    "book",
    "pay",
    "confirm",
    "install",
    "call",
    "wait",
    "receive",
    "return",
    "review",
    "share",
    "renew",
    "cancel",
    "upgrade",
    "chat",
    "visit",
    "sign",
    "open",
    "track",
    "deliver",
    "explain",
    "choose",
    "register",
    "remind",
]


def generate_map(n_touchpoints: int, seed: int = 0, per_stage: int = 50) -> JourneyMap:
    """A map with ``n_touchpoints`` spread over stages of about ``per_stage`` each.

    Emotions follow a random walk (a believable curve), titles are 2–6 words, a tenth
    of the touchpoints carry a pain or an opportunity, and four lanes have notes.
    """
    rnd = random.Random(seed)
    n_stages = max(1, min(100, -(-n_touchpoints // per_stage)))
    stages = [
        Stage(
            name=f"Stage {i + 1}",
            goal=" ".join(rnd.choices(_WORDS, k=5)),
            width=rnd.choice((0.8, 1.0, 1.2, 1.5)),
        )
        for i in range(n_stages)
    ]
    channels = list(Channel)
    kinds = list(TouchpointKind)
    emotion = 0.0
    touchpoints = []
    for i in range(n_touchpoints):
        emotion = max(-5.0, min(5.0, emotion + rnd.choice((-2, -1, -1, 0, 1, 1, 2))))
        touchpoints.append(
            Touchpoint(
                stage_id=stages[min(i * n_stages // max(n_touchpoints, 1), n_stages - 1)].id,
                title=" ".join(rnd.choices(_WORDS, k=rnd.randint(2, 6))).capitalize(),
                description=" ".join(rnd.choices(_WORDS, k=20)),
                channel=channels[rnd.randrange(len(channels))],
                kind=kinds[rnd.randrange(3)],
                department=rnd.choice(("Sales", "Support", "Marketing", "Operations")),
                emotion=emotion,
                position=round(rnd.random(), 3),
                moment_of_truth=rnd.random() < 0.05,
                evidence=[Evidence(method=EvidenceMethod.SURVEY, note="n=120")]
                if rnd.random() < 0.5
                else [],
                metrics=[Metric(name="Conversion", value=round(rnd.random() * 10, 2), unit="%")]
                if rnd.random() < 0.2
                else [],
                survey_scores=[rnd.randint(0, 10) for _ in range(5)] if rnd.random() < 0.1 else [],
            )
        )
    pains = []
    opportunities = []
    for tp in touchpoints:
        if rnd.random() < 0.1:
            pain = Pain(title="Pain: " + tp.title, severity=rnd.randint(1, 3), touchpoint_id=tp.id)
            pains.append(pain)
            if rnd.random() < 0.6:
                opportunities.append(
                    Opportunity(
                        title="Fix: " + tp.title, touchpoint_id=tp.id, answers_pain_id=pain.id
                    )
                )
    lanes = [
        Lane(
            title=title,
            kind=kind,
            cells={
                s.id: "\n".join(" ".join(rnd.choices(_WORDS, k=6)) for _ in range(2))
                for s in stages
            },
        )
        for title, kind in (
            ("Actions", LaneKind.ACTIONS),
            ("Thoughts", LaneKind.THOUGHTS),
            ("Channels", LaneKind.CHANNELS),
            ("Backstage", LaneKind.BACKSTAGE),
        )
    ]
    return JourneyMap(
        title=f"Generated map with {n_touchpoints} touchpoints",
        scenario="A seeded map for benchmarks.",
        persona=Persona(
            name="Alex Doe", role="Customer", goals=["Get it done"], frustrations=["Waiting"]
        ),
        stages=stages,
        touchpoints=touchpoints,
        pains=pains,
        opportunities=opportunities,
        lanes=lanes,
    )

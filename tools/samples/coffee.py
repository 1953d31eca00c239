"""A small English demo map: ordering at a coffee shop."""

from __future__ import annotations

from cjdesigner.model import JourneyMap

from .common import TP, Mark, StageRow, build

KEY = "coffee-shop"


def journey() -> JourneyMap:
    """The coffee-shop map."""
    stages = [
        StageRow(
            "find", "Discover", 0.8, "Find good coffee near the office", "Choosing where to go."
        ),
        StageRow(
            "order", "Order", 1.0, "Order quickly and correctly", "At the counter or in the app."
        ),
        StageRow(
            "wait", "Wait", 0.9, "Know when the drink is ready", "Between paying and collecting."
        ),
        StageRow(
            "enjoy",
            "Enjoy",
            1.0,
            "A good break and a reason to return",
            "Drinking and the loyalty card.",
        ),
    ]
    touchpoints = [
        TP(
            "find",
            "maps",
            "Map search on the phone",
            "app",
            "earned",
            "Marketing",
            1,
            0.3,
            "Searches 'coffee near me' and sees 4.7 stars.",
            evidence=[("analytics", "42% of new visitors come from map search")],
        ),
        TP(
            "find",
            "insta",
            "Instagram post of the day",
            "social",
            "earned",
            "Marketing",
            2,
            0.55,
            "A colleague shares a photo of the latte art.",
            evidence=[("analytics", "1,900 followers, 6% engagement")],
        ),
        TP(
            "find",
            "sign",
            "Chalkboard sign outside",
            "store",
            "owned",
            "Shop team",
            2,
            0.85,
            "A hand-drawn sign with the daily special.",
        ),
        TP(
            "order",
            "queue",
            "Queue at the counter",
            "store",
            "owned",
            "Shop team",
            -3,
            0.25,
            "Twelve people ahead at 8:45.",
            moment_of_truth=True,
            evidence=[("observation", "Average queue 9 minutes at peak")],
        ),
        TP(
            "order",
            "app",
            "Order ahead in the app",
            "app",
            "owned",
            "Digital",
            3,
            0.75,
            "Skips the queue by ordering on the way.",
            evidence=[("analytics", "App orders up 60% since launch")],
        ),
        TP(
            "wait",
            "name",
            "Name called out",
            "store",
            "owned",
            "Shop team",
            -1,
            0.4,
            "Her name is misspelt and called twice.",
        ),
        TP(
            "wait",
            "screen",
            "Order-ready screen",
            "store",
            "owned",
            "Digital",
            2,
            0.8,
            "A screen shows her order is ready.",
            evidence=[("observation", "Collection time down to 40 s with the screen")],
        ),
        TP(
            "enjoy",
            "taste",
            "First sip",
            "store",
            "owned",
            "Baristas",
            4,
            0.3,
            "The flat white is excellent.",
            moment_of_truth=True,
            evidence=[("survey", "Taste rated 4.8/5")],
            survey=[10, 9, 9, 10, 8],
        ),
        TP(
            "enjoy",
            "stamp",
            "Loyalty stamp",
            "app",
            "owned",
            "Marketing",
            2,
            0.8,
            "Gets a digital stamp: two more for a free coffee.",
            evidence=[("analytics", "Loyalty members visit 2.3× a week")],
        ),
    ]
    pains = [
        Mark("p_queue", "Morning queue too long", "tp:queue", 3),
        Mark("p_name", "Orders mixed up at collection", "tp:name", 2),
    ]
    opportunities = [
        Mark(
            "o_express",
            "Express counter for app orders",
            "tp:queue",
            3,
            answers="p_queue",
            status="planned",
            owner="Shop manager",
        ),
        Mark(
            "o_screen",
            "Order-ready screen in every shop",
            "tp:name",
            2,
            answers="p_name",
            status="done",
            owner="Digital",
        ),
    ]
    lanes = [
        (
            "Actions",
            "actions",
            {
                "find": "Searches on the phone",
                "order": "Queues or orders ahead",
                "wait": "Waits by the counter",
                "enjoy": "Drinks at a window seat",
            },
        ),
        (
            "Thoughts",
            "thoughts",
            {
                "find": "“Is it worth the walk?”",
                "order": "“I'll be late…”",
                "wait": "“Was that mine?”",
                "enjoy": "“Worth it.”",
            },
        ),
        (
            "Backstage",
            "backstage",
            {
                "find": "Maps listing",
                "order": "Two tills, one barista at 8:45",
                "wait": "Order queue display",
                "enjoy": "Loyalty platform",
            },
        ),
        (
            "KPIs",
            "kpis",
            {
                "find": "Map rating 4.7",
                "order": "Queue 9 min at peak",
                "wait": "Collection 40 s",
                "enjoy": "Visits 2.3×/week",
            },
        ),
    ]
    return build(
        KEY,
        title="Morning coffee at Bean There",
        scenario="Ana grabs a coffee on her way to the office on a weekday morning.",
        language="en",
        author="CJ Designer demo",
        client="Bean There Coffee",
        persona={
            "name": "Ana Silva",
            "role": "Product designer, 29",
            "quote": "Great coffee is worth five minutes, not fifteen.",
            "goals": ["Good coffee", "Be at her desk by nine", "Earn a free coffee now and then"],
            "needs": ["Short wait", "Correct order"],
            "motivations": ["A small ritual before work"],
            "frustrations": ["Queues", "Misspelt names", "Cold drinks"],
            "channels": ["App", "Maps"],
        },
        stages=stages,
        touchpoints=touchpoints,
        pains=pains,
        opportunities=opportunities,
        lanes=lanes,
    )

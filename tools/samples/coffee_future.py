"""The coffee-shop map's future state: the same journey after the express counter and the
order-ready screens, made with Duplicate as Future State (the current curve is its baseline)."""

from __future__ import annotations

from cjdesigner.model import JourneyMap, OpportunityStatus
from cjdesigner.model.future import future_state_from

from . import coffee
from .common import STAMP, sid

KEY = "coffee-shop-future"

# touchpoint title → its emotion once the opportunities are done
IMPROVED = {"Queue at the counter": 1.0, "Name called out": 1.0, "Order-ready screen": 3.0}


def journey() -> JourneyMap:
    """The coffee-shop future state."""
    future = future_state_from(coffee.journey())
    future = future.model_copy(
        update={"id": sid(KEY, "map", KEY), "created": STAMP, "modified": STAMP}
    )
    for tp in future.touchpoints:
        if tp.title in IMPROVED:
            tp.emotion = IMPROVED[tp.title]
    for opp in future.opportunities:
        opp.status = OpportunityStatus.PLANNED
    future.scenario = (
        "Ana's weekday coffee once app orders have an express counter and every shop shows "
        "when a drink is ready."
    )
    return future

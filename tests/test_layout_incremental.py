"""Layout after an edit reuses the stages the edit did not touch, and equals a fresh one."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.layout import clear_caches, compute_layout
from cjdesigner.model import JourneyMap, Stage, Touchpoint
from tests.perf.mapgen import generate_map


def _fresh(jm: JourneyMap, *page):
    clear_caches()
    return compute_layout(jm, *page)


def _edit(jm: JourneyMap, rng: random.Random) -> str:
    """One random change a user could make; returns the id of the stage it touched."""
    tp = rng.choice(jm.touchpoints)
    what = rng.choice(["emotion", "title", "position", "truth", "stage"])
    if what == "emotion":
        tp.emotion = float(rng.randint(-5, 5))
    elif what == "title":
        tp.title = rng.choice(["Pay", "Compare every plan on the website before calling", "Ask"])
    elif what == "position":
        tp.position = rng.random()
    elif what == "truth":
        tp.moment_of_truth = not tp.moment_of_truth
    else:
        tp.stage_id = rng.choice(jm.stages).id
    return tp.stage_id


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), edits=st.integers(1, 8))
def test_a_layout_after_edits_equals_a_fresh_layout(seed, edits):
    """Whatever the cache holds from earlier layouts, the result is the layout computed
    from scratch: on screen (A1) and on an A3 page."""
    rng = random.Random(seed)
    jm = generate_map(rng.choice([12, 40, 120]), seed=seed)
    compute_layout(jm)
    compute_layout(jm, 842, 1191)
    for _ in range(edits):
        _edit(jm, rng)
        warm = compute_layout(jm)
        warm_a3 = compute_layout(jm, 842, 1191)
        assert warm == _fresh(jm)
        assert warm_a3 == _fresh(jm, 842, 1191)


def test_an_edit_lays_out_again_only_the_stages_it_touched():
    """Cards of stages the edit did not reach are the very same boxes as before (nothing
    recomputed, and the canvas can skip those items); the touched stage gets new ones."""
    jm = generate_map(600, seed=3)
    clear_caches()
    before = compute_layout(jm)
    middle = jm.stages[len(jm.stages) // 2]
    tp = next(t for t in jm.touchpoints if t.stage_id == middle.id)
    tp.title = "A title long enough to need a second line on the card"
    after = compute_layout(jm)
    assert after == _fresh(jm)
    reused = {tid for tid, box in after.touchpoints.items() if box is before.touchpoints[tid]}
    in_middle = {t.id for t in jm.touchpoints if t.stage_id == middle.id}
    assert tp.id not in reused
    assert not in_middle & reused  # its stage was laid out again
    others = set(after.touchpoints) - in_middle
    # a later stage may follow (its first card alternates with this stage's last one)
    assert len(others & reused) >= len(others) // 2


def test_a_stage_follows_the_side_its_neighbours_last_card_took():
    """Cards without a preference alternate across a stage border: flipping the last card
    of one stage (a high score puts it below its dot, a low one above) flips the next
    stage's first card, even though nothing in that stage changed."""
    before, after = Stage(name="Before"), Stage(name="After")
    last = Touchpoint(title="Last of the first stage", stage_id=before.id, position=0.9)
    opener = Touchpoint(title="First of the next stage", stage_id=after.id, position=0.1)
    jm = JourneyMap(title="Alternation", stages=[before, after], touchpoints=[last, opener])
    seen = set()
    for score in (4.5, -4.5, 3.0, -3.0, 4.5):
        last.emotion = score
        warm = compute_layout(jm)
        assert warm == _fresh(jm)
        last_above = warm.touchpoints[last.id].above
        assert warm.touchpoints[opener.id].above is not last_above
        seen.add(last_above)
    assert seen == {True, False}  # the flip really happened

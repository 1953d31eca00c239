"""The foundation's analysis functions on hand-made maps with known answers."""

from __future__ import annotations

import pytest

from cjdesigner.model import Channel, Opportunity, Pain
from cjdesigner.model.analysis import (
    channel_stage_counts,
    key_moments,
    markers_per_stage,
    nps,
    stage_emotions,
    touchpoints_in_time_order,
)
from tests.factories import small_map


def _moments(emotions):
    jm = small_map(tuple(emotions))
    order = {tp.id: i for i, tp in enumerate(touchpoints_in_time_order(jm))}
    emotions_in_time = [tp.emotion for tp in touchpoints_in_time_order(jm)]
    return [(order[m.touchpoint_id], m.kind) for m in key_moments(jm)], emotions_in_time


def test_peaks_and_valleys_with_first_and_last():
    moments, values = _moments((0, 4, -3, 2, 1, -2))
    by_index = dict(moments)
    # every interior key moment is a strict local extremum of the curve in time order
    for i, kind in moments:
        if 0 < i < len(values) - 1:
            assert (values[i] > values[i - 1] and values[i] > values[i + 1]) == (kind == "peak")
    assert by_index[0] in ("peak", "valley") and by_index[len(values) - 1] in ("peak", "valley")
    assert [i for i, _ in moments] == sorted(i for i, _ in moments)  # time order


def test_small_wiggles_are_not_key_moments():
    jm = small_map((0, 3, 2.5, 3, -4))  # 2.5 is a dip of half a point
    kinds = {m.touchpoint_id: m.kind for m in key_moments(jm, prominence=1.0)}
    dip = next(tp for tp in jm.touchpoints if tp.emotion == 2.5)
    assert dip.id not in kinds


def test_plateau_counts_once_and_single_touchpoint_is_a_moment():
    jm = small_map((1, 4, 4, 1))
    peaks = [m for m in key_moments(jm) if m.kind == "peak"]
    assert len([m for m in peaks if m.emotion == 4]) == 1
    lone = small_map((3, 1))
    lone.opportunities.clear()
    lone.pains.clear()
    lone.touchpoints.pop()
    assert [(m.kind, m.emotion) for m in key_moments(lone)] == [("peak", 3)]
    lone.touchpoints.clear()
    assert key_moments(lone) == []


def test_stage_emotions_markers_and_channels():
    jm = small_map((2, -4, 4, -1))
    stats = stage_emotions(jm)
    assert [s.count for s in stats] == [2, 1, 1]
    assert stats[0].mean == pytest.approx(-1) and stats[0].lowest == -4 and stats[0].highest == 2
    jm.pains.append(Pain(title="Slow", stage_id=jm.stages[2].id))
    jm.opportunities.append(Opportunity(title="Faster", stage_id=jm.stages[2].id))
    grouped = markers_per_stage(jm)
    assert [len(g.pain_ids) for g in grouped] == [1, 0, 1]
    assert [len(g.opportunity_ids) for g in grouped] == [1, 0, 1]
    counts = channel_stage_counts(jm)
    assert list(counts) == sorted(counts, key=list(Channel).index)
    assert sum(sum(row.values()) for row in counts.values()) == 4


def test_nps():
    assert nps([]) is None
    assert nps([0, 3, 6]) == -100
    assert nps([9, 10, 7, 8, 0]) == pytest.approx(20.0)
    with pytest.raises(ValueError):
        nps([11])


@pytest.mark.parametrize(
    ("value", "digits", "english", "spanish"),
    [
        (1.25, 1, "+1.2", "+1,2"),
        (-2.0, None, "-2", "-2"),
        (2.5, None, "+2.5", "+2,5"),
        (0.0, None, "0", "0"),
        (-0.04, 1, "0.0", "0,0"),  # rounds to zero: no sign, not "-0.0"
        (80, 0, "+80", "+80"),
        (None, 1, "—", "—"),
    ],
)
def test_shown_numbers_use_the_languages_decimal_mark_and_no_sign_on_zero(
    value, digits, english, spanish
):
    from cjdesigner.model.numbers import signed

    assert signed(value, "en", digits) == english
    assert signed(value, "es", digits) == spanish

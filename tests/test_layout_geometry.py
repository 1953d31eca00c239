"""Pure layout: mappings both ways, a curve that never overshoots, no overlapping labels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.layout import (
    A1_WIDTH,
    PRINT_FLOOR,
    Rect,
    compute_layout,
    monotone_curve,
    sizes_for_page,
)
from cjdesigner.layout.frames import (
    complement,
    faded_rects,
    stage_after,
    stage_frame,
    stage_region,
)
from cjdesigner.model import Stage, Touchpoint
from tests.factories import small_map
from tests.perf.mapgen import generate_map


def test_emotion_and_y_map_both_ways_with_snapping():
    layout = compute_layout(small_map())
    band = layout.band
    assert (
        band.emotion_to_y(5) < band.emotion_to_y(0) < band.emotion_to_y(-5)
    )  # positive at the top
    for value in range(-5, 6):
        assert band.y_to_emotion(band.emotion_to_y(value)) == value
    between = (band.emotion_to_y(2) + band.emotion_to_y(3)) / 2 + 1  # a bit below 2.5
    assert band.y_to_emotion(between) == 2
    assert band.y_to_emotion(between, snap=False) == pytest.approx(2.5, abs=0.1)
    assert band.y_to_emotion(band.rect.y - 500) == 5  # clamped
    assert band.y_to_emotion(band.rect.bottom + 500) == -5


def test_x_maps_to_stage_and_position_and_back():
    jm = small_map()
    layout = compute_layout(jm)
    for tp in jm.touchpoints:
        x = layout.stage_position_to_x(tp.stage_id, tp.position)
        assert layout.x_to_stage_position(x) == (tp.stage_id, pytest.approx(tp.position, abs=1e-3))
        assert layout.touchpoints[tp.id].dot[0] == pytest.approx(x)
    first, last = layout.stages[0], layout.stages[-1]
    assert layout.x_to_stage_position(first.column.x - 1000) == (first.stage_id, 0.0)
    assert layout.x_to_stage_position(last.column.right + 1000) == (last.stage_id, 1.0)


def test_stage_columns_are_proportional_to_width_and_drop_index_follows_x():
    jm = small_map()
    jm.stages[0].width = 2.0
    layout = compute_layout(jm)
    widths = [s.column.w for s in layout.stages]
    assert widths[0] == pytest.approx(2 * widths[1])
    moving = layout.stages[0]
    assert layout.stage_drop_index(moving.stage_id, layout.stages[2].column.right + 10) == 2
    assert layout.stage_drop_index(moving.stage_id, moving.column.x) == 0
    edge = moving.column.x + 1.5 * layout.points_per_width
    assert layout.width_for_edge(moving.stage_id, edge) == 1.5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-5, 5), min_size=2, max_size=30))
def test_curve_never_leaves_the_range_of_its_two_touchpoints(scores):
    points = [(i * 40.0, -10.0 * s) for i, s in enumerate(scores)]
    for seg in monotone_curve(points):
        lo, hi = sorted((seg.p0[1], seg.p3[1]))
        for t in (i / 20 for i in range(21)):
            u = 1 - t
            y = (
                u**3 * seg.p0[1]
                + 3 * u * u * t * seg.p1[1]
                + 3 * u * t * t * seg.p2[1]
                + t**3 * seg.p3[1]
            )
            assert lo - 1e-9 <= y <= hi + 1e-9


def test_cards_of_a_busy_stage_do_not_overlap_each_other_or_dots():
    jm = small_map()
    stage = jm.stages[0]
    for i in range(8):
        jm.touchpoints.append(
            Touchpoint(
                stage_id=stage.id,
                title=f"Close touchpoint number {i}",
                emotion=(i % 3) - 1,
                position=0.4 + i * 0.02,
            )
        )
    layout = compute_layout(jm)
    boxes = list(layout.touchpoints.values())
    assert not layout.warnings or "overlap" not in layout.warnings[0]
    for i, a in enumerate(boxes):
        assert not a.overlaps
        for b in boxes[i + 1 :]:
            assert not a.card.intersects(b.card), (a.touchpoint_id, b.touchpoint_id)
        for b in boxes:
            if b is not a:
                x, y = b.dot
                assert not a.card.contains(x, y)
        assert layout.band.rect.y <= a.card.y and a.card.bottom <= layout.band.rect.bottom


def test_every_text_fits_its_box_and_respects_the_print_floor():
    layout = compute_layout(small_map(), page_width=842, page_height=595)  # A4 landscape
    sizes = [run.size for box in layout.touchpoints.values() for run in box.texts]
    sizes += [run.size for lane in layout.lanes for cell in lane.cells for run in cell.texts]
    assert min(sizes) >= PRINT_FLOOR
    from cjdesigner.textmetrics import text_width

    for box in layout.touchpoints.values():
        for run in box.texts:
            assert run.x >= box.card.x - 0.01
            assert run.x + text_width(run.text, run.size, run.style) <= box.card.right + 0.5


def test_type_scales_with_paper_but_never_below_floor():
    a1 = sizes_for_page(None)
    a0 = sizes_for_page(A1_WIDTH * 1.414)
    a4 = sizes_for_page(842)
    assert a0.title > a1.title > a4.title
    assert a4.smallest_text() >= PRINT_FLOOR
    assert a1.card_title == 12


def test_dense_maps_grow_wider_not_taller_and_say_so():
    layout = compute_layout(generate_map(600, seed=1, per_stage=100))
    assert layout.width > A1_WIDTH
    assert layout.height == pytest.approx(compute_layout(small_map()).height, rel=0.2)


def test_long_titles_are_ellipsised_and_reported():
    jm = small_map()
    jm.touchpoints[
        0
    ].title = "A very long touchpoint title that cannot possibly fit on two short card lines"
    jm.stages.append(Stage(name="Extra"))
    layout = compute_layout(jm)
    box = layout.touchpoints[jm.touchpoints[0].id]
    title_runs = [r for r in box.texts if r.style == "semibold" and r.size == 12]
    assert len(title_runs) == 2 and title_runs[-1].text.endswith("…")
    assert box.truncated
    assert any("shortened" in w for w in layout.warnings)


def test_markers_get_codes_in_time_order_and_badges_on_their_anchor():
    jm = small_map()
    layout = compute_layout(jm)
    pain = jm.pains[0]
    marker = layout.markers[pain.id]
    assert marker.code == "P1" and marker.kind == "pain"
    badges = layout.touchpoints[pain.touchpoint_id].badges
    assert [b.code.text for b in badges] == ["P1", "O1"]


def test_layout_is_deterministic():
    jm = generate_map(120, seed=5)
    a, b = compute_layout(jm), compute_layout(jm)
    assert [t.card for t in a.touchpoints.values()] == [t.card for t in b.touchpoints.values()]


def test_the_extent_alone_matches_the_whole_layout_on_every_paper():
    """``layout_extent`` (what the PDF dialog uses to judge legibility while the user
    picks a paper) gives the same width, height and type sizes as laying everything out."""
    from cjdesigner.export.paper import page_size
    from cjdesigner.layout import layout_extent
    from cjdesigner.model import load_map
    from tests.conftest import SAMPLES

    maps = [load_map(p) for p in sorted(SAMPLES.glob("*.journey.json"))]
    maps.append(generate_map(400, seed=5))
    for jm in maps:
        for paper in ("A0", "A2", "A4", "letter"):
            for landscape in (True, False):
                w, h = page_size(paper, landscape)
                whole = compute_layout(jm, w, h)
                assert layout_extent(jm, w, h) == (whole.width, whole.height, whole.sizes)
        whole = compute_layout(jm)
        assert layout_extent(jm) == (whole.width, whole.height, whole.sizes)


_rects = st.builds(
    lambda x, y, w, h: Rect(x, y, w, h),
    st.floats(-20, 100),
    st.floats(-20, 100),
    st.floats(0.5, 60),
    st.floats(0.5, 60),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_rects, min_size=1, max_size=6), st.floats(0.01, 99.99), st.floats(0.01, 99.99))
def test_the_faded_part_covers_everything_outside_the_stage_exactly_once(holes, px, py):
    """``complement``: what a stage walk fades (canvas and slides). A point of the map is
    covered by one faded rectangle if it lies outside every hole, by none if inside."""
    outer = Rect(0.0, 0.0, 100.0, 100.0)
    pieces = complement(outer, holes)
    inside_hole = any(h.x < px < h.right and h.y < py < h.bottom for h in holes)
    on_edge = any(
        (abs(px - h.x) < 1e-6 or abs(px - h.right) < 1e-6 or abs(py - h.y) < 1e-6)
        or abs(py - h.bottom) < 1e-6
        for h in holes
    )
    covering = sum(p.x < px < p.right and p.y < py < p.bottom for p in pieces)
    if not on_edge:
        assert covering == (0 if inside_hole else 1)
    for p in pieces:  # never outside the map, never empty
        assert p.w > 0 and p.h > 0
        assert outer.x <= p.x and p.right <= outer.right + 1e-9
        assert outer.y <= p.y and p.bottom <= outer.bottom + 1e-9


def test_a_stage_and_its_markers_are_framed_and_the_rest_faded():
    layout = compute_layout(generate_map(60, seed=4))
    stage = layout.stages[1]
    region = stage_region(layout, stage.stage_id)
    assert region[0] == stage.column
    faded = faded_rects(layout, stage.stage_id)
    area = sum(r.w * r.h for r in faded)
    assert area < layout.width * layout.height - stage.column.w * stage.column.h + 1e-3
    assert area > 0.5 * layout.width * layout.height
    assert stage_frame(layout, "missing", 960, 540) is None and faded_rects(layout, "x") == []
    ids = [s.stage_id for s in layout.stages]
    assert stage_after(layout, None, True) == ids[0]
    assert stage_after(layout, None, False) == ids[-1]
    assert stage_after(layout, ids[-1], True) is None
    assert stage_after(layout, ids[0], False) is None

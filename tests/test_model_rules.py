"""Model rules a user relies on: validation on assignment, migrations, photos, templates."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cjdesigner.model import (
    SCHEMA_VERSION,
    JourneyMap,
    Language,
    MapFileError,
    Opportunity,
    Pain,
    Persona,
    Stage,
    Touchpoint,
    load_map,
    map_from_bytes,
    map_to_bytes,
)
from cjdesigner.model.edits import apply_fields, deletion
from cjdesigner.model.journey import find_reference_problem
from cjdesigner.model.photo import MAX_PHOTO_BYTES, check_photo, photo_size
from cjdesigner.model.templates import TEMPLATES, new_map_from_template
from tests.factories import png_bytes, small_map


def test_assigning_a_field_validates_it():
    tp = small_map().touchpoints[0]
    with pytest.raises(ValidationError):
        tp.emotion = 6
    with pytest.raises(ValidationError):
        tp.title = ""
    tp.emotion = -4.5
    assert tp.emotion == -4.5


def test_ids_are_uuid4_strings_and_unique():
    jm = small_map()
    ids = [jm.id, jm.persona.id] + [o.id for o in (*jm.stages, *jm.touchpoints, *jm.pains)]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


def test_version_zero_file_is_migrated_on_load(fixtures_dir):
    jm = load_map(fixtures_dir / "v0-draft.journey.json")
    assert jm.version == SCHEMA_VERSION
    assert jm.persona.name == "Lucía"
    assert [(s.name, s.width) for s in jm.stages] == [("Búsqueda", 1.5), ("Pago", 0.8)]
    assert [(t.title, t.stage_id, t.emotion) for t in jm.touchpoints] == [
        ("Busca el concierto", "st-1", 3.0),
        ("Pasarela de pago", "st-2", -4.0),
    ]
    assert [p.title for p in jm.pains] == ["Comisión sorpresa"]
    assert jm.opportunities[0].answers_pain_id == "mk-1"
    # A migrated map saves as the current version.
    assert map_from_bytes(map_to_bytes(jm)) == jm


def test_version_zero_errors_still_name_the_place(fixtures_dir, tmp_path):
    text = (fixtures_dir / "v0-draft.journey.json").read_text(encoding="utf-8")
    broken = tmp_path / "old.journey.json"
    broken.write_text(text.replace('"score": -4', '"score": -9'), encoding="utf-8")
    with pytest.raises(
        MapFileError, match=r"touchpoints\[1\]\.emotion: must be between -5 and \+5"
    ):
        load_map(broken)


def test_persona_photo_png_is_kept_and_round_trips_as_base64():
    photo = png_bytes(2, 2)
    jm = small_map()
    jm.persona.photo = photo
    again = map_from_bytes(map_to_bytes(jm))
    assert again.persona.photo == photo
    assert b'"photo": "iVBORw0KGgo' in map_to_bytes(jm)


def test_photo_claiming_huge_size_is_refused_from_its_header():
    with pytest.raises(ValueError, match="100000 × 100000"):
        check_photo(png_bytes(100_000, 100_000))


def test_photo_rules():
    with pytest.raises(ValueError, match="not a PNG or JPEG"):
        check_photo(b"GIF89a....")
    with pytest.raises(ValueError, match="too large"):
        check_photo(png_bytes(2, 2) + b"\x00" * MAX_PHOTO_BYTES)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + (
        b"\xff\xc0\x00\x11\x08\x00\x30\x00\x40\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    )
    assert photo_size(jpeg) == (64, 48)
    with pytest.raises(ValidationError):
        Persona(photo=b"not an image")


def test_every_template_in_both_languages_makes_a_valid_map():
    for template in TEMPLATES:
        for language in ("es", "en"):
            jm = new_map_from_template(template.key, language)
            assert jm.language == Language(language)
            assert jm.stages and jm.lanes and jm.persona.name
            assert find_reference_problem(jm) is None
            assert template.name(language) and template.description(language)
    es = [s.name for s in new_map_from_template("purchase", "es").stages]
    assert es == ["Consideración", "Comparación", "Compra", "Postventa", "Fidelización"]
    en = [s.name for s in new_map_from_template("lifecycle", "en").stages]
    assert en == ["Awareness", "Acquisition", "Onboarding", "Engagement", "Retention", "Advocacy"]


def test_deleting_a_stage_with_its_dependents_leaves_no_dangling_reference():
    jm = small_map()
    stage = jm.stage(jm.touchpoints[1].stage_id)  # holds the pain and the opportunity
    jm.pains.append(Pain(title="Stage pain", stage_id=stage.id))
    elsewhere = Opportunity(
        title="Elsewhere", stage_id=jm.stages[2].id, answers_pain_id=jm.pains[0].id
    )
    jm.opportunities.append(elsewhere)
    jm.lanes[0].cells[stage.id] = "notes"
    gone = deletion(jm, [stage.id])
    assert gone.touchpoint_ids and gone.pain_ids and gone.opportunity_ids
    assert gone.unlinked_opportunity_ids == [elsewhere.id]
    assert stage.id not in gone.lane_cells[jm.lanes[0].id]
    _apply(jm, gone)
    assert find_reference_problem(jm) is None


def test_deleting_several_stages_at_once_leaves_no_dangling_reference():
    """Two stages: an opportunity of the second answers a pain of the first, and every
    lane holds notes for both. Stage by stage, the second stage's lane notes brought the
    first's back and the first cleared a link on an opportunity the second removed."""
    jm = small_map()
    first, second = jm.stages[0], jm.stages[1]
    pain = Pain(title="Early pain", stage_id=first.id)
    answer = Opportunity(title="Later answer", stage_id=second.id, answers_pain_id=pain.id)
    jm.pains.append(pain)
    jm.opportunities.append(answer)
    for lane in jm.lanes:
        lane.cells.update({first.id: "one", second.id: "two"})
    for order in ([first.id, second.id], [second.id, first.id]):
        gone = deletion(jm, order)
        assert gone.stage_ids == [first.id, second.id]  # map order, whatever the selection
        assert answer.id in gone.opportunity_ids and answer.id not in gone.unlinked_opportunity_ids
        assert all(
            first.id not in cells and second.id not in cells for cells in gone.lane_cells.values()
        )
    survivor = jm.model_copy(deep=True)
    _apply(survivor, deletion(survivor, [second.id, first.id]))
    assert find_reference_problem(survivor) is None
    assert [s.id for s in survivor.stages] == [s.id for s in jm.stages[2:]]


def _apply(jm, gone) -> None:
    """Carry out a deletion on a bare model, in the order the delete command uses."""
    for opp in jm.opportunities:
        if opp.id in gone.unlinked_opportunity_ids:
            opp.answers_pain_id = None
    for lane in jm.lanes:
        if lane.id in gone.lane_cells:
            lane.cells = gone.lane_cells[lane.id]
    # Each assignment re-validates the whole map, so dependents go first.
    jm.opportunities = [o for o in jm.opportunities if o.id not in gone.opportunity_ids]
    jm.pains = [p for p in jm.pains if p.id not in gone.pain_ids]
    jm.touchpoints = [t for t in jm.touchpoints if t.id not in gone.touchpoint_ids]
    jm.stages = [s for s in jm.stages if s.id not in gone.stage_ids]


def test_apply_fields_changes_an_anchor_atomically_or_not_at_all():
    jm = small_map()
    pain = jm.pains[0]
    old = apply_fields(pain, {"touchpoint_id": None, "stage_id": jm.stages[0].id})
    assert old == {"touchpoint_id": jm.touchpoints[1].id, "stage_id": None}
    assert pain.anchor_id == jm.stages[0].id
    with pytest.raises(ValidationError):
        apply_fields(pain, {"severity": 9, "title": "new"})
    assert pain.severity == 3 and pain.title == "Hidden fees"


def test_limits_refuse_absurd_sizes():
    with pytest.raises(ValidationError):
        JourneyMap(title="x", stages=[Stage(name=f"s{i}") for i in range(101)])
    stage = Stage(name="s")
    with pytest.raises(ValidationError):
        Touchpoint(stage_id=stage.id, title="t" * 201)

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
from cjdesigner.model.edits import apply_fields, stage_dependents
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
    deps = stage_dependents(jm, stage.id)
    assert deps.touchpoint_ids and deps.pain_ids and deps.opportunity_ids
    assert deps.unlinked_opportunity_ids == [elsewhere.id]
    elsewhere.answers_pain_id = None
    # Each assignment re-validates the whole map, so dependents go first.
    jm.opportunities = [o for o in jm.opportunities if o.id not in deps.opportunity_ids]
    jm.pains = [p for p in jm.pains if p.id not in deps.pain_ids]
    jm.touchpoints = [t for t in jm.touchpoints if t.id not in deps.touchpoint_ids]
    for lane in jm.lanes:
        lane.cells.pop(stage.id, None)
    jm.stages = [s for s in jm.stages if s.id != stage.id]
    assert find_reference_problem(jm) is None


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

"""Malformed files never crash or hang: every failure is a MapFileError naming file and place."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from cjdesigner.model import MapFileError, load_map, map_to_bytes
from tests.factories import small_map
from tests.perf.mapgen import generate_map
from tests.reliability.mutate import mutants

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MUTANTS = int(os.environ.get("CJD_MUTANTS", "2000"))
HANG_GUARD_S = 5.0  # a generous bound that only a hang would break (goal: < 1 s, see bench)


def _seed_files() -> list[bytes]:
    files = [p.read_bytes() for p in sorted(SAMPLES.glob("*.journey.json"))]
    return files or [map_to_bytes(small_map()), map_to_bytes(generate_map(40, seed=3))]


def _check_answer(path: Path) -> float:
    start = time.perf_counter()
    try:
        load_map(path)
    except MapFileError as exc:
        message = str(exc)
        assert str(path) in message
        assert exc.reason and "\n" not in message and "Traceback" not in message
        assert len(message) < 600, message[:200]
    elapsed = time.perf_counter() - start
    assert elapsed < HANG_GUARD_S, f"{path.name} took {elapsed:.1f} s"
    return elapsed


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_every_corpus_file_is_refused_with_a_clear_message(name):
    path = CORPUS / name
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert str(path) in str(info.value)
    assert info.value.reason


def test_mutated_copies_of_real_maps_never_crash(tmp_path):
    """Each mutant either loads (the damage was harmless) or gives a MapFileError."""
    slowest = 0.0
    for i, data in enumerate(mutants(_seed_files(), MUTANTS, seed=2026)):
        path = tmp_path / f"mutant-{i % 50}.journey.json"
        path.write_bytes(data)
        slowest = max(slowest, _check_answer(path))
    print(f"{MUTANTS} mutants answered; slowest {slowest * 1000:.1f} ms")


def test_ten_megabyte_string_is_refused_quickly(tmp_path):
    text = map_to_bytes(small_map()).replace(
        b'"scenario": ""', b'"scenario": "' + b"y" * 10_000_000 + b'"'
    )
    path = tmp_path / "big.journey.json"
    path.write_bytes(text)
    start = time.perf_counter()
    with pytest.raises(MapFileError, match="too long"):
        load_map(path)
    assert time.perf_counter() - start < HANG_GUARD_S


def test_mutated_ojf_files_never_crash(tmp_path):
    """The importer answers every damaged .ojf with a map or a MapFileError."""
    from cjdesigner.interop.ojf import import_ojf

    real = Path(__file__).resolve().parents[2] / "shared" / "interop" / "ojf"
    fixtures = Path(__file__).resolve().parent / "fixtures" / "ojf"
    seeds = [p.read_bytes() for p in sorted(real.glob("*.ojf"))] + [
        p.read_bytes() for p in sorted(fixtures.glob("dialect-*.ojf"))
    ]
    for i, data in enumerate(mutants(seeds, MUTANTS // 4, seed=11)):
        path = tmp_path / f"mutant-{i % 20}.ojf"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            import_ojf(path)
        except MapFileError as exc:
            assert str(path) in str(exc) and exc.reason and "\n" not in str(exc)
        assert time.perf_counter() - start < HANG_GUARD_S

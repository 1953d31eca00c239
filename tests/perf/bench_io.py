"""Load and save of large maps vs json.loads / json.dumps + the same atomic write."""

from __future__ import annotations

import gc
import json
import tempfile
from pathlib import Path

from cjdesigner.model import JourneyMap, map_from_bytes, map_to_bytes, save_map
from cjdesigner.model.files import atomic_write_bytes

from .harness import Row, interleaved_medians, repeats
from .mapgen import generate_map


def _rows_for(n: int, jm: JourneyMap, folder: Path, runs: int) -> list[Row]:
    runs = repeats(n, runs)
    data = map_to_bytes(jm)
    as_dict = json.loads(data)
    size = f"{n} tp, {len(data) / 1e6:.1f} MB"
    # Each result is kept until the next run's setup: freeing a map is not part of loading
    # it (the app keeps what it loaded), and freeing pydantic objects costs more than
    # freeing json.loads' dicts, so a result dropped inside the timing charged ours for it
    # (2,000 tp: 1.61-1.70x dropped, 1.47-1.56x kept, same runs). The floor's dicts are
    # kept alike. Both sides then start from the same collector state (nothing young
    # pending), so neither pays for garbage the other left behind.
    kept: list[object] = []

    def setup() -> None:
        kept.clear()
        gc.collect()

    load, floor = interleaved_medians(
        [lambda: kept.append(map_from_bytes(data)), lambda: kept.append(json.loads(data))],
        runs,
        setup=setup,
    )
    kept.clear()
    rows = [
        Row("files", "load (parse + validate)", size, load, floor, 1.5, note="floor: json.loads")
    ]
    target = folder / f"bench-{n}.journey.json"
    floor_target = folder / f"floor-{n}.json"

    def floor_save() -> None:
        text = json.dumps(as_dict, indent=2, ensure_ascii=False)
        atomic_write_bytes(floor_target, text.encode())

    save, floor = interleaved_medians(
        [lambda: save_map(jm, target), floor_save], runs, setup=gc.collect
    )
    note = "floor: json.dumps + same write"
    rows.append(Row("files", "save (serialise + atomic write)", size, save, floor, 1.5, note=note))
    return rows


def run(sizes: list[int], runs: int) -> list[Row]:
    """Rows for load and save at each size."""
    with tempfile.TemporaryDirectory(prefix="cjd-bench-io-") as scratch:
        folder = Path(scratch)
        rows: list[Row] = []
        for n in sizes:
            rows += _rows_for(n, generate_map(n, seed=n), folder, runs)
    return rows

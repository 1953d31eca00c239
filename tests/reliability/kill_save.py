"""Kill a saving process at random moments and check the file is always whole.

Run as a script (no Qt): ``python -m tests.reliability.kill_save ITERATIONS FOLDER SEED``.
For each iteration a forked child saves versions A and B of a map to the same path in
a loop; the parent SIGKILLs it after a random delay, then loads the path: it must be
exactly A or exactly B, and no temporary file may be mistaken for the map. A last save
must remove every temporary the killed saves left. Prints one summary line, ``killed N
saves: N intact (A a, B b), 0 broken; temporaries seen after kills t, after the next
save 0``, and exits 1 on failure.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

from cjdesigner.model import load_map, save_map
from tests.perf.mapgen import generate_map


def main(iterations: int, folder: Path, seed: int) -> int:
    """Run the kill loop; returns the exit status."""
    rnd = random.Random(seed)
    version_a = generate_map(300, seed=1)
    version_b = version_a.model_copy(deep=True)
    version_b.title = "Version B"
    for tp in version_b.touchpoints:
        tp.emotion = -tp.emotion
    target = folder / "victim.journey.json"
    save_map(version_a, target)
    counts = {"A": 0, "B": 0}
    broken: list[str] = []
    left_by_kills = 0
    for i in range(iterations):
        pid = os.fork()
        if pid == 0:  # child: save forever, alternating versions
            try:
                flip = False
                while True:
                    save_map(version_b if flip else version_a, target)
                    flip = not flip
            finally:
                os._exit(0)
        time.sleep(rnd.uniform(0.0005, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        try:
            loaded = load_map(target)
        except Exception as exc:  # any failure here is the finding
            broken.append(f"iteration {i}: {exc}")
            continue
        if loaded == version_a:
            counts["A"] += 1
        elif loaded == version_b:
            counts["B"] += 1
        else:
            broken.append(f"iteration {i}: the file is a mix of versions")
        # a killed save may leave its temporary file (never mistaken for the map); the
        # next save of the same file, in the next child, removes it
        left_by_kills += len(list(folder.glob(".victim.journey.json.*.tmp")))
    save_map(version_a, target)  # one more save, with every killed saver gone
    remaining = len(list(folder.glob(".victim.journey.json.*.tmp")))
    print(
        f"killed {iterations} saves: {counts['A'] + counts['B']} intact "
        f"(A {counts['A']}, B {counts['B']}), {len(broken)} broken; "
        f"temporaries seen after kills {left_by_kills}, after the next save {remaining}"
    )
    for line in broken[:10]:
        print(line)
    return 1 if broken or remaining else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])))

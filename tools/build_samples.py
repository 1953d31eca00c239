"""Write the sample maps: ``python tools/build_samples.py [OUTPUT_FOLDER]`` (default: samples/).

The maps are literal tables in tools/samples/; ids and timestamps are fixed, so running
this again reproduces the committed files byte for byte.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cjdesigner.model import save_map  # noqa: E402
from tools.samples import aerolinea, coffee, coffee_future, concesionario, saas  # noqa: E402

MAPS = {
    "aerolinea.journey.json": aerolinea.journey,
    "concesionario.journey.json": concesionario.journey,
    "subscription-saas.journey.json": saas.journey,
    "coffee-shop.journey.json": coffee.journey,
    "coffee-shop-future.journey.json": coffee_future.journey,
}


def main(argv: list[str]) -> int:
    """Build every sample into the output folder."""
    out = Path(argv[0]) if argv else ROOT / "samples"
    out.mkdir(parents=True, exist_ok=True)
    for name, make in MAPS.items():
        save_map(make(), out / name)
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

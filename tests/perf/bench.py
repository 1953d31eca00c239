"""Benchmarks: ``python tests/perf/bench.py [--quick] [--sizes 200,2000,20000]``.

Prints one table (each figure as a ratio to a floor measured in the same run, median
of several runs, with the absolute median beside it) and writes it to
``tests/perf/RESULTS.md`` with the date and the machine. Not part of the pass/fail
suite: speed goals are read here, never asserted in tests.

Sections are the ``bench_*.py`` modules next to this file; each has
``run(sizes: list[int], runs: int) -> list[Row]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.harness import Row  # noqa: E402


def _sections(only: list[str] | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or n.removeprefix("bench_") in only]


def _fmt(seconds: float, unit: str) -> str:
    if unit != "s":
        return f"{seconds:,.1f} {unit}"
    if seconds < 0.001:  # a floor of a few hundredths of a millisecond must not read 0.0
        return f"{seconds * 1000:.3f} ms"
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| section | what | size | median | floor | ratio | goal | met |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        goal = f"≤ {r.goal:g}×" if r.goal is not None else "—"
        if r.limit is not None:
            plus = "+" if r.floor_s is not None else ""
            goal = f"≤ {plus}{r.limit:g} {r.unit}"
        met = {True: "yes", False: "**NO**", None: "—"}[r.met]
        floor = _fmt(r.floor_s, r.unit) if r.floor_s is not None else "—"
        note = f" ({r.note})" if r.note else ""
        cells = [r.section, r.what + note, r.size, _fmt(r.value_s, r.unit), floor, ratio, goal, met]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _touchpoints(size: str) -> int | None:
    head = size.split(" ", 1)[0].replace(",", "")
    return int(head) if head.isdigit() else None


def growth_rows(rows: list[Row], small: int = 2000, big: int = 20000) -> list[Row]:
    """Each figure measured at both sizes: how much it grows (goal ≤ 12×, near-linear)."""
    at: dict[tuple[str, str], dict[int, Row]] = {}
    for r in rows:
        n = _touchpoints(r.size)
        if n in (small, big) and r.section != "growth":
            at.setdefault((r.section, r.what), {})[n] = r
    out = []
    for (section, what), by_size in at.items():
        if small in by_size and big in by_size:
            a, b = by_size[small], by_size[big]
            out.append(
                Row(
                    "growth",
                    f"{section}: {what}",
                    f"{small:,} → {big:,} tp",
                    b.value_s,
                    a.value_s,
                    12.0,
                    a.unit,
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the sections and print/write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2000,20000", help="touchpoint counts")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="2,000 touchpoints, 3 runs")
    parser.add_argument("--only", default="", help="comma-separated sections (io, canvas, pdf…)")
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args(argv)
    sizes = [2000] if args.quick else [int(x) for x in args.sizes.split(",") if x]
    runs = 3 if args.quick else max(5, args.runs)
    rows: list[Row] = []
    for name in _sections([x for x in args.only.split(",") if x] or None):
        module = importlib.import_module(f"tests.perf.{name}")
        print(f"running {name}…", file=sys.stderr, flush=True)
        rows.extend(module.run(sizes, runs))
    rows += growth_rows(rows)
    text = table(rows)
    print(text)
    if not args.no_write:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        machine = (
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}"
        )
        header = (
            f"# Benchmark results\n\nRun {stamp} on {machine}; median of {runs} runs (15 at "
            "200 touchpoints, 9 at 2,000: quick figures are the noisiest), each figure and its "
            "floor timed in alternating rounds; drag p95 over 150 frames.\n\n"
        )
        (HERE / "RESULTS.md").write_text(header + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Headless commands: ``validate``, ``schema``, ``convert``, ``export``.

Runs without a display and without importing Qt. Bad input prints one line on stderr
naming the file, the place and the reason, and exits with status 2; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from cjdesigner import __version__
from cjdesigner.interop.formats import read_map, write_map
from cjdesigner.model import JourneyMap, MapFileError

EXIT_OK = 0
EXIT_BAD_INPUT = 2

COMMANDS = ("validate", "schema", "convert", "export")


def _counts(journey_map: JourneyMap) -> str:
    parts = [
        (len(journey_map.stages), "stage"),
        (len(journey_map.touchpoints), "touchpoint"),
        (len(journey_map.pains), "pain"),
        (len(journey_map.opportunities), "opportunity"),
        (len(journey_map.lanes), "lane"),
    ]
    words = []
    for n, noun in parts:
        plural = "opportunities" if noun == "opportunity" else noun + "s"
        words.append(f"{n} {noun if n == 1 else plural}")
    return ", ".join(words)


def cmd_validate(args: argparse.Namespace) -> int:
    """Check each file; one line per file; status 2 when any is bad."""
    status = EXIT_OK
    for path in args.files:
        try:
            result = read_map(path)
        except MapFileError as exc:
            print(exc, file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        print(f"{path}: ok ({_counts(result.journey_map)})")
        for note in result.notes:
            print(f"{path}: note: {note}")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of the .journey.json format."""
    schema = JourneyMap.model_json_schema(mode="validation")
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    """Convert between formats, chosen by the file extensions."""
    try:
        result = read_map(args.input)
        notes = list(result.notes)
        notes += write_map(result.journey_map, args.output)
    except MapFileError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"{args.output}: written ({_counts(result.journey_map)})")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Export a map as a PDF poster, stage slides, CSV table, PNG or SVG image."""
    wanted = (args.pdf, args.slides, args.pptx, args.csv, args.findings, args.png, args.svg)
    if not any(wanted):
        print(
            "export: say what to write: --pdf, --slides, --pptx, --csv, --findings, --png or --svg",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        result = read_map(args.file)
    except MapFileError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    jm = result.journey_map
    source = os.path.basename(args.file)
    try:
        if args.pdf:
            from cjdesigner.export.pdf import export_pdf

            pdf = export_pdf(jm, args.pdf, args.paper, args.tile, not args.portrait, source)
            for warning in pdf.warnings:
                print(f"{args.pdf}: warning: {warning}", file=sys.stderr)
            print(
                f"{args.pdf}: written ({pdf.pages} pages, {pdf.paper}, "
                f"smallest text {pdf.smallest_printed:.1f} pt)"
            )
        if args.slides:
            from cjdesigner.export.pdf_slides import export_slides

            slides = export_slides(jm, args.slides, source)
            for warning in slides.warnings:
                print(f"{args.slides}: warning: {warning}", file=sys.stderr)
            print(f"{args.slides}: written ({slides.pages} slides, {slides.paper})")
        if args.pptx:
            from cjdesigner.export.pptx_deck import export_pptx

            deck = export_pptx(jm, args.pptx, source)
            print(f"{args.pptx}: written ({deck.slides} slides)")
        if args.csv:
            from cjdesigner.export.table import export_csv

            count = export_csv(jm, args.csv, bom=args.bom)
            print(f"{args.csv}: written ({count} rows)")
        if args.findings:
            from cjdesigner.export.table import export_findings_csv

            count = export_findings_csv(jm, args.findings, bom=args.bom)
            print(f"{args.findings}: written ({count} stages)")
        if args.png or args.svg:
            from cjdesigner.export import image

            scene = image.map_scene(jm)
            try:
                if args.png:
                    width, height = image.render_png(scene, args.png, args.dpi)
                    print(f"{args.png}: written ({width} × {height} px at {args.dpi:g} dpi)")
                if args.svg:
                    image.render_svg(scene, args.svg, jm.title)
                    print(f"{args.svg}: written")
            finally:
                image.dispose(scene)
    except MapFileError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OSError, ValueError) as exc:
        print(f"{args.file}: cannot export: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _paper(value: str) -> str:
    from cjdesigner.export.paper import paper_name

    try:
        return paper_name(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``python -m cjdesigner``."""
    parser = argparse.ArgumentParser(
        prog="cjdesigner",
        description="CJ Designer: customer journey maps. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"CJ Designer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check map files and report problems")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("schema", help="print the JSON Schema of the map format")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("convert", help="convert between .journey.json, .ojf and .csv (a table)")
    p.add_argument("input", metavar="IN")
    p.add_argument("output", metavar="OUT")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("export", help="write a PDF poster, CSV table, PNG or SVG image")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pdf", metavar="OUT", help="PDF poster and hand-over")
    p.add_argument(
        "--paper",
        type=_paper,
        default="A1",
        help="A0–A4, letter, tabloid, arch-d, arch-e (default A1)",
    )
    p.add_argument(
        "--tile", choices=("a4", "letter"), type=str.lower, help="cut the poster onto office sheets"
    )
    p.add_argument("--portrait", action="store_true", help="portrait instead of landscape")
    p.add_argument(
        "--slides", metavar="OUT", help="PDF slides: the whole map, then one 16:9 page per stage"
    )
    p.add_argument(
        "--pptx",
        metavar="OUT",
        help="PowerPoint slides: the whole map, then one per stage, with speaker notes",
    )
    p.add_argument("--csv", metavar="OUT", help="touchpoints, pains and opportunities as CSV")
    p.add_argument(
        "--findings", metavar="OUT", help="per-stage findings as CSV (emotion, pains, NPS…)"
    )
    p.add_argument("--bom", action="store_true", help="start CSV files with a BOM (for Excel)")
    p.add_argument("--png", metavar="OUT", help="PNG image of the canvas")
    p.add_argument("--dpi", type=float, default=150.0, help="PNG resolution (default 150)")
    p.add_argument("--svg", metavar="OUT", help="SVG image of the canvas")
    p.set_defaults(func=cmd_export)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    return int(args.func(args))

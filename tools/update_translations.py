"""Refresh the Spanish translation: lupdate the sources, fill in tools/translations_es.py,
compile the .qm. ``python tools/update_translations.py`` (needs the venv's PySide6)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tools.translations_es import ES  # noqa: E402

TS = ROOT / "cjdesigner" / "translations" / "cjdesigner_es.ts"
BIN = Path(sys.executable).parent


def main() -> int:
    """Update the .ts and build the .qm; returns 1 when a string has no translation."""
    folders = ("ui", "canvas", "canvas/items")
    sources = sorted(str(p) for d in folders for p in (ROOT / "cjdesigner" / d).glob("*.py"))
    sources.append(str(ROOT / "cjdesigner" / "app.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-ts",
            str(TS),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "es_ES")
    missing = []
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in ES:
            translation.text = ES[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )
    for source in missing:
        print(f"no Spanish for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m cjdesigner`` and the ``cjdesigner`` script: a CLI command, or the GUI.

``cjdesigner validate|schema|convert|…`` runs headless; anything else (no arguments,
or file names) opens the app. The GUI is imported lazily so the CLI never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None, gui_only: bool = False) -> int:
    """Entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not gui_only:
        from cjdesigner import cli

        if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help", "--version")):
            return cli.run(args)
    from cjdesigner import app

    return app.run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

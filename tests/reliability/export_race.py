"""Start PDF exports and replace the window (a language switch) while they run.

Run as a script: ``python -m tests.reliability.export_race TOUCHPOINTS EXPORTS``. Each
export is started on its worker thread, then after a varying pause (0-60 ms, so that some
exports finish just as the window is deleted) the window is replaced and the old one is
deleted at once. Prints ``N exports, N files`` and exits 0 if the process survived. Before
2026-11-25 the worker reported to an object of the deleted window: a segfault in up to 2
of 4 runs of 80 exports (a race: some batches of 8 runs had none).
"""

from __future__ import annotations

import faulthandler
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main(touchpoints: int, exports: int) -> int:
    faulthandler.enable()
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from cjdesigner import app
    from cjdesigner.document import Document
    from cjdesigner.ui import dialogs
    from cjdesigner.ui.export_dialog import PdfOptions
    from tests.perf.mapgen import generate_map

    out = Path(tempfile.mkdtemp(prefix="cjd-export-race-"))
    dialogs.AUTO_ANSWERS.update({"error": True, "info": True})
    window = app.create_main_window()
    app._windows.append(window)
    window.show()
    window.set_document(Document(generate_map(touchpoints, seed=3)))
    qapp = QApplication.instance()
    threads = []
    for i in range(exports):
        journey_map = window.document.journey_map.model_copy(deep=True)
        window.exports.start_pdf(journey_map, str(out / f"{i}.pdf"), PdfOptions("A0", True, None))
        threads.append(window.exports._thread)
        time.sleep(0.01 * (i % 7))
        window = app.switch_language(window, "es" if i % 2 else "en")
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
    for thread in threads:
        thread.join(60)
    qapp.processEvents()
    print(f"{exports} exports, {len(list(out.glob('*.pdf')))} files")
    shutil.rmtree(out, ignore_errors=True)  # 41 MB of posters a run, left in /tmp before
    return 0


if __name__ == "__main__":
    status = main(int(sys.argv[1]), int(sys.argv[2]))
    sys.stdout.flush()
    os._exit(status)

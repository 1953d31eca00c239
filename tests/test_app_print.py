"""File ▸ Print: preview, sheets across with a legibility check, the printer's paper,
and what reaches the printer (printed here to a PDF file and read back)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from cjdesigner.export import printing
from cjdesigner.export.paper import MM
from cjdesigner.ui import dialogs, print_dialog
from tests.helpers import pdf_page_images, right_and_bottom_blank, window_on_copy

A4_LANDSCAPE = (842.0, 595.0)


@pytest.fixture
def seen(monkeypatch):
    record: dict = {"errors": [], "asked": 0}
    monkeypatch.setattr(dialogs, "show_error", lambda p, t, msg: record["errors"].append(msg))
    return record


@pytest.fixture
def window(qtbot, tmp_path, seen):
    return window_on_copy(qtbot, tmp_path)


def _to_file(window, path, paper=QPageSize.PageSizeId.A4) -> QPrinter:
    """The window's printer, printing into a PDF file instead of on paper."""
    printer = print_dialog.session_printer(window)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(QPageSize(paper), QPageLayout.Orientation.Landscape, QMarginsF())
    )
    return printer


def _printer_answers(monkeypatch, seen, answer=True):
    def ask(parent, printer):
        seen["asked"] += 1
        return answer

    monkeypatch.setattr(dialogs, "ask_printer", ask)


def _open_dialog(window, qtbot, monkeypatch, act):
    """Run File ▸ Print with ``act(dialog)`` in place of the user."""

    def exec_(dialog):
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(print_dialog.PrintDialog, "exec", exec_)
    return window.exports.print_action.trigger()


def test_print_sits_in_the_file_menu_under_the_system_key(window):
    actions = window.menus["file"].actions()
    names = [a.objectName() for a in actions]
    menus = [a.menu().objectName() if a.menu() else "" for a in actions]
    assert menus.index("menu_export") < names.index("action_print") < names.index("action_close")
    action = window.exports.print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action.shortcut().toString() == "Ctrl+P"


def test_ctrl_p_opens_the_preview_of_the_whole_map(window, qtbot, monkeypatch):
    shown = {}

    def look(dialog):
        shown["pages"] = dialog.plan().pages
        shown["preview"] = dialog.preview.pageCount()
        shown["title"] = dialog.windowTitle()
        dialog.reject()

    monkeypatch.setattr(print_dialog.PrintDialog, "exec", lambda d: (look(d), d.result())[1])
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown["title"] == "Print"
    assert shown["preview"] == shown["pages"] >= 1


def test_one_sheet_prints_the_whole_map_centred_on_the_printers_paper(
    window, qtbot, monkeypatch, seen, tmp_path
):
    out = tmp_path / "printed.pdf"
    _to_file(window, out)
    _printer_answers(monkeypatch, seen)
    before = window.document.journey_map.model_dump()

    def act(dialog):
        dialog.across.setValue(1)
        assert dialog.print_now()

    _open_dialog(window, qtbot, monkeypatch, act)
    assert seen["asked"] == 1 and seen["errors"] == []
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4_LANDSCAPE, abs=1)
    page = pdf_page_images(out)[0]
    # the first stage's header tint (the map's own colours reach the paper)
    layout = window.view.map_scene().layout
    stage = layout.stages[0]
    size = (layout.width, layout.height)
    plan = printing.plan_print(size, layout.sizes.smallest_text(), A4_LANDSCAPE, 1)
    x0 = (A4_LANDSCAPE[0] - layout.width * plan.scale) / 2
    y0 = (A4_LANDSCAPE[1] - layout.height * plan.scale) / 2
    header = stage.header
    cx = (x0 + (header.x + header.w * 0.8) * plan.scale) * 0.5
    cy = (y0 + (header.y + header.h * 0.85) * plan.scale) * 0.5
    r, g, b = page.getpixel((int(cx), int(cy)))
    assert (r, g, b) != (255, 255, 255) and max(r, g, b) - min(r, g, b) > 8
    assert page.getpixel((3, 3)) == (255, 255, 255)  # the margin stays paper
    assert window.statusBar().currentMessage().startswith("Sent 1 page to ")
    assert window.document.journey_map.model_dump() == before
    assert window.document.undo_stack.count() == 0 and not window.document.is_dirty


def test_too_small_text_is_named_and_the_legible_sheet_count_offered(window, qtbot, monkeypatch):
    _to_file(window, "unused.pdf")
    seen = {}

    def act(dialog):
        dialog.across.setValue(1)
        seen["one"] = dialog.summary.text()
        seen["offer"] = dialog.use_legible.isVisibleTo(dialog), dialog.use_legible.text()
        qtbot.mouseClick(dialog.use_legible, Qt.MouseButton.LeftButton)
        seen["across"] = dialog.across.value()
        seen["after"] = dialog.summary.text()
        seen["offer_after"] = dialog.use_legible.isVisibleTo(dialog)
        seen["before"] = (
            dialog.plan().legible,
            printing.plan_print(
                dialog.map_size, dialog.smallest_text, A4_LANDSCAPE, dialog.across.value() - 1
            ).legible,
        )
        dialog.reject()

    _open_dialog(window, qtbot, monkeypatch, act)
    assert "The whole map on one sheet" in seen["one"]
    assert "Under 7 pt is hard to read on paper" in seen["one"]
    n = seen["across"]
    assert seen["offer"] == (True, f"&Use {n} Sheets Across") and n > 1
    assert seen["before"] == (True, False)  # the fewest that are legible
    assert "and an assembly sheet" in seen["after"] and "Under 7 pt" not in seen["after"]
    assert not seen["offer_after"]


def test_tiled_print_has_an_assembly_sheet_then_labelled_sheets_that_overlap(
    window, qtbot, monkeypatch, seen, tmp_path
):
    out = tmp_path / "tiled.pdf"
    _to_file(window, out)
    _printer_answers(monkeypatch, seen)
    plans = []

    def act(dialog):
        dialog.across.setValue(3)
        plans.append(dialog.plan())
        assert dialog.print_now()

    _open_dialog(window, qtbot, monkeypatch, act)
    plan = plans[0]
    assert plan.grid.cols == 3 and plan.legible
    reader = PdfReader(out)
    assert len(reader.pages) == plan.pages == 1 + plan.grid.rows * 3
    texts = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages
    ]
    assert texts[0].startswith("Montaje: Volar con Iberalia")  # the map speaks Spanish
    labels = [re.search(r"hoja ([A-Z]+[0-9]+): fila", t).group(1) for t in texts[1:]]
    rows = "ABCDEFG"[: plan.grid.rows]
    assert labels == [f"{r}{c}" for r in rows for c in (1, 2, 3)]
    assert f"hoja B2: fila 2 de {plan.grid.rows}, columna 2 de 3" in texts[1 + 3 + 1]
    # neighbouring sheets repeat the overlap: the right edge of A1's printed area shows
    # what A2 shows at its left edge
    pages = pdf_page_images(out, scale=1)
    m, ov = 12 * MM, 10 * MM
    a1, a2 = pages[1], pages[2]
    w, h = A4_LANDSCAPE
    strip_a1 = a1.crop((int(w - m - ov + 3), int(m + 40), int(w - m - 3), int(h - m - 40)))
    strip_a2 = a2.crop((int(m + 3), int(m + 40), int(m + ov - 3), int(h - m - 40)))
    assert strip_a1.size == strip_a2.size
    assert strip_a1.getcolors(1 << 16) is not None
    diff = sum(
        abs(p - q)
        for p, q in zip(
            strip_a1.convert("L").tobytes(), strip_a2.convert("L").tobytes(), strict=True
        )
    ) / (strip_a1.size[0] * strip_a1.size[1])
    assert diff < 12  # the same part of the map (but for the dashed line and the marks)
    assert seen["errors"] == []


def test_the_assembly_sheet_shows_every_sheet_inside_the_page(
    window, qtbot, monkeypatch, seen, tmp_path
):
    out = tmp_path / "tiled.pdf"
    _to_file(window, out)
    _printer_answers(monkeypatch, seen)

    def act(dialog):
        dialog.across.setValue(4)
        assert dialog.print_now()

    _open_dialog(window, qtbot, monkeypatch, act)
    assert right_and_bottom_blank(pdf_page_images(out, scale=1)[0], 12 * MM, 1)


def test_cancelling_the_system_dialog_prints_nothing_and_keeps_the_preview_open(
    window, qtbot, monkeypatch, seen, tmp_path
):
    out = tmp_path / "never.pdf"
    _to_file(window, out)
    _printer_answers(monkeypatch, seen, answer=False)
    states = []

    def act(dialog):
        states.append(dialog.print_now())
        states.append(dialog.isVisible() or dialog.result() == 0)
        dialog.reject()

    assert _open_dialog(window, qtbot, monkeypatch, act) is None
    assert states == [False, True] and seen["asked"] == 1
    assert not out.exists()
    assert "Sent" not in window.statusBar().currentMessage()


def test_a_printer_that_refuses_the_job_gets_a_message_naming_it(
    window, qtbot, monkeypatch, seen, tmp_path
):
    out = tmp_path / "no such folder" / "printed.pdf"
    _to_file(window, out)
    _printer_answers(monkeypatch, seen)
    results = []

    def act(dialog):
        results.append(dialog.print_now())
        dialog.reject()

    _open_dialog(window, qtbot, monkeypatch, act)
    assert results == [False]
    assert len(seen["errors"]) == 1
    assert str(out) in seen["errors"][0] and "nothing was printed" in seen["errors"][0]


def test_the_choice_of_sheets_and_the_paper_are_kept_for_the_next_print(
    window, qtbot, monkeypatch, seen, tmp_path
):
    _to_file(window, tmp_path / "a.pdf", QPageSize.PageSizeId.A3)
    _printer_answers(monkeypatch, seen)
    values = []

    def first(dialog):
        dialog.across.setValue(2)
        assert dialog.print_now()

    def second(dialog):
        values.append((dialog.across.value(), printing.sheet_size(dialog.printer)))
        dialog.reject()

    _open_dialog(window, qtbot, monkeypatch, first)
    _open_dialog(window, qtbot, monkeypatch, second)
    across, sheet = values[0]
    assert across == 2
    assert sheet == pytest.approx((420 * MM, 297 * MM), abs=1)  # A3 landscape, as chosen
    assert window.settings.export_choice("print_paper", "") == "A3"


def test_the_print_scene_is_freed_with_the_dialog(window, qtbot, monkeypatch):
    dialogs_seen = []

    def act(dialog):
        dialogs_seen.append(dialog)
        assert dialog.scene is not None
        dialog.reject()

    _open_dialog(window, qtbot, monkeypatch, act)
    assert dialogs_seen[0].scene is None


@pytest.mark.parametrize("across", [1, 2, 3, 5, 12])
def test_the_plan_uses_the_sheets_asked_for(across):
    plan = printing.plan_print((2384.0, 1684.0), 9.0, A4_LANDSCAPE, across)
    assert plan.grid.cols == across
    assert plan.pages == (1 if across == 1 else 1 + plan.grid.rows * across)


def test_a_sliver_of_a_last_row_is_saved_by_printing_a_little_smaller():
    # at 3 across this map needs 3 rows and a few millimetres of a fourth
    pw, ph = A4_LANDSCAPE[0] - 2 * printing.MARGIN, A4_LANDSCAPE[1] - 2 * printing.MARGIN
    wide = 3 * pw - 2 * printing.OVERLAP
    tall = 3 * ph - 2 * printing.OVERLAP
    plan = printing.plan_print((wide, tall * 1.05), 9.0, A4_LANDSCAPE, 3)
    assert (plan.grid.cols, plan.grid.rows) == (3, 3)
    assert plan.scale == pytest.approx(1 / 1.05, rel=1e-3)
    # ...but not when that would push legible text under 7 pt
    plan = printing.plan_print((wide, tall * 1.05), 7.2, A4_LANDSCAPE, 3)
    assert (plan.grid.cols, plan.grid.rows) == (3, 4) and plan.legible
    # ...nor when a real part of the map is on that row
    plan = printing.plan_print((wide, tall * 1.3), 9.0, A4_LANDSCAPE, 3)
    assert plan.grid.rows == 4 and plan.scale == pytest.approx(1.0, rel=1e-6)

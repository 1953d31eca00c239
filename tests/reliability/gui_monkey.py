"""Use the real window at random and stop at the first uncaught error.

Run as a script: ``python -m tests.reliability.gui_monkey MAP SEED STEPS``. It opens a
copy of MAP and, STEPS times, does one random thing a user could do: trigger a menu or
toolbar action, drag, click, double-click or right-click on the canvas (with Shift,
Ctrl or Alt; or a finger held on a touch screen), press a key (Delete, arrows, Enter,
F2, Esc, letters, Ctrl+Z…), bring a dock to the front, click one of its buttons, type
into a field of the docks (or the find bar), choose from a list, click a row of
Insights or History, zoom (Ctrl+wheel, a touchpad pinch or a two-finger double tap),
or use the File menu: open (a sample, a saved map, an .ojf file or a broken one), new,
revert, close, open recent, future state, export PDF or stage slides (on a worker
thread, while the run goes on), PowerPoint slides, PNG, SVG or CSV, or print (into a PDF).
Modal dialogs answer at once (sometimes "cancel"), file dialogs point into a scratch
folder, and the window that a language switch rebuilds takes over.
Deferred deletes run after every step, as in the event loop.

After every step the map must still be sound (no dangling reference), and every 50
steps it must load back exactly as it saves; a step taking over a minute is a hang.
Prints ``seed S: N steps, no error`` and exits 0, or prints the last actions and the
first error (an uncaught exception, a hang, or the map's first problem) and exits 1. It
found two bugs on 2026-11-25 (deleting several stages at once; a window still listening
to a map it had dropped).
"""

from __future__ import annotations

import faulthandler
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from tests.helpers import finger_at

MOD = Qt.KeyboardModifier
KEYS = [
    Qt.Key.Key_Delete,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Z,
    Qt.Key.Key_Return,
    Qt.Key.Key_F2,
    Qt.Key.Key_Escape,
    Qt.Key.Key_A,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Insert,
    Qt.Key.Key_Plus,
    Qt.Key.Key_P,
    Qt.Key.Key_O,
    Qt.Key.Key_C,
    Qt.Key.Key_V,
    Qt.Key.Key_D,
    Qt.Key.Key_PageDown,  # in presentation mode: the stage walk
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Home,
    Qt.Key.Key_B,  # presentation: blank screen
    Qt.Key.Key_F5,  # presentation mode, as a clicker starts it
]
MODIFIERS = [MOD.NoModifier, MOD.ShiftModifier, MOD.ControlModifier, MOD.AltModifier]
TEXTS = ["", "a", "Ñandú <b>&amp;", "x" * 300, "\u202eRTL", "-7", "3.5", "1e9", " ", "😀" * 5]
# actions that would end the run, or that ``file_action`` does with chosen answers
SKIP = (
    "quit",
    "close",
    "open",
    "new",
    "revert",
    "recent",
    "about",
    "export",
    "future",
    "print",
)
FILE_ACTIONS = (
    "action_open",
    "action_new",
    "action_revert",
    "action_close",
    "action_future_state",
    "action_export_pdf",
    "action_export_slides",
    "action_export_pptx",
    "action_export_png",
    "action_export_svg",
    "action_export_csv",
    "action_print",
)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _files_to_open(scratch: Path, map_file: Path) -> list[Path]:
    """Copies (never the originals: a run saves over what it opened) of the samples, the
    broken maps of the corpus and the .ojf fixtures."""
    pool = scratch / "pool"
    pool.mkdir()
    sources = [
        *sorted(map_file.parent.glob("*.journey.json")),
        *sorted((FIXTURES / "corpus").glob("*.json")),
        *sorted((FIXTURES / "ojf").glob("*.ojf")),
    ]
    copies = []
    for source in sources:
        copy = pool / source.name
        copy.write_bytes(source.read_bytes())
        copies.append(copy)
    return copies


def _answer_every_dialog(scratch: Path, map_path: Path) -> None:
    from cjdesigner.ui import dialogs

    dialogs.AUTO_ANSWERS.update(
        {
            "error": True,
            "info": True,
            "save_discard": "discard",
            "confirm": True,
            "open_path": str(map_path),
            "persona_path": str(map_path),  # the persona dock's "of another map"
            "save_path": str(scratch / "saved.journey.json"),
            "template": ["blank", "es"],
            "recover": "discard",
            "changed_on_disk": "overwrite",
        }
    )
    QDialog.exec = lambda self: 0  # type: ignore[method-assign]
    QMessageBox.exec = lambda self: 0  # type: ignore[method-assign]
    QMenu.exec = lambda self, *a, **k: None  # type: ignore[method-assign]
    QInputDialog.getText = staticmethod(lambda *a, **k: ("typed <b>", True))  # type: ignore[method-assign]
    QInputDialog.getItem = staticmethod(lambda *a, **k: ("", False))  # type: ignore[method-assign]
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(scratch / "x.pdf"), ""))  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))  # type: ignore[method-assign]
    from cjdesigner.ui import print_dialog

    def print_exec(dialog: print_dialog.PrintDialog) -> int:
        """File ▸ Print: some sheets across, then print (into a PDF) or close."""
        dialog.across.setValue(int(dialogs.AUTO_ANSWERS.get("print_across", 1)))
        if dialogs.AUTO_ANSWERS.get("printer"):
            dialog.print_now()
        return dialog.result()

    print_dialog.PrintDialog.exec = print_exec  # type: ignore[method-assign]


class Monkey:
    """One seeded run over one window (and the windows that replace it)."""

    def __init__(self, window, seed: int, files: list[Path] | None = None) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.log: list[str] = []
        self.files = files or []
        self.scratch = Path(tempfile.mkdtemp(prefix="cjd-monkey-out-"))

    @property
    def viewport(self) -> QWidget:
        return self.window.view.viewport()

    def follow_replacement(self) -> None:
        from cjdesigner import app

        live = [w for w in app._windows if w.isVisible()]
        if live and live[-1] is not self.window:
            self.window = live[-1]
            self.log.append("a rebuilt window took over")

    # what a step does: the first whose cumulative share exceeds one random draw
    CHOICES = (
        (0.05, "raise_a_dock"),
        (0.10, "click_a_button"),
        (0.28, "action"),
        (0.55, "drag"),
        (0.62, "double_click"),
        (0.70, "type_into_a_field"),
        (0.74, "right_click"),
        (0.77, "file_action"),
        (0.81, "click_a_row"),
        (0.84, "zoom"),
        (1.00, "key"),
    )

    def step(self) -> None:
        r = self.rng.random()
        getattr(self, next(name for share, name in self.CHOICES if r < share))()

    def raise_a_dock(self) -> None:
        docks = self.window.findChildren(QDockWidget)
        if docks:
            dock = self.rng.choice(docks)
            self.log.append(f"show dock {dock.objectName()}")
            dock.show()
            dock.raise_()

    def click_a_button(self) -> None:
        buttons = [
            b
            for b in self.window.findChildren(QAbstractButton)
            if isinstance(b, (QPushButton, QToolButton))
            and b.isVisible()
            and b.isEnabled()
            and b.objectName() != "button_open_export"  # would start the system's PDF viewer
        ]
        if buttons:
            button = self.rng.choice(buttons)
            self.log.append(f"button {button.text() or button.objectName()}")
            button.click()

    def click_a_row(self) -> None:
        """Click a row of a list in the docks: a key moment or a pain in Insights, or a
        step of the History (which undoes or redoes up to it)."""
        views = [
            v
            for v in self.window.findChildren(QAbstractItemView)
            if v.isVisible() and v.model() is not None and v.model().rowCount() > 0
        ]
        if not views:
            return
        view = self.rng.choice(views)
        row = self.rng.randrange(view.model().rowCount())
        rect = view.visualRect(view.model().index(row, 0))
        self.log.append(f"row {row} of {view.objectName() or type(view).__name__}")
        if rect.isValid():
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def action(self) -> None:
        actions = [
            a
            for a in self.window.findChildren(QAction)
            if a.isEnabled()
            and a.text()
            and not a.menu()
            and not any(s in (a.objectName() + a.text()).lower() for s in SKIP)
        ]
        if actions:
            action = self.rng.choice(actions)
            self.log.append(f"action {action.objectName() or action.text()}")
            action.trigger()

    def file_action(self) -> None:
        """A File menu command, with the dialogs' answers chosen at random."""
        from cjdesigner.ui import dialogs

        answers = dialogs.AUTO_ANSWERS
        rng = self.rng
        name = rng.choice([*FILE_ACTIONS, "recent"])
        answers["save_discard"] = rng.choice(["discard", "discard", "save", "cancel"])
        answers["confirm"] = rng.random() < 0.8
        if self.files:
            answers["open_path"] = str(
                rng.choice([*self.files, self.scratch / "saved.journey.json"])
            )
        answers["save_path"] = str(self.scratch / "saved.journey.json")
        kinds = {
            "pdf": ".pdf",
            "slides": ".pdf",
            "pptx": ".pptx",
            "png": ".png",
            "svg": ".svg",
            "csv": ".csv",
        }
        suffix = kinds.get(name.rsplit("_", 1)[-1], "")
        answers["export_path"] = (str(self.scratch / f"out{suffix}"), rng.randrange(2))
        answers["png_dpi"] = rng.choice([10, 24])  # small: a run makes many
        if rng.random() < 0.2:
            answers.pop("pdf_options", None)  # the real dialog, cancelled
        else:
            answers["pdf_options"] = (rng.choice(["A4", "A3", "A0"]), rng.random() < 0.7, None)
        if name == "action_print":
            from PySide6.QtPrintSupport import QPrinter

            from cjdesigner.ui.print_dialog import session_printer

            printer = session_printer(self.window)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.scratch / "printed.pdf"))
            answers["printer"] = rng.random() < 0.7
            answers["print_across"] = rng.choice([1, 1, 2, 3, 5])
        if name == "recent":
            self.window.file_actions.fill_recent()
            entries = [a for a in self.window.file_actions.recent_menu.actions() if a.isEnabled()]
            if entries:
                entry = rng.choice(entries)
                self.log.append(f"recent {entry.text()} ({answers['save_discard']})")
                entry.trigger()
            return
        action = self.window.findChild(QAction, name)
        if action is None or not action.isEnabled():
            return
        self.log.append(
            f"file {name} (open {Path(answers.get('open_path', '')).name},"
            f" {answers['save_discard']}, confirm {answers['confirm']})"
        )
        action.trigger()

    def _point(self) -> QPoint:
        vp = self.viewport
        if self.rng.random() < 0.3:  # on an object: a card, a stage's header, a lane's title
            scene, view = self.window.scene, self.window.view
            ids = scene.reading_order()
            item = scene.item_for(self.rng.choice(ids)) if ids else None
            if item is not None:
                area = item.focus_area()
                x = area.x() + self.rng.random() * area.width()
                y = area.y() + self.rng.random() * area.height()
                point = view.mapFromScene(QPointF(x, y))
                if vp.rect().contains(point):
                    return point
        return QPoint(self.rng.randrange(vp.width()), self.rng.randrange(vp.height()))

    def _mouse(
        self, kind, pos, button=Qt.MouseButton.LeftButton, buttons=None, mods=MOD.NoModifier
    ):
        buttons = button if buttons is None else buttons
        global_pos = QPointF(self.viewport.mapToGlobal(pos))
        event = QMouseEvent(kind, QPointF(pos), global_pos, button, buttons, mods)
        QApplication.sendEvent(self.viewport, event)

    def drag(self) -> None:
        start = self._point()
        end = start + QPoint(self.rng.randint(-200, 200), self.rng.randint(-200, 200))
        if self.rng.random() < 0.2:  # a finger: on a card a drag, elsewhere a swipe
            self.log.append(f"finger {start.x()},{start.y()} -> {end.x()},{end.y()}")
            view = self.window.view
            finger_at(view, QEvent.Type.MouseButtonPress, QPointF(start))
            for i in range(1, 4):
                finger_at(view, QEvent.Type.MouseMove, QPointF(start + (end - start) * i / 3))
            finger_at(view, QEvent.Type.MouseButtonRelease, QPointF(end), Qt.MouseButton.NoButton)
            return
        mods = self.rng.choice(MODIFIERS)
        self.log.append(f"drag {start.x()},{start.y()} -> {end.x()},{end.y()} {mods}")
        self._mouse(QEvent.Type.MouseButtonPress, start, mods=mods)
        for i in range(1, 6):
            pos = start + (end - start) * i / 5
            self._mouse(
                QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, mods
            )
        self._mouse(QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton, mods=mods)

    def zoom(self) -> None:
        """Ctrl+wheel, a touchpad pinch, a two-finger double tap or a touch-screen pinch at
        a random point."""
        from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent

        pos = QPointF(self._point())
        global_pos = QPointF(self.viewport.mapToGlobal(pos.toPoint()))
        kind = self.rng.choice(["wheel", "pinch", "pinch", "tap", "touch"])
        if kind == "wheel":
            delta = self.rng.choice([-240, -120, -15, 15, 120, 240])
            self.log.append(f"ctrl+wheel {delta} at {pos.x():.0f},{pos.y():.0f}")
            event = QWheelEvent(
                pos,
                global_pos,
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                MOD.ControlModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
        elif kind == "touch":  # two fingers on a touch screen
            from PySide6.QtWidgets import QGestureEvent, QPinchGesture

            pinch = QPinchGesture()
            pinch.setCenterPoint(global_pos)
            pinch.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
            pinch.setScaleFactor(self.rng.uniform(0.5, 1.6))
            self.log.append(f"touch pinch {pinch.scaleFactor():.2f} at {pos.x():.0f},{pos.y():.0f}")
            event = QGestureEvent([pinch])
        else:
            gesture = Qt.NativeGestureType.ZoomNativeGesture
            value = self.rng.uniform(-0.6, 0.6)
            if kind == "tap":
                gesture, value = Qt.NativeGestureType.SmartZoomNativeGesture, 0.0
            self.log.append(f"{kind} {value:+.2f} at {pos.x():.0f},{pos.y():.0f}")
            event = QNativeGestureEvent(
                gesture,
                QPointingDevice.primaryPointingDevice(),
                2,
                pos,
                pos,
                global_pos,
                value,
                QPointF(0, 0),
            )
        QApplication.sendEvent(self.viewport, event)

    def double_click(self) -> None:
        pos = self._point()
        self.log.append(f"double-click {pos.x()},{pos.y()}")
        none = Qt.MouseButton.NoButton
        self._mouse(QEvent.Type.MouseButtonPress, pos)
        self._mouse(QEvent.Type.MouseButtonRelease, pos, buttons=none)
        self._mouse(QEvent.Type.MouseButtonDblClick, pos)
        self._mouse(QEvent.Type.MouseButtonRelease, pos, buttons=none)

    def right_click(self) -> None:
        pos = self._point()
        if self.rng.random() < 0.3:  # a finger held on a touch screen, as a right-click
            self.log.append(f"long press {pos.x()},{pos.y()}")
            view, at = self.window.view, QPointF(pos)
            finger_at(view, QEvent.Type.MouseButtonPress, at)
            deadline = time.monotonic() + 0.5
            while time.monotonic() < deadline and not self._menu_open():
                QApplication.processEvents()
                time.sleep(0.002)
            finger_at(view, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)
            return
        self.log.append(f"right-click {pos.x()},{pos.y()}")
        right = Qt.MouseButton.RightButton
        self._mouse(QEvent.Type.MouseButtonPress, pos, right, right)
        self._mouse(QEvent.Type.MouseButtonRelease, pos, right, Qt.MouseButton.NoButton)
        menu = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, self.viewport.mapToGlobal(pos)
        )
        QApplication.sendEvent(self.viewport, menu)

    def _menu_open(self) -> bool:
        menu = self.window.canvas_menu.menu
        return menu is not None and menu.isVisible()

    def type_into_a_field(self) -> None:
        kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)
        fields = [
            w
            for w in self.window.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisible() and w.isEnabled()
        ]
        if not fields:
            return
        field = self.rng.choice(fields)
        self.log.append(f"field {type(field).__name__} {field.objectName()}")
        field.setFocus()
        if isinstance(field, QComboBox):
            if field.count():
                field.setCurrentIndex(self.rng.randrange(field.count()))
        elif isinstance(field, QCheckBox):
            field.click()
        else:
            for ch in self.rng.choice(TEXTS)[:40]:
                QApplication.sendEvent(
                    field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, MOD.NoModifier, ch)
                )
            if self.rng.random() < 0.5:
                QApplication.sendEvent(
                    field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, MOD.NoModifier)
                )

    def key(self) -> None:
        key = self.rng.choice(KEYS)
        mods = self.rng.choice([*MODIFIERS, MOD.ControlModifier | MOD.ShiftModifier])
        target = QApplication.focusWidget() or self.viewport
        self.log.append(f"key {key.name} {mods} -> {type(target).__name__}")
        text = "a" if key == Qt.Key.Key_A and mods == MOD.NoModifier else ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))


STEP_LIMIT_S = 60.0  # one step (with the events it causes) taking longer is a hang


def _hung(seed: int, step: int, log: list[str]) -> None:
    """A step never returned (an endless event loop, a deadlock): say which, and stop."""
    print(f"seed {seed} step {step}: no answer after {STEP_LIMIT_S:.0f} s; the last actions were")
    print("\n".join(log[-15:]))
    faulthandler.dump_traceback(all_threads=False)
    sys.stdout.flush()
    os._exit(1)


def main(map_file: Path, seed: int, steps: int) -> int:
    """Run the monkey; returns the exit status."""
    errors: list[str] = []
    sys.excepthook = lambda t, e, tb: errors.append("".join(traceback.format_exception(t, e, tb)))
    scratch = Path(tempfile.mkdtemp(prefix="cjd-monkey-"))
    copy = scratch / map_file.name
    copy.write_bytes(map_file.read_bytes())
    from cjdesigner import app
    from cjdesigner.model import map_from_bytes, map_to_bytes
    from cjdesigner.model.journey import find_reference_problem

    _answer_every_dialog(scratch, copy)
    window = app.create_main_window([str(copy)])
    QGuiApplication.styleHints().setMousePressAndHoldInterval(20)  # long presses, quickly
    app._windows.append(window)
    window.show()
    monkey = Monkey(window, seed, _files_to_open(scratch, map_file))
    qapp = QApplication.instance()
    for step in range(steps):
        monkey.follow_replacement()
        watchdog = threading.Timer(STEP_LIMIT_S, _hung, (seed, step, monkey.log))
        watchdog.daemon = True
        watchdog.start()
        try:
            monkey.step()
            qapp.processEvents()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            journey_map = monkey.window.document.journey_map
            problem = find_reference_problem(journey_map)
            if problem is not None:  # the map must stay sound after anything a user does
                errors.append(f"the map is no longer sound: {problem}")
            elif step % 50 == 49 and map_from_bytes(map_to_bytes(journey_map)) != journey_map:
                errors.append("the map does not load back as it was saved")
        except Exception:
            errors.append(traceback.format_exc())
        finally:
            watchdog.cancel()
        if errors:
            print(f"seed {seed} step {step}: the last actions were")
            print("\n".join(monkey.log[-15:]))
            print(errors[0])
            print(f"(its files are kept in {scratch} and {monkey.scratch})")
            return 1
    print(f"seed {seed}: {steps} steps, no error")
    if os.environ.get("CJD_MONKEY_LOG"):  # what the run did, to see what it reaches
        Path(os.environ["CJD_MONKEY_LOG"]).write_text("\n".join(monkey.log), encoding="utf-8")
    # a clean run leaves nothing behind (its exports filled /tmp: 2,000 folders here)
    for folder in (scratch, monkey.scratch):
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    status = main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    sys.stdout.flush()
    os._exit(status)  # skip teardown: the point was the run, not a tidy exit

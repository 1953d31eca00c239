"""Form fields bound to one model object: every user edit is a command on the undo stack.

A ``Form`` shows the fields of one object (a touchpoint, the persona…). Typing pushes a
merging SetFieldsCommand (a burst of keystrokes is one undo step); choices push plain
ones. When the model changes (undo, redo, the canvas), ``load`` refreshes the widgets
with their signals blocked, so showing a value never pushes an edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.commands import SetFieldsCommand
from cjdesigner.document import Document
from cjdesigner.translate import tr

from . import theme


@dataclass
class Field:
    """One row of a form: model field, label, editor kind and its options."""

    name: str
    label: str
    # line | text | list | scores | enum | float | int | bool | choice | table | cells |
    # lane_notes
    kind: str = "line"
    options: dict[str, Any] = field(default_factory=dict)


class _Binding:
    """Glue between one widget and one model field."""

    def __init__(
        self,
        form: Form,
        spec: Field,
        widget: QWidget,
        get: Callable[[], Any],
        set_: Callable[[Any], None],
    ) -> None:
        self.form = form
        self.spec = spec
        self.widget = widget
        self.get = get
        self.set = set_


# Beside its label, a field narrower than this many characters is cramped: the labels
# then go above the fields.
FIELD_MIN_CHARS = 24


class Form(QWidget):
    """The editable fields of one kind of object."""

    def __init__(self, fields: list[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.object_id: str | None = None
        self.bindings: dict[str, _Binding] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(layout)
        outer.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet(theme.warning_style(self, bold=False))
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        for spec in fields:
            binding = self._build(spec)
            self.bindings[spec.name] = binding
            binding.widget.setObjectName(f"field_{spec.name}")
            layout.addRow(spec.label, binding.widget)
        layout.addRow(self.error)
        self._form = layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels go above their fields when beside them the fields would be cramped.

        Qt wraps only the rows whose field cannot shrink, so in a narrow dock with long
        labels (Spanish: "Posición en la etapa") the title box was 95 px wide beside its
        label while the stage box below sat under its own: both cramped and ragged.
        """
        super().resizeEvent(event)
        self._choose_wrap(event.size().width())

    def _choose_wrap(self, width: int) -> None:
        labels, fields = [], []
        for row in range(self._form.rowCount()):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                labels.append(label.sizeHint().width())
                fields.append(field.minimumSize().width())
        room = width - max(labels, default=0) - self._form.horizontalSpacing()
        # one row that cannot fit beside its label would wrap alone: then all of them do
        need = max([FIELD_MIN_CHARS * self.fontMetrics().averageCharWidth(), *fields])
        wrap = room < need
        policy = QFormLayout.RowWrapPolicy
        wanted = policy.WrapAllRows if wrap else policy.WrapLongRows
        if self._form.rowWrapPolicy() != wanted:
            self._form.setRowWrapPolicy(wanted)

    # ------------------------------------------------------------- binding
    def bind(self, document: Document | None, object_id: str | None) -> None:
        """Show (and edit) this object of this document."""
        self.document = document
        self.object_id = object_id
        self.load()

    def load(self) -> None:
        """Put the model's current values into the widgets (never pushes a command)."""
        if self.document is None or self.object_id is None:
            return
        found = self.document.find(self.object_id)
        if found is None:
            return
        obj = found[1]
        for name, binding in self.bindings.items():
            blockers = [QSignalBlocker(w) for w in binding.widget.findChildren(QWidget)] + [
                QSignalBlocker(binding.widget)
            ]
            binding.set(getattr(obj, name))
            del blockers
        self.error.hide()

    def push(self, name: str, value: Any, merge: bool = False) -> None:
        """Change one field through a command (one undo step; typing merges)."""
        if self.document is None or self.object_id is None:
            return
        found = self.document.find(self.object_id)
        if found is None:
            # deleted while its field still held typed text, which the field gives up
            # when focus leaves it: there is nothing left to change
            return
        if getattr(found[1], name) == value:
            return
        label = self.bindings[name].spec.label.replace("&", "")
        text = tr("Edit {field}").format(field=label.lower())
        self.push_to(self.object_id, {name: value}, text, merge, label)

    def push_to(
        self, object_id: str, changes: dict[str, Any], text: str, merge: bool, label: str = ""
    ) -> None:
        """Push one change of any object (a field of this form may edit another one, as
        a stage's notes edit its lanes); a refused value is explained under the form."""
        if self.document is None or self.document.find(object_id) is None:
            return
        try:
            command = SetFieldsCommand(self.document, object_id, changes, text, merge=merge)
        except ValueError as exc:
            self.error.setText(plain_error(exc, next(iter(changes)), label))
            self.error.show()
            return
        self.error.hide()
        self.document.undo_stack.push(command)

    # ------------------------------------------------------------- widgets
    def _build(self, spec: Field) -> _Binding:
        builder = getattr(self, f"_build_{spec.kind}")
        return builder(spec)

    def _build_line(self, spec: Field) -> _Binding:
        w = QLineEdit()
        w.textEdited.connect(lambda text: self.push(spec.name, text, merge=True))

        def set_(value: str) -> None:
            if w.text() != (value or ""):
                w.setText(value or "")
                if not w.hasFocus():
                    w.setCursorPosition(0)  # show the beginning of long titles

        return _Binding(self, spec, w, w.text, set_)

    def _build_text(self, spec: Field) -> _Binding:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setMinimumHeight(60)
        w.setMaximumHeight(spec.options.get("height", 110))

        def edited() -> None:
            self.push(spec.name, w.toPlainText(), merge=True)

        w.textChanged.connect(edited)

        def set_(value: str) -> None:
            if w.toPlainText() != (value or ""):
                w.setPlainText(value or "")

        return _Binding(self, spec, w, w.toPlainText, set_)

    def _build_list(self, spec: Field) -> _Binding:
        binding = self._build_text(spec)
        w: QPlainTextEdit = binding.widget  # type: ignore[assignment]
        w.setPlaceholderText(tr("One per line"))
        w.textChanged.disconnect()
        w.textChanged.connect(
            lambda: self.push(
                spec.name,
                [line.strip() for line in w.toPlainText().splitlines() if line.strip()],
                merge=True,
            )
        )

        def set_(values: list[str]) -> None:
            current = [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
            if current != list(values):
                w.setPlainText("\n".join(values))

        binding.set = set_
        return binding

    def _build_scores(self, spec: Field) -> _Binding:
        w = QLineEdit()
        w.setPlaceholderText(tr("Scores from 0 to 10, e.g. 9, 10, 7"))

        def edited(text: str) -> None:
            parts = [p for p in re.split(r"[\s,;]+", text) if p]
            if not all(p.isdigit() for p in parts):
                self.error.setText(tr("Scores must be whole numbers from 0 to 10."))
                self.error.show()
                return
            self.push(spec.name, [int(p) for p in parts], merge=True)

        w.textEdited.connect(edited)

        def set_(values: list[int]) -> None:
            parts = [p for p in re.split(r"[\s,;]+", w.text()) if p]
            if [int(p) for p in parts if p.isdigit()] != list(values):
                w.setText(", ".join(str(v) for v in values))

        return _Binding(self, spec, w, w.text, set_)

    def _build_enum(self, spec: Field) -> _Binding:
        w = QComboBox()
        labels: dict[Enum, str] = spec.options["labels"]
        for member, text in labels.items():
            w.addItem(text, member)
        w.activated.connect(lambda index: self.push(spec.name, w.itemData(index)))
        return _Binding(
            self, spec, w, w.currentData, lambda v: w.setCurrentIndex(max(0, w.findData(v)))
        )

    def _build_choice(self, spec: Field) -> _Binding:
        """A choice among objects of the map (a stage, a pain…), refreshed on every load."""
        w = QComboBox()
        choices: Callable[[], list[tuple[str | None, str]]] = spec.options["choices"]
        w.activated.connect(lambda index: self.push(spec.name, w.itemData(index)))

        def set_(value: str | None) -> None:
            w.clear()
            for key, text in choices():
                w.addItem(text, key)
            w.setCurrentIndex(max(0, w.findData(value)))

        return _Binding(self, spec, w, w.currentData, set_)

    def _build_float(self, spec: Field) -> _Binding:
        w = QDoubleSpinBox()
        w.setRange(*spec.options.get("range", (0.0, 1.0)))
        w.setSingleStep(spec.options.get("step", 0.1))
        w.setDecimals(spec.options.get("decimals", 2))
        w.setKeyboardTracking(False)
        w.valueChanged.connect(lambda v: self.push(spec.name, round(v, w.decimals()), merge=True))
        return _Binding(self, spec, w, w.value, lambda v: w.setValue(float(v)))

    def _build_int(self, spec: Field) -> _Binding:
        w = QSpinBox()
        w.setRange(*spec.options.get("range", (1, 3)))
        # typing "15" (a dot vote's count) passes through 1: one undo step, as in text
        w.valueChanged.connect(lambda v: self.push(spec.name, v, merge=True))
        return _Binding(self, spec, w, w.value, lambda v: w.setValue(int(v)))

    def _build_bool(self, spec: Field) -> _Binding:
        w = QCheckBox()
        w.toggled.connect(lambda on: self.push(spec.name, on))
        return _Binding(self, spec, w, w.isChecked, lambda v: w.setChecked(bool(v)))

    def _build_table(self, spec: Field) -> _Binding:
        """Rows of small records (evidence, metrics): edit cells, add and remove rows."""
        columns: list[tuple[str, str]] = spec.options["columns"]  # (key, header)
        make: Callable[[dict[str, str]], Any] = spec.options["make"]
        show: Callable[[Any], dict[str, str]] = spec.options["show"]
        box = QWidget()
        table = _RowsTable(0, len(columns))
        table.setAccessibleName(spec.label.replace("&", ""))
        table.setHorizontalHeaderLabels([h for _, h in columns])
        # The dock is narrow: short columns take what their text needs, the wide one (a
        # note, a metric's name) the rest, wrapped, so nothing hides behind a sideways scroll.
        header = table.horizontalHeader()
        keys = [key for key, _ in columns]
        wide = keys.index(spec.options.get("wide", keys[-1]))
        for c in range(len(columns)):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(c, mode.Stretch if c == wide else mode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        add = QPushButton(tr("Add"))
        remove = QPushButton(tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        layout.addLayout(buttons)

        def rows() -> list[dict[str, str]]:
            out = []
            for r in range(table.rowCount()):
                out.append(
                    {
                        key: (table.item(r, c).text() if table.item(r, c) else "")
                        for c, (key, _) in enumerate(columns)
                    }
                )
            return out

        def commit() -> None:
            try:
                values = [make(row) for row in rows()]
            except ValueError as exc:
                self.error.setText(plain_error(exc))
                self.error.show()
                return
            self.push(spec.name, values)

        def set_(values: list[Any]) -> None:
            blocker = QSignalBlocker(table)
            table.setRowCount(len(values))
            for r, value in enumerate(values):
                shown = show(value)
                for c, (key, _) in enumerate(columns):
                    table.setItem(r, c, QTableWidgetItem(shown.get(key, "")))
            del blocker

        def add_row() -> None:
            try:
                values = [make(row) for row in rows()] + [make(spec.options.get("new", {}))]
            except ValueError as exc:
                self.error.setText(plain_error(exc))
                self.error.show()
                return
            self.push(spec.name, values)

        def remove_row() -> None:
            row = table.currentRow()
            if row < 0:
                return
            values = [make(r) for i, r in enumerate(rows()) if i != row]
            self.push(spec.name, values)

        table.itemChanged.connect(lambda _item: commit())
        add.clicked.connect(add_row)
        remove.clicked.connect(remove_row)
        return _Binding(self, spec, box, rows, set_)

    def _build_cells(self, spec: Field) -> _Binding:
        """A lane's notes: a text box per stage under the stage's name, so the notes can
        be read and typed without the canvas (with the keyboard, with a screen reader).
        The stages are asked for at each load: added, renamed or moved ones show up."""
        stages: Callable[[], list[tuple[str, str]]] = spec.options["stages"]

        def current() -> dict[str, str]:
            found = self.document.find(self.object_id) if self.document and self.object_id else None
            return dict(getattr(found[1], spec.name)) if found else {}

        def edited(stage_id: str, text: str) -> None:
            self.push(spec.name, with_note(current(), stage_id, text), merge=True)

        boxes = _NoteBoxes(edited, tr("The map has no stages yet."))
        return _Binding(self, spec, boxes, current, lambda v: boxes.show_rows(stages(), v))

    def _build_lane_notes(self, spec: Field) -> _Binding:
        """A stage's notes in every lane (bound to the stage's ``id``): a text box per
        lane under its title, what the stage's column holds under the curve. Typing
        changes the lane, one undo step per lane."""
        lanes: Callable[[], list[tuple[str, str, dict[str, str]]]] = spec.options["lanes"]
        stage: list[str] = [""]

        def edited(lane_id: str, text: str) -> None:
            cells = next((c for i, _t, c in lanes() if i == lane_id), None)
            if cells is not None:
                changes = {"cells": with_note(dict(cells), stage[0], text)}
                self.push_to(lane_id, changes, tr("Edit notes"), merge=True)

        def set_(stage_id: str) -> None:
            stage[0] = stage_id
            rows = lanes()
            boxes.show_rows(
                [(i, title) for i, title, _c in rows], {i: c.get(stage_id, "") for i, _t, c in rows}
            )

        boxes = _NoteBoxes(edited, tr("The map has no lanes: Edit ▸ Add Lane adds one."))
        return _Binding(self, spec, boxes, lambda: stage[0], set_)


def with_note(cells: dict[str, str], stage_id: str, text: str) -> dict[str, str]:
    """A lane's cells with one stage's notes set to ``text`` (dropped when blank: no
    empty entry in the file)."""
    if text.strip():
        cells[stage_id] = text
    else:
        cells.pop(stage_id, None)
    return cells


class _NoteBoxes(QWidget):
    """Text boxes under their labels, one per key (a stage, a lane), rebuilt when the
    keys or their labels change; typing calls ``edited(key, text)``, showing a value
    never does."""

    def __init__(self, edited: Callable[[str, str], None], empty: str) -> None:
        super().__init__()
        self._edited = edited
        self._empty = empty  # said instead of the boxes when there are none
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._editors: dict[str, QPlainTextEdit] = {}
        self._rows: list[tuple[str, str]] | None = None  # (None: not shown yet)

    def show_rows(self, rows: list[tuple[str, str]], values: dict[str, str]) -> None:
        """Show these (key, label) rows holding these values."""
        if rows != self._rows:
            self._rebuild(rows)
        for key, w in self._editors.items():
            text = values.get(key, "")
            # (spaces typed into an empty box are kept as "no notes": leave them)
            if w.toPlainText() != text and (text or w.toPlainText().strip()):
                blocker = QSignalBlocker(w)
                w.setPlainText(text)
                del blocker

    def _rebuild(self, rows: list[tuple[str, str]]) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._editors.clear()
        if not rows:
            note = QLabel(self._empty)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {theme.faint(self).name()};")
            self._layout.addWidget(note)
        for key, name in rows:
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name typed by a user: not markup
            label.setWordWrap(True)
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(48)
            w.setMaximumHeight(90)
            w.setAccessibleName(name)
            label.setBuddy(w)
            w.textChanged.connect(lambda key=key, w=w: self._edited(key, w.toPlainText()))
            self._layout.addWidget(label)
            self._layout.addWidget(w)
            self._editors[key] = w
        self._rows = list(rows)


class _RowsTable(QTableWidget):
    """A table as tall as its rows and one more (room to see where Add puts the next),
    up to ``MAX_ROWS_SHOWN`` rows; past that it scrolls. Qt's default is ~190 px whatever
    it holds: one evidence note sat above a hand's width of empty table."""

    MAX_ROWS_SHOWN = 8

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        # wrapped rows grow and shrink with the dock's width: the height follows
        self.verticalHeader().sectionResized.connect(lambda *_: self.updateGeometry())
        self.model().rowsInserted.connect(lambda *_: self.updateGeometry())
        self.model().rowsRemoved.connect(lambda *_: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader()
        line = rows.defaultSectionSize()
        shown = sum(rows.sectionSize(r) for r in range(min(self.rowCount(), self.MAX_ROWS_SHOWN)))
        frame = 2 * self.frameWidth()
        hint.setHeight(self.horizontalHeader().height() + shown + line + frame)
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()  # as narrow as Qt allows; as tall as the rows
        hint.setHeight(self.sizeHint().height())
        return hint


def plain_error(exc: Exception, field: str = "", label: str = "") -> str:
    """The first line of a validation error, in plain words and the interface language;
    the place names ``field`` by its ``label`` (the user sees "Title", not "title")."""
    from pydantic import ValidationError

    from cjdesigner.model.messages import first_problem

    from .file_errors import reason_text

    if isinstance(exc, ValidationError):
        place, reason = first_problem(exc)
        if field and label and (place == field or place.startswith((f"{field}[", f"{field}."))):
            place = label + place[len(field) :]
        return f"{place}: {reason_text(reason)}" if place else reason_text(reason)
    return reason_text(str(exc).splitlines()[0])

"""The inspector dock: every field of the selected object (the map itself when none)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjdesigner import palette
from cjdesigner.model import (
    Channel,
    Evidence,
    EvidenceMethod,
    LaneKind,
    Language,
    MapState,
    Metric,
    OpportunityStatus,
    TouchpointKind,
)
from cjdesigner.model.journey import VOTES_MAX
from cjdesigner.model.numbers import number
from cjdesigner.translate import tr, ui_language

from .docks import add_right_dock
from .forms import Field, Form

if TYPE_CHECKING:
    from .main_window import MainWindow


def channel_labels() -> dict[Channel, str]:
    """Channels as the user reads them."""
    names = {
        Channel.WEB: tr("Web"),
        Channel.EMAIL: tr("Email"),
        Channel.PHONE: tr("Phone"),
        Channel.STORE: tr("Store"),
        Channel.APP: tr("App"),
        Channel.SOCIAL: tr("Social media"),
        Channel.CHAT: tr("Chat"),
        Channel.CALL_CENTRE: tr("Call centre"),
        Channel.ADVERTISING: tr("Advertising"),
        Channel.EVENT: tr("Event"),
        Channel.MAIL: tr("Mail"),
        Channel.OTHER: tr("Other"),
    }
    return {ch: names[ch] for ch in Channel}


def _float_or_none(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(tr("“{text}” is not a number").format(text=text)) from None


def _forms(window: MainWindow) -> dict[str, Callable[[], Form]]:
    """How to build each kind's form (built when first shown: at start only the map's
    is, which took the inspector's start from ~16 to ~4 ms)."""
    jm = lambda: window.document.journey_map  # noqa: E731 - always the current map
    kinds = {
        TouchpointKind.OWNED: tr("Owned"),
        TouchpointKind.PAID: tr("Paid"),
        TouchpointKind.EARNED: tr("Earned"),
    }
    methods = {
        EvidenceMethod.SURVEY: tr("Survey"),
        EvidenceMethod.INTERVIEW: tr("Interview"),
        EvidenceMethod.OBSERVATION: tr("Observation"),
        EvidenceMethod.MYSTERY_SHOPPING: tr("Mystery shopping"),
        EvidenceMethod.FOCUS_GROUP: tr("Focus group"),
        EvidenceMethod.ANALYTICS: tr("Analytics"),
        EvidenceMethod.COMPLAINTS: tr("Complaints"),
        EvidenceMethod.OTHER: tr("Other"),
    }
    method_by_text = {text.lower(): m for m, text in methods.items()} | {
        m.value: m for m in EvidenceMethod
    }

    def make_evidence(row: dict[str, str]) -> Evidence:
        method = method_by_text.get(row.get("method", "").strip().lower(), EvidenceMethod.OTHER)
        return Evidence(method=method, note=row.get("note", ""))

    def make_metric(row: dict[str, str]) -> Metric:
        name = row.get("name", "").strip() or tr("Metric")
        return Metric(
            name=name,
            value=_float_or_none(row.get("value", "")),
            target=_float_or_none(row.get("target", "")),
            unit=row.get("unit", ""),
        )

    def show_number(value: float | None) -> str:
        return "" if value is None else number(value, ui_language())

    metrics = Field(
        "metrics",
        tr("Metrics"),
        "table",
        {
            "columns": [
                ("name", tr("Name")),
                ("value", tr("Value")),
                ("target", tr("Target")),
                ("unit", tr("Unit")),
            ],
            "wide": "name",
            "make": make_metric,
            "show": lambda m: {
                "name": m.name,
                "value": show_number(m.value),
                "target": show_number(m.target),
                "unit": m.unit,
            },
        },
    )
    colours = {None: tr("Automatic")} | {tint: tint for tint in palette.STAGE_TINTS}
    return {
        "map": lambda: Form(
            [
                Field("title", tr("Title")),
                Field("scenario", tr("Scenario"), "text"),
                Field(
                    "language",
                    tr("Map language"),
                    "enum",
                    {"labels": {Language.EN: "English", Language.ES: "Español"}},
                ),
                Field(
                    "state",
                    tr("State"),
                    "enum",
                    {
                        "labels": {
                            MapState.CURRENT: tr("Current state"),
                            MapState.FUTURE: tr("Future state"),
                        }
                    },
                ),
                Field("author", tr("Author")),
                Field("client", tr("Client")),
            ]
        ),
        "touchpoint": lambda: Form(
            [
                Field("title", tr("Title")),
                Field("description", tr("Description"), "text"),
                Field(
                    "stage_id",
                    tr("Stage"),
                    "choice",
                    {"choices": lambda: [(s.id, s.name) for s in jm().stages]},
                ),
                Field(
                    "emotion",
                    tr("Emotion"),
                    "float",
                    {"range": (-5.0, 5.0), "step": 0.5, "decimals": 1},
                ),
                Field(
                    "position",
                    tr("Position in stage"),
                    "float",
                    {"range": (0.0, 1.0), "step": 0.05},
                ),
                Field("channel", tr("Channel"), "enum", {"labels": channel_labels()}),
                Field("channel_detail", tr("Channel detail")),
                Field("kind", tr("Kind"), "enum", {"labels": kinds}),
                Field("department", tr("Department")),
                Field("moment_of_truth", tr("Moment of truth"), "bool"),
                Field(
                    "evidence",
                    tr("Evidence"),
                    "table",
                    {
                        "columns": [("method", tr("Method")), ("note", tr("Note"))],
                        "make": make_evidence,
                        "show": lambda e: {"method": methods[e.method], "note": e.note},
                    },
                ),
                metrics,
                Field("survey_scores", tr("Survey scores (0–10)"), "scores"),
            ]
        ),
        "stage": lambda: Form(
            [
                Field("name", tr("Name")),
                Field("goal", tr("Customer goal"), "text"),
                Field("description", tr("Description"), "text"),
                Field("colour", tr("Colour"), "enum", {"labels": colours}),
                Field(
                    "width", tr("Duration (relative)"), "float", {"range": (0.2, 10.0), "step": 0.1}
                ),
                metrics,
                Field("survey_scores", tr("Survey scores (0–10)"), "scores"),
                Field(
                    "id",  # bound to the stage's id: the notes are the lanes' fields
                    tr("Notes"),
                    "lane_notes",
                    {"lanes": lambda: [(x.id, x.title, x.cells) for x in jm().lanes]},
                ),
            ]
        ),
        "pain": lambda: Form(
            [
                Field("title", tr("Title")),
                Field("description", tr("Description"), "text"),
                Field("severity", tr("Severity (1–3)"), "int", {"range": (1, 3)}),
                Field("votes", tr("Votes"), "int", {"range": (0, VOTES_MAX)}),
            ]
        ),
        "opportunity": lambda: Form(
            [
                Field("title", tr("Title")),
                Field("description", tr("Description"), "text"),
                Field("impact", tr("Impact (1–3)"), "int", {"range": (1, 3)}),
                Field("votes", tr("Votes"), "int", {"range": (0, VOTES_MAX)}),
                Field(
                    "status",
                    tr("Status"),
                    "enum",
                    {
                        "labels": {
                            OpportunityStatus.IDEA: tr("Idea"),
                            OpportunityStatus.PLANNED: tr("Planned"),
                            OpportunityStatus.DONE: tr("Done"),
                        }
                    },
                ),
                Field("owner", tr("Owner")),
                Field(
                    "answers_pain_id",
                    tr("Answers pain"),
                    "choice",
                    {
                        "choices": lambda: (
                            [(None, tr("(none)"))] + [(p.id, p.title) for p in jm().pains]
                        )
                    },
                ),
            ]
        ),
        "lane": lambda: Form(
            [
                Field("title", tr("Title")),
                Field(
                    "kind",
                    tr("Kind"),
                    "enum",
                    {
                        "labels": {
                            LaneKind.ACTIONS: tr("Actions"),
                            LaneKind.THOUGHTS: tr("Thoughts"),
                            LaneKind.FEELINGS: tr("Feelings"),
                            LaneKind.CHANNELS: tr("Channels"),
                            LaneKind.BACKSTAGE: tr("Backstage"),
                            LaneKind.KPIS: tr("KPIs"),
                            LaneKind.CUSTOM: tr("Custom"),
                        }
                    },
                ),
                Field(
                    "cells",
                    tr("Notes"),
                    "cells",
                    {"stages": lambda: [(s.id, s.name) for s in jm().stages]},
                ),
            ]
        ),
    }


class _Pages(QWidget):
    """One page on show at a time, as tall as that page.

    A QStackedWidget is as tall as its tallest page (word-wrapped labels make Qt ask
    every page's height for the width): after a touchpoint, a pain's short form
    scrolled through 260 px of nothing. Here the pages not on show are hidden, and a
    hidden widget takes no room in a layout.
    """

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def add_page(self, page: QWidget) -> None:
        """Add a page, hidden until it is made current."""
        page.setVisible(False)
        self._layout.addWidget(page)

    def current_page(self) -> QWidget | None:
        """The page on show."""
        return self._current

    def set_current_page(self, page: QWidget) -> None:
        """Show ``page`` and hide the one shown before."""
        if page is self._current:
            return
        if self._current is not None:
            self._current.setVisible(False)
        self._current = page
        page.setVisible(True)


class _LazyForms(Mapping[str, Form]):
    """The forms by kind, each built (and added to the stack) on first use."""

    def __init__(self, factories: dict[str, Callable[[], Form]], stack: _Pages) -> None:
        self._factories = factories
        self._built: dict[str, Form] = {}
        self._stack = stack

    def __getitem__(self, kind: str) -> Form:
        form = self._built.get(kind)
        if form is None:
            form = self._built[kind] = self._factories[kind]()
            self._stack.add_page(form)
        return form

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)


class InspectorPanel(QDockWidget):
    """Shows the form for the single selected object, or the map's own fields."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Inspector"), window)
        self.setObjectName("dock_inspector")
        self.window_ = window
        self.stack = _Pages()
        self.forms = _LazyForms(_forms(window), self.stack)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600; padding: 4px 0;")
        self.multi = QLabel()
        self.multi.setWordWrap(True)
        self.stack.add_page(self.multi)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._document = None
        window.scene.selectionChanged.connect(self.show_selection)
        window.document_changed.connect(self._attach)
        self._attach(window.document)

    def _attach(self, document) -> None:
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._reload)
        self._document = document
        document.undo_stack.indexChanged.connect(self._reload)
        self.show_selection()

    def current_form(self) -> Form | None:
        """The form on show (None when several objects are selected)."""
        widget = self.stack.current_page()
        return widget if isinstance(widget, Form) else None

    def _reload(self, _index: int = 0) -> None:
        form = self.current_form()
        if form is not None and form.object_id is not None:
            if self._document.find(form.object_id) is None:
                self.show_selection()
            else:
                form.load()

    def show_selection(self) -> None:
        """Show the form for what is selected now."""
        scene = self.window_.scene
        if not shiboken6.isValid(scene) or not shiboken6.isValid(self):
            return  # the window is closing
        document = self.window_.document
        selected = scene.selected_objects()
        if len(selected) > 1:
            self.heading.setText(tr("{count} objects selected").format(count=len(selected)))
            self.multi.setText(tr("Select a single object to edit its fields."))
            self.stack.set_current_page(self.multi)
            return
        kind, object_id = selected[0] if selected else ("map", document.journey_map.id)
        titles = {
            "map": tr("Map"),
            "touchpoint": tr("Touchpoint"),
            "stage": tr("Stage"),
            "pain": tr("Pain"),
            "opportunity": tr("Opportunity"),
            "lane": tr("Lane"),
        }
        self.heading.setText(titles[kind])
        form = self.forms[kind]
        form.bind(document, object_id)
        self.stack.set_current_page(form)


def install_inspector(window: MainWindow) -> InspectorPanel:
    """Add the inspector dock (right side) and its View menu toggle."""
    dock = InspectorPanel(window)
    add_right_dock(window, dock)
    return dock

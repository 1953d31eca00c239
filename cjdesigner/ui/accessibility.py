"""What a screen reader says about the canvas.

The map is drawn, not made of widgets, so assistive technology saw one nameless view.
Now the view's accessible name says what is selected ("Touchpoint “Pay at the till”,
stage “Order”, emotion −2, …") and changes as Tab walks the map, so a blind consultant
hears each stage, touchpoint, pain and opportunity in reading order; its description
says which keys do that. Qt tells the screen reader when the name changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from cjdesigner.document import Document
from cjdesigner.model.numbers import number, signed
from cjdesigner.translate import tr, ui_language

from .inspector_panel import channel_labels

if TYPE_CHECKING:
    from .main_window import MainWindow


def _quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


def _count(n: int, kind: str) -> str:
    """ "1 stage", "3 stages"… in the interface's language."""
    one, many = {
        "stage": (tr("{n} stage"), tr("{n} stages")),
        "touchpoint": (tr("{n} touchpoint"), tr("{n} touchpoints")),
        "pain": (tr("{n} pain"), tr("{n} pains")),
        "opportunity": (tr("{n} opportunity"), tr("{n} opportunities")),
        "vote": (tr("{n} vote"), tr("{n} votes")),
    }[kind]
    return (one if n == 1 else many).format(n=n)


def _whole_map(document: Document) -> str:
    jm = document.journey_map
    return tr("Map {title}: {stages}, {touchpoints}").format(
        title=_quoted(jm.title),
        stages=_count(len(jm.stages), "stage"),
        touchpoints=_count(len(jm.touchpoints), "touchpoint"),
    )


def describe(document: Document, selected: list[str]) -> str:
    """One sentence for what is selected on the map (or for the map itself)."""
    jm = document.journey_map
    lang = ui_language()
    if len(selected) > 1:
        return tr("{count} items selected").format(count=len(selected))
    found = document.find(selected[0]) if selected else None
    if found is None:
        return _whole_map(document)
    kind, obj = found
    if kind == "stage":
        count = sum(1 for t in jm.touchpoints if t.stage_id == obj.id)
        return tr("Stage {index} of {count}: {name}, {touchpoints}").format(
            index=jm.stage_index(obj.id) + 1,
            count=len(jm.stages),
            name=_quoted(obj.name),
            touchpoints=_count(count, "touchpoint"),
        )
    if kind == "touchpoint":
        stage = jm.stage(obj.stage_id)
        pains = sum(1 for p in jm.pains if p.touchpoint_id == obj.id)
        ideas = sum(1 for o in jm.opportunities if o.touchpoint_id == obj.id)
        text = tr("Touchpoint {title}, stage {stage}, emotion {emotion}, channel {channel}").format(
            title=_quoted(obj.title),
            stage=_quoted(stage.name) if stage else "—",
            emotion=signed(obj.emotion, lang),
            channel=channel_labels()[obj.channel],
        )
        if obj.moment_of_truth:
            text += ", " + tr("moment of truth")
        if pains or ideas:
            text += f", {_count(pains, 'pain')}, {_count(ideas, 'opportunity')}"
        return text
    if kind in ("pain", "opportunity"):
        anchor = document.find(obj.anchor_id)
        on = ""
        if anchor is not None:
            target = anchor[1]
            on = _quoted(getattr(target, "title", None) or getattr(target, "name", ""))
        if kind == "pain":
            text = tr("Pain {title} on {anchor}, severity {severity} of 3").format(
                title=_quoted(obj.title), anchor=on, severity=number(obj.severity, lang)
            )
        else:
            text = tr("Opportunity {title} on {anchor}, impact {impact} of 3").format(
                title=_quoted(obj.title), anchor=on, impact=number(obj.impact, lang)
            )
        if obj.votes:
            text += ", " + _count(obj.votes, "vote")
        return text
    if kind == "lane":
        return tr("Lane {index} of {count}: {title}").format(
            index=document.index_of("lane", obj.id) + 1,
            count=len(jm.lanes),
            title=_quoted(obj.title),
        )
    return _whole_map(document)


class CanvasSpeech:
    """Keeps the view's accessible name on what is selected."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        view = window.view
        view.setAccessibleDescription(
            tr(
                "Journey map. Tab and Shift+Tab select the stages, touchpoints, pains, "
                "opportunities and lanes one by one; arrow keys move the selection; Enter "
                "edits its title; the Inspector shows all its fields."
            )
        )
        window.scene.selectionChanged.connect(self.update)
        window.scene.layout_changed.connect(self.update)  # an edit or an undo renamed it
        self.update()

    def update(self) -> None:
        """Name the view after the selection (Qt tells assistive technology)."""
        scene = self.window.scene
        if not shiboken6.isValid(scene) or not shiboken6.isValid(self.window.view):
            return  # a closing window's scene clears its selection on the way out
        text = describe(self.window.document, scene.selected_ids())
        if self.window.view.accessibleName() != text:
            self.window.view.setAccessibleName(text)


def install_accessibility(window: MainWindow) -> CanvasSpeech:
    """Let assistive technology follow the canvas's selection."""
    return CanvasSpeech(window)

"""The insights dock: what the map means, live. Key moments, emotion per stage, pains
against opportunities, channel coherence, evidence and NPS, and in a future-state map
the change per stage. It follows every edit, undo and redo (it reads the model through
``model.analysis`` and ``model.insights``, the same functions the PDF hand-over uses).
Clicking a moment, pain or touchpoint selects it on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner import palette
from cjdesigner.document import Document
from cjdesigner.layout.labels import channel_name
from cjdesigner.model.analysis import channel_stage_counts, key_moments, stage_emotions
from cjdesigner.model.insights import (
    ChannelHint,
    channel_hints,
    map_nps,
    pain_priorities,
    stage_deltas,
    stage_nps,
    touchpoints_without_evidence,
    worst_stage,
)
from cjdesigner.model.numbers import signed
from cjdesigner.translate import tr, ui_language

from . import theme
from .docks import add_right_dock
from .insights_chart import ChartRow, StageEmotionChart

if TYPE_CHECKING:
    from .main_window import MainWindow

REFRESH_DELAY_MS = 200
MAX_LISTED = 60  # longer lists end with "… and N more": the dock stays quick on big maps
ID_ROLE = Qt.ItemDataRole.UserRole


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setWordWrap(False)  # one line per entry, elided; the full text is the tooltip
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setUniformItemSizes(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return widget


def _table(name: str, stretch_first: bool = True) -> QTableWidget:
    widget = QTableWidget()
    widget.setObjectName(name)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.verticalHeader().setVisible(False)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.setProperty("stretch_first", stretch_first)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    return widget


def _fit_list(widget: QListWidget, cap: int = 220) -> None:
    """Make a list as tall as its items (up to ``cap``), then scroll."""
    height = sum(widget.sizeHintForRow(i) for i in range(widget.count()))
    widget.setFixedHeight(min(cap, height + 2 * widget.frameWidth() + 4))


def _fit(table: QTableWidget, cap: int = 240) -> None:
    """Make a table exactly as tall as its rows (up to ``cap``), then scroll; with
    "stretch_first", the first column (stage names) takes the room left by the numbers."""
    if table.property("stretch_first") and table.columnCount():
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(i) for i in range(table.rowCount()))
    if table.horizontalScrollBar().isVisible() or table.columnCount() > 6:
        height += table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(min(cap, height + 2))


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # stage and touchpoint names are user text
    return label


def _cell(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _signed(value: float | None, digits: int | None = 1) -> str:
    return signed(value, ui_language(), digits)


class InsightsPanel(QDockWidget):
    """The live analysis of the open map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(tr("Insights"), window)
        self.setObjectName("dock_insights")
        self.window_ = window
        self._document: Document | None = None
        self._stale = True
        # In front: a dock tabbed behind another stays "visible" to Qt, so this follows
        # visibilityChanged instead, and a hidden tab does no work after each edit.
        self._in_front = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # after a short pause: a burst of edits (typing in the inspector, held arrow keys)
        # costs one refresh (about 65 ms for 2,000 touchpoints), not one per keystroke
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.moments = _list("list_key_moments")
        self.chart = StageEmotionChart()
        self.worst = _label("label_worst_stage")
        self.pains = _list("list_pains")
        self.channels = _table("table_channels", stretch_first=False)
        self.hints = _label("label_channel_hints")
        self.evidence = _label("label_evidence")
        self.unevidenced = _list("list_unevidenced")
        self.nps = _table("table_nps")
        self.nps_total = _label("label_nps")
        self.deltas = _table("table_deltas")
        self.delta_title = QLabel()
        self.unevidenced.setAccessibleName(tr("Touchpoints without evidence"))
        self.nps.setAccessibleName(tr("NPS per stage"))
        for widget in (self.moments, self.pains, self.unevidenced):
            widget.itemClicked.connect(self._select)
            widget.itemActivated.connect(self._select)

        body = QWidget()
        layout = QVBoxLayout(body)
        self._section(layout, tr("Key moments"), self.moments)
        self._section(layout, tr("Emotion per stage"), self.chart, self.worst)
        self.delta_title = self._section(layout, tr("Future against current state"), self.deltas)
        self._section(layout, tr("Pains → opportunities"), self.pains)
        self._section(layout, tr("Channel coherence"), self.channels, self.hints)
        self._section(
            layout,
            tr("Evidence and NPS"),
            self.evidence,
            self.unevidenced,
            self.nps,
            self.nps_total,
        )
        layout.addStretch(1)
        self.delta_title.setVisible(False)  # only a future-state map has a current state
        self.deltas.setVisible(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.visibilityChanged.connect(self._on_visibility)
        window.document_changed.connect(self._attach)
        self._attach(window.document)

    def _section(self, layout: QVBoxLayout, title: str, *widgets: QWidget) -> QLabel:
        header = QLabel(title)
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        header.setContentsMargins(0, 8, 0, 2)
        layout.addWidget(header)
        for widget in widgets:
            if isinstance(widget, QAbstractItemView) and not widget.accessibleName():
                widget.setAccessibleName(title)  # what a screen reader calls the list
            layout.addWidget(widget)
        return header

    # ----------------------------------------------------------- plumbing
    def _attach(self, document: Document) -> None:
        if self._document is not None:
            self._document.undo_stack.indexChanged.disconnect(self._changed)
            self._document.reset.disconnect(self._changed)
        self._document = document
        document.undo_stack.indexChanged.connect(self._changed)
        document.reset.connect(self._changed)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self._stale = True
        if self._in_front:
            self._timer.start()

    @property
    def in_front(self) -> bool:
        """True while the dock is on screen (not closed, not tabbed behind another)."""
        return self._in_front

    def _on_visibility(self, visible: bool) -> None:
        self._in_front = visible
        # Opened (its tab clicked): filled before it is first painted, not after the
        # pause meant for bursts of edits (it showed empty boxes for 200 ms)
        if visible and self._stale:
            self._timer.stop()
            self.refresh()

    def _select(self, item: QListWidgetItem) -> None:
        object_id = item.data(ID_ROLE)
        if not object_id:
            return
        scene = self.window_.scene
        scene.select_ids([object_id])
        target = scene.item_for(object_id)
        if target is not None:
            self.window_.view.reveal(target.sceneBoundingRect())

    # ------------------------------------------------------------ content
    def refresh(self) -> None:
        """Recompute everything from the model as it is now."""
        if self._document is None:
            return
        self._stale = False
        jm = self._document.journey_map
        lang = ui_language()
        stage_name = {s.id: s.name for s in jm.stages}
        tps = {t.id: t for t in jm.touchpoints}
        self._fill_moments(jm, stage_name, tps)
        self._fill_stages(jm, stage_name)
        self._fill_pains(jm, stage_name, tps)
        self._fill_channels(jm, stage_name, lang)
        self._fill_evidence(jm, stage_name, tps)

    def _add(self, widget: QListWidget, text: str, object_id: str = "", warn: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(ID_ROLE, object_id)
        if warn:
            item.setForeground(
                QBrush(theme.readable(widget, palette.PAIN, QPalette.ColorRole.Base))
            )
        widget.addItem(item)

    def _more(self, widget: QListWidget, total: int) -> None:
        if total > MAX_LISTED:
            self._add(widget, tr("… and {count} more").format(count=total - MAX_LISTED))

    def _fill_moments(self, jm, stage_name, tps) -> None:
        self.moments.clear()
        moments = key_moments(jm)
        for m in moments[:MAX_LISTED]:
            word = tr("Peak") if m.kind == "peak" else tr("Valley")
            mark = "▲" if m.kind == "peak" else "▼"
            tp = tps[m.touchpoint_id]
            truth = "  ★" if tp.moment_of_truth else ""
            emotion = _signed(m.emotion, None)
            text = f"{mark} {word} {emotion} · {tp.title} · {stage_name[m.stage_id]}{truth}"
            self._add(self.moments, text, m.touchpoint_id)
        self._more(self.moments, len(moments))
        truths = [t for t in jm.touchpoints if t.moment_of_truth]
        listed = {m.touchpoint_id for m in moments}
        for tp in truths:
            if tp.id not in listed and self.moments.count() < MAX_LISTED + 1:
                truth_word = tr("Moment of truth")
                text = f"★ {truth_word} {_signed(tp.emotion, None)} · {tp.title}"
                self._add(self.moments, text, tp.id)
        if not moments:
            self._add(self.moments, tr("No touchpoints yet."))
        _fit_list(self.moments)

    def _fill_stages(self, jm, stage_name) -> None:
        deltas = {d.stage_id: d for d in stage_deltas(jm)}
        rows = [
            ChartRow(
                stage_name[s.stage_id],
                s.mean,
                s.lowest,
                s.highest,
                deltas[s.stage_id].before if s.stage_id in deltas else None,
            )
            for s in stage_emotions(jm)
        ]
        self.chart.set_rows(rows)
        worst = worst_stage(jm)
        if worst is None:
            self.worst.setText(tr("No stage has touchpoints yet."))
        else:
            mean = next(r.mean for r in rows if r.name == stage_name[worst])
            self.worst.setText(
                tr("Lowest stage: “{stage}” (mean {mean}).").format(
                    stage=stage_name[worst], mean=_signed(mean)
                )
            )
        has_baseline = bool(deltas)
        self.delta_title.setVisible(has_baseline)
        self.deltas.setVisible(has_baseline)
        if has_baseline:
            headers = [tr("Stage"), tr("Current"), tr("Future"), tr("Change")]
            self.deltas.setColumnCount(len(headers))
            self.deltas.setHorizontalHeaderLabels(headers)
            self.deltas.setRowCount(len(deltas))
            for i, d in enumerate(deltas.values()):
                self.deltas.setItem(i, 0, _cell(stage_name[d.stage_id]))
                self.deltas.setItem(i, 1, _cell(_signed(d.before), True))
                self.deltas.setItem(i, 2, _cell(_signed(d.after), True))
                change = _cell(_signed(d.delta), True)
                if d.delta:
                    colour = palette.POSITIVE if d.delta > 0 else palette.NEGATIVE
                    base = QPalette.ColorRole.Base
                    change.setForeground(QBrush(theme.readable(self.deltas, colour, base)))
                self.deltas.setItem(i, 3, change)
            _fit(self.deltas)

    def _fill_pains(self, jm, stage_name, tps) -> None:
        self.pains.clear()
        codes = {p.id: f"P{i + 1}" for i, p in enumerate(jm.pains)}
        codes.update({o.id: f"O{i + 1}" for i, o in enumerate(jm.opportunities)})
        ranked = pain_priorities(jm)
        titles = {p.id: p.title for p in jm.pains}
        for p in ranked[:MAX_LISTED]:
            at = (
                tr(" at {emotion}").format(emotion=_signed(p.emotion))
                if p.emotion is not None
                else ""
            )
            votes = ""
            if p.votes:  # a dot vote ranks the list: say why, up front (a narrow dock
                # cuts the end of a line)
                votes = (tr("{n} vote") if p.votes == 1 else tr("{n} votes")).format(n=p.votes)
                votes += " · "
            head = f"{codes[p.pain_id]} {votes}{'●' * p.severity} {titles[p.pain_id]}{at}"
            if p.answered:
                answer = ", ".join(codes[o] for o in p.opportunity_ids)
                self._add(self.pains, f"{head} → {answer}", p.pain_id)
            else:
                text = tr("{pain} — no opportunity yet").format(pain=head)
                self._add(self.pains, text, p.pain_id, True)
        self._more(self.pains, len(ranked))
        if not ranked:
            self._add(self.pains, tr("No pains marked yet."))
        _fit_list(self.pains)

    def _fill_channels(self, jm, stage_name, lang) -> None:
        counts = channel_stage_counts(jm)
        self.channels.clear()
        self.channels.setColumnCount(1 + len(jm.stages))
        self.channels.setHorizontalHeaderItem(0, QTableWidgetItem(tr("Channel")))
        for c, name in enumerate(stage_name.values()):
            short = name if len(name) <= 12 else name[:11].rstrip() + "…"
            head = QTableWidgetItem(short)
            head.setToolTip(name)
            self.channels.setHorizontalHeaderItem(c + 1, head)
        self.channels.setRowCount(len(counts))
        for r, (channel, row) in enumerate(counts.items()):
            self.channels.setItem(r, 0, _cell(channel_name(channel.value, lang)))
            for c, stage in enumerate(jm.stages):
                n = row.get(stage.id, 0)
                self.channels.setItem(r, c + 1, _cell(str(n) if n else "·", True))
        _fit(self.channels)
        hints = channel_hints(jm)
        lines = [f"• {self._hint_text(h, stage_name, lang)}" for h in hints[:MAX_LISTED]]
        if len(hints) > MAX_LISTED:
            lines.append(tr("… and {count} more").format(count=len(hints) - MAX_LISTED))
        self.hints.setText(
            "\n".join(lines) or tr("Every stage has touchpoints; no channel stands alone.")
        )

    def _hint_text(self, hint: ChannelHint, stage_name: dict[str, str], lang: str) -> str:
        stage = stage_name.get(hint.stage_id or "", "")
        if hint.kind == "empty_stage":
            return tr("“{stage}” has no touchpoint: what does the customer do there?").format(
                stage=stage
            )
        if hint.kind == "all_paid":
            return tr("Every touchpoint in “{stage}” is paid media.").format(stage=stage)
        channel = channel_name(hint.channel.value, lang) if hint.channel else ""
        return tr("{channel} appears only in “{stage}”.").format(channel=channel, stage=stage)

    def _fill_evidence(self, jm, stage_name, tps) -> None:
        missing = touchpoints_without_evidence(jm)
        self.evidence.setText(
            tr("{count} of {total} touchpoints have no evidence: assumptions, not data.").format(
                count=len(missing), total=len(jm.touchpoints)
            )
        )
        self.unevidenced.clear()
        for tp_id in missing[:MAX_LISTED]:
            tp = tps[tp_id]
            self._add(self.unevidenced, f"{tp.title} · {stage_name[tp.stage_id]}", tp_id)
        self._more(self.unevidenced, len(missing))
        _fit_list(self.unevidenced)
        self.unevidenced.setVisible(bool(missing))
        rows = stage_nps(jm)
        self.nps.setColumnCount(3)
        self.nps.setHorizontalHeaderLabels([tr("Stage"), tr("Answers"), tr("NPS")])
        self.nps.setRowCount(len(rows))
        for i, row in enumerate(rows):
            self.nps.setItem(i, 0, _cell(stage_name[row.stage_id]))
            self.nps.setItem(i, 1, _cell(str(row.responses), True))
            self.nps.setItem(i, 2, _cell(_signed(row.score, 0), True))
        _fit(self.nps)
        responses, score = map_nps(jm)
        if score is None:
            self.nps_total.setText(tr("No survey answers (0–10) attached yet."))
        else:
            self.nps_total.setText(
                tr("NPS of the whole journey: {score} from {count} answers.").format(
                    score=_signed(score, 0), count=responses
                )
            )


def install_insights(window: MainWindow) -> InsightsPanel:
    """Add the insights dock (tabbed with the inspector) and its View menu toggle."""
    dock = InsightsPanel(window)
    add_right_dock(window, dock)
    return dock

"""The emotion-per-stage chart of the insights dock, drawn with QPainter.

One row per stage (names stay readable in a narrow dock): a bar from 0 to the mean,
coloured like the curve, a whisker from the lowest to the highest touchpoint, and in a
future-state map a grey tick where the current state's mean was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cjdesigner import palette
from cjdesigner.model.numbers import signed
from cjdesigner.translate import tr, ui_language

from . import theme

ROW = 24
NAME_SHARE = 0.38  # of the width, for the stage names
VALUE_WIDTH = 78


@dataclass(frozen=True)
class ChartRow:
    """One stage in the chart (None: no touchpoints)."""

    name: str
    mean: float | None
    lowest: float | None
    highest: float | None
    before: float | None = None  # the current state's mean, in a future-state map


def describe_rows(rows: list[ChartRow]) -> str:
    """The chart in words: each stage's mean and range (and the change, in a future state)."""
    lang = ui_language()
    parts = []
    for row in rows:
        if row.mean is None:
            parts.append(tr("{stage}: no touchpoints").format(stage=row.name))
            continue
        text = tr("{stage}: mean {mean}, from {lowest} to {highest}").format(
            stage=row.name,
            mean=signed(row.mean, lang, 1),
            lowest=signed(row.lowest, lang, 1),
            highest=signed(row.highest, lang, 1),
        )
        if row.before is not None:
            text += ", " + tr("was {before}").format(before=signed(row.before, lang, 1))
        parts.append(text)
    return "; ".join(parts)


class StageEmotionChart(QWidget):
    """Mean, range and (future state) change of the emotion per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_stage_emotion")
        self.setAccessibleName(tr("Emotion per stage"))
        self.rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[ChartRow]) -> None:
        """Show these stages."""
        self.rows = rows
        self.setAccessibleDescription(describe_rows(rows))  # the bars, for a screen reader
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, ROW * max(1, len(self.rows)) + ROW)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _x(self, plot: QRectF, value: float) -> float:
        return plot.left() + (value + 5.0) / 10.0 * plot.width()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        name_w = width * NAME_SHARE
        plot = QRectF(name_w + 6, 4, max(40.0, width - name_w - VALUE_WIDTH - 12), 0)
        plot.setHeight(ROW * max(1, len(self.rows)))
        metrics = QFontMetrics(self.font())
        # text and lines in the desktop theme's colours (dark ink on a dark theme was
        # unreadable); the bars keep the map's emotion colours
        ink = theme.ink(self)
        faint = theme.faint(self)
        # scale: −5, 0, +5 along the bottom, the zero line through every row
        painter.setPen(QPen(theme.faint(self, 0.7), 1))
        zero = self._x(plot, 0)
        painter.drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()))
        painter.setPen(faint)
        for value, text in ((-5, "−5"), (0, "0"), (5, "+5")):
            x = self._x(plot, value)
            w = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - w / 2, plot.bottom() + metrics.ascent() + 2), text)
        for i, row in enumerate(self.rows):
            top = plot.top() + i * ROW
            mid = top + ROW / 2
            painter.setPen(ink)
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(name_w))
            painter.drawText(QPointF(0, mid + metrics.ascent() / 2 - 1), name)
            if row.mean is None:
                painter.setPen(faint)
                painter.drawText(QPointF(zero + 6, mid + metrics.ascent() / 2 - 1), "—")
                continue
            x_mean = self._x(plot, row.mean)
            bar = QRectF(min(zero, x_mean), mid - 6, abs(x_mean - zero), 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.emotion_colour(row.mean)))
            painter.drawRect(bar)
            painter.setPen(QPen(ink, 1.2))
            if row.lowest is not None and row.highest is not None:
                lo, hi = self._x(plot, row.lowest), self._x(plot, row.highest)
                painter.drawLine(QPointF(lo, mid), QPointF(hi, mid))
                painter.drawLine(QPointF(lo, mid - 4), QPointF(lo, mid + 4))
                painter.drawLine(QPointF(hi, mid - 4), QPointF(hi, mid + 4))
            text = signed(row.mean, ui_language(), 1)
            if row.before is not None:
                xb = self._x(plot, row.before)
                painter.setPen(QPen(QColor(palette.CURVE_BASELINE), 2.5))
                painter.drawLine(QPointF(xb, mid - 9), QPointF(xb, mid + 9))
                change = row.mean - row.before
                text += " ▲" if change > 0.05 else " ▼" if change < -0.05 else " ="
            painter.setPen(ink)
            painter.drawText(
                QPointF(plot.right() + 8, mid + metrics.ascent() / 2 - 1),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, VALUE_WIDTH + 4),
            )
        painter.end()

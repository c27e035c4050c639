"""The practice part of Insights: minutes of breathing per day, the total and the streak.

The chart comes from pyqtgraph, which the Insights view imports only when first shown; until
then the panel holds only its labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from companion.core.insights import DurationUnit, PracticeStats, practice_amount, tick_values
from companion.ui.insights.insights_text import practice_total_text
from companion.ui.shell.labels import day_month_text, decimal_text
from companion.ui.shell.named import wrapped_label

__all__ = ["PracticePanel"]

MIN_PRACTICE_CHART_HEIGHT = 110
MAX_PRACTICE_TICKS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsView", text)


def _plain_label(name: str) -> QLabel:
    label = wrapped_label(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PracticePanel(QWidget):
    """Title, the chart (or a gentle note when nothing was practised), and the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePanel")
        self._pg: Any = None
        self.plot: Any = None  # the pyqtgraph PlotWidget, once attached
        self.title = _plain_label("practiceTitle")
        self.title.setText(_tr("Breathing practice"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._stack = QStackedWidget(self)
        self._empty = _plain_label("noPracticeMessage")
        self._stack.addWidget(self._empty)
        self._numbers = _plain_label("practiceNumbers")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self._stack, self._numbers):
            layout.addWidget(widget)

    def attach_plot(self, pg: Any) -> Any:
        """Create the chart with pyqtgraph (``pg``, the module) and return it."""
        self._pg = pg
        self.plot = pg.PlotWidget(self._stack)
        self.plot.setObjectName("practiceChart")
        self.plot.setAccessibleName(_tr("Minutes of breathing practice per day"))
        self.plot.setMinimumHeight(MIN_PRACTICE_CHART_HEIGHT)
        self.plot.setMaximumHeight(MIN_PRACTICE_CHART_HEIGHT * 3 // 2)
        self.plot.getPlotItem().setLabel("left", _tr("Minutes"))
        self._stack.addWidget(self.plot)
        return self.plot

    def heights(self) -> list[float]:
        """The chart's minutes per day, read back from its bar item."""
        if self.plot is None:
            return []
        for item in self.plot.getPlotItem().items:
            if isinstance(item, self._pg.BarGraphItem):
                return [float(h) for h in item.opts["height"]]
        return []

    def draw(self, practice: PracticeStats) -> None:
        """Show ``practice`` (the chart must be attached)."""
        plot = self.plot.getPlotItem()
        plot.clear()
        days = practice.minutes_per_day
        streak_text = (
            _tr("Current streak: 1 day.")
            if practice.streak == 1
            else _tr("Current streak: {n} days.").format(n=practice.streak)
        )
        forgiving = _tr("(A single missed day does not break it.)")
        if practice.total_minutes <= 0:
            self._empty.setText(
                _tr("No breathing practice in this time. A few minutes with the pacer count.")
            )
            self._stack.setCurrentWidget(self._empty)
            self._numbers.setText(f"{streak_text} {forgiving}" if practice.streak else "")
            return
        self._stack.setCurrentWidget(self.plot)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        heights = [m for _, m in days]
        bars = self._pg.BarGraphItem(
            x=list(range(len(days))), height=heights, width=0.8, brush=color, pen=None
        )
        plot.addItem(bars)
        locale = QLocale()
        picks = sorted({0, len(days) // 2, len(days) - 1})
        ticks = [(i, day_month_text(days[i][0], locale)) for i in picks]
        plot.getAxis("bottom").setTicks([ticks])
        margin = max(1.0, len(days) * 0.04)  # room for the first and last date labels
        plot.setXRange(-margin, len(days) - 1 + margin, padding=0)
        y_top = max(heights) * 1.15
        plot.setYRange(0, y_top, padding=0)
        self._set_axis(y_top)
        total = practice_total_text(practice.total_minutes, practice.days_practised, len(days))
        self._numbers.setText(f"{total} {streak_text} {forgiving}")

    def _set_axis(self, y_top: float) -> None:
        """Seconds when no day reaches a minute, else minutes (one decimal where needed)."""
        item = self.plot.getPlotItem()
        locale = QLocale()
        unit, _ = practice_amount(y_top / 1.15)
        if unit is DurationUnit.SECONDS:
            item.setLabel("left", _tr("Seconds"))
            values = tick_values(y_top * 60, MAX_PRACTICE_TICKS, integer=True)
            ticks = [(v / 60, locale.toString(int(v))) for v in values]
        else:
            item.setLabel("left", _tr("Minutes"))
            values = tick_values(y_top, MAX_PRACTICE_TICKS)
            ticks = [(v, decimal_text(v, locale)) for v in values]
        item.getAxis("left").setTicks([ticks])

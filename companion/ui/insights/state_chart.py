"""The state chart of Insights: how often each state came up, as plain bars or split by time
of day, weekday or strength, with the sentence, legend and note that go with it.

Built on pyqtgraph once it is loaded (see ``chart_loader``); reads its own bars back for
tests and for the numbers screen readers get.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget

from companion.core.insights import Breakdown, DayPart, Insights, tick_values
from companion.core.states import MAX_INTENSITY, MIN_INTENSITY, PROTECTIVE_STATES, STATE_ORDER
from companion.ui.insights.chart_room import BarHeadroom
from companion.ui.insights.insights_text import part_labels, part_phrases
from companion.ui.insights.practice_panel import fit_axis_to_font
from companion.ui.insights.state_legend import StateLegend
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import is_dark_palette, state_color, symbol_path

#: The smallest height at which the chart stays readable (axis names, labels and bars).
MIN_STATE_CHART_HEIGHT = 200
#: At most this many labelled ticks on a count axis (whole numbers only).
MAX_COUNT_TICKS = 5
#: The symbol on each bar of a breakdown, in pixels.
MARK_PX = 11

BarKey = tuple[str, Any, str]  # (grouping, group, state)


def make_static(plot: Any) -> None:
    """A plot that is a picture, not a control: no mouse, menu, buttons or Tab stop."""
    item = plot.getPlotItem()
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for side in ("left", "bottom"):
        # Counts and minutes are never shown as "x0.001" or with an SI prefix.
        item.getAxis(side).enableAutoSIPrefix(False)
    plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


def style_plot(plot: Any, palette: QPalette, font: QFont) -> None:
    """Colours and axis sizes of a plot from the palette and font of the page."""
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    for side in ("left", "bottom"):
        axis = plot.getPlotItem().getAxis(side)
        axis.setPen(text)
        axis.setTextPen(text)
        fit_axis_to_font(axis, side, font)


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsView", text)


@dataclass(frozen=True)
class ChartParts:
    """The widgets around the plot that a drawing fills in."""

    stack: QStackedWidget
    no_checkins: QLabel
    summary: QLabel
    legend: StateLegend
    note: QLabel


class StateChart:
    """The plot of states and the words around it; ``build`` makes the plot. Colours come
    from the palette of the page the stack is on."""

    def __init__(self, parts: ChartParts) -> None:
        self._stack = parts.stack
        self._no_checkins = parts.no_checkins
        self._summary = parts.summary
        self._legend = parts.legend
        self._note = parts.note
        self._pg: Any = None
        self.plot: Any = None
        self._bar_keys: dict[int, list[BarKey]] = {}  # id(bars) -> key per bar
        self._counts: list[Any] = []  # the numbers written over the bars (pyqtgraph items)
        self._headroom: BarHeadroom | None = None

    def build(self, pg: Any) -> Any:
        """Create the plot in the stack (once pyqtgraph is loaded); returns it."""
        self._pg = pg
        self.plot = pg.PlotWidget(self._stack)
        self.plot.setObjectName("stateChart")
        self.plot.setAccessibleName(_tr("How often each state came up"))
        self.plot.setMinimumHeight(MIN_STATE_CHART_HEIGHT)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stack.addWidget(self.plot)
        self.plot.getPlotItem().setLabel("left", _tr("Check-ins"))
        self._headroom = BarHeadroom(self.plot.getPlotItem(), self.plot)
        self._headroom.rangeChanged.connect(self._count_ticks)
        return self.plot

    def read_bars(self) -> dict[BarKey, float]:
        """(grouping, group, state) -> height of every bar drawn."""
        if self.plot is None:
            return {}
        heights: dict[BarKey, float] = {}
        for item in self.plot.getPlotItem().items:
            if isinstance(item, self._pg.BarGraphItem):
                keys = self._bar_keys.get(id(item), [])
                for key, height in zip(keys, item.opts["height"], strict=True):
                    heights[key] = float(height)
        return heights

    def draw(self, data: Insights) -> None:
        """Draw the check-ins of ``data`` in the chosen grouping, with the words around it."""
        plot = self.plot.getPlotItem()
        plot.clear()
        self._bar_keys.clear()
        self._counts.clear()
        counts = data.states
        self._note.hide()
        if counts.total == 0:
            self._no_checkins.setText(
                _tr("No check-ins in this time yet. The wheel is there whenever you want it.")
            )
            self._stack.setCurrentWidget(self._no_checkins)
            self._summary.setText("")
            self._legend.show_states(None)
            return
        self._stack.setCurrentWidget(self.plot)
        top = counts.most_common()
        summary = _tr("{state} came up most often: {count} of {total} check-ins.").format(
            state=state_label(top or "settled"), count=counts.by_state[top or "settled"],
            total=counts.total,
        )  # fmt: skip
        if data.top_state_part is not None:
            summary += " " + part_phrases()[data.top_state_part]
        self._summary.setText(summary)
        ticks, top_height = self._draw_breakdown(data)
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(ticks) - 0.4, padding=0)
        # The chart is a picture; screen readers get the same numbers as text.
        self.plot.setAccessibleDescription(
            ", ".join(f"{state_label(s)}: {counts.by_state[s]}" for s in STATE_ORDER)
        )
        counts_drawn = list(self._counts)
        # The numbers or symbols on the bars keep their room as the chart changes height.
        if self._headroom is not None:
            self._headroom.set_bars(
                top_height,
                lambda: max((c.boundingRect().height() for c in counts_drawn), default=MARK_PX / 2),
            )

    def _count_ticks(self, y_top: float) -> None:
        locale = QLocale()
        self.plot.getPlotItem().getAxis("left").setTicks(
            [[(v, locale.toString(int(v))) for v in tick_values(y_top, MAX_COUNT_TICKS,
                                                                integer=True)]]
        )  # fmt: skip

    def _draw_breakdown(self, data: Insights) -> tuple[list[tuple[float, str]], float]:
        """The bars of the chosen grouping; returns the ticks and the top height."""
        counts = data.states
        groups: list[tuple[Any, str, Mapping[str, int]]]
        if data.day_parts is not None:
            cells = data.day_parts.by_part
            parts = part_labels()
            groups = [(p.value, parts[p], cells[p]) for p in DayPart]
            ticks, top_height = self._draw_grouped(Breakdown.DAY_PART, groups, STATE_ORDER)
        elif data.weekdays is not None:
            days = data.weekdays.by_weekday
            locale = QLocale()
            # Monday first; Qt numbers the days 1 (Monday) to 7 (Sunday).
            groups = [
                (d, locale.dayName(d + 1, QLocale.FormatType.ShortFormat), days[d])
                for d in range(7)
            ]
            ticks, top_height = self._draw_grouped(Breakdown.WEEKDAY, groups, STATE_ORDER)
        elif data.intensities is not None:
            strengths = data.intensities
            groups = [
                (n, _tr("Strength {n}").format(n=n),
                 {s: strengths.for_state(s)[n] for s in PROTECTIVE_STATES})
                for n in range(MIN_INTENSITY, MAX_INTENSITY + 1)
            ]  # fmt: skip
            states = tuple(s.value for s in PROTECTIVE_STATES)
            ticks, top_height = self._draw_grouped(Breakdown.STRENGTH, groups, states)
            settled = counts.by_state["settled"]
            if settled:
                self._note.setText(
                    _tr(
                        "Settled check-ins have no strength, so they are not in this chart: {n}."
                    ).format(n=settled)
                )
                self._note.show()
        else:
            ticks, top_height = self._draw_plain(data)
        return ticks, top_height

    def _draw_plain(self, data: Insights) -> tuple[list[tuple[float, str]], float]:
        """One bar per state, its count written above it; returns the ticks and top height."""
        pg = self._pg
        plot = self.plot.getPlotItem()
        dark = is_dark_palette(self._stack.palette())
        text_color = self._stack.palette().color(QPalette.ColorRole.Text)
        self._legend.show_states(None)
        heights = [data.states.by_state[s] for s in STATE_ORDER]
        bars = pg.BarGraphItem(
            x=list(range(len(STATE_ORDER))), height=heights, width=0.6,
            brushes=[state_color(s, dark) for s in STATE_ORDER], pen=None,
        )  # fmt: skip
        self._bar_keys[id(bars)] = [(Breakdown.STATE.value, s, s) for s in STATE_ORDER]
        plot.addItem(bars)
        for i, n in enumerate(heights):
            label = pg.TextItem(str(n), color=text_color, anchor=(0.5, 1.0))
            label.setPos(i, n)
            plot.addItem(label)
            self._counts.append(label)
        return [(i, state_label(s)) for i, s in enumerate(STATE_ORDER)], float(max(heights))

    def _draw_grouped(
        self,
        breakdown: Breakdown,
        groups: list[tuple[Any, str, Mapping[str, int]]],
        states: tuple[str, ...],
    ) -> tuple[list[tuple[float, str]], float]:
        """Side by side bars per group (key, tick label, count per state), one per state, in
        the state's colour with its symbol on top; returns the ticks and top height."""
        pg = self._pg
        plot = self.plot.getPlotItem()
        dark = is_dark_palette(self._stack.palette())
        text_color = self._stack.palette().color(QPalette.ColorRole.Text)
        self._legend.show_states(states)
        width = 0.8 / len(states)
        top_height = 0.0
        for j, state in enumerate(states):
            xs = [i + (j - (len(states) - 1) / 2) * width for i in range(len(groups))]
            heights = [cells[state] for _, _, cells in groups]
            color = state_color(state, dark)
            bars = pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=color,
                                   pen=None)  # fmt: skip
            self._bar_keys[id(bars)] = [(breakdown.value, key, state) for key, _, _ in groups]
            plot.addItem(bars)
            shown = [(x, h) for x, h in zip(xs, heights, strict=True) if h > 0]
            if shown:
                marks = pg.ScatterPlotItem(
                    x=[x for x, _ in shown], y=[h for _, h in shown],
                    symbol=symbol_path(state), size=MARK_PX, brush=color, pen=text_color,
                )  # fmt: skip
                plot.addItem(marks)
            top_height = max(top_height, *heights)
        return [(i, label) for i, (_, label, _) in enumerate(groups)], top_height

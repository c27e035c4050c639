"""Insights: how often each state comes up, when, whether breaks are kept, how regular practice is.

The only module that touches pyqtgraph, and only once the view is first shown: importing this
module or building the widget does not import it (it costs about a quarter of a second). All
numbers come from ``companion.storage.insights_queries``; this widget only draws them.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from companion.core.agreement import Shift
from companion.core.clock import Clock
from companion.core.insights import (
    STATE_ORDER,
    Breakdown,
    BreakOutcome,
    BreakStats,
    DayPart,
    DurationUnit,
    Insights,
    Window,
    practice_amount,
    tick_values,
)
from companion.core.states import MAX_INTENSITY, MIN_INTENSITY, PROTECTIVE_STATES
from companion.storage import insights_queries
from companion.storage.export import ExportError, write_private_file
from companion.ui.shell.labels import decimal_text, state_label
from companion.ui.shell.palette import is_dark_palette, state_color, symbol_path

#: How long writes are gathered before a visible view re-queries (a burst redraws once).
REFRESH_DELAY_MS = 150
#: The smallest heights at which the charts stay readable (axis names, labels and bars);
#: below that the page scrolls instead of squeezing them.
MIN_STATE_CHART_HEIGHT = 200
MIN_PRACTICE_CHART_HEIGHT = 110
#: At most this many labelled ticks on a count axis (whole numbers only).
MAX_COUNT_TICKS = 5
MAX_PRACTICE_TICKS = 4


def subscribe_while_alive(store: Any, widget: QWidget, callback: Callable[[str], None]) -> None:
    """Subscribe ``callback(table)`` to store writes for as long as ``widget`` lives.

    The store keeps its listeners for ever, so the listener holds the widget weakly and does
    nothing once the widget (or its C++ side) is gone. ``callback`` must be a bound method of
    ``widget``.
    """
    ref = weakref.ref(widget)
    name = callback.__name__

    def listener(table: str) -> None:
        target = ref()
        if target is not None and Shiboken.isValid(target):
            getattr(target, name)(table)

    store.subscribe(listener)


class InsightsView(QWidget):
    """Bar chart of states per window (by state, time of day, weekday or strength), practice
    minutes and break numbers, in a page that scrolls rather than squeezing the charts."""

    def __init__(self, store: Any, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self._store = store
        self._clock = clock
        self._window = Window.MONTH
        self._breakdown = Breakdown.STATE
        self._dirty = True
        self._pg: Any = None  # the pyqtgraph module, once built
        self._state_plot: Any = None
        self._practice_plot: Any = None
        self._bar_keys: dict[int, list[tuple[str, Any, str]]] = {}  # id(bars) -> key per bar
        self._last: Insights | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("insightsRefreshTimer")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self._window_box = QComboBox(self)
        self._window_box.setObjectName("insightsWindow")
        for window, label in self._window_labels().items():
            self._window_box.addItem(label, window.value)
        self._window_box.setCurrentIndex(list(Window).index(self._window))
        self._window_box.setAccessibleName(self.tr("Time to look back on"))
        self._window_box.currentIndexChanged.connect(self._on_window_chosen)

        self._breakdown_box = QComboBox(self)
        self._breakdown_box.setObjectName("insightsBreakdown")
        self._breakdown_box.setAccessibleName(self.tr("How to group the check-ins"))
        for breakdown, label in self._breakdown_labels().items():
            self._breakdown_box.addItem(label, breakdown.value)
        self._breakdown_box.setItemData(
            list(Breakdown).index(Breakdown.DAY_PART),
            self.tr(
                "Night 0-6, morning 6-12, afternoon 12-18, evening 18-24, "
                "in the local time of each check-in."
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        self._breakdown_box.currentIndexChanged.connect(self._on_breakdown_chosen)

        controls = QHBoxLayout()
        controls.addWidget(self._window_box)
        controls.addWidget(self._breakdown_box)
        controls.addStretch(1)

        self._empty = QLabel(self)
        self._empty.setObjectName("insightsEmptyMessage")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        self._empty.setMargin(24)

        self._content = QWidget(self)
        self._content.setObjectName("insightsContent")
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._summary = self._text_label("insightsSummary")
        self._legend = QWidget(self._content)
        self._legend.setObjectName("insightsLegend")
        self._legend_layout = QHBoxLayout(self._legend)
        self._legend_layout.setContentsMargins(0, 0, 0, 0)
        self._chart_stack = QStackedWidget(self._content)
        self._chart_stack.setMinimumHeight(MIN_STATE_CHART_HEIGHT)
        self._no_checkins = self._text_label("noCheckinsMessage")
        self._no_checkins.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chart_stack.addWidget(self._no_checkins)
        self._chart_note = self._text_label("chartNote")
        self._practice_title = self._text_label("practiceTitle")
        self._practice_title.setText(self.tr("Breathing practice"))
        self._practice_stack = QStackedWidget(self._content)
        self._no_practice = self._text_label("noPracticeMessage")
        self._practice_stack.addWidget(self._no_practice)
        self._practice_numbers = self._text_label("practiceNumbers")
        self._breaks_title = self._text_label("breaksTitle")
        self._breaks_title.setText(self.tr("Breaks"))
        self._break_numbers = self._text_label("breakNumbers")
        for widget in (
            self._summary,
            self._legend,
            self._chart_stack,
            self._chart_note,
            self._practice_title,
            self._practice_stack,
            self._practice_numbers,
            self._breaks_title,
            self._break_numbers,
        ):
            self._content_layout.addWidget(widget, 1 if widget is self._chart_stack else 0)
        for title in (self._practice_title, self._breaks_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        # The charts keep their readable size; a small window scrolls instead of squeezing.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("insightsScroll")
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._content)
        self._scroll.viewport().setAutoFillBackground(False)
        self._content.setAutoFillBackground(False)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._scroll)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._pages, 1)

        subscribe_while_alive(store, self, self._on_store_changed)

    # ------------------------------------------------------------------ public API
    def window(self) -> Window:
        """The window being shown."""
        return self._window

    def set_window(self, window: Window) -> None:
        """Show the last 7, 30 or 90 days, or all time, and redraw."""
        if window is not self._window:
            self._window = window
            self._window_box.setCurrentIndex(list(Window).index(window))
            self.refresh()

    def breakdown(self) -> Breakdown:
        """How the state chart groups the check-ins."""
        return self._breakdown

    def set_breakdown(self, breakdown: Breakdown) -> None:
        """Group the state chart by state, time of day, weekday or strength, and redraw."""
        if breakdown is not self._breakdown:
            self._breakdown = breakdown
            self._breakdown_box.setCurrentIndex(list(Breakdown).index(breakdown))
            self.refresh()

    def refresh(self) -> None:
        """Re-query and redraw now if the view is shown; otherwise redraw when it is shown."""
        self._refresh_timer.stop()
        self._dirty = True
        if self._pg is None or not self.isVisible():
            return
        self._redraw()

    def insights(self) -> Insights | None:
        """The numbers last drawn (None before the first draw)."""
        return self._last

    def is_built(self) -> bool:
        """True once the charts exist (pyqtgraph has been imported)."""
        return self._pg is not None

    def showing_empty_message(self) -> bool:
        """True while the friendly "nothing yet" message stands in for the charts."""
        return self._pages.currentWidget() is self._empty

    def empty_message(self) -> str:
        return self._empty.text()

    def bar_heights(self) -> dict[str, float]:
        """Height of each state's bar(s), read back from the chart's bar items (summed over
        the groups when split; settled has no bar in the strength chart)."""
        heights = dict.fromkeys(STATE_ORDER, 0.0)
        for (_, _, state), height in self._read_bars().items():
            heights[state] += height
        return heights

    def bar_heights_by_part(self) -> dict[tuple[str, str], float]:
        """(part of day, state) -> bar height, read from the chart; empty when not so split."""
        return self._grouped_heights(Breakdown.DAY_PART)

    def bar_heights_by_weekday(self) -> dict[tuple[int, str], float]:
        """(weekday, Monday = 0, state) -> bar height; empty unless grouped by weekday."""
        return self._grouped_heights(Breakdown.WEEKDAY)

    def bar_heights_by_strength(self) -> dict[tuple[int, str], float]:
        """(strength 1-5, protective state) -> bar height; empty unless grouped by strength."""
        return self._grouped_heights(Breakdown.STRENGTH)

    def practice_heights(self) -> list[float]:
        """The practice chart's minutes per day, read back from its bar item."""
        if self._practice_plot is None:
            return []
        for item in self._practice_plot.getPlotItem().items:
            if isinstance(item, self._pg.BarGraphItem):
                return [float(h) for h in item.opts["height"]]
        return []

    def export_png(self, path: Path | str) -> Path:
        """Save what the view shows (charts and numbers) as a PNG, mode 0600, atomically."""
        if self._pg is None:
            self._build()
        if self._dirty or self._last is None:
            self._redraw()
        # The whole page, also the part scrolled out of view.
        shown = self._pages.currentWidget()
        pixmap = (self._content if shown is self._scroll or shown is None else shown).grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not pixmap.save(buffer, "PNG"):
            raise ExportError(self.tr("The chart could not be turned into an image."))
        buffer.close()
        target = Path(path)
        write_private_file(target, lambda f: f.write(bytes(data.data())), binary=True)
        return target

    # ------------------------------------------------------------------ Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pg is None:
            self._build()
        if self._dirty:
            self.refresh()

    def hideEvent(self, event: QEvent) -> None:
        self._refresh_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._pg is not None:
            self._style_plots()
            if self._last is not None:
                self._draw(self._last)

    # ------------------------------------------------------------------ internals
    def _redraw(self) -> None:
        """Query the numbers for the current window and draw them (charts must exist)."""
        self._dirty = False
        self._last = insights_queries.insights(
            self._store, self._window, self._clock.now(), breakdown=self._breakdown
        )
        self._draw(self._last)

    def _on_store_changed(self, table: str) -> None:
        if table not in ("checkins", "breaks", "sessions"):
            return
        self._dirty = True
        if self._pg is not None and self.isVisible():
            self._refresh_timer.start()

    def _on_window_chosen(self, index: int) -> None:
        self.set_window(list(Window)[index])

    def _on_breakdown_chosen(self, index: int) -> None:
        self.set_breakdown(list(Breakdown)[index])

    def _grouped_heights(self, breakdown: Breakdown) -> dict[Any, float]:
        return {
            (group, state): h
            for (kind, group, state), h in self._read_bars().items()
            if kind == breakdown.value
        }

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self._content)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _window_labels(self) -> dict[Window, str]:
        return {
            Window.WEEK: self.tr("Last 7 days"),
            Window.MONTH: self.tr("Last 30 days"),
            Window.QUARTER: self.tr("Last 90 days"),
            Window.ALL: self.tr("All time"),
        }

    def _breakdown_labels(self) -> dict[Breakdown, str]:
        return {
            Breakdown.STATE: self.tr("By state"),
            Breakdown.DAY_PART: self.tr("By time of day"),
            Breakdown.WEEKDAY: self.tr("By weekday"),
            Breakdown.STRENGTH: self.tr("By strength"),
        }

    def _part_labels(self) -> dict[DayPart, str]:
        return {
            DayPart.NIGHT: self.tr("Night"),
            DayPart.MORNING: self.tr("Morning"),
            DayPart.AFTERNOON: self.tr("Afternoon"),
            DayPart.EVENING: self.tr("Evening"),
        }

    def _part_phrases(self) -> dict[DayPart, str]:
        return {
            DayPart.NIGHT: self.tr("Mostly at night."),
            DayPart.MORNING: self.tr("Mostly in the morning."),
            DayPart.AFTERNOON: self.tr("Mostly in the afternoon."),
            DayPart.EVENING: self.tr("Mostly in the evening."),
        }

    def _dark(self) -> bool:
        return is_dark_palette(self.palette())

    def _build(self) -> None:
        """Import pyqtgraph and create the plots (first show only)."""
        import pyqtgraph as pg

        self._pg = pg
        self._state_plot = pg.PlotWidget(self._chart_stack)
        self._state_plot.setObjectName("stateChart")
        self._state_plot.setAccessibleName(self.tr("How often each state came up"))
        self._state_plot.setMinimumHeight(MIN_STATE_CHART_HEIGHT)
        self._chart_stack.addWidget(self._state_plot)
        self._practice_plot = pg.PlotWidget(self._practice_stack)
        self._practice_plot.setObjectName("practiceChart")
        self._practice_plot.setAccessibleName(self.tr("Minutes of breathing practice per day"))
        self._practice_plot.setMinimumHeight(MIN_PRACTICE_CHART_HEIGHT)
        self._practice_plot.setMaximumHeight(MIN_PRACTICE_CHART_HEIGHT * 3 // 2)
        self._practice_stack.addWidget(self._practice_plot)
        for plot in (self._state_plot, self._practice_plot):
            item = plot.getPlotItem()
            item.setMouseEnabled(x=False, y=False)
            item.setMenuEnabled(False)
            item.hideButtons()
            for side in ("left", "bottom"):
                # Counts and minutes are never shown as "x0.001" or with an SI prefix.
                item.getAxis(side).enableAutoSIPrefix(False)
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._state_plot.getPlotItem().setLabel("left", self.tr("Check-ins"))
        self._practice_plot.getPlotItem().setLabel("left", self.tr("Minutes"))
        self._build_legend()
        self._style_plots()

    def _build_legend(self) -> None:
        for state in STATE_ORDER:
            icon = QLabel(self._legend)
            icon.setObjectName(f"legendIcon_{state}")
            name = QLabel(state_label(state), self._legend)
            name.setObjectName(f"legendName_{state}")
            icon.setBuddy(name)
            self._legend_layout.addWidget(icon)
            self._legend_layout.addWidget(name)
            self._legend_layout.addSpacing(8)
        self._legend_layout.addStretch(1)
        self._paint_legend()

    def _show_legend(self, states: tuple[str, ...] | None) -> None:
        """Show the legend entries of ``states`` (None hides the legend)."""
        self._legend.setVisible(states is not None)
        for state in STATE_ORDER:
            shown = states is not None and state in states
            for name in (f"legendIcon_{state}", f"legendName_{state}"):
                label = self._legend.findChild(QLabel, name)
                if label is not None:
                    label.setVisible(shown)

    def _paint_legend(self) -> None:
        dark = self._dark()
        for state in STATE_ORDER:
            icon = self._legend.findChild(QLabel, f"legendIcon_{state}")
            if icon is not None:
                icon.setPixmap(_symbol_pixmap(state, state_color(state, dark), 16))

    def _style_plots(self) -> None:
        pal = self.palette()
        background = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        for plot in (self._state_plot, self._practice_plot):
            plot.setBackground(background)
            for side in ("left", "bottom"):
                axis = plot.getPlotItem().getAxis(side)
                axis.setPen(text)
                axis.setTextPen(text)
        self._paint_legend()

    def _read_bars(self) -> dict[tuple[str, Any, str], float]:
        if self._state_plot is None:
            return {}
        heights: dict[tuple[str, Any, str], float] = {}
        for item in self._state_plot.getPlotItem().items:
            if isinstance(item, self._pg.BarGraphItem):
                keys = self._bar_keys.get(id(item), [])
                for key, height in zip(keys, item.opts["height"], strict=True):
                    heights[key] = float(height)
        return heights

    def _draw(self, data: Insights) -> None:
        if data.empty:
            self._empty.setText(self._empty_text())
            self._pages.setCurrentWidget(self._empty)
        else:
            self._pages.setCurrentWidget(self._scroll)
        self._draw_states(data)
        self._draw_practice(data)
        text = self._break_text(data.breaks)
        if data.waited:  # the other side of a pause: counted, never compared or scored
            waited = self.tr("Waited for your partner's return: {n}.").format(n=data.waited)
            text = waited if data.breaks.count == 0 else f"{text}\n{waited}"
        self._break_numbers.setText(text)

    def _draw_states(self, data: Insights) -> None:
        plot = self._state_plot.getPlotItem()
        plot.clear()
        self._bar_keys.clear()
        counts = data.states
        self._chart_note.hide()
        if counts.total == 0:
            self._no_checkins.setText(
                self.tr("No check-ins in this time yet. The wheel is there whenever you want it.")
            )
            self._chart_stack.setCurrentWidget(self._no_checkins)
            self._summary.setText("")
            self._show_legend(None)
            return
        self._chart_stack.setCurrentWidget(self._state_plot)
        top = counts.most_common()
        summary = self.tr("{state} came up most often: {count} of {total} check-ins.").format(
            state=state_label(top or "settled"), count=counts.by_state[top or "settled"],
            total=counts.total,
        )  # fmt: skip
        if data.top_state_part is not None:
            summary += " " + self._part_phrases()[data.top_state_part]
        self._summary.setText(summary)
        groups: list[tuple[Any, str, Mapping[str, int]]]
        if data.day_parts is not None:
            cells = data.day_parts.by_part
            part_labels = self._part_labels()
            groups = [(p.value, part_labels[p], cells[p]) for p in DayPart]
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
                (n, self.tr("Strength {n}").format(n=n),
                 {s: strengths.for_state(s)[n] for s in PROTECTIVE_STATES})
                for n in range(MIN_INTENSITY, MAX_INTENSITY + 1)
            ]  # fmt: skip
            states = tuple(s.value for s in PROTECTIVE_STATES)
            ticks, top_height = self._draw_grouped(Breakdown.STRENGTH, groups, states)
            settled = counts.by_state["settled"]
            if settled:
                self._chart_note.setText(
                    self.tr(
                        "Settled check-ins have no strength, so they are not in this chart: {n}."
                    ).format(n=settled)
                )
                self._chart_note.show()
        else:
            ticks, top_height = self._draw_plain(data)
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.6, len(ticks) - 0.4, padding=0)
        # The chart is a picture; screen readers get the same numbers as text.
        self._state_plot.setAccessibleDescription(
            ", ".join(f"{state_label(s)}: {counts.by_state[s]}" for s in STATE_ORDER)
        )
        y_top = max(1, top_height) * 1.15
        plot.setYRange(0, y_top, padding=0)
        locale = QLocale()
        plot.getAxis("left").setTicks(
            [[(v, locale.toString(int(v))) for v in tick_values(y_top, MAX_COUNT_TICKS,
                                                                integer=True)]]
        )  # fmt: skip

    def _draw_plain(self, data: Insights) -> tuple[list[tuple[float, str]], float]:
        """One bar per state, its count written above it; returns the ticks and top height."""
        pg = self._pg
        plot = self._state_plot.getPlotItem()
        dark = self._dark()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        self._show_legend(None)
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
        plot = self._state_plot.getPlotItem()
        dark = self._dark()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        self._show_legend(states)
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
                    symbol=symbol_path(state), size=11, brush=color, pen=text_color,
                )  # fmt: skip
                plot.addItem(marks)
            top_height = max(top_height, *heights)
        return [(i, label) for i, (_, label, _) in enumerate(groups)], top_height

    def _draw_practice(self, data: Insights) -> None:
        pg = self._pg
        practice = data.practice
        plot = self._practice_plot.getPlotItem()
        plot.clear()
        days = practice.minutes_per_day
        streak_text = (
            self.tr("Current streak: 1 day.")
            if practice.streak == 1
            else self.tr("Current streak: {n} days.").format(n=practice.streak)
        )
        forgiving = self.tr("(A single missed day does not break it.)")
        if practice.total_minutes <= 0:
            self._no_practice.setText(
                self.tr("No breathing practice in this time. A few minutes with the pacer count.")
            )
            self._practice_stack.setCurrentWidget(self._no_practice)
            self._practice_numbers.setText(f"{streak_text} {forgiving}" if practice.streak else "")
            return
        self._practice_stack.setCurrentWidget(self._practice_plot)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        heights = [m for _, m in days]
        bars = pg.BarGraphItem(x=list(range(len(days))), height=heights, width=0.8, brush=color,
                               pen=None)  # fmt: skip
        plot.addItem(bars)
        locale = QLocale()
        picks = sorted({0, len(days) // 2, len(days) - 1})
        ticks = [(i, locale.toString(days[i][0], "d MMM")) for i in picks]
        plot.getAxis("bottom").setTicks([ticks])
        margin = max(1.0, len(days) * 0.04)  # room for the first and last date labels
        plot.setXRange(-margin, len(days) - 1 + margin, padding=0)
        y_top = max(heights) * 1.15
        plot.setYRange(0, y_top, padding=0)
        self._set_practice_axis(y_top)
        self._practice_numbers.setText(
            self._practice_total_text(practice.total_minutes, practice.days_practised, len(days))
            + " "
            + streak_text
            + " "
            + forgiving
        )

    def _set_practice_axis(self, y_top: float) -> None:
        """Seconds when no day reaches a minute, else minutes (one decimal where needed)."""
        axis = self._practice_plot.getPlotItem().getAxis("left")
        locale = QLocale()
        unit, _ = practice_amount(y_top / 1.15)
        if unit is DurationUnit.SECONDS:
            self._practice_plot.getPlotItem().setLabel("left", self.tr("Seconds"))
            values = tick_values(y_top * 60, MAX_PRACTICE_TICKS, integer=True)
            ticks = [(v / 60, locale.toString(int(v))) for v in values]
        else:
            self._practice_plot.getPlotItem().setLabel("left", self.tr("Minutes"))
            values = tick_values(y_top, MAX_PRACTICE_TICKS)
            ticks = [(v, decimal_text(v, locale)) for v in values]
        axis.setTicks([ticks])

    def _practice_total_text(self, minutes: float, days: int, span: int) -> str:
        locale = QLocale()
        unit, amount = practice_amount(minutes)
        if unit is DurationUnit.SECONDS:
            return self.tr("{seconds} seconds on {days} of {span} days.").format(
                seconds=locale.toString(int(amount)), days=days, span=span
            )
        return self.tr("{minutes} minutes on {days} of {span} days.").format(
            minutes=decimal_text(amount, locale), days=days, span=span
        )

    def _break_text(self, stats: BreakStats) -> str:
        if stats.count == 0:
            return self.tr("No breaks in this time.")
        lines = [self.tr("Breaks taken: {n}.").format(n=stats.count)]
        if stats.finished and stats.kept_on_time_share is not None:
            lines.append(
                self.tr("Back by the time first agreed: {kept} of {done} ({percent}%).").format(
                    kept=stats.outcomes.get(BreakOutcome.ON_TIME, 0),
                    done=stats.finished,
                    percent=round(stats.kept_on_time_share * 100),
                )
            )
            extended = stats.outcomes.get(BreakOutcome.EXTENDED, 0)
            late = stats.outcomes.get(BreakOutcome.LATE, 0)
            if extended or late:
                lines.append(
                    self.tr(
                        "Back after asking for more time: {extended}. Later than agreed: {late}."
                    ).format(extended=extended, late=late)
                )
        if stats.average_extension_minutes is not None:
            lines.append(
                self.tr("When more time was needed, it was {m} minutes on average.").format(
                    m=round(stats.average_extension_minutes)
                )
            )
        if stats.paired:
            s = stats.shifts
            lines.append(
                self.tr(
                    "After a break: {settled} settled, {calmer} calmer, {same} about the same, "
                    "{stronger} stronger."
                ).format(
                    settled=s.get(Shift.SETTLED, 0),
                    calmer=s.get(Shift.CALMER, 0),
                    same=s.get(Shift.SAME, 0) + s.get(Shift.DIFFERENT, 0),
                    stronger=s.get(Shift.STRONGER, 0),
                )
            )
            if stats.average_shift is not None:
                lines.append(
                    self.tr("Strength changed by {shift} on average (0 to 5).").format(
                        shift=f"{stats.average_shift:+.1f}"
                    )
                )
        return "\n".join(lines)

    def _empty_text(self) -> str:
        if insights_queries.has_any_data(self._store):
            when = self._window_labels()[self._window].lower()
            return self.tr(
                "Nothing saved in this time ({when}).\n\nChoose a longer time above, or check in "
                "on the wheel, take a break, or breathe with the pacer for a few minutes."
            ).format(when=when)
        return self.tr(
            "Nothing here yet.\n\nCheck in on the wheel when you notice how you feel, take a "
            "break when a talk gets too heated, or breathe with the pacer for a few minutes. "
            "This page will then show which states visit you most and when, how your breaks "
            "go, and how regular your practice is."
        )


def _symbol_pixmap(state: str, color: QColor, size: int) -> QPixmap:
    """The state's symbol, filled with its colour, as a small icon for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QPointF(size / 2, size / 2))
    painter.scale(size, size)
    painter.fillPath(symbol_path(state), color)
    painter.end()
    return pixmap

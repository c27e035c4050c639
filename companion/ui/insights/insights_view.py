"""Insights: how often each state comes up, when, how breaks went, how regular practice is.

The only module that touches pyqtgraph, and only once the view is first shown: importing this
module or building the widget does not import it (it costs about a quarter of a second). All
numbers come from the insights service; this widget only draws them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
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

from companion.core.clock import Clock
from companion.core.insights import (
    Breakdown,
    DayPart,
    Insights,
    Window,
    tick_values,
)
from companion.core.states import MAX_INTENSITY, MIN_INTENSITY, PROTECTIVE_STATES, STATE_ORDER
from companion.services.data_file import ExportError, write_private_file
from companion.services.insights import InsightsService
from companion.ui.insights.chart_room import BarHeadroom
from companion.ui.insights.insights_text import (
    breakdown_labels,
    breaks_and_waits_text,
    empty_text,
    part_labels,
    part_phrases,
    window_labels,
)
from companion.ui.insights.practice_panel import PracticePanel, fit_axis_to_font
from companion.ui.insights.state_legend import StateLegend
from companion.ui.shell.a11y import buddy_label
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import is_dark_palette, state_color, symbol_path

#: How long writes are gathered before a visible view re-queries (a burst redraws once).
REFRESH_DELAY_MS = 150
#: The smallest heights at which the charts stay readable (axis names, labels and bars);
#: below that the page scrolls instead of squeezing them.
MIN_STATE_CHART_HEIGHT = 200
#: At most this many labelled ticks on a count axis (whole numbers only).
MAX_COUNT_TICKS = 5
#: The symbol on each bar of a breakdown, in pixels.
MARK_PX = 11


class InsightsView(QWidget):
    """Bar chart of states per window (by state, time of day, weekday or strength), practice
    minutes and break numbers, in a page that scrolls rather than squeezing the charts."""

    def __init__(
        self, insights: InsightsService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self._service = insights
        self._clock = clock
        self._window = Window.MONTH
        self._breakdown = Breakdown.STATE
        self._dirty = True
        self._pg: Any = None  # the pyqtgraph module, once built
        self._state_plot: Any = None
        self._practice_plot: Any = None
        self._bar_keys: dict[int, list[tuple[str, Any, str]]] = {}  # id(bars) -> key per bar
        self._counts: list[Any] = []  # the numbers written over the bars (pyqtgraph items)
        self._headroom: BarHeadroom | None = None
        self._last: Insights | None = None

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("insightsRefreshTimer")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        controls = self._build_pickers()
        self._build_content()
        # The charts keep their readable size; a small window scrolls instead of squeezing.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("insightsScroll")
        self._scroll.setAccessibleName(self.tr("Charts"))
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

        insights.changed.connect(self._on_store_changed)

    # ------------------------------------------------------------------ building
    def _build_pickers(self) -> QHBoxLayout:
        """The time window and the grouping of the state chart."""
        self._window_box = QComboBox(self)
        self._window_box.setObjectName("insightsWindow")
        for window, label in window_labels().items():
            self._window_box.addItem(label, window.value)
        self._window_box.setCurrentIndex(list(Window).index(self._window))
        self._window_box.setAccessibleName(self.tr("Time to look back on"))
        self._window_box.currentIndexChanged.connect(self._on_window_chosen)

        self._breakdown_box = QComboBox(self)
        self._breakdown_box.setObjectName("insightsBreakdown")
        self._breakdown_box.setAccessibleName(self.tr("How to group the check-ins"))
        for breakdown, label in breakdown_labels().items():
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
        controls.addWidget(buddy_label(self.tr("&Period:"), self._window_box, self))
        controls.addWidget(self._window_box)
        controls.addWidget(buddy_label(self.tr("&Group by:"), self._breakdown_box, self))
        controls.addWidget(self._breakdown_box)
        controls.addStretch(1)
        return controls

    def _build_content(self) -> None:
        """The empty message, and the scrolling page of charts and numbers."""
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
        self._legend = StateLegend(self._content)
        self._legend.hide()  # until the first chart is drawn
        self._chart_stack = QStackedWidget(self._content)
        self._chart_stack.setMinimumHeight(MIN_STATE_CHART_HEIGHT)
        self._no_checkins = self._text_label("noCheckinsMessage")
        self._no_checkins.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._chart_stack.addWidget(self._no_checkins)
        self._chart_note = self._text_label("chartNote")
        self._practice = PracticePanel(self._content)
        self._breaks_title = self._text_label("breaksTitle")
        self._breaks_title.setText(self.tr("Breaks"))
        self._break_numbers = self._text_label("breakNumbers")
        for widget in (
            self._summary,
            self._legend,
            self._chart_stack,
            self._chart_note,
            self._practice,
            self._breaks_title,
            self._break_numbers,
        ):
            self._content_layout.addWidget(widget, 1 if widget is self._chart_stack else 0)
        font = self._breaks_title.font()
        font.setBold(True)
        self._breaks_title.setFont(font)

    # ------------------------------------------------------------------ public API
    def shown_window(self) -> Window:
        """The time window being shown (not ``QWidget.window``, the top-level widget)."""
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
        return self._practice.heights()

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

    def hideEvent(self, event: QHideEvent) -> None:
        self._refresh_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in changed and self._pg is not None:
            self._style_plots()
            if self._last is not None:
                self._draw(self._last)

    # ------------------------------------------------------------------ internals
    def _redraw(self) -> None:
        """Query the numbers for the current window and draw them (charts must exist)."""
        self._dirty = False
        self._last = self._service.insights(self._window, self._clock.now(), self._breakdown)
        self._draw(self._last)

    def _on_store_changed(self, _table: str) -> None:
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

    def _dark(self) -> bool:
        return is_dark_palette(self.palette())

    def _build(self) -> None:
        """Import pyqtgraph and create the plots (first show only)."""
        import pyqtgraph as pg  # type: ignore[import-untyped]

        self._pg = pg
        self._state_plot = pg.PlotWidget(self._chart_stack)
        self._state_plot.setObjectName("stateChart")
        self._state_plot.setAccessibleName(self.tr("How often each state came up"))
        self._state_plot.setMinimumHeight(MIN_STATE_CHART_HEIGHT)
        self._chart_stack.addWidget(self._state_plot)
        self._practice_plot = self._practice.attach_plot(pg)
        for plot in (self._state_plot, self._practice_plot):
            item = plot.getPlotItem()
            item.setMouseEnabled(x=False, y=False)
            item.setMenuEnabled(False)
            item.hideButtons()
            # A picture, not a control: no Tab stop (the keyboard has nothing to do there).
            plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
            for side in ("left", "bottom"):
                # Counts and minutes are never shown as "x0.001" or with an SI prefix.
                item.getAxis(side).enableAutoSIPrefix(False)
            plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._state_plot.getPlotItem().setLabel("left", self.tr("Check-ins"))
        self._headroom = BarHeadroom(self._state_plot.getPlotItem(), self)
        self._headroom.rangeChanged.connect(self._count_ticks)
        self._style_plots()

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
                fit_axis_to_font(axis, side, self.font())
        self._legend.paint_symbols()

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
            self._empty.setText(
                empty_text(self._window, anything_saved=self._service.has_any_data())
            )
            self._pages.setCurrentWidget(self._empty)
        else:
            self._pages.setCurrentWidget(self._scroll)
        self._draw_states(data)
        self._practice.draw(data.practice)
        self._break_numbers.setText(breaks_and_waits_text(data.breaks, data.waited))

    def _draw_states(self, data: Insights) -> None:
        plot = self._state_plot.getPlotItem()
        plot.clear()
        self._bar_keys.clear()
        self._counts.clear()
        counts = data.states
        self._chart_note.hide()
        if counts.total == 0:
            self._no_checkins.setText(
                self.tr("No check-ins in this time yet. The wheel is there whenever you want it.")
            )
            self._chart_stack.setCurrentWidget(self._no_checkins)
            self._summary.setText("")
            self._legend.show_states(None)
            return
        self._chart_stack.setCurrentWidget(self._state_plot)
        top = counts.most_common()
        summary = self.tr("{state} came up most often: {count} of {total} check-ins.").format(
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
        self._state_plot.setAccessibleDescription(
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
        self._state_plot.getPlotItem().getAxis("left").setTicks(
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
        return ticks, top_height

    def _draw_plain(self, data: Insights) -> tuple[list[tuple[float, str]], float]:
        """One bar per state, its count written above it; returns the ticks and top height."""
        pg = self._pg
        plot = self._state_plot.getPlotItem()
        dark = self._dark()
        text_color = self.palette().color(QPalette.ColorRole.Text)
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
        plot = self._state_plot.getPlotItem()
        dark = self._dark()
        text_color = self.palette().color(QPalette.ColorRole.Text)
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

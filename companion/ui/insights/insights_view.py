"""Insights: how often each state comes up, when, how breaks went, how regular practice is.

pyqtgraph is loaded only once the view is first shown, and then on a thread of its own (see
``chart_loader``): the page says it is drawing meanwhile, and the plots are made one per turn
of the event loop, so opening Insights never holds up the window. All numbers come from the
insights service; this widget only draws them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.insights import (
    Breakdown,
    Insights,
    Window,
)
from companion.core.states import STATE_ORDER
from companion.services.insights import InsightsAnswer, InsightsService
from companion.ui.insights.chart_loader import ChartLoader, charts_loaded
from companion.ui.insights.insights_pickers import breakdown_picker, window_picker
from companion.ui.insights.insights_text import (
    breaks_and_waits_text,
    empty_text,
)
from companion.ui.insights.page_image import save_png
from companion.ui.insights.practice_panel import PracticePanel
from companion.ui.insights.state_chart import (
    MIN_STATE_CHART_HEIGHT,
    ChartParts,
    StateChart,
    make_static,
    style_plot,
)
from companion.ui.insights.state_legend import StateLegend
from companion.ui.shell.a11y import buddy_label
from companion.ui.shell.palette import is_dark_palette

#: How long writes are gathered before a visible view re-queries (a burst redraws once).
REFRESH_DELAY_MS = 150


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
        self._last: Insights | None = None
        self._asked = self._answered = 0  # questions for numbers sent, and answered
        self._loader = ChartLoader(self)
        self._loader.ready.connect(self._build_next)
        self._build_timer = QTimer(self)
        self._build_timer.setObjectName("insightsBuildTimer")
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_next)

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

        self._loading = QLabel(self.tr("Drawing the charts…"), self)
        self._loading.setObjectName("insightsLoading")
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._scroll)
        self._pages.addWidget(self._loading)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self._pages, 1)

        insights.changed.connect(self._on_store_changed)

    # ------------------------------------------------------------------ building
    def _build_pickers(self) -> QHBoxLayout:
        """The time window and the grouping of the state chart."""
        self._window_box = window_picker(self, self._window)
        self._window_box.currentIndexChanged.connect(self._on_window_chosen)
        self._breakdown_box = breakdown_picker(self)
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
        parts = ChartParts(
            self._chart_stack, self._no_checkins, self._summary, self._legend, self._chart_note
        )
        self._chart = StateChart(parts)

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
        if not self.is_built() or not self.isVisible():
            return
        self._redraw()

    def insights(self) -> Insights | None:
        """The numbers last drawn (None before the first draw)."""
        return self._last

    def is_built(self) -> bool:
        """True once the charts exist (pyqtgraph has been imported)."""
        return self._practice_plot is not None

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
        self._finish_building()
        if self._dirty or self._last is None or self.waiting_for_numbers():
            self._redraw(background=False)
        # The whole page, also the part scrolled out of view.
        shown = self._pages.currentWidget()
        return save_png(self._content if shown is self._scroll or shown is None else shown, path)

    # ------------------------------------------------------------------ Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pg is None:
            if charts_loaded():
                self._finish_building()
            else:  # loaded on its own thread; the plots follow, one per turn
                self._pages.setCurrentWidget(self._loading)
                self._loader.start()
                return
        if self._dirty:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._refresh_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if event.type() in changed and self.is_built():
            self._style_plots()
            if self._last is not None:
                self._draw(self._last)

    # ------------------------------------------------------------------ internals
    def _redraw(self, *, background: bool = True) -> None:
        """Count the numbers for the current window and draw them (charts must exist); a
        large store counts on another thread and draws when the answer is back."""
        self._dirty = False
        question = (self._window, self._clock.now(), self._breakdown)
        self._asked += 1
        if background and self._service.counts_in_background():
            self._service.ask(self._asked, question, self._on_answer)
            return
        self._answered = self._asked
        self._last = self._service.insights(*question)
        self._draw(self._last)

    def _on_answer(self, answer: InsightsAnswer) -> None:
        if answer.request != self._asked:
            return  # a newer question is out; its answer is drawn instead
        if answer.insights is None:  # could not be counted there: here it says why
            self._redraw(background=False)
            return
        self._answered = answer.request
        self._last = answer.insights
        self._draw(self._last)

    def waiting_for_numbers(self) -> bool:
        """True while the numbers for the latest choice are being counted."""
        return self._answered != self._asked

    def _on_store_changed(self, _table: str) -> None:
        self._dirty = True
        if self.is_built() and self.isVisible():
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

    def _read_bars(self) -> dict[tuple[str, Any, str], float]:
        """The bars as drawn; a view still loading its charts finishes them first."""
        if not self.is_built() and self.isVisible():
            self._finish_building()
            self._dirty = True
        if self.isVisible() and (self._dirty or self.waiting_for_numbers()):
            self._redraw(background=False)
        return self._chart.read_bars()

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self._content)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _dark(self) -> bool:
        return is_dark_palette(self.palette())

    def _build_next(self) -> None:
        """pyqtgraph is loaded: make the state plot, then the practice plot, then draw the
        numbers, one step per turn of the event loop (each step stays short)."""
        if self._state_plot is None:
            self._build_state()
        elif self._practice_plot is None:
            self._build_practice()
        else:
            if self._pages.currentWidget() is self._loading:
                self._pages.setCurrentWidget(self._scroll)
            self.refresh()
            return
        self._build_timer.start()

    def _build_state(self) -> None:
        if self._state_plot is None:
            self._pg = self._loader.module()
            self._state_plot = self._chart.build(self._pg)

    def _build_practice(self) -> None:
        if self._practice_plot is not None:
            return
        self._practice_plot = self._practice.attach_plot(self._pg)
        for plot in (self._state_plot, self._practice_plot):
            make_static(plot)
        self._style_plots()

    def _finish_building(self) -> None:
        """Make the plots now (waiting for pyqtgraph if it is still loading)."""
        self._build_timer.stop()
        self._build_state()
        self._build_practice()
        if self._pages.currentWidget() is self._loading:
            self._pages.setCurrentWidget(self._scroll)

    def _style_plots(self) -> None:
        for plot in (self._state_plot, self._practice_plot):
            style_plot(plot, self.palette(), self.font())
        self._legend.paint_symbols()

    def _draw(self, data: Insights) -> None:
        if data.empty:
            self._empty.setText(
                empty_text(self._window, anything_saved=self._service.has_any_data())
            )
            self._pages.setCurrentWidget(self._empty)
        else:
            self._pages.setCurrentWidget(self._scroll)
        self._chart.draw(data)
        self._practice.draw(data.practice)
        self._break_numbers.setText(breaks_and_waits_text(data.breaks, data.waited))

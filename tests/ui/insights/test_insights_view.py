"""The insights view: bars equal the counts, time of day, weekday and strength, readable axes at
small sizes, the no-data message, lazy pyqtgraph."""

from __future__ import annotations

import stat
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.generate import generate
from PySide6.QtCore import QLocale, QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from companion.core.clock import ManualClock
from companion.core.insights import Breakdown, DayPart, Window, day_part_of, weekday_of
from companion.core.states import STATE_ORDER
from companion.services.container import DataServices
from companion.services.insights import InsightsService
from companion.storage.store import BreakRecord, CheckIn, PracticeSession, Store
from companion.ui.insights.insights_page import InsightsPage
from companion.ui.insights.insights_view import InsightsView
from companion.ui.shell.palette import state_color

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def _shown(qtbot: QtBot, store: Store, clock: ManualClock) -> InsightsView:
    view = InsightsView(InsightsService(store), clock)
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.show()
    return view


def _expected_counts(store: Store, window: Window) -> dict[str, int]:
    """Counted in Python from the saved check-ins, independently of the SQL."""
    counts = Counter(c.state for c in store.checkins(since=window.start(NOW)))
    return {s: counts.get(s, 0) for s in STATE_ORDER}


def test_bar_heights_equal_the_counts_in_every_window(qtbot: QtBot, store, clock) -> None:
    generate(store, checkins=3000, end=NOW, days=200, seed=5)
    view = _shown(qtbot, store, clock)
    box = view.findChild(QComboBox, "insightsWindow")
    for index, window in enumerate(Window):
        box.setCurrentIndex(index)  # what a user does with the window selector
        assert view.shown_window() is window
        expected = _expected_counts(store, window)
        assert view.bar_heights() == {s: float(n) for s, n in expected.items()}
    assert sum(view.bar_heights().values()) == 3000  # "all time"


def test_bars_use_the_wheel_colours(qtbot: QtBot, store, clock) -> None:
    generate(store, checkins=200, end=NOW, days=20)
    view = _shown(qtbot, store, clock)
    dark = view.palette().window().color().lightness() < 128
    plot = view._state_plot.getPlotItem()
    (bars,) = [i for i in plot.items if type(i).__name__ == "BarGraphItem"]
    colours = [view._pg.mkBrush(b).color().name() for b in bars.opts["brushes"]]
    assert colours == [state_color(s, dark).name() for s in STATE_ORDER]
    # Colour is never the only cue: names on the axis, and the numbers for screen readers.
    ticks = plot.getAxis("bottom")._tickLevels[0]
    assert [label for _, label in ticks] == ["Fight", "Flight", "Freeze", "Fawn", "Settled"]
    flight = int(view.bar_heights()["flight"])
    assert f"Flight: {flight}" in view._state_plot.accessibleDescription()


def test_time_of_day_split_matches_the_local_hours(qtbot: QtBot, store, clock) -> None:
    generate(store, checkins=2000, end=NOW, days=60, zone="America/New_York", seed=9)
    view = _shown(qtbot, store, clock)
    view.set_window(Window.ALL)
    chooser = view.findChild(QComboBox, "insightsBreakdown")
    chooser.setCurrentIndex(chooser.findText("By time of day"))  # what a user picks
    assert view.breakdown() is Breakdown.DAY_PART
    expected: Counter[tuple[str, str]] = Counter()
    for c in store.checkins():
        offset = c.timestamp.utcoffset()
        assert offset is not None
        part = day_part_of(c.timestamp.astimezone(timezone.utc), int(offset.total_seconds() // 60))
        expected[(part.value, c.state)] += 1
    heights = view.bar_heights_by_part()
    assert len(heights) == len(DayPart) * len(STATE_ORDER)
    assert {k: h for k, h in heights.items() if h} == {k: float(n) for k, n in expected.items()}
    assert sum(view.bar_heights().values()) == 2000
    assert (
        view.findChild(QLabel, "insightsSummary").text().endswith("Mostly in the evening.")
    )  # the generator leans to evenings
    chooser.setCurrentIndex(chooser.findText("By state"))
    assert view.bar_heights_by_part() == {}
    view.set_breakdown(Breakdown.DAY_PART)  # the chooser follows the view
    assert chooser.currentText() == "By time of day" and view.bar_heights_by_part() == heights


def test_no_data_shows_what_to_do_instead_of_empty_axes(qtbot: QtBot, store, clock) -> None:
    view = _shown(qtbot, store, clock)
    message = view.findChild(QLabel, "insightsEmptyMessage")
    assert view.showing_empty_message() and message.isVisible()
    text = message.text().lower()
    assert "wheel" in text and "break" in text and "breathe" in text
    assert not view._state_plot.isVisible()
    # A first check-in arrives through the store: the view notices and draws it.
    store.add_checkin(CheckIn("freeze", 3, NOW - timedelta(minutes=2)))
    assert view.findChild(QTimer, "insightsRefreshTimer").isActive()
    qtbot.waitUntil(lambda: not view.showing_empty_message())
    assert view._state_plot.isVisible() and not message.isVisible()
    assert view.bar_heights()["freeze"] == 1.0


def test_an_empty_window_says_so_when_there_is_older_data(qtbot: QtBot, store, clock) -> None:
    store.add_checkin(CheckIn("fight", 2, NOW - timedelta(days=60)))
    view = _shown(qtbot, store, clock)
    view.set_window(Window.WEEK)
    assert view.showing_empty_message()
    assert "longer time" in view.empty_message()
    view.set_window(Window.QUARTER)
    assert not view.showing_empty_message() and view.bar_heights()["fight"] == 1.0


def test_practice_and_break_numbers(qtbot: QtBot, store, clock) -> None:
    for days_back, minutes in ((0, 10), (1, 5), (3, 4)):
        store.add_session(
            PracticeSession(
                started=NOW - timedelta(days=days_back, hours=2),
                pattern_name="exhale-4-6",
                pattern_spec="4-6",
                seconds=minutes * 60.0,
            )
        )
    start = NOW - timedelta(days=1)
    agreed = start + timedelta(minutes=20)
    before = store.add_checkin(CheckIn("fight", 4, start - timedelta(minutes=1)))
    after = store.add_checkin(CheckIn("settled", 0, agreed))
    store.add_break(
        BreakRecord(
            started=start,
            return_at=agreed,
            original_return=agreed,
            ended=agreed,
            before_checkin=before,
            after_checkin=after,
        )
    )
    earlier = start - timedelta(days=1)  # 20 minutes agreed, 10 more asked for, kept
    store.add_break(
        BreakRecord(
            started=earlier,
            original_return=earlier + timedelta(minutes=20),
            return_at=earlier + timedelta(minutes=30),
            ended=earlier + timedelta(minutes=29),
        )
    )
    view = _shown(qtbot, store, clock)
    view.set_window(Window.WEEK)
    assert view.practice_heights() == [0.0, 0.0, 0.0, 4.0, 0.0, 5.0, 10.0]
    practice = view.findChild(QLabel, "practiceNumbers").text()
    assert "19 minutes on 3 of 7 days" in practice and "streak: 3 days" in practice
    assert _drawn_ticks(view._practice_plot, "left") == ["0", "5", "10"]
    breaks = view.findChild(QLabel, "breakNumbers").text()
    assert "Breaks taken: 2." in breaks
    assert "Came back to the talk: 2." in breaks
    assert "More time was asked for: 1." in breaks
    assert "10 minutes on average" in breaks
    assert "1 settled" in breaks and "-4.0" in breaks


def _twenty_minutes(store: Store, start: datetime, back_after: float, outcome: str) -> None:
    """A 20-minute break from ``start`` that ended ``back_after`` minutes after it began."""
    agreed = start + timedelta(minutes=20)
    ended = start + timedelta(minutes=back_after)
    pair = {}
    if outcome != "cancelled":  # flight 4 before, flight 2 after: calmer
        pair = {
            "before_checkin": store.add_checkin(CheckIn("flight", 4, start)),
            "after_checkin": store.add_checkin(CheckIn("flight", 2, ended)),
        }
    store.add_break(BreakRecord(start, agreed, agreed, ended=ended, outcome=outcome, **pair))


def test_breaks_are_told_without_a_score(qtbot: QtBot, store, clock) -> None:
    """What happened and what helped; no share of "kept" breaks and no "late"."""
    day = timedelta(days=1)
    _twenty_minutes(store, NOW - timedelta(hours=5), 20, "kept")
    _twenty_minutes(store, NOW - day, 60, "late")  # well after the agreed time
    _twenty_minutes(store, NOW - 2 * day, 110, "late")
    _twenty_minutes(store, NOW - 4 * day, 5, "cancelled")
    view = _shown(qtbot, store, clock)
    view.set_window(Window.WEEK)
    breaks = view.findChild(QLabel, "breakNumbers").text()
    assert "Breaks taken: 4." in breaks
    assert "Came back to the talk: 3." in breaks
    assert "Called off: 1." in breaks
    assert "After a break: 0 settled, 3 calmer" in breaks  # what helped
    for score in ("%", "late", "Late", " of 3", "first agreed"):
        assert score not in breaks, breaks


def test_no_refresh_timer_while_hidden(qtbot: QtBot, store, clock) -> None:
    view = _shown(qtbot, store, clock)
    view.hide()
    store.add_checkin(CheckIn("fawn", 2, NOW))
    assert not view.findChild(QTimer, "insightsRefreshTimer").isActive()
    view.show()  # catches up at once when shown again
    assert view.bar_heights()["fawn"] == 1.0


def test_the_chart_is_saved_as_a_private_png(qtbot: QtBot, store, clock, tmp_path: Path) -> None:
    generate(store, checkins=300, end=NOW, days=30)
    view = _shown(qtbot, store, clock)
    png = view.export_png(tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(png.stat().st_mode) == 0o600


def test_a_destroyed_view_ignores_later_writes(qtbot: QtBot, store, clock) -> None:
    view = _shown(qtbot, store, clock)
    view.close()
    Shiboken.delete(view)
    store.add_checkin(CheckIn("fight", 1, NOW))  # must not touch the deleted widget
    assert store.counts()["checkins"] == 1


# --------------------------------------------------------------------------- readable charts


def _drawn(plot: Any, side: str) -> list[tuple[QRect, str]]:
    """The tick labels an axis really draws, as (rectangle in the plot widget, text)."""
    axis = plot.getPlotItem().getAxis(side)
    picture = QPicture()
    painter = QPainter(picture)
    if axis.style["tickFont"]:
        painter.setFont(axis.style["tickFont"])
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    return [
        (plot.mapFromScene(axis.mapRectToScene(rect)).boundingRect(), text)
        for rect, _, text in texts
    ]


def _drawn_ticks(plot: Any, side: str) -> list[str]:
    return [text for _, text in _drawn(plot, side)]


def _disjoint(rects: list[QRect]) -> bool:
    return not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


@pytest.mark.parametrize("size", [(640, 480), (870, 520), (900, 640)])
def test_charts_stay_readable_at_small_and_default_sizes(
    qtbot: QtBot, store, clock, size: tuple[int, int]
) -> None:
    generate(store, checkins=300, end=NOW, days=30)  # with breaks: six lines of break numbers
    data = DataServices.for_store(store)
    page = InsightsPage(data.insights, data.history, clock)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    view = page.insights
    content = view.findChild(QLabel, "insightsSummary").parentWidget()
    shown = [
        w
        for w in content.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible()
    ]
    assert view._state_plot in [c for w in shown for c in w.findChildren(QWidget)]
    # Nothing on the page overlaps or is squeezed below what it needs; the page scrolls instead.
    assert _disjoint([w.geometry() for w in shown])
    for widget in shown:
        needed = widget.minimumSizeHint().height()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
        assert widget.height() >= needed, widget.objectName()
    for plot in (view._state_plot, view._practice_plot):
        assert plot.parentWidget().rect().contains(plot.geometry())  # not cut off by the page
    assert content.width() <= content.parentWidget().width()  # nothing cut off at the side
    assert view._state_plot.height() >= 180 and view._practice_plot.height() >= 100
    # Every state's name is under its bar, whole and apart from the others.
    names = _drawn(view._state_plot, "bottom")
    assert [text for _, text in names] == ["Fight", "Flight", "Freeze", "Fawn", "Settled"]
    assert _disjoint([r for r, _ in names])
    for plot in (view._state_plot, view._practice_plot):
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            assert not axis.autoSIPrefix  # never "x0.001" or a "k" on an axis
            assert all(plot.rect().contains(r) for r, _ in _drawn(plot, side))
        title = plot.getPlotItem().getAxis("left").label
        m = title.document().documentMargin()  # empty padding around the text
        text = title.boundingRect().adjusted(m, m, -m, -m)
        box = plot.mapFromScene(title.mapRectToScene(text)).boundingRect()
        assert plot.rect().contains(box)  # "Check-ins" / "Minutes" is not cut off
    counts = _drawn_ticks(view._state_plot, "left")
    assert counts and all(text.isdigit() for text in counts)


def test_count_axes_show_whole_numbers_only(qtbot: QtBot, store, clock) -> None:
    store.add_checkin(CheckIn("fight", 3, NOW - timedelta(hours=1)))
    store.add_checkin(CheckIn("freeze", 2, NOW - timedelta(hours=2)))
    view = _shown(qtbot, store, clock)
    for breakdown in Breakdown:
        view.set_breakdown(breakdown)
        assert _drawn_ticks(view._state_plot, "left") == ["0", "1"], breakdown  # not 0.5


def test_short_practice_is_shown_in_seconds_on_the_chart_and_in_the_text(
    qtbot: QtBot, store, clock
) -> None:
    def practise(days_back: int, seconds: float) -> None:
        store.add_session(
            PracticeSession(
                started=NOW - timedelta(days=days_back, hours=1),
                pattern_name="exhale-4-6",
                pattern_spec="4-6",
                seconds=seconds,
            )
        )

    practise(0, 20)
    view = _shown(qtbot, store, clock)
    numbers = view.findChild(QLabel, "practiceNumbers")
    axis = view._practice_plot.getPlotItem().getAxis("left")
    assert numbers.text().startswith("20 seconds on 0 of 30 days.")
    assert "Seconds" in axis.labelString() and "x0.001" not in axis.labelString()
    assert _drawn_ticks(view._practice_plot, "left") == ["0", "10", "20"]
    practise(1, 70)  # now 90 s in all, and a day over a minute: minutes, one decimal
    view.refresh()
    assert numbers.text().startswith("1.5 minutes on 1 of 30 days.")
    assert "Minutes" in axis.labelString()
    assert _drawn_ticks(view._practice_plot, "left") == ["0", "0.5", "1"]


def _choose(view: InsightsView, text: str) -> None:
    chooser = view.findChild(QComboBox, "insightsBreakdown")
    index = chooser.findText(text)
    assert index >= 0, text
    chooser.setCurrentIndex(index)  # what a user does with the chooser


def test_weekday_chart_counts_local_weekdays_monday_first_in_the_user_s_language(
    qtbot: QtBot, store, clock
) -> None:
    generate(store, checkins=1500, end=NOW, days=60, zone="America/New_York", seed=4)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = _shown(qtbot, store, clock)
        view.set_window(Window.ALL)
        _choose(view, "By weekday")
        assert view.breakdown() is Breakdown.WEEKDAY
        expected: Counter[tuple[int, str]] = Counter()
        for c in store.checkins():
            offset = c.timestamp.utcoffset()
            assert offset is not None
            utc = c.timestamp.astimezone(timezone.utc)
            expected[(weekday_of(utc, int(offset.total_seconds() // 60)), c.state)] += 1
        heights = view.bar_heights_by_weekday()
        assert len(heights) == 7 * len(STATE_ORDER)
        assert {k: h for k, h in heights.items() if h} == {k: float(n) for k, n in expected.items()}
        assert sum(view.bar_heights().values()) == 1500
        days = _drawn_ticks(view._state_plot, "bottom")
        assert days == [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        assert days[0].startswith("Mo") and days[6].startswith("So")  # Montag ... Sonntag
        assert view.findChild(QWidget, "insightsLegend").isVisible()
    finally:
        QLocale.setDefault(before)


def test_strength_chart_counts_each_strength_of_each_state(qtbot: QtBot, store, clock) -> None:
    generate(store, checkins=800, end=NOW, days=30, seed=2)
    view = _shown(qtbot, store, clock)
    view.set_window(Window.ALL)
    _choose(view, "By strength")
    checkins = store.checkins()
    expected = Counter((c.intensity, c.state) for c in checkins if c.state != "settled")
    heights = view.bar_heights_by_strength()
    protective = ("fight", "flight", "freeze", "fawn")
    assert set(heights) == {(n, s) for n in range(1, 6) for s in protective}
    assert {k: h for k, h in heights.items() if h} == {k: float(n) for k, n in expected.items()}
    assert _drawn_ticks(view._state_plot, "bottom") == [f"Strength {n}" for n in range(1, 6)]
    settled = sum(1 for c in checkins if c.state == "settled")
    note = view.findChild(QLabel, "chartNote")
    assert settled and note.isVisible() and note.text().endswith(f": {settled}.")
    assert not view.findChild(QLabel, "legendName_settled").isVisible()
    assert view.findChild(QLabel, "legendName_fawn").isVisible()
    _choose(view, "By state")
    assert view.bar_heights_by_strength() == {} and not note.isVisible()
    assert view.bar_heights()["settled"] == settled

"""With years of data the numbers are counted off the UI thread: the window keeps answering,
the chart shows the last choice made (never an older answer arriving late), and the bars are
the same as counted directly."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from helpers.generate import generate
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.insights import Breakdown, Window
from companion.core.states import STATE_ORDER
from companion.services.insights import InsightsService
from companion.storage import insights_queries
from companion.storage.store import Store
from companion.ui.insights.insights_view import InsightsView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def counted_on(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each count of the numbers: whether it ran on the UI thread."""
    seen: list[bool] = []
    real = insights_queries.insights

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(insights_queries, "insights", spy)
    return seen


def _expected(store: Store, window: Window) -> dict[str, float]:
    counts = Counter(c.state for c in store.checkins(since=window.start(NOW)))
    return {s: float(counts.get(s, 0)) for s in STATE_ORDER}


def _large_view(qtbot: QtBot, store: Store) -> InsightsView:
    view = InsightsView(InsightsService(store, large_store=1000), ManualClock(NOW))
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.show()
    qtbot.waitUntil(lambda: view.insights() is not None)
    return view


def test_a_large_store_is_counted_off_the_ui_thread(
    qtbot: QtBot, store: Store, counted_on: list[bool]
) -> None:
    generate(store, checkins=3000, end=NOW, days=200, seed=3)
    view = _large_view(qtbot, store)
    box = view.findChild(QComboBox, "insightsWindow")
    box.setCurrentIndex(list(Window).index(Window.ALL))  # what a user does
    assert view.waiting_for_numbers()
    qtbot.waitUntil(lambda: not view.waiting_for_numbers())
    assert counted_on and not any(counted_on)
    assert view.bar_heights() == _expected(store, Window.ALL)
    assert sum(view.bar_heights().values()) == 3000
    assert not any(counted_on)  # reading the bars back counted nothing more


def test_only_the_last_choice_is_drawn_when_answers_cross(
    qtbot: QtBot, store: Store, counted_on: list[bool]
) -> None:
    generate(store, checkins=3000, end=NOW, days=200, seed=4)
    view = _large_view(qtbot, store)
    for window in (Window.ALL, Window.WEEK, Window.QUARTER):
        view.set_window(window)
    view.set_breakdown(Breakdown.DAY_PART)
    view.set_breakdown(Breakdown.STATE)
    qtbot.waitUntil(lambda: not view.waiting_for_numbers())
    # The answers to the older choices arrive too, and must change nothing.
    qtbot.waitUntil(lambda: not any(t.name == "insights-count" for t in threading.enumerate()))
    QApplication.processEvents()
    assert view.insights() is not None and view.insights().window is Window.QUARTER
    assert view.bar_heights() == _expected(store, Window.QUARTER)


def test_a_small_store_is_counted_at_once(qtbot: QtBot, store: Store, counted_on) -> None:
    generate(store, checkins=200, end=NOW, days=30, seed=6)
    view = InsightsView(InsightsService(store, large_store=1000), ManualClock(NOW))
    qtbot.addWidget(view)
    view.show()
    view.set_window(Window.ALL)
    assert not view.waiting_for_numbers()
    assert counted_on and all(counted_on)
    assert view.bar_heights() == _expected(store, Window.ALL)

"""Widgets follow the data services' signals; a widget that goes leaves nothing behind."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import SIGNAL
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from companion.core.breath_pattern import parse_pattern
from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.storage.store import CheckIn, Store
from companion.ui.insights.history_view import HistoryView
from companion.ui.insights.insights_view import InsightsView

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
CHANGED = SIGNAL("changed(QString)")


def test_views_that_go_stop_listening(qtbot: QtBot, store: Store, data: DataServices) -> None:
    clock = ManualClock(NOW)
    for _ in range(5):
        views = [InsightsView(data.insights, clock), HistoryView(data.history, clock)]
        assert data.insights.receivers(CHANGED) >= 1 and data.history.receivers(CHANGED) >= 1
        for view in views:
            Shiboken.delete(view)
    assert data.insights.receivers(CHANGED) == 0
    assert data.history.receivers(CHANGED) == 0
    store.add_checkin(CheckIn("fight", 3, NOW))  # reaches no deleted widget


def test_each_service_hears_only_its_own_tables(store: Store, data: DataServices) -> None:
    heard: dict[str, list[str]] = {"checkins": [], "practice": [], "patterns": []}
    data.checkins.changed.connect(heard["checkins"].append)
    data.practice.changed.connect(heard["practice"].append)
    data.patterns.changed.connect(heard["patterns"].append)
    data.checkins.add(CheckIn("flight", 2, NOW))
    data.practice.begin(parse_pattern("4-6", "calm"), NOW)
    data.patterns.save_pattern("Evening", "4-7")
    assert heard == {"checkins": ["checkins"], "practice": ["sessions"], "patterns": ["patterns"]}

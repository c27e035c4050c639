"""History and Insights show breaks from both sides of a pause, without scoring the partner."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.insights import Window
from companion.services.container import DataServices
from companion.storage.store import BreakRecord, Store
from companion.ui.insights.history_view import HistoryModel, HistoryView
from companion.ui.insights.insights_view import InsightsView

pytestmark = [
    pytest.mark.usefixtures("c_locale"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 21, 20, 0, tzinfo=CET)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


def add(store: Store, hours_ago: int, role: str, *, late: bool = False) -> None:
    start = NOW - timedelta(hours=hours_ago)
    back = start + timedelta(minutes=20)
    ended = back + timedelta(minutes=15 if late else 0)
    store.add_break(
        BreakRecord(start, back, back, ended=ended, outcome="late" if late else "kept", role=role)
    )


def test_history_names_the_waiting_side_and_keeps_no_score_of_the_partner(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    add(store, 3, "leaving")
    add(store, 2, "waiting", late=True)
    view = HistoryView(DataServices.for_store(store).history, clock)
    qtbot.addWidget(view)
    view.show()
    rows = [
        (
            str(view.model.index(r, 1).data()),
            str(view.model.index(r, HistoryModel.DETAILS_COLUMN).data()),
        )
        for r in range(view.model.rowCount())
    ]
    assert rows == [
        ("Waiting for your partner", "They said back at 18:20"),
        ("Break", "Back at 17:20: came back"),
    ]


def test_insights_count_the_waits_apart_from_the_own_breaks(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    add(store, 5, "leaving")
    add(store, 4, "waiting", late=True)
    add(store, 3, "waiting")
    view = InsightsView(DataServices.for_store(store).insights, clock)
    qtbot.addWidget(view)
    view.show()
    view.set_window(Window.WEEK)
    text = view.findChild(QLabel, "breakNumbers").text()
    assert "Breaks taken: 1." in text and "Came back to the talk: 1." in text
    assert "Waited for your partner's return: 2." in text
    assert "Later than agreed" not in text  # the partner's lateness is nowhere counted


def test_only_waits_are_not_an_empty_insights_page(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    add(store, 3, "waiting")
    view = InsightsView(DataServices.for_store(store).insights, clock)
    qtbot.addWidget(view)
    view.show()
    view.set_window(Window.WEEK)
    assert view.findChild(QLabel, "breakNumbers").text() == "Waited for your partner's return: 1."

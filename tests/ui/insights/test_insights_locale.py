"""Chart dates as the user's locale writes them: order, month names, separators."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.insights import Window
from companion.storage.store import PracticeSession, Store
from companion.ui.insights.insights_view import InsightsView

NOON_2_DEC = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def locale_named(qapp: QApplication) -> Iterator[object]:
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "last_day"),
    [("de_DE", "2. Dez."), ("en_US", "Dec 2"), ("en_GB", "2 Dec"), ("fr_FR", "2 déc.")],
)
def test_practice_chart_days_are_written_the_locale_s_way(
    qtbot: QtBot, store: Store, locale_named, name: str, last_day: str
) -> None:
    locale_named(name)
    clock = ManualClock(NOON_2_DEC)
    store.add_session(
        PracticeSession(
            started=NOON_2_DEC - timedelta(hours=1),
            pattern_name="exhale-4-6",
            pattern_spec="4-6",
            seconds=300.0,
        )
    )
    view = InsightsView(store, clock)
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.show()
    view.set_window(Window.WEEK)
    ticks = view._practice_plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    labels = [label for _, label in ticks]
    assert labels[-1] == last_day


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("hu_HU", "dec. 2."),
        ("ja_JP", "12月2日"),
        ("ru_RU", "2 дек."),
        ("nl_NL", "2 dec"),
        ("C", "2 Dec"),
    ],
)
def test_day_and_month_keep_the_locale_s_order_without_weekday_or_year(
    name: str, written: str
) -> None:
    from companion.ui.shell.labels import day_month_text

    assert day_month_text(NOON_2_DEC.date(), QLocale(name)) == written

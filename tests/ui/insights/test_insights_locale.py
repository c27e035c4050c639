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
from companion.services.container import DataServices
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
    view = InsightsView(DataServices.for_store(store).insights, clock)
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


@pytest.fixture
def utc_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC while the test runs, so the expected wall-clock times are fixed."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("name", "when", "back_at"),
    [
        ("de_DE", "02.12.26 19:00", "19:20"),
        ("en_US", "12/2/26 7:00 PM", "7:20 PM"),
        ("fr_FR", "02/12/2026 19:00", "19:20"),
    ],
)
@pytest.mark.usefixtures("utc_zone")
def test_history_and_notifications_write_dates_and_times_the_locale_s_way(
    store: Store, locale_named, name: str, when: str, back_at: str
) -> None:
    from PySide6.QtCore import Qt

    from companion.core.agreement import parse_return
    from companion.services.breaks import BreakController
    from companion.storage.store import CheckIn
    from companion.ui.insights.history_view import HistoryModel

    locale_named(name)
    evening = datetime(2026, 12, 2, 19, 0, tzinfo=timezone.utc)
    store.add_checkin(CheckIn("fight", 3, evening))
    model = HistoryModel(DataServices.for_store(store).history)
    shown = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert _spaces(shown) == when

    told: list[str] = []
    clock = ManualClock(evening)
    controller = BreakController(store, clock, lambda _title, body: told.append(body), None)
    controller.start(parse_return("20", clock.now()), [], "…")
    clock.advance(20 * 60)
    controller.check()
    assert told and back_at in _spaces(told[-1])
    controller.cancel()

"""One practice day for everyone: the Insights streak and the daily reminder agree on a day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.core.insights import Window
from companion.services.container import DataServices
from companion.services.reminders import DailyReminder
from companion.services.settings import REMINDER_ENABLED, Settings
from companion.storage import insights_queries
from companion.storage.store import PracticeSession, Store

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 21)


def _session(hour: int, seconds: float) -> PracticeSession:
    started = datetime(2026, 11, 21, hour, 0, tzinfo=BERLIN)
    return PracticeSession(
        started=started,
        pattern_name="calm",
        pattern_spec="4-6",
        ended=started + timedelta(seconds=seconds),
        seconds=seconds,
    )


def _reminder_sends(qtbot: QtBot, tmp_path: Path, data: DataServices) -> list[str]:
    """What the 19:00 reminder does on DAY: the titles it sent (none when it skipped)."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(REMINDER_ENABLED, True)
    clock = ManualClock(datetime(2026, 11, 21, 18, 59, tzinfo=BERLIN))
    sent: list[str] = []
    reminder = DailyReminder(
        settings, clock, data.practice.practised_on, lambda t, b: sent.append(t), zone=BERLIN
    )
    clock.advance(61)
    with qtbot.waitSignal(reminder.fired, timeout=5000):
        reminder.check()
    return sent


def test_two_short_sessions_make_the_same_practice_day_everywhere(
    qtbot: QtBot, tmp_path: Path, store: Store, data: DataServices
) -> None:
    store.add_session(_session(8, 40))
    store.add_session(_session(13, 40))
    now = datetime(2026, 11, 21, 20, 0, tzinfo=BERLIN)
    stats = insights_queries.practice_stats(store, Window.WEEK, now)
    # Eighty seconds on one day: Insights counts it, and the reminder leaves the day alone.
    assert stats.days_practised == 1 and stats.streak == 1
    assert data.practice.practised_on(DAY)
    assert _reminder_sends(qtbot, tmp_path, data) == []


def test_one_short_session_is_not_a_practice_day_anywhere(
    qtbot: QtBot, tmp_path: Path, store: Store, data: DataServices
) -> None:
    store.add_session(_session(8, 40))
    now = datetime(2026, 11, 21, 20, 0, tzinfo=BERLIN)
    stats = insights_queries.practice_stats(store, Window.WEEK, now)
    assert stats.days_practised == 0 and stats.streak == 0
    assert not data.practice.practised_on(DAY)
    assert len(_reminder_sends(qtbot, tmp_path, data)) == 1

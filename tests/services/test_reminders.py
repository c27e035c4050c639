"""The daily reminder: on time, once a day, skipped on practised days, calm about clock changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.services.reminders import MAX_WAIT, DailyReminder
from companion.services.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
CET = timezone(timedelta(hours=1))
EVENING = datetime(2026, 11, 21, 18, 0, tzinfo=CET)


class Recorder:
    """Stands in for the tray: remembers notifications and practised days."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.practised: set[date] = set()

    def notify(self, title: str, body: str) -> None:
        self.sent.append((title, body))

    def practised_today(self, day: date) -> bool:
        return day in self.practised


@pytest.fixture
def settings(qapp: QApplication, tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def make(settings: Settings, clock: ManualClock, recorder: Recorder) -> DailyReminder:
    return DailyReminder(settings, clock, recorder.practised_today, recorder.notify, zone=BERLIN)


def at(hour: int, minute: int = 0, day: int = 21) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def running_timers(reminder: DailyReminder) -> list[QTimer]:
    return [t for t in reminder.findChildren(QTimer) if t.isActive()]


def test_off_by_default_with_no_timer_at_all(settings: Settings, recorder: Recorder) -> None:
    clock = ManualClock(EVENING)
    reminder = make(settings, clock, recorder)
    assert reminder.next_due() is None
    assert reminder.findChildren(QTimer) == []
    clock.advance(3600)
    reminder.check()
    assert recorder.sent == []
    assert reminder.findChildren(QTimer) == []


def test_a_reminder_comes_at_the_chosen_time_once(settings: Settings, recorder: Recorder) -> None:
    settings.update({"reminder/enabled": True, "reminder/time": time(19, 0)})
    clock = ManualClock(EVENING)
    reminder = make(settings, clock, recorder)
    assert reminder.next_due() == at(19)
    [timer] = running_timers(reminder)
    assert timer.objectName() == "reminderTimer"
    assert timer.isSingleShot()
    assert timer.interval() == 3600 * 1000
    clock.advance(59 * 60)
    reminder.check()  # 18:59: not yet
    assert recorder.sent == []
    clock.advance(60)
    reminder.check()  # 19:00
    assert len(recorder.sent) == 1
    title, body = recorder.sent[0]
    assert "practice" in title.lower() and body
    assert reminder.next_due() == at(19, day=22)
    clock.advance(10 * 60)
    reminder.check()
    assert len(recorder.sent) == 1  # once a day
    assert len(reminder.findChildren(QTimer)) == 1  # never more than the one timer


def test_days_already_practised_are_skipped(
    qtbot: QtBot, settings: Settings, recorder: Recorder
) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(EVENING)
    reminder = make(settings, clock, recorder)
    recorder.practised.add(date(2026, 11, 21))
    clock.advance(3600)
    with qtbot.waitSignal(reminder.fired) as skipped:
        reminder.check()
    assert skipped.args == [False]
    assert recorder.sent == []
    assert reminder.next_due() == at(19, day=22)
    clock.advance(24 * 3600)  # the next day, not practised
    with qtbot.waitSignal(reminder.fired) as sent:
        reminder.check()
    assert sent.args == [True]
    assert len(recorder.sent) == 1


def test_starting_after_the_time_waits_for_tomorrow(settings: Settings, recorder: Recorder) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(EVENING + timedelta(hours=3))  # 21:00
    reminder = make(settings, clock, recorder)
    reminder.check()
    assert recorder.sent == []
    assert reminder.next_due() == at(19, day=22)


def test_a_timer_firing_early_after_the_clock_was_set_back_just_waits_again(
    settings: Settings, recorder: Recorder
) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(EVENING + timedelta(minutes=50))  # 18:50, timer set for 10 min
    reminder = make(settings, clock, recorder)
    clock.advance(10 * 60)
    clock.set_wall(at(18, 20))  # the clock was put back 40 minutes, then the timer fires
    reminder.check()
    assert recorder.sent == []
    assert reminder.next_due() == at(19)
    timer = reminder.timer()
    assert timer is not None and timer.isActive()
    assert timer.interval() == 40 * 60 * 1000
    clock.set_wall(at(19))
    reminder.check()
    assert len(recorder.sent) == 1


def test_after_a_suspend_over_the_time_it_still_comes_that_day(
    settings: Settings, recorder: Recorder
) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(at(12))
    reminder = make(settings, clock, recorder)
    # Qt's timer stands still while suspended, so the wait is capped and re-checked.
    timer = reminder.timer()
    assert timer is not None and timer.interval() == MAX_WAIT.total_seconds() * 1000
    clock.suspend(7.5 * 3600)  # wake at 19:30
    reminder.check()
    assert len(recorder.sent) == 1
    clock.suspend(24 * 3600)  # asleep the whole next day until 19:30 the day after
    reminder.check()
    assert len(recorder.sent) == 2


def test_turning_it_off_stops_the_timer_and_changing_the_time_reschedules(
    settings: Settings, recorder: Recorder
) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(EVENING)
    reminder = make(settings, clock, recorder)
    settings.update({"reminder/time": time(18, 30)})
    assert reminder.next_due() == at(18, 30)
    settings.update({"reminder/time": time(7, 15)})  # already passed today
    assert reminder.next_due() == at(7, 15, day=22)
    settings.update({"reminder/enabled": False})
    assert reminder.next_due() is None
    assert running_timers(reminder) == []
    clock.advance(24 * 3600)
    reminder.check()
    assert recorder.sent == []


def test_the_time_follows_daylight_saving(settings: Settings, recorder: Recorder) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(datetime(2026, 3, 28, 20, 0, tzinfo=CET))  # the evening before CEST
    reminder = make(settings, clock, recorder)
    due = reminder.next_due()
    assert due is not None
    assert due.astimezone(timezone.utc) == datetime(2026, 3, 29, 17, 0, tzinfo=timezone.utc)


def test_the_real_timer_sends_the_reminder(
    qtbot: QtBot, settings: Settings, recorder: Recorder
) -> None:
    settings.update({"reminder/enabled": True})
    clock = ManualClock(at(18, 59) + timedelta(seconds=58))
    reminder = make(settings, clock, recorder)
    assert recorder.sent == []
    clock.advance(2)  # by the time the timer fires it is 19:00
    with qtbot.waitSignal(reminder.fired, timeout=5000) as fired:
        pass
    assert fired.args == [True]
    assert len(recorder.sent) == 1


def test_a_minute_of_practice_counts_as_practised_that_local_day(data_dir: Path) -> None:
    from companion.services.practice import PracticeService
    from companion.storage.store import PracticeSession, Store

    store = Store.open(data_dir)
    try:
        practised = PracticeService(store).practised_on
        assert not practised(date(2026, 11, 21))
        # 30 seconds, stopped early: not yet practice.
        store.add_session(
            PracticeSession(started=at(9), pattern_name="calm", pattern_spec="4-0-6-0", seconds=30)
        )
        assert not practised(date(2026, 11, 21))
        # 23:30 in Berlin is 22:30 UTC: it belongs to the 21st where the user lives.
        store.add_session(
            PracticeSession(
                started=at(23, 30), pattern_name="calm", pattern_spec="4-0-6-0", seconds=120
            )
        )
        assert practised(date(2026, 11, 21))
        assert not practised(date(2026, 11, 22))
        store.add_session(
            PracticeSession(
                started=at(0, 10, day=22),
                pattern_name="calm",
                pattern_spec="4-0-6-0",
                seconds=20,
                finished=True,
            )
        )
        # Finished as planned, but twenty seconds in all: under the one-minute day.
        assert not practised(date(2026, 11, 22))
    finally:
        store.close()

"""The daily practice reminder: one notification at the chosen time, skipped on practised days.

No polling: one single-shot timer runs until the next due time and nothing runs while the
reminder is off. Every firing re-reads the wall clock, so a timer that fires early (the clock
was set back) just waits again, and a reminder is sent at most once per day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.clock import Clock
from companion.services.break_words import local_now, local_zone
from companion.services.settings import REMINDER_ENABLED, REMINDER_TIME, Settings

log = logging.getLogger("companion.services.reminders")

# Qt's timers count monotonic time, which stands still while the computer sleeps. Waking up
# at least this often bounds how late a reminder can be after a suspend or a clock change.
MAX_WAIT = timedelta(hours=1)
# Firing a little early because of timer rounding is not "early": nothing waits for <1 s.
SLACK = timedelta(seconds=1)


class DailyReminder(QObject):
    """Sends ``notify(title, body)`` once a day at the reminder time, unless practised already.

    ``practised_today(day)`` says whether the user practised on that local date (in the app:
    ``PracticeService.practised_on``, the rule of ``companion.core.practice``).
    ``fired`` carries True when the notification was sent, False when the day was skipped.
    """

    fired = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        practised_today: Callable[[date], bool],
        notify: Callable[[str, str], object],
        parent: QObject | None = None,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._practised = practised_today
        self._notify = notify
        self._zone = zone if zone is not None else local_zone()
        self._handled: date | None = None
        self._next: datetime | None = None
        self._timer: QTimer | None = None
        settings.changed.connect(self._settings_changed)
        self.restart()

    # ------------------------------------------------------------------ reading
    def now(self) -> datetime:
        """The local wall-clock time (named zone when known, so DST is right)."""
        return local_now(self._clock, self._zone)

    def next_due(self) -> datetime | None:
        """When the next reminder is due, or None while reminders are off."""
        return self._next

    def timer(self) -> QTimer | None:
        """The one single-shot timer (None until the reminder is first turned on)."""
        return self._timer

    # ------------------------------------------------------------------ scheduling
    def restart(self) -> None:
        """Start afresh: a time that has already passed today waits for tomorrow."""
        self._handled = None
        now = self.now()
        if self._settings.get(REMINDER_ENABLED) and now >= self._due_on(now.date(), now):
            self._handled = now.date()
        self.check(now)

    def check(self, now: datetime | None = None) -> None:
        """Send today's reminder if it is due and not sent yet, then wait for the next one."""
        now = now if now is not None else self.now()
        if not self._settings.get(REMINDER_ENABLED):
            self._stop()
            return
        today = now.date()
        due = self._due_on(today, now)
        if now + SLACK >= due:
            if self._handled != today:
                self._handled = today
                self._fire(today)
            due = self._due_on(today + timedelta(days=1), now)
        self._schedule(due, now)

    def _due_on(self, day: date, now: datetime) -> datetime:
        """The reminder time on ``day``, in ``now``'s zone (a named zone knows its DST)."""
        at: time = self._settings.get(REMINDER_TIME)
        return datetime.combine(day, at, tzinfo=now.tzinfo)

    def _schedule(self, due: datetime, now: datetime) -> None:
        self._next = due
        wait = min(max(due - now, timedelta(0)), MAX_WAIT)
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setObjectName("reminderTimer")
            self._timer.setSingleShot(True)
            self._timer.setTimerType(Qt.TimerType.CoarseTimer)
            self._timer.timeout.connect(lambda: self.check())
        self._timer.start(max(1000, int(wait.total_seconds() * 1000)))

    def _stop(self) -> None:
        self._next = None
        if self._timer is not None:
            self._timer.stop()

    def _fire(self, day: date) -> None:
        if self._practised(day):
            log.info("daily reminder skipped: already practised today")
            self.fired.emit(False)
            return
        log.info("daily reminder sent")
        self._notify(
            self.tr("Time for your practice"),
            self.tr(
                "A few calm minutes of breathing today make it easier to settle when "
                "a hard moment comes."
            ),
        )
        self.fired.emit(True)

    def _settings_changed(self, keys: Iterable[str]) -> None:
        if {REMINDER_ENABLED.key, REMINDER_TIME.key} & set(keys):
            self.restart()

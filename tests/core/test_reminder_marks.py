"""Each return reminder is decided once, from the time left and what the break already had."""

from __future__ import annotations

from datetime import timedelta

from companion.core.reminder_marks import (
    MISSED,
    NOTIFY_DUE,
    NOTIFY_SOON,
    check_reminders,
    handled_after_extension,
    handled_at_start,
)

MINUTE = timedelta(minutes=1)


def test_soon_then_due_each_fire_once() -> None:
    early = check_reminders(20 * MINUTE, (), first_after_restart=False)
    assert (early.fire, early.handled) == (None, ())
    soon = check_reminders(4 * MINUTE, early.handled, first_after_restart=False)
    assert (soon.fire, soon.handled) == (NOTIFY_SOON, (NOTIFY_SOON,))
    again = check_reminders(3 * MINUTE, soon.handled, first_after_restart=False)
    assert again.fire is None
    due = check_reminders(timedelta(0), again.handled, first_after_restart=False)
    assert (due.fire, due.handled) == (NOTIFY_DUE, (NOTIFY_SOON, NOTIFY_DUE))
    assert check_reminders(-MINUTE, due.handled, first_after_restart=False).fire is None


def test_after_a_suspend_only_the_latest_reminder_shows() -> None:
    step = check_reminders(-10 * MINUTE, (), first_after_restart=False)
    assert step.fire == NOTIFY_DUE and set(step.handled) == {NOTIFY_SOON, NOTIFY_DUE}


def test_a_return_time_passed_while_closed_is_missed_not_notified() -> None:
    step = check_reminders(-MINUTE, (NOTIFY_SOON,), first_after_restart=True)
    assert step.fire is None and step.missed
    assert step.handled == (NOTIFY_SOON, NOTIFY_DUE, MISSED)


def test_a_short_break_never_says_soon_and_more_time_resets_the_reminders() -> None:
    assert handled_at_start(3 * MINUTE) == (NOTIFY_SOON,)
    assert handled_at_start(20 * MINUTE) == ()
    done = (NOTIFY_SOON, NOTIFY_DUE, MISSED)
    assert handled_after_extension(done, 10 * MINUTE) == (MISSED,)
    assert handled_after_extension(done, 2 * MINUTE) == (MISSED, NOTIFY_SOON)

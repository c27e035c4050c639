"""Which return reminders a break has had, so that each one shows exactly once.

A break keeps the keys of the reminders already handled (stored with it, so they survive a
restart). These functions decide, from the time left, which reminder is due now and which
keys the break holds afterwards; the service only stores the keys and shows the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from companion.core.agreement import WIND_DOWN

__all__ = [
    "MISSED",
    "NOTIFY_DUE",
    "NOTIFY_SOON",
    "ReminderCheck",
    "check_reminders",
    "handled_after_extension",
    "handled_at_start",
]

NOTIFY_SOON = "soon"
"""Key of the reminder 5 minutes before the return time (stored in BreakRecord.notified)."""
NOTIFY_DUE = "due"
"""Key of the reminder at the return time."""
MISSED = "missed"
"""Stored when the return time passed while the app was closed."""


@dataclass(frozen=True)
class ReminderCheck:
    """What one look at a running break decides: the reminder to show (None: none), the keys
    handled from now on, and whether the return time passed while the app was closed."""

    fire: str | None
    handled: tuple[str, ...]
    missed: bool = False


def _adding(handled: tuple[str, ...], *keys: str) -> tuple[str, ...]:
    return (*handled, *(key for key in keys if key not in handled))


def check_reminders(
    left: timedelta, handled: Sequence[str], *, first_after_restart: bool
) -> ReminderCheck:
    """The reminder due with ``left`` to go, given the keys already ``handled``.

    At or past the return time only "due" is shown (a "soon" not shown yet is skipped). On
    the first look after a restart a return time already past is "missed" instead: no late
    notifications for what happened while the app was closed.
    """
    before = tuple(handled)
    if left <= timedelta(0) and NOTIFY_DUE not in before:
        if first_after_restart:
            return ReminderCheck(None, _adding(before, NOTIFY_SOON, NOTIFY_DUE, MISSED), True)
        return ReminderCheck(NOTIFY_DUE, _adding(before, NOTIFY_SOON, NOTIFY_DUE))
    if timedelta(0) < left <= WIND_DOWN and NOTIFY_SOON not in before:
        return ReminderCheck(NOTIFY_SOON, _adding(before, NOTIFY_SOON))
    return ReminderCheck(None, before)


def handled_at_start(total: timedelta) -> tuple[str, ...]:
    """The keys a new break starts with: one no longer than the wind-down never says "soon"."""
    return (NOTIFY_SOON,) if total <= WIND_DOWN else ()


def handled_after_extension(handled: Sequence[str], left: timedelta) -> tuple[str, ...]:
    """After more time is agreed both reminders count again, unless "soon" is already true."""
    kept = tuple(key for key in handled if key not in (NOTIFY_SOON, NOTIFY_DUE))
    return (*kept, NOTIFY_SOON) if left <= WIND_DOWN else kept

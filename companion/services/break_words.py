"""How the break is put into words: return times, amounts, status lines and refusals.

Core says *what* is true (typed reasons, minutes, times); this module says it in the user's
language through Qt's translator, so every screen and the command line word it the same way.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import QDate, QLocale, QTime

from companion.core.agreement import (
    ReturnAgreement,
    ReturnProblem,
    ReturnRequest,
    ReturnTimeError,
)
from companion.core.clock import Clock
from companion.desktop.local_zone import system_zone
from companion.desktop.translate import translator

__all__ = [
    "agreement_line",
    "amount_text",
    "format_return_time",
    "local_now",
    "local_zone",
    "problem_text",
    "reminder_words",
    "request_notes",
]


_tr = translator("BreakController")


def local_zone() -> tzinfo | None:
    """The system's time zone with its daylight-saving rules, whatever form ``TZ`` takes."""
    return system_zone()


def local_now(clock: Clock, zone: tzinfo | None = None) -> datetime:
    """``clock.now()`` in the named local zone when it agrees with the clock's offset.

    A fixed UTC offset cannot tell that 09:00 tomorrow falls after a daylight-saving change;
    the named zone can. A clock in another offset (a test clock) is left as it is.
    """
    now = clock.now()
    if zone is None or not isinstance(now.tzinfo, timezone):
        return now
    upgraded = now.astimezone(zone)
    return upgraded if upgraded.utcoffset() == now.utcoffset() else now


def format_return_time(when: datetime, now: datetime, locale: QLocale | None = None) -> str:
    """A return time in the locale's short format ("7:30 PM", "19:30"), in now's zone.

    Adds "tomorrow" or "yesterday" when the date is not today's.
    """
    local = when.astimezone(now.tzinfo)
    locale = locale or QLocale()
    text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    days = local.date().toordinal() - now.date().toordinal()
    if days == 1:
        return _tr("{time} tomorrow").format(time=text)
    if days == -1:
        return _tr("{time} yesterday").format(time=text)
    if days:
        d = local.date()
        day = locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
        return _tr("{time} on {day}").format(time=text, day=day)
    return text


def amount_text(minutes: int, locale: QLocale | None = None) -> str:
    """An amount of time in the user's language, numbers in the locale's digits: "1 h 15 min"."""
    locale = locale or QLocale()
    hours, mins = divmod(max(0, int(minutes)), 60)
    h, m = locale.toString(hours), locale.toString(mins)
    if hours and mins:
        return _tr("{h} h {m} min").format(h=h, m=m)
    if hours:
        return _tr("{h} h").format(h=h)
    return _tr("{m} min").format(m=m)


def agreement_line(agreement: ReturnAgreement, now: datetime, locale: QLocale | None) -> str:
    """The return time and how far away it is, as ``companion status`` and the window say it."""
    when = format_return_time(agreement.return_at, now, locale)
    left = agreement.remaining(now).total_seconds()
    if left > 0:
        if left < 60:
            return _tr("back at {time}, less than a minute left").format(time=when)
        amount = amount_text(agreement.minutes_left(now), locale)
        return _tr("back at {time}, {amount} left").format(time=when, amount=amount)
    ago = math.floor(-left / 60)
    if ago < 1:
        return _tr("back at {time} — that is now").format(time=when)
    return _tr("back at {time} — that was {amount} ago").format(
        time=when, amount=amount_text(ago, locale)
    )


def problem_text(error: ReturnTimeError, locale: QLocale | None = None) -> str:
    """Why a return time or more time cannot be used, in the user's language."""
    hint = _tr("Try a number of minutes like 20, a length like 1h 15m, or a time like 19:30.")
    problem = error.problem
    if problem is ReturnProblem.OVER_A_DAY:
        amount = amount_text(error.minutes, locale) if error.minutes else _tr("more than a day")
        return _tr(
            "That would be {amount}. A break ends within 24 hours, because a longer wait can "
            "start to feel like a punishment. For a clock time, write it like 19:30."
        ).format(amount=amount)
    if problem is ReturnProblem.EXTRA_OVER_LIMIT:
        return _tr(
            "A break ends within 24 hours of its start, so at most {amount} can be added now."
        ).format(amount=amount_text(error.minutes, locale))
    words = {
        ReturnProblem.EMPTY: _tr("Say how long you need, or when you'll be back. {hint}"),
        ReturnProblem.TOO_MUCH_TEXT: _tr("That's longer than a time usually is. {hint}"),
        ReturnProblem.UNREADABLE: _tr("“{text}” doesn't read as a time. {hint}"),
        ReturnProblem.MINUTES_OVER_59: _tr("“{text}” has more than 59 minutes. {hint}"),
        ReturnProblem.HOUR_OVER_23: _tr(
            "The clock only goes up to 23:59, so “{text}” can't be used."
        ),
        ReturnProblem.HOUR_WITH_HALF: _tr(
            "With am or pm, the hour goes from 1 to 12, so “{text}” can't be used."
        ),
        ReturnProblem.UNDER_A_MINUTE: _tr("A break needs at least a minute. {hint}"),
        ReturnProblem.PASSED: _tr("That time has already passed. Choose a new one."),
        ReturnProblem.EXTRA_NOT_POSITIVE: _tr(
            "More time needs to be a number of minutes above zero."
        ),
    }
    return words[problem].format(text=error.text, hint=hint)


def request_notes(request: ReturnRequest, locale: QLocale | None = None) -> list[str]:
    """Gentle notes about a usable return time: a short break, a time the clocks skip."""
    locale = locale or QLocale()
    notes = []
    if request.is_short:
        notes.append(
            _tr(
                "That's shorter than 20 minutes. Bodies usually need about 20 minutes to "
                "settle, so a little longer may help. A short break is still fine."
            )
        )
    if request.skipped is not None:
        typed, read_as = (
            locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
            for t in request.skipped
        )
        notes.append(
            _tr(
                "The clocks go forward that night, so {typed} doesn't happen; it is read as "
                "{read_as}."
            ).format(typed=typed, read_as=read_as)
        )
    return notes


def reminder_words(soon: bool, agreement: ReturnAgreement, now: datetime) -> tuple[str, str]:
    """(title, body) of the reminder shortly before the return time (``soon``) or at it."""
    when = format_return_time(agreement.return_at, now)
    if soon:
        return _tr("Nearly time to go back"), _tr(
            "{amount} until {time}. Start finding your way back."
        ).format(amount=amount_text(agreement.minutes_left(now)), time=when)
    return _tr("Time to go back"), _tr(
        "It's {time}, the time you agreed. Go back when you're ready, or ask for a "
        "little more time."
    ).format(time=when)

"""Reading "when will you be back?": a length ("20", "1h 15m") or a clock time ("19:30").

A pure function of the text and the time it is read at. Arithmetic is done in UTC:
subtracting two datetimes that share a ``ZoneInfo`` would otherwise ignore a daylight-saving
change between them. A time that cannot be used raises ReturnTimeError with a typed reason,
which the interface words in the user's language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum

__all__ = [
    "MAX_BREAK",
    "SETTLE_TIME",
    "RequestKind",
    "ReturnProblem",
    "ReturnRequest",
    "ReturnTimeError",
    "local_time",
    "parse_return",
    "too_long",
    "utc",
]

SETTLE_TIME = timedelta(minutes=20)
"""Bodies take about this long to settle; shorter breaks get a gentle note."""
MAX_BREAK = timedelta(hours=24)
"""The longest a break may last from its start, extensions included."""

_UTC = timezone.utc


class ReturnProblem(Enum):
    """Why a return time (or more time) cannot be used; the UI words each one for the user."""

    EMPTY = "empty"
    TOO_MUCH_TEXT = "too_much_text"
    UNREADABLE = "unreadable"
    MINUTES_OVER_59 = "minutes_over_59"
    HOUR_OVER_23 = "hour_over_23"
    HOUR_WITH_HALF = "hour_with_half"
    UNDER_A_MINUTE = "under_a_minute"
    OVER_A_DAY = "over_a_day"
    PASSED = "passed"
    EXTRA_NOT_POSITIVE = "extra_not_positive"
    EXTRA_OVER_LIMIT = "extra_over_limit"


class ReturnTimeError(ValueError):
    """A return time that cannot be used, with a typed reason and the facts to word it.

    ``text`` is what the person typed (where it helps to quote it); ``minutes`` is the amount
    the reason is about: how long the typed time would be (OVER_A_DAY, 0 meaning "more than a
    day") or how much can still be added (EXTRA_OVER_LIMIT).
    """

    def __init__(self, problem: ReturnProblem, *, text: str = "", minutes: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.text = text
        self.minutes = minutes


class RequestKind(Enum):
    """Whether the person said how long ("20 min") or until when ("19:30")."""

    DURATION = "duration"
    CLOCK = "clock"


@dataclass(frozen=True)
class ReturnRequest:
    """A parsed answer to "when will you be back?".

    When ``needs_tomorrow_confirmation`` is set the deadline is already tomorrow, but the
    caller must ask the person before using it. ``is_short`` is set below SETTLE_TIME (a gentle
    note, not a refusal). ``skipped`` holds (typed time, time it is read as) when the clocks
    skip the typed time that night.
    """

    deadline: datetime
    kind: RequestKind
    needs_tomorrow_confirmation: bool = False
    is_short: bool = False
    skipped: tuple[time, time] | None = None
    duration: timedelta = field(default=timedelta(0))


# --------------------------------------------------------------------------- parsing

_NUM = r"\d+(?:[.,]\d+)?"
_MIN_UNIT = r"(?:m|min|mins|minute|minutes)"
_HOUR_UNIT = r"(?:h|hr|hrs|hour|hours)"
_RE_MINUTES = re.compile(rf"({_NUM})\s*{_MIN_UNIT}?")
_RE_HOURS = re.compile(rf"({_NUM})\s*{_HOUR_UNIT}(?:\s*(?:and\s+)?(\d+)\s*{_MIN_UNIT}?)?")
_RE_HMM_H = re.compile(rf"(\d+):(\d\d)\s*{_HOUR_UNIT}")
_RE_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*(am|pm)?")


def _normalise(text: str) -> tuple[str, bool]:
    """Lower-case text with single spaces and no leading "in"/"at"; True if it said "at"."""
    text = " ".join(text.split()).casefold()  # also folds narrow no-break spaces
    text = text.replace("a.m.", "am").replace("p.m.", "pm")
    for prefix in ("in ", "for "):
        if text.startswith(prefix):
            return text[len(prefix) :].strip(), False
    for prefix in ("back at ", "at ", "until ", "till "):
        if text.startswith(prefix):
            return text[len(prefix) :].strip(), True
    return text, False


def _number(text: str) -> float:
    text = text.replace(",", ".")
    if len(text) > 9:  # far beyond a day in any unit; avoids giant integers
        return math.inf
    return float(text)


def _parse_duration(text: str) -> timedelta | None:
    """Minutes from text like 20, 20m, 90 minutes, 1h 15m, 1.5h, 1:15h; None if not one."""
    if m := _RE_HMM_H.fullmatch(text):
        minutes = _number(m.group(1)) * 60 + int(m.group(2))
        if int(m.group(2)) >= 60:
            raise ReturnTimeError(ReturnProblem.MINUTES_OVER_59, text=text)
    elif m := _RE_HOURS.fullmatch(text):
        minutes = _number(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else 0)
    elif m := _RE_MINUTES.fullmatch(text):
        minutes = _number(m.group(1))
    else:
        return None
    if minutes > MAX_BREAK.total_seconds() / 60 + 1:
        raise too_long(minutes * 60)
    seconds = round(minutes * 60)
    if seconds < 60:
        raise ReturnTimeError(ReturnProblem.UNDER_A_MINUTE)
    return timedelta(seconds=seconds)


def _parse_clock(text: str, locale_formats: Sequence[str]) -> tuple[time, bool] | None:
    """A wall-clock time from 19:30, 7:30 pm, 7pm, or one of the locale's formats.

    Returns (time, either_half): ``either_half`` is True for a bare hour from 1 to 12 without
    am or pm and without a leading zero ("7:30"), which may mean the morning or the evening.
    """
    if text in ("noon", "midday"):
        return time(12, 0), False
    if text == "midnight":
        return time(0, 0), False
    m = _RE_CLOCK.fullmatch(text)
    if m and (m.group(2) is not None or m.group(3) is not None):
        hour_text, minute, half = m.group(1), int(m.group(2) or 0), m.group(3)
        hour = int(hour_text)
        if minute > 59:
            raise ReturnTimeError(ReturnProblem.MINUTES_OVER_59, text=text)
        if half is None:
            if hour > 23:
                raise ReturnTimeError(ReturnProblem.HOUR_OVER_23, text=text)
            either = 1 <= hour <= 12 and not hour_text.startswith("0")
            return time(hour, minute), either
        if not 1 <= hour <= 12:
            raise ReturnTimeError(ReturnProblem.HOUR_WITH_HALF, text=text)
        return time(hour % 12 + (12 if half == "pm" else 0), minute), False
    for fmt in locale_formats:
        try:
            parsed = datetime.strptime(text, fmt)
        except (ValueError, OverflowError):
            continue
        return parsed.time().replace(second=0, microsecond=0), False
    return None


def too_long(seconds: float) -> ReturnTimeError:
    """OVER_A_DAY with the length it would be (0 when that is more than two days)."""
    minutes = 0 if seconds >= 2 * MAX_BREAK.total_seconds() else math.ceil(seconds / 60)
    return ReturnTimeError(ReturnProblem.OVER_A_DAY, minutes=minutes)


def utc(when: datetime) -> datetime:
    return when.astimezone(_UTC)


def local_time(when_utc: datetime, zone: tzinfo | None) -> datetime:
    return when_utc.astimezone(zone)


def _exists(naive: datetime, zone: tzinfo, fold: int) -> datetime | None:
    """The aware time for a naive wall time, or None when the clocks skip it (spring forward)."""
    aware = naive.replace(tzinfo=zone, fold=fold)
    back = utc(aware).astimezone(zone)
    return aware if back.replace(tzinfo=None) == naive else None


def _occurrences(day: date, at: time, zone: tzinfo) -> list[tuple[datetime, time | None]]:
    """Each moment on ``day`` when the wall clock shows ``at``, with a note if it is skipped.

    A time that happens twice (clocks going back) gives two moments. A time the clocks skip
    (going forward) is read as the moment just past the jump, e.g. 02:30 becomes 03:30; its
    note is the wall time it is read as.
    """
    naive = datetime.combine(day, at)
    found: dict[datetime, datetime] = {}
    for fold in (0, 1):
        moment = _exists(naive, zone, fold)
        if moment is not None:  # keyed by UTC: same-zone datetimes compare as wall times
            found.setdefault(utc(moment), moment)
    if found:
        return [(found[key], None) for key in sorted(found)]
    # fold=0 keeps the offset from before the jump, which lands just past the gap.
    shifted = utc(naive.replace(tzinfo=zone, fold=0)).astimezone(zone)
    return [(shifted, shifted.time().replace(second=0, microsecond=0))]


def _next_wall_time(
    now: datetime, times: Sequence[time]
) -> tuple[datetime, bool, tuple[time, time] | None]:
    """The next moment after ``now`` when the wall clock shows one of ``times``.

    Returns (deadline, needs_confirmation, skipped). Confirmation is needed when the typed time
    passed more recently than it comes next (18:00 typed at 19:00): then the person may not
    mean tomorrow. A time just past midnight (00:10 typed at 23:50) needs none.
    """
    zone = now.tzinfo
    assert zone is not None
    now_utc = utc(now)
    today = now.date()
    upcoming: list[tuple[datetime, datetime, tuple[time, time] | None]] = []
    last_passed: datetime | None = None
    for offset_days in (-1, 0, 1, 2):
        day = date.fromordinal(today.toordinal() + offset_days)
        for at in times:
            for moment, read_as in _occurrences(day, at, zone):
                moment_utc = utc(moment)
                if moment_utc > now_utc:
                    skipped = (at, read_as) if read_as is not None else None
                    upcoming.append((moment_utc, moment, skipped))
                elif last_passed is None or moment_utc > last_passed:
                    last_passed = moment_utc
    deadline_utc, deadline, note = min(upcoming, key=lambda o: o[0])
    ahead = deadline_utc - now_utc
    later_date = deadline.date() > today
    confirm = later_date and last_passed is not None and now_utc - last_passed < ahead
    return deadline, confirm, note


def parse_return(text: str, now: datetime, *, locale_formats: Sequence[str] = ()) -> ReturnRequest:
    """Read "20", "20m", "1h 15m", "90 minutes", "19:30", "7:30 pm", "7pm" (or a locale format).

    Raises ReturnTimeError, and only that, with a typed reason. A clock time is
    its next occurrence; a bare "7:30" may be morning or evening, whichever comes first. A
    time that passed more recently than it comes next is returned as tomorrow with
    ``needs_tomorrow_confirmation`` set.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    cleaned, said_at = _normalise(text)
    if not cleaned:
        raise ReturnTimeError(ReturnProblem.EMPTY)
    if len(cleaned) > 40:
        raise ReturnTimeError(ReturnProblem.TOO_MUCH_TEXT)
    kind: RequestKind
    clock: tuple[time, bool] | None = None
    length: timedelta | None = None
    try:
        if cleaned.isdigit() and said_at and len(cleaned) <= 2:
            clock = _parse_clock(f"{cleaned}:00", ())  # "at 7" is seven o'clock
        elif cleaned.isdigit():
            length = _parse_duration(cleaned)
        else:
            clock = _parse_clock(cleaned, locale_formats)
            length = None if clock is not None else _parse_duration(cleaned)
    except ReturnTimeError:
        raise
    except (ValueError, OverflowError) as exc:
        raise ReturnTimeError(ReturnProblem.UNREADABLE, text=text.strip()) from exc
    skipped: tuple[time, time] | None = None
    tomorrow = False
    if clock is not None:
        kind = RequestKind.CLOCK
        at, either_half = clock
        times = [at, at.replace(hour=(at.hour + 12) % 24)] if either_half else [at]
        deadline, tomorrow, skipped = _next_wall_time(now, times)
    elif length is not None:
        kind = RequestKind.DURATION
        deadline = local_time(utc(now) + length, now.tzinfo)
    else:
        raise ReturnTimeError(ReturnProblem.UNREADABLE, text=text.strip())
    duration = utc(deadline) - utc(now)
    if duration > MAX_BREAK:
        raise too_long(duration.total_seconds())
    return ReturnRequest(
        deadline=deadline,
        kind=kind,
        needs_tomorrow_confirmation=tomorrow,
        is_short=duration < SETTLE_TIME,
        skipped=skipped,
        duration=duration,
    )

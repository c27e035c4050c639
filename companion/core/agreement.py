"""The pause-and-return agreement: when the person will be back, and what they will do meanwhile.

Everything here is a pure function of the times passed in. The return time is a
timezone-aware wall-clock deadline, so remaining time is always ``return_at - now``: a
restart, a suspended laptop or a changed system clock cannot move the promise.

Arithmetic is done in UTC: subtracting two datetimes that share a ``ZoneInfo`` would
otherwise ignore a daylight-saving change between them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum

from companion.core.outcome import ON_TIME_GRACE, ReturnWord, break_outcome, return_word

__all__ = [
    "BREAK_PRESET",
    "DUE_WINDOW",
    "MAX_BREAK",
    "PLAN_ITEMS",
    "SETTLE_TIME",
    "WIND_DOWN",
    "BreakStatus",
    "Outcome",
    "PlanItem",
    "RequestKind",
    "ReturnAgreement",
    "ReturnRequest",
    "ReturnTimeError",
    "Shift",
    "compare_checkins",
    "format_countdown",
    "minutes_text",
    "parse_return",
    "plan_item",
]

SETTLE_TIME = timedelta(minutes=20)
"""Bodies take about this long to settle; shorter breaks get a gentle note."""
MAX_BREAK = timedelta(hours=24)
"""The longest a break may last from its start, extensions included."""
WIND_DOWN = timedelta(minutes=5)
"""The last stretch before the return time, when the person starts heading back."""
DUE_WINDOW = ON_TIME_GRACE
"""From the return time until this much later the break is DUE; after that OVERDUE (and late)."""
BREAK_PRESET = "exhale-4-6"
"""The breathing preset suggested during a break (an id in ``core.breathing.PRESETS``)."""

Outcome = ReturnWord

_UTC = timezone.utc


class ReturnTimeError(ValueError):
    """A return time that cannot be used; the message says why in words fit for a user."""


class RequestKind(Enum):
    """Whether the person said how long ("20 min") or until when ("19:30")."""

    DURATION = "duration"
    CLOCK = "clock"


class BreakStatus(Enum):
    """Where a break stands at a given moment."""

    RUNNING = "running"
    WIND_DOWN = "wind_down"
    DUE = "due"
    OVERDUE = "overdue"
    RETURNED = "returned"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class PlanItem:
    """One thing to do during the pause, with a stable id for storage."""

    id: str
    label: str


PLAN_ITEMS: tuple[PlanItem, ...] = (
    PlanItem("walk", "Take a short walk"),
    PlanItem("breathe", "Breathe with the pacer"),
    PlanItem("water", "Drink a glass of water"),
    PlanItem("ground", "Ground yourself: feet on the floor, name what you see"),
    PlanItem("temperature", "Something warm or cold: a warm mug, cool water on your face"),
    PlanItem("no_rehearsing", "Let the argument rest: no rehearsing what to say"),
)


def plan_item(item_id: str) -> PlanItem | None:
    """The plan item with this id, or None for an id this version does not know."""
    return next((item for item in PLAN_ITEMS if item.id == item_id), None)


@dataclass(frozen=True)
class ReturnRequest:
    """A parsed answer to "when will you be back?".

    When ``needs_tomorrow_confirmation`` is set the deadline is already tomorrow, but the
    caller must ask the person before using it.
    """

    deadline: datetime
    kind: RequestKind
    needs_tomorrow_confirmation: bool = False
    short_note: str | None = None
    clock_note: str | None = None
    duration: timedelta = field(default=timedelta(0))


# --------------------------------------------------------------------------- parsing

_HINT = "Try a number of minutes like 20, a length like 1h 15m, or a time like 19:30."
_SHORT_NOTE = (
    "That's shorter than 20 minutes. Bodies usually need about 20 minutes to settle, "
    "so a little longer may help. A short break is still fine."
)

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
            raise ReturnTimeError(f"“{text}” has more than 59 minutes after the colon. {_HINT}")
    elif m := _RE_HOURS.fullmatch(text):
        minutes = _number(m.group(1)) * 60 + (int(m.group(2)) if m.group(2) else 0)
    elif m := _RE_MINUTES.fullmatch(text):
        minutes = _number(m.group(1))
    else:
        return None
    if minutes > MAX_BREAK.total_seconds() / 60 + 1:
        raise ReturnTimeError(_too_long_message(minutes * 60))
    seconds = round(minutes * 60)
    if seconds < 60:
        raise ReturnTimeError(f"A break needs at least a minute. {_HINT}")
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
            raise ReturnTimeError(f"“{text}” has more than 59 minutes. {_HINT}")
        if half is None:
            if hour > 23:
                raise ReturnTimeError(
                    f"The clock only goes up to 23:59, so “{text}” can't be used."
                )
            either = 1 <= hour <= 12 and not hour_text.startswith("0")
            return time(hour, minute), either
        if not 1 <= hour <= 12:
            raise ReturnTimeError(
                f"With am or pm, the hour goes from 1 to 12, so “{text}” can't be used."
            )
        return time(hour % 12 + (12 if half == "pm" else 0), minute), False
    for fmt in locale_formats:
        try:
            parsed = datetime.strptime(text, fmt)
        except (ValueError, OverflowError):
            continue
        return parsed.time().replace(second=0, microsecond=0), False
    return None


def _too_long_message(seconds: float) -> str:
    if seconds >= 2 * MAX_BREAK.total_seconds():
        amount = "more than a day"
    else:
        amount = minutes_text(math.ceil(seconds / 60))
    return (
        f"That would be {amount}. A break ends within 24 hours, because a longer wait "
        "can start to feel like a punishment. For a clock time, write it like 19:30."
    )


def _utc(when: datetime) -> datetime:
    return when.astimezone(_UTC)


def _local(when_utc: datetime, zone: tzinfo | None) -> datetime:
    return when_utc.astimezone(zone)


def _exists(naive: datetime, zone: tzinfo, fold: int) -> datetime | None:
    """The aware time for a naive wall time, or None when the clocks skip it (spring forward)."""
    aware = naive.replace(tzinfo=zone, fold=fold)
    back = _utc(aware).astimezone(zone)
    return aware if back.replace(tzinfo=None) == naive else None


def _occurrences(day: date, at: time, zone: tzinfo) -> list[tuple[datetime, str | None]]:
    """Each moment on ``day`` when the wall clock shows ``at``, with a note if it is skipped.

    A time that happens twice (clocks going back) gives two moments. A time the clocks skip
    (going forward) is read as the moment just past the jump, e.g. 02:30 becomes 03:30.
    """
    naive = datetime.combine(day, at)
    found: dict[datetime, datetime] = {}
    for fold in (0, 1):
        moment = _exists(naive, zone, fold)
        if moment is not None:  # keyed by UTC: same-zone datetimes compare as wall times
            found.setdefault(_utc(moment), moment)
    if found:
        return [(found[key], None) for key in sorted(found)]
    # fold=0 keeps the offset from before the jump, which lands just past the gap.
    shifted = _utc(naive.replace(tzinfo=zone, fold=0)).astimezone(zone)
    note = (
        f"The clocks go forward that night, so {at:%H:%M} doesn't happen; "
        f"it is read as {shifted:%H:%M}."
    )
    return [(shifted, note)]


def _next_wall_time(now: datetime, times: Sequence[time]) -> tuple[datetime, bool, str | None]:
    """The next moment after ``now`` when the wall clock shows one of ``times``.

    Returns (deadline, needs_confirmation, note). Confirmation is needed when the typed time
    passed more recently than it comes next (18:00 typed at 19:00): then the person may not
    mean tomorrow. A time just past midnight (00:10 typed at 23:50) needs none.
    """
    zone = now.tzinfo
    assert zone is not None
    now_utc = _utc(now)
    today = now.date()
    upcoming: list[tuple[datetime, datetime, str | None]] = []
    last_passed: datetime | None = None
    for offset_days in (-1, 0, 1, 2):
        day = date.fromordinal(today.toordinal() + offset_days)
        for at in times:
            for moment, note in _occurrences(day, at, zone):
                moment_utc = _utc(moment)
                if moment_utc > now_utc:
                    upcoming.append((moment_utc, moment, note))
                elif last_passed is None or moment_utc > last_passed:
                    last_passed = moment_utc
    deadline_utc, deadline, note = min(upcoming, key=lambda o: o[0])
    ahead = deadline_utc - now_utc
    later_date = deadline.date() > today
    confirm = later_date and last_passed is not None and now_utc - last_passed < ahead
    return deadline, confirm, note


def parse_return(text: str, now: datetime, *, locale_formats: Sequence[str] = ()) -> ReturnRequest:
    """Read "20", "20m", "1h 15m", "90 minutes", "19:30", "7:30 pm", "7pm" (or a locale format).

    Raises ReturnTimeError, and only that, with a message fit for the user. A clock time is
    its next occurrence; a bare "7:30" may be morning or evening, whichever comes first. A
    time that passed more recently than it comes next is returned as tomorrow with
    ``needs_tomorrow_confirmation`` set.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    cleaned, said_at = _normalise(text)
    if not cleaned:
        raise ReturnTimeError(f"Say how long you need, or when you'll be back. {_HINT}")
    if len(cleaned) > 40:
        raise ReturnTimeError(f"That's longer than a time usually is. {_HINT}")
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
        raise ReturnTimeError(f"“{text.strip()}” doesn't read as a time. {_HINT}") from exc
    clock_note: str | None = None
    tomorrow = False
    if clock is not None:
        kind = RequestKind.CLOCK
        at, either_half = clock
        times = [at, at.replace(hour=(at.hour + 12) % 24)] if either_half else [at]
        deadline, tomorrow, clock_note = _next_wall_time(now, times)
    elif length is not None:
        kind = RequestKind.DURATION
        deadline = _local(_utc(now) + length, now.tzinfo)
    else:
        raise ReturnTimeError(f"“{text.strip()}” doesn't read as a time. {_HINT}")
    duration = _utc(deadline) - _utc(now)
    if duration > MAX_BREAK:
        raise ReturnTimeError(_too_long_message(duration.total_seconds()))
    return ReturnRequest(
        deadline=deadline,
        kind=kind,
        needs_tomorrow_confirmation=tomorrow,
        short_note=_SHORT_NOTE if duration < SETTLE_TIME else None,
        clock_note=clock_note,
        duration=duration,
    )


# --------------------------------------------------------------------------- the agreement


@dataclass(frozen=True)
class ReturnAgreement:
    """A break: when it started, the return time first promised, the plan, and extensions.

    ``remaining(now)`` is signed: negative once the return time has passed (``status`` says
    OVERDUE); displays clamp it at zero.
    """

    started: datetime
    deadline: datetime
    plan: tuple[str, ...] = ()
    extensions: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        for name in ("started", "deadline"):
            value: datetime = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"{name} must be timezone-aware")

    @property
    def return_at(self) -> datetime:
        """The return time now agreed: the original deadline plus every extension."""
        extra = timedelta(seconds=sum(self.extensions))
        return _local(_utc(self.deadline) + extra, self.deadline.tzinfo)

    @property
    def total(self) -> timedelta:
        """From the start to the agreed return time."""
        return _utc(self.return_at) - _utc(self.started)

    def remaining(self, now: datetime) -> timedelta:
        """Time left until the return time; negative once it has passed."""
        return _utc(self.return_at) - _utc(now)

    def progress(self, now: datetime) -> float:
        """How much of the break has passed, 0.0 at the start and 1.0 at the return time."""
        total = self.total.total_seconds()
        if total <= 0:
            return 1.0
        elapsed = (_utc(now) - _utc(self.started)).total_seconds()
        return min(1.0, max(0.0, elapsed / total))

    def status(
        self, now: datetime, *, returned_at: datetime | None = None, cancelled: bool = False
    ) -> BreakStatus:
        """RUNNING, WIND_DOWN (last 5 min), DUE (return time up to 1 min after), OVERDUE.

        RETURNED and CANCELLED win over the clock when given.
        """
        if cancelled:
            return BreakStatus.CANCELLED
        if returned_at is not None:
            return BreakStatus.RETURNED
        left = self.remaining(now)
        if left > WIND_DOWN:
            return BreakStatus.RUNNING
        if left > timedelta(0):
            return BreakStatus.WIND_DOWN
        if left > -DUE_WINDOW:
            return BreakStatus.DUE
        return BreakStatus.OVERDUE

    def extend(self, seconds: float, *, now: datetime | None = None) -> ReturnAgreement:
        """Add time. When ``now`` is past the return time, the extra time counts from now.

        Raises ReturnTimeError when the break would end more than 24 hours after its start.
        """
        if not math.isfinite(seconds) or seconds <= 0:
            raise ReturnTimeError("More time needs to be a number of minutes above zero.")
        added = float(seconds)
        if now is not None and _utc(now) > _utc(self.return_at):
            added += (_utc(now) - _utc(self.return_at)).total_seconds()
        longer = ReturnAgreement(self.started, self.deadline, self.plan, (*self.extensions, added))
        if longer.total > MAX_BREAK:
            room = int(self.room(now).total_seconds() // 60)
            raise ReturnTimeError(
                "A break ends within 24 hours of its start, so at most "
                f"{minutes_text(room)} can be added now."
            )
        return longer

    def room(self, now: datetime | None = None) -> timedelta:
        """How much more time :meth:`extend` accepts at ``now`` (never negative).

        Extra time counts from the return time, or from ``now`` once that has passed, and the
        break must end within MAX_BREAK of its start.
        """
        from_time = _utc(self.return_at) if now is None else max(_utc(now), _utc(self.return_at))
        return max(timedelta(0), _utc(self.started) + MAX_BREAK - from_time)

    def outcome(self, returned_at: datetime) -> Outcome:
        """The word to store for a return at ``returned_at`` (the rule of ``core.outcome``)."""
        return return_word(break_outcome(returned_at, self.return_at, self.deadline))


# --------------------------------------------------------------------------- small helpers


def format_countdown(left: timedelta) -> str:
    """Remaining time as a clock face: "19:05", or "1:02:03" past an hour; never negative."""
    seconds = max(0, math.ceil(left.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_text(minutes: int) -> str:
    """A plain English amount of time: "1 minute", "45 minutes", "1 hour 15 minutes"."""
    hours, mins = divmod(max(0, int(minutes)), 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("s" if hours != 1 else ""))
    if mins or not hours:
        parts.append(f"{mins} minute" + ("s" if mins != 1 else ""))
    return " ".join(parts)


class Shift(Enum):
    """How the "after" check-in compares with the "before" one."""

    SETTLED = "settled"
    CALMER = "calmer"
    SAME = "same"
    STRONGER = "stronger"
    DIFFERENT = "different"


def compare_checkins(
    before_state: str, before_intensity: int, after_state: str, after_intensity: int
) -> Shift:
    """Whether the break moved the person toward settled (the state id ``settled``)."""
    if after_state == "settled":
        return Shift.SAME if before_state == "settled" else Shift.SETTLED
    if before_state == "settled":
        return Shift.STRONGER
    if after_intensity < before_intensity:
        return Shift.CALMER
    if after_intensity > before_intensity:
        return Shift.STRONGER
    return Shift.SAME if after_state == before_state else Shift.DIFFERENT

"""The pause-and-return agreement: when the person will be back, and what they will do meanwhile.

Reading the typed return time lives in ``core.return_time``; its names are offered here too.

Everything here is a pure function of the times passed in. The return time is a
timezone-aware wall-clock deadline, so remaining time is always ``return_at - now``: a
restart, a suspended laptop or a changed system clock cannot move the promise.

Arithmetic is done in UTC: subtracting two datetimes that share a ``ZoneInfo`` would
otherwise ignore a daylight-saving change between them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from companion.core.outcome import ON_TIME_GRACE, ReturnWord, break_outcome, return_word
from companion.core.return_time import (
    MAX_BREAK,
    SETTLE_TIME,
    RequestKind,
    ReturnProblem,
    ReturnRequest,
    ReturnTimeError,
    local_time,
    parse_return,
    too_long,
    utc,
)

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
    "ReturnProblem",
    "ReturnRequest",
    "ReturnTimeError",
    "Shift",
    "begin",
    "compare_checkins",
    "format_countdown",
    "minutes_left",
    "minutes_text",
    "parse_return",
    "plan_item",
]

WIND_DOWN = timedelta(minutes=5)
"""The last stretch before the return time, when the person starts heading back."""
DUE_WINDOW = ON_TIME_GRACE
"""From the return time until this much later the break is DUE; after that OVERDUE (and late)."""
BREAK_PRESET = "exhale-4-6"
"""The breathing preset suggested during a break (an id in ``core.breath_pattern.PRESETS``)."""

Outcome = ReturnWord


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


# --------------------------------------------------------------------------- the agreement


@dataclass(frozen=True)
class ReturnAgreement:
    """A break: when it started, the return time first promised, the plan, and extensions.

    ``return_at`` is the one time now agreed (the first promise when not given); it is the
    only source of the countdown. ``extensions`` records each amount of extra time asked for,
    for the words and the record; it is never added up again to find the return time.
    ``remaining(now)`` is signed: negative once the return time has passed (``status`` says
    OVERDUE); displays clamp it at zero.
    """

    started: datetime
    deadline: datetime
    plan: tuple[str, ...] = ()
    extensions: tuple[float, ...] = ()
    agreed: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("started", "deadline", "agreed"):
            value: datetime | None = getattr(self, name)
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ValueError(f"{name} must be timezone-aware")

    @property
    def return_at(self) -> datetime:
        """The return time now agreed: the first promise, or the time set by the last extension."""
        return self.agreed if self.agreed is not None else self.deadline

    @property
    def total(self) -> timedelta:
        """From the start to the agreed return time."""
        return utc(self.return_at) - utc(self.started)

    def remaining(self, now: datetime) -> timedelta:
        """Time left until the return time; negative once it has passed."""
        return utc(self.return_at) - utc(now)

    def minutes_left(self, now: datetime) -> int:
        """Whole minutes left as people count them (see :func:`minutes_left`)."""
        return minutes_left(self.remaining(now))

    def near_return(self, now: datetime) -> bool:
        """Within WIND_DOWN of the return time, or past it: time to think of going back."""
        return self.remaining(now) <= WIND_DOWN

    def progress(self, now: datetime) -> float:
        """How much of the break has passed, 0.0 at the start and 1.0 at the return time."""
        total = self.total.total_seconds()
        if total <= 0:
            return 1.0
        elapsed = (utc(now) - utc(self.started)).total_seconds()
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

        Raises ReturnTimeError (EXTRA_NOT_POSITIVE, or EXTRA_OVER_LIMIT with the minutes that
        can still be added) when the break would end more than 24 hours after its start.
        """
        if not math.isfinite(seconds) or seconds <= 0:
            raise ReturnTimeError(ReturnProblem.EXTRA_NOT_POSITIVE)
        added = float(seconds)
        if now is not None and utc(now) > utc(self.return_at):
            added += (utc(now) - utc(self.return_at)).total_seconds()
        later = local_time(utc(self.return_at) + timedelta(seconds=added), self.deadline.tzinfo)
        longer = ReturnAgreement(
            self.started, self.deadline, self.plan, (*self.extensions, added), later
        )
        if longer.total > MAX_BREAK:
            room = int(self.room(now).total_seconds() // 60)
            raise ReturnTimeError(ReturnProblem.EXTRA_OVER_LIMIT, minutes=room)
        return longer

    def room(self, now: datetime | None = None) -> timedelta:
        """How much more time :meth:`extend` accepts at ``now`` (never negative).

        Extra time counts from the return time, or from ``now`` once that has passed, and the
        break must end within MAX_BREAK of its start.
        """
        from_time = utc(self.return_at) if now is None else max(utc(now), utc(self.return_at))
        return max(timedelta(0), utc(self.started) + MAX_BREAK - from_time)

    def outcome(self, returned_at: datetime) -> Outcome:
        """The word to store for a return at ``returned_at`` (the rule of ``core.outcome``)."""
        return return_word(break_outcome(returned_at, self.return_at, self.deadline))


def begin(request: ReturnRequest, now: datetime, plan: Sequence[str] = ()) -> ReturnAgreement:
    """The agreement for a break starting at ``now`` with a return time read earlier.

    Time may have passed since the request was read: raises ReturnTimeError PASSED when its
    return time is no longer ahead, OVER_A_DAY when it now lies over MAX_BREAK away.
    """
    agreement = ReturnAgreement(now, request.deadline, tuple(plan))
    if agreement.remaining(now) <= timedelta(0):
        raise ReturnTimeError(ReturnProblem.PASSED)
    if agreement.total > MAX_BREAK:
        raise too_long(agreement.total.total_seconds())
    return agreement


# --------------------------------------------------------------------------- small helpers


def format_countdown(left: timedelta) -> str:
    """Remaining time as a clock face: "19:05", or "1:02:03" past an hour; never negative."""
    seconds = max(0, math.ceil(left.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_left(left: timedelta) -> int:
    """Whole minutes left as people count them: 19:01 left is 20, any time left is at least 1,
    and 0 once the return time has come. The one rule for "N min left" everywhere."""
    seconds = left.total_seconds()
    return max(1, math.ceil(seconds / 60)) if seconds > 0 else 0


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

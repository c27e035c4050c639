"""How a break ended, judged once: lateness, extension and the outcome of every break.

The countdown's record of a return, History, Insights and the export all ask here, so a break
can never be "on time" on one page and "late" on another.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import Enum
from typing import Literal

#: Coming back less than this after the agreed return time still counts as on time.
ON_TIME_GRACE = timedelta(minutes=1)
#: A return time moved by less than this (rounding) is not an extension.
EXTENSION_EPSILON = timedelta(seconds=3)

#: The word stored for a break that ended by a return (``breaks.outcome``).
ReturnWord = Literal["kept", "late", "extended"]


class BreakOutcome(Enum):
    """How a break ended. The values are the export's ``result`` column."""

    ON_TIME = "on_time"  # back within the grace of the time first agreed
    EXTENDED = "extended"  # asked for more time, and back by the new time
    LATE = "late"  # back after the agreed (possibly extended) time and its grace
    CANCELLED = "cancelled"  # called off
    OPEN = "open"  # still running


#: Words found in the ``outcome`` column, old spellings included.
_RECORDED: Mapping[str, BreakOutcome] = {
    "on_time": BreakOutcome.ON_TIME,
    "on-time": BreakOutcome.ON_TIME,
    "kept": BreakOutcome.ON_TIME,
    "kept_on_time": BreakOutcome.ON_TIME,
    "returned": BreakOutcome.ON_TIME,
    "extended": BreakOutcome.EXTENDED,
    "late": BreakOutcome.LATE,
    "overdue": BreakOutcome.LATE,
    "cancelled": BreakOutcome.CANCELLED,
    "canceled": BreakOutcome.CANCELLED,
}
_RETURN_WORDS: Mapping[BreakOutcome, ReturnWord] = {
    BreakOutcome.ON_TIME: "kept",
    BreakOutcome.EXTENDED: "extended",
    BreakOutcome.LATE: "late",
}


def lateness(ended: datetime | None, return_at: datetime) -> timedelta | None:
    """How long after the agreed return time the break ended (negative: early); None if open."""
    return None if ended is None else ended - return_at


def extension(return_at: datetime, original_return: datetime) -> timedelta:
    """How much later the agreed return time is than the one first promised."""
    return return_at - original_return


def classify(
    late_by: timedelta | None, extended_by: timedelta, recorded: str | None = None
) -> BreakOutcome:
    """The outcome from a break's lateness and extension (see :func:`lateness`).

    A recorded late, extended or cancelled wins; a recorded "kept" is still checked against
    the times, so an extended break never reads as simply on time.
    """
    word = _RECORDED.get((recorded or "").strip().lower())
    if word in (BreakOutcome.LATE, BreakOutcome.CANCELLED, BreakOutcome.EXTENDED):
        return word
    if late_by is None:
        return BreakOutcome.OPEN
    if late_by >= ON_TIME_GRACE:
        return BreakOutcome.LATE
    if extended_by >= EXTENSION_EPSILON:
        return BreakOutcome.EXTENDED
    return BreakOutcome.ON_TIME


def break_outcome(
    ended: datetime | None,
    return_at: datetime,
    original_return: datetime,
    recorded: str | None = None,
) -> BreakOutcome:
    """The outcome of a break from its times (and the word recorded when it ended, if any)."""
    return classify(lateness(ended, return_at), extension(return_at, original_return), recorded)


def return_word(outcome: BreakOutcome) -> ReturnWord:
    """The word stored for a break that ended by a return with ``outcome``."""
    word = _RETURN_WORDS.get(outcome)
    if word is None:
        raise ValueError(f"{outcome} is not how a return ends")
    return word

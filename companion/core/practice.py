"""What counts as practice: which sessions the log keeps, and which days count as practised.

One rule for every reader: the pacer's log, the Insights streak and the daily reminder all ask
here, so they can never disagree about the same day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

__all__ = [
    "MISCLICK_SECONDS",
    "PRACTICE_DAY_MINUTES",
    "is_kept_session",
    "is_practice_day",
    "practised_days",
]

#: A session stopped before this many seconds, with no breath finished, was most likely a
#: mis-click: the log drops it again.
MISCLICK_SECONDS = 10.0
#: A local day counts as practised when its sessions add up to at least this many minutes,
#: however they were split and whether or not they ran to their planned end.
PRACTICE_DAY_MINUTES = 1.0


def is_kept_session(elapsed_seconds: float, breaths: int, *, finished: bool) -> bool:
    """Whether a session that ended after ``elapsed_seconds`` stays in the practice log."""
    return finished or breaths > 0 or elapsed_seconds >= MISCLICK_SECONDS


def is_practice_day(minutes: float) -> bool:
    """Whether a day with ``minutes`` of breathing in total counts as practised."""
    return minutes >= PRACTICE_DAY_MINUTES


def practised_days(minutes: Mapping[date, float]) -> frozenset[date]:
    """The dates among ``minutes`` (date -> minutes of practice) that count as practised."""
    return frozenset(day for day, total in minutes.items() if is_practice_day(total))

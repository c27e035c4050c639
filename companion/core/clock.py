"""The one source of time. Everything that animates or schedules reads a ``Clock``."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """Wall time (timezone-aware) for promises, monotonic seconds for animation."""

    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware, in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never jump backwards."""
        ...


class SystemClock:
    """The real clock of this computer."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to; tests use it so nothing ever sleeps.

    ``advance`` moves both wall and monotonic time (time passing); ``set_wall``
    moves only the wall clock (the user or NTP changing the system time).
    """

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        if start is None:
            start = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start time")
        self._wall = start
        self._mono = monotonic_start

    def now(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks (real seconds, also across a DST change)."""
        self._wall = _plus_real_seconds(self._wall, seconds)
        self._mono += seconds

    def set_wall(self, when: datetime) -> None:
        """Jump the wall clock only, as a manual clock change would."""
        if when.tzinfo is None:
            raise ValueError("wall time must be timezone-aware")
        self._wall = when

    def suspend(self, seconds: float) -> None:
        """A suspended laptop: wall time moves, the monotonic clock does not."""
        self._wall = _plus_real_seconds(self._wall, seconds)


def _plus_real_seconds(when: datetime, seconds: float) -> datetime:
    """``when`` plus elapsed seconds, computed in UTC so a zone's DST change is honoured."""
    moved = when.astimezone(timezone.utc) + timedelta(seconds=seconds)
    return moved.astimezone(when.tzinfo)

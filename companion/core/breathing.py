"""The breath timeline: the phase at any moment of a session, exactly.

Timing is exact: every phase boundary is a rational number of seconds, turned into a float
by one correctly rounded integer division, and :meth:`Timeline.at`,
:meth:`Timeline.phase_starts` and :meth:`Timeline.phase_start_frames` all use that same
value, so they can never disagree and a long session cannot drift.

The patterns a timeline plays are defined in :mod:`companion.core.breath_pattern`; import
them from there.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

from companion.core.breath_pattern import Pattern, PhaseKind

__all__ = [
    "BreathState",
    "PhaseStart",
    "SessionLength",
    "Timeline",
]

MINUTES_RANGE = (1.0, 60.0)
MAX_BREATHS = 1000
# Ease-in starts at 10 breaths a minute (a 6 s breath) and reaches the pattern's own
# rate after about a minute.
EASE_START_TENTHS = 60
EASE_SPAN_TENTHS = 600
# The main breath in fills the lungs to this share when a top-up follows.
TOP_UP_BASE_VOLUME = 0.8


@dataclass(frozen=True)
class SessionLength:
    """How long a session lasts: minutes (1-60), a number of breaths, or open-ended.

    With both set, the session ends at whichever comes first.
    """

    minutes: float | None = None
    breaths: int | None = None

    def __post_init__(self) -> None:
        if self.minutes is not None and not (
            math.isfinite(self.minutes) and MINUTES_RANGE[0] <= self.minutes <= MINUTES_RANGE[1]
        ):
            raise ValueError("A session lasts 1 to 60 minutes.")
        if self.breaths is not None and not 1 <= self.breaths <= MAX_BREATHS:
            raise ValueError(f"A session lasts 1 to {MAX_BREATHS} breaths.")

    @property
    def open_ended(self) -> bool:
        return self.minutes is None and self.breaths is None


@dataclass(frozen=True)
class PhaseStart:
    """Where a phase begins on the timeline, in seconds, and how long it lasts."""

    time: float
    kind: PhaseKind
    duration: float
    cycle: int


@dataclass(frozen=True)
class BreathState:
    """Everything a picture or a sound needs about the breath at one moment."""

    cycle: int
    phase: PhaseKind
    phase_index: int
    progress: float
    volume: float
    phase_elapsed: float
    phase_remaining: float
    breaths_per_minute: float
    finished: bool


def _ease(progress: float) -> float:
    """Cosine ease: slow at both ends, like a breath turning around."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0


class Timeline:
    """The breath as a pure function of elapsed seconds, with optional ease-in and an end.

    With ease-in the first breaths are faster (10 per minute) and each whole breath is scaled
    uniformly, slowing to the pattern's own rate over about a minute. The session always
    ends at the end of a breath out.
    """

    def __init__(
        self,
        pattern: Pattern,
        *,
        ease_in: bool = False,
        length: SessionLength = SessionLength(),
    ) -> None:
        self.pattern = pattern
        self.ease_in = ease_in
        self.length = length
        self._kinds = tuple(p.kind for p in pattern.phases)
        tenths = [p.tenths for p in pattern.phases]
        self._offsets = [0]
        for value in tenths:
            self._offsets.append(self._offsets[-1] + value)
        self._cycle = self._offsets[-1]
        self._exhale_index = self._kinds.index(PhaseKind.EXHALE)
        # Ease-in cycles: whole breaths in tenths, from 6 s toward the pattern's cycle.
        self._ease_durations: list[int] = []
        if ease_in and self._cycle > EASE_START_TENTHS:
            count = max(1, round(2 * EASE_SPAN_TENTHS / (EASE_START_TENTHS + self._cycle)))
            span = self._cycle - EASE_START_TENTHS
            for n in range(count):
                num = 2 * (EASE_START_TENTHS * count + span * n) + count
                self._ease_durations.append(num // (2 * count))
        self._ease_starts = [0]
        for value in self._ease_durations:
            self._ease_starts.append(self._ease_starts[-1] + value)
        self._ease_count = len(self._ease_durations)
        self._ease_end_tenths = self._ease_starts[-1]
        self._ease_start_times = [s / 10 for s in self._ease_starts]
        self.total_breaths: int | None = self._count_breaths()
        self.end_seconds: float | None = (
            None
            if self.total_breaths is None
            else self._boundary(self.total_breaths - 1, self._exhale_index + 1)
        )

    # -------------------------------------------------------------- exact boundaries
    def _boundary(self, cycle: int, index: int) -> float:
        """Start of phase ``index`` of breath ``cycle`` (index may be len(phases): the end)."""
        offset = self._offsets[index]
        if cycle < self._ease_count:
            num = self._ease_starts[cycle] * self._cycle + self._ease_durations[cycle] * offset
            return num / (10 * self._cycle)
        return (self._ease_end_tenths + (cycle - self._ease_count) * self._cycle + offset) / 10

    def _cycle_tenths(self, cycle: int) -> int:
        return self._ease_durations[cycle] if cycle < self._ease_count else self._cycle

    def _locate(self, elapsed: float) -> tuple[int, int]:
        """(cycle, phase index) of the phase containing ``elapsed`` (>= 0)."""
        if elapsed < self._ease_start_times[-1]:
            guess = bisect_right(self._ease_start_times, elapsed) - 1
        else:
            guess = self._ease_count + int((elapsed * 10 - self._ease_end_tenths) // self._cycle)
        cycle = max(0, guess)
        while cycle > 0 and elapsed < self._boundary(cycle, 0):
            cycle -= 1
        while elapsed >= self._boundary(cycle + 1, 0):
            cycle += 1
        index = len(self._kinds) - 1
        while index > 0 and elapsed < self._boundary(cycle, index):
            index -= 1
        return cycle, index

    def _count_breaths(self) -> int | None:
        counts: list[int] = []
        if self.length.breaths is not None:
            counts.append(self.length.breaths)
        if self.length.minutes is not None:
            target = self.length.minutes * 60
            cycle, _ = self._locate(target)
            # Breaths that have begun before the target time all get finished.
            counts.append(cycle if self._boundary(cycle, 0) == target else cycle + 1)
        return max(1, min(counts)) if counts else None

    # -------------------------------------------------------------- public queries
    def at(self, elapsed: float) -> BreathState:
        """The breath at ``elapsed`` seconds from the start (negative counts as 0)."""
        if not math.isfinite(elapsed):
            raise ValueError("elapsed time must be finite")
        elapsed = max(0.0, elapsed)
        finished = self.end_seconds is not None and elapsed >= self.end_seconds
        if finished:
            assert self.total_breaths is not None
            cycle, index = self.total_breaths - 1, self._exhale_index
            elapsed = self._boundary(cycle, index + 1)
        else:
            cycle, index = self._locate(elapsed)
        start = self._boundary(cycle, index)
        end = self._boundary(cycle, index + 1)
        duration = end - start
        progress = min(1.0, max(0.0, (elapsed - start) / duration))
        return BreathState(
            cycle=cycle,
            phase=self._kinds[index],
            phase_index=index,
            progress=progress,
            volume=self._volume(index, progress),
            phase_elapsed=max(0.0, elapsed - start),
            phase_remaining=max(0.0, end - elapsed),
            breaths_per_minute=600 / self._cycle_tenths(cycle),
            finished=finished,
        )

    def _volume(self, index: int, progress: float) -> float:
        kind = self._kinds[index]
        has_top_up = PhaseKind.TOP_UP in self._kinds
        if kind is PhaseKind.INHALE:
            top = TOP_UP_BASE_VOLUME if has_top_up else 1.0
            return top * _ease(progress)
        if kind is PhaseKind.TOP_UP:
            return TOP_UP_BASE_VOLUME + (1.0 - TOP_UP_BASE_VOLUME) * _ease(progress)
        if kind is PhaseKind.HOLD:
            return 1.0
        if kind is PhaseKind.EXHALE:
            return 1.0 - _ease(progress)
        return 0.0

    def breaths_completed(self, elapsed: float) -> int:
        """How many breaths out have ended by ``elapsed`` seconds."""
        if self.end_seconds is not None and elapsed >= self.end_seconds:
            assert self.total_breaths is not None
            return self.total_breaths
        cycle, index = self._locate(max(0.0, elapsed))
        return cycle + (1 if index > self._exhale_index else 0)

    def _starts_between(self, start: float, end: float) -> list[tuple[int, int, float]]:
        """(cycle, index, time) of phases beginning in [start, end), within the session."""
        result: list[tuple[int, int, float]] = []
        if self.end_seconds is not None:
            end = min(end, self.end_seconds)
        if end <= start or end <= 0:
            return result
        cycle, index = self._locate(max(0.0, start))
        phases = len(self._kinds)
        while True:
            begin = self._boundary(cycle, index)
            if begin >= end:
                return result
            if begin >= start:
                result.append((cycle, index, begin))
            index += 1
            if index == phases:
                cycle, index = cycle + 1, 0

    def phase_starts(self, start: float, end: float) -> list[PhaseStart]:
        """Every phase that begins in [start, end), within the session."""
        return [
            PhaseStart(begin, self._kinds[index], self._boundary(cycle, index + 1) - begin, cycle)
            for cycle, index, begin in self._starts_between(start, end)
        ]

    @staticmethod
    def _frame_of(time: float, sample_rate: int) -> int:
        """The first frame at or after ``time``: round(time * rate) unless that is earlier."""
        frame = round(time * sample_rate)
        while frame / sample_rate < time:
            frame += 1
        while frame > 0 and (frame - 1) / sample_rate >= time:
            frame -= 1
        return frame

    def phase_start_frames(
        self, sample_rate: int, start_frame: int, end_frame: int
    ) -> list[tuple[int, PhaseKind, int]]:
        """(frame, kind, duration in frames) for each phase start in [start_frame, end_frame).

        The frame is the first sample at or after the phase start, so at(frame / rate) is
        always in that phase. It equals round(time * rate) whenever that product is whole
        (every pattern without ease-in at 8, 16, 22.05, 44.1, 48 or 96 kHz); otherwise it
        is at most one frame later. Durations run to the next phase's frame (or the session
        end), so consecutive phases tile the frames exactly. Cost: O(phases in range).
        """
        if sample_rate <= 0:
            raise ValueError("sample rate must be positive")
        if end_frame <= start_frame:
            return []
        margin = 2 / sample_rate
        candidates = self._starts_between(
            start_frame / sample_rate - margin, end_frame / sample_rate + margin
        )
        result: list[tuple[int, PhaseKind, int]] = []
        for cycle, index, begin in candidates:
            frame = self._frame_of(begin, sample_rate)
            if start_frame <= frame < end_frame:
                finish = self._frame_of(self._boundary(cycle, index + 1), sample_rate)
                result.append((frame, self._kinds[index], finish - frame))
        return result

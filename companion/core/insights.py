"""Counts and rates over a time window: which states come up, when, breaks kept, practice.

Pure: the SQL that feeds these values lives in ``companion.storage.insights_queries``.
Everything that depends on the hour or the day uses the *local* time at the moment of the
check-in (the UTC offset stored with it), so travelling or a daylight-saving change never moves
an evening check-in into the night.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum

from companion.core.agreement import Shift, compare_checkins
from companion.core.outcome import EXTENSION_EPSILON, BreakOutcome, classify
from companion.core.states import STATE_ORDER


class Window(Enum):
    """How far back insights look: the last 7, 30 or 90 calendar days, or everything."""

    WEEK = "7d"
    MONTH = "30d"
    QUARTER = "90d"
    ALL = "all"

    @property
    def days(self) -> int | None:
        """Number of calendar days covered (today included), or None for all time."""
        return {"7d": 7, "30d": 30, "90d": 90}.get(self.value)

    def start(self, now: datetime) -> datetime | None:
        """The first moment inside the window: local midnight ``days - 1`` days before today.

        Uses the time zone of ``now``, so "the last 7 days" means today and the six calendar
        days before it, as the user's own calendar shows them. None for all time.
        """
        if self.days is None:
            return None
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        first = now.date() - timedelta(days=self.days - 1)
        return datetime.combine(first, time(0), tzinfo=now.tzinfo)


class DayPart(Enum):
    """Four six-hour parts of the local day."""

    NIGHT = "night"  # 00:00-05:59
    MORNING = "morning"  # 06:00-11:59
    AFTERNOON = "afternoon"  # 12:00-17:59
    EVENING = "evening"  # 18:00-23:59

    @classmethod
    def of_hour(cls, hour: int) -> DayPart:
        """The part of the day a local hour (0-23) belongs to."""
        if not 0 <= hour <= 23:
            raise ValueError(f"hour out of range: {hour}")
        return _PARTS[hour // 6]


_PARTS: tuple[DayPart, ...] = tuple(DayPart)


def local_time(utc: datetime, offset_minutes: int) -> datetime:
    """The wall-clock time the user saw, from a UTC time and the offset stored with it."""
    if utc.tzinfo is None:
        raise ValueError("utc must be timezone-aware")
    return (utc + timedelta(minutes=offset_minutes)).replace(tzinfo=None)


def day_part_of(utc: datetime, offset_minutes: int) -> DayPart:
    """The part of the local day a stored moment fell in."""
    return DayPart.of_hour(local_time(utc, offset_minutes).hour)


def weekday_of(utc: datetime, offset_minutes: int) -> int:
    """The local weekday of a stored moment, Monday = 0 ... Sunday = 6."""
    return local_time(utc, offset_minutes).weekday()


def _zero_states() -> dict[str, int]:
    return dict.fromkeys(STATE_ORDER, 0)


@dataclass(frozen=True)
class StateCounts:
    """How many check-ins each state had; every state id is present (zero if none)."""

    by_state: Mapping[str, int] = field(default_factory=_zero_states)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, int]]) -> StateCounts:
        """Build from (state, count) rows, ignoring unknown ids."""
        counts = _zero_states()
        for state, n in pairs:
            if state in counts:
                counts[state] += int(n)
        return cls(counts)

    @property
    def total(self) -> int:
        return sum(self.by_state.values())

    def share(self, state: str) -> float:
        """Fraction of all check-ins that were ``state`` (0 when there are none)."""
        total = self.total
        return self.by_state.get(state, 0) / total if total else 0.0

    def most_common(self) -> str | None:
        """The state that came up most; ties go to the earlier state in STATE_ORDER."""
        if self.total == 0:
            return None
        return max(STATE_ORDER, key=lambda s: (self.by_state.get(s, 0), -STATE_ORDER.index(s)))


@dataclass(frozen=True)
class IntensityCounts:
    """Check-ins per (state, intensity 0-5)."""

    by_state_intensity: Mapping[tuple[str, int], int]

    def state_counts(self) -> StateCounts:
        """The same check-ins counted per state only."""
        return StateCounts.from_pairs((s, n) for (s, _), n in self.by_state_intensity.items())

    def for_state(self, state: str) -> list[int]:
        """Counts for intensities 0..5 of one state."""
        return [self.by_state_intensity.get((state, i), 0) for i in range(6)]

    def average(self, state: str) -> float | None:
        """Mean intensity of one state, or None if it never came up."""
        counts = self.for_state(state)
        n = sum(counts)
        return sum(i * c for i, c in enumerate(counts)) / n if n else None


@dataclass(frozen=True)
class DayPartCounts:
    """Check-ins per part of the local day and state; every cell present (zero if none)."""

    by_part: Mapping[DayPart, Mapping[str, int]]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, str, int]]) -> DayPartCounts:
        """Build from (local hour or part index, state, count) rows; see ``from_hours``."""
        table = {part: _zero_states() for part in DayPart}
        for index, state, n in rows:
            if state in STATE_ORDER:
                table[_PARTS[index]][state] += int(n)
        return cls(table)

    @classmethod
    def from_hours(cls, rows: Iterable[tuple[int, str, int]]) -> DayPartCounts:
        """Build from (local hour 0-23, state, count) rows."""
        return cls.from_rows((hour // 6, state, n) for hour, state, n in rows)

    def total(self, part: DayPart) -> int:
        return sum(self.by_part[part].values())

    def busiest_part(self, state: str | None = None) -> DayPart | None:
        """When ``state`` (or any state) came up most; ties go to the earlier part of the day."""

        def count(part: DayPart) -> int:
            cells = self.by_part[part]
            return cells.get(state, 0) if state else sum(cells.values())

        best = max(DayPart, key=lambda p: (count(p), -_PARTS.index(p)))
        return best if count(best) else None


@dataclass(frozen=True)
class WeekdayCounts:
    """Check-ins per local weekday (Monday = 0) and state; every cell present."""

    by_weekday: Mapping[int, Mapping[str, int]]

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, str, int]]) -> WeekdayCounts:
        """Build from (weekday Monday=0, state, count) rows."""
        table = {day: _zero_states() for day in range(7)}
        for day, state, n in rows:
            if state in STATE_ORDER:
                table[int(day)][state] += int(n)
        return cls(table)

    def total(self, weekday: int) -> int:
        return sum(self.by_weekday[weekday].values())

    def state_counts(self) -> StateCounts:
        """The same check-ins counted per state only."""
        return StateCounts.from_pairs(
            (state, n) for cells in self.by_weekday.values() for state, n in cells.items()
        )


class Breakdown(Enum):
    """How the state chart groups the check-ins of a window."""

    STATE = "state"  # one bar per state
    DAY_PART = "day_part"  # per part of the local day, one bar per state
    WEEKDAY = "weekday"  # per local weekday (Monday first), one bar per state
    STRENGTH = "strength"  # per strength 1-5, one bar per protective state


@dataclass(frozen=True)
class BreakFacts:
    """One break, reduced to what the statistics need (minutes, not timestamps)."""

    lateness: timedelta | None  # see companion.core.outcome.lateness; None while it runs
    extension: timedelta = timedelta(0)  # see companion.core.outcome.extension
    outcome: str | None = None  # the word recorded when it ended
    before: tuple[str, int] | None = None  # (state, intensity) checked in before the break
    after: tuple[str, int] | None = None  # (state, intensity) checked in after it


@dataclass(frozen=True)
class BreakStats:
    """Breaks in a window: how many, how each ended, extra time, and the shift after them."""

    count: int = 0
    outcomes: Mapping[BreakOutcome, int] = field(default_factory=dict)
    average_extension_minutes: float | None = None  # over the breaks that were extended
    average_shift: float | None = None  # mean of (after - before) intensity, paired breaks
    transitions: Mapping[tuple[str, str], int] = field(default_factory=dict)
    shifts: Mapping[Shift, int] = field(default_factory=dict)  # settled / calmer / same / ...

    @property
    def finished(self) -> int:
        """Breaks that ended and were not cancelled."""
        return sum(
            self.outcomes.get(o, 0)
            for o in (BreakOutcome.ON_TIME, BreakOutcome.EXTENDED, BreakOutcome.LATE)
        )

    @property
    def paired(self) -> int:
        """Breaks with both a before and an after check-in."""
        return sum(self.transitions.values())

    @property
    def settled_after(self) -> int:
        """Paired breaks whose after check-in was "settled" (and the before one was not)."""
        return self.shifts.get(Shift.SETTLED, 0)


def summarise_breaks(facts: Iterable[BreakFacts]) -> BreakStats:
    """Reduce breaks to counts per outcome, the average extension and the shift."""
    outcomes = dict.fromkeys(BreakOutcome, 0)
    extensions: list[float] = []
    shifts: list[int] = []
    transitions: dict[tuple[str, str], int] = {}
    shift_counts = dict.fromkeys(Shift, 0)
    count = 0
    for f in facts:
        count += 1
        outcomes[classify(f.lateness, f.extension, f.outcome)] += 1
        if f.extension >= EXTENSION_EPSILON:
            extensions.append(f.extension.total_seconds() / 60)
        if f.before is not None and f.after is not None:
            shifts.append(f.after[1] - f.before[1])
            key = (f.before[0], f.after[0])
            transitions[key] = transitions.get(key, 0) + 1
            shift_counts[compare_checkins(*f.before, *f.after)] += 1
    return BreakStats(
        count=count,
        outcomes=outcomes,
        average_extension_minutes=sum(extensions) / len(extensions) if extensions else None,
        average_shift=sum(shifts) / len(shifts) if shifts else None,
        transitions=transitions,
        shifts=shift_counts,
    )


def practice_streak(days_practised: Iterable[date], today: date) -> int:
    """Days practised in the current run, where one missed day in a row is forgiven.

    Walking back from ``today``: a run is a chain of practised days at most two calendar days
    apart (so a single missed day between them is forgiven; two missed days in a row end the
    run). Today does not count as missed while it lasts, so the run is alive when the last
    practised day is today, yesterday or the day before. The streak counts practised days,
    not calendar days; days after ``today`` are ignored. 0 when the run has been broken.
    """
    days = sorted({d for d in days_practised if d <= today}, reverse=True)
    if not days or (today - days[0]).days > 2:
        return 0
    streak = 1
    for newer, older in itertools.pairwise(days):
        if (newer - older).days > 2:
            break
        streak += 1
    return streak


@dataclass(frozen=True)
class PracticeStats:
    """Minutes of breathing practice per local day in the window, and the current streak."""

    minutes_per_day: list[tuple[date, float]] = field(default_factory=list)
    streak: int = 0
    sessions: int = 0
    practised: frozenset[date] = frozenset()  # see companion.core.practice

    @property
    def total_minutes(self) -> float:
        return sum(m for _, m in self.minutes_per_day)

    @property
    def days_practised(self) -> int:
        """Days of the window that count as practised (the rule of companion.core.practice)."""
        return sum(1 for day, _ in self.minutes_per_day if day in self.practised)


def fill_days(minutes: Mapping[date, float], first: date, last: date) -> list[tuple[date, float]]:
    """Every day from ``first`` to ``last`` with its minutes (0.0 where nothing happened)."""
    if last < first:
        return []
    span = (last - first).days
    return [
        (first + timedelta(days=i), float(minutes.get(first + timedelta(days=i), 0.0)))
        for i in range(span + 1)
    ]


@dataclass(frozen=True)
class Insights:
    """Everything the insights view shows for one window, gathered in one go."""

    window: Window
    states: StateCounts
    breaks: BreakStats
    practice: PracticeStats
    day_parts: DayPartCounts | None = None  # only when asked for (it costs a table scan)
    top_state_part: DayPart | None = None  # when the most common state came up most
    weekdays: WeekdayCounts | None = None  # only for Breakdown.WEEKDAY
    intensities: IntensityCounts | None = None  # only for Breakdown.STRENGTH
    waited: int = 0  # breaks of the partner waited for (role "waiting"); never scored

    @property
    def empty(self) -> bool:
        """True when the window holds no check-in, break or practice at all."""
        no_breaks = self.breaks.count == 0 and self.waited == 0
        return self.states.total == 0 and no_breaks and self.practice.sessions == 0


# --------------------------------------------------------------------------- chart scales


class DurationUnit(Enum):
    """The unit a practice time is shown in."""

    SECONDS = "seconds"
    MINUTES = "minutes"


def practice_amount(minutes: float) -> tuple[DurationUnit, float]:
    """How to show a practice time: whole seconds under a minute, else minutes to one decimal.

    Never rounds a short session to "0 minutes": 20 s is (SECONDS, 20); 59.6 s is shown as
    (MINUTES, 1.0) rather than as 60 seconds.
    """
    seconds = max(0.0, minutes) * 60.0
    if round(seconds) < 60:
        return DurationUnit.SECONDS, float(round(seconds))
    return DurationUnit.MINUTES, float(round(minutes, 1))


_NICE_STEPS = (1.0, 2.0, 5.0)


def nice_step(top: float, max_ticks: int = 5, *, integer: bool = False) -> float:
    """The smallest 1-2-5 step whose ticks from 0 to ``top`` number at most ``max_ticks``.

    With ``integer`` the step is a whole number (for counts: no tick at 0.5 check-ins).
    """
    if max_ticks < 2:
        raise ValueError("max_ticks must be at least 2")
    if not math.isfinite(top) or top <= 0:
        return 1.0
    power = math.floor(math.log10(top / (max_ticks - 1)))
    while True:
        for base in _NICE_STEPS:
            step = base * 10.0**power
            if integer and step < 1:
                continue
            if math.floor(top / step + 1e-9) + 1 <= max_ticks:
                return float(round(step)) if step >= 1 else step
        power += 1


def tick_values(top: float, max_ticks: int = 5, *, integer: bool = False) -> list[float]:
    """Ticks at a 1-2-5 step from 0 up to ``top`` (inclusive), at most ``max_ticks`` of them."""
    step = nice_step(top, max_ticks, integer=integer)
    count = math.floor(top / step + 1e-9) if math.isfinite(top) and top > 0 else 0
    return [round(i * step, 9) for i in range(count + 1)]

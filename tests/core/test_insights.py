"""Pure insight rules: windows, parts of the day, break judgement, the forgiving streak, and the
scales the charts use."""

from __future__ import annotations

import itertools
import math
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.agreement import Shift
from companion.core.insights import (
    BreakFacts,
    DayPart,
    DayPartCounts,
    DurationUnit,
    IntensityCounts,
    PracticeStats,
    StateCounts,
    WeekdayCounts,
    Window,
    day_part_of,
    fill_days,
    practice_amount,
    practice_streak,
    summarise_breaks,
    tick_values,
    weekday_of,
)
from companion.core.outcome import BreakOutcome
from companion.core.practice import practised_days
from companion.core.states import STATE_ORDER

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 21)


# ------------------------------------------------------------------ windows
def test_window_starts_at_local_midnight_of_the_first_calendar_day() -> None:
    now = datetime(2026, 11, 21, 19, 30, tzinfo=timezone(timedelta(hours=1)))
    assert Window.WEEK.start(now) == datetime(2026, 11, 15, tzinfo=now.tzinfo)
    assert Window.MONTH.start(now) == datetime(2026, 10, 23, tzinfo=now.tzinfo)
    assert Window.QUARTER.start(now) == datetime(2026, 8, 24, tzinfo=now.tzinfo)
    assert Window.ALL.start(now) is None
    assert [w.days for w in Window] == [7, 30, 90, None]


def test_window_across_a_daylight_saving_change_keeps_local_midnight() -> None:
    # The week before 1 Nov 2026 in Berlin crosses the end of summer time on 25 Oct.
    now = datetime(2026, 10, 27, 9, 0, tzinfo=BERLIN)
    start = Window.WEEK.start(now)
    assert start is not None
    assert start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 10, 21, 0, 0)
    assert start.astimezone(BERLIN).utcoffset() == timedelta(hours=2)


def test_window_needs_an_aware_now() -> None:
    with pytest.raises(ValueError):
        Window.WEEK.start(datetime(2026, 11, 21))


# ------------------------------------------------------------------ parts of the day
@pytest.mark.parametrize(
    ("hour", "part"),
    [
        (0, DayPart.NIGHT), (5, DayPart.NIGHT), (6, DayPart.MORNING), (11, DayPart.MORNING),
        (12, DayPart.AFTERNOON), (17, DayPart.AFTERNOON), (18, DayPart.EVENING),
        (23, DayPart.EVENING),
    ],
)  # fmt: skip
def test_day_part_boundaries(hour: int, part: DayPart) -> None:
    assert DayPart.of_hour(hour) is part


@pytest.mark.parametrize("hour", [-1, 24])
def test_day_part_refuses_impossible_hours(hour: int) -> None:
    with pytest.raises(ValueError):
        DayPart.of_hour(hour)


def test_local_part_and_weekday_use_the_stored_offset() -> None:
    # 23:30 on Saturday 24 Oct 2026 in Berlin (summer time, +2h), the night the clocks go back.
    utc = datetime(2026, 10, 24, 21, 30, tzinfo=timezone.utc)
    assert day_part_of(utc, 120) is DayPart.EVENING
    assert weekday_of(utc, 120) == 5
    # The same UTC moment read with UTC would still be evening, but 01:30 after the change
    # (+1h, 00:30 UTC on Sunday) is the night of Sunday.
    after = datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)
    assert day_part_of(after, 60) is DayPart.NIGHT
    assert weekday_of(after, 60) == 6
    # 22:00 in New York (-5h) is 03:00 UTC the next day: still Saturday evening locally.
    ny = datetime(2026, 11, 22, 3, 0, tzinfo=timezone.utc)
    assert day_part_of(ny, -300) is DayPart.EVENING
    assert weekday_of(ny, -300) == 5


# ------------------------------------------------------------------ counts
def test_state_counts_fill_every_state_and_ignore_unknown_ids() -> None:
    counts = StateCounts.from_pairs([("flight", 3), ("fight", 1), ("bogus", 9), ("flight", 1)])
    assert dict(counts.by_state) == {"fight": 1, "flight": 4, "freeze": 0, "fawn": 0,
                                     "settled": 0}  # fmt: skip
    assert counts.total == 5
    assert counts.share("flight") == pytest.approx(0.8)
    assert counts.most_common() == "flight"


def test_most_common_breaks_ties_by_wheel_order_and_is_none_when_empty() -> None:
    assert StateCounts.from_pairs([("fawn", 2), ("freeze", 2)]).most_common() == "freeze"
    assert StateCounts().most_common() is None
    assert StateCounts().share("fight") == 0.0


def test_day_part_counts_from_local_hours() -> None:
    parts = DayPartCounts.from_hours(
        [(0, "fight", 1), (5, "fight", 2), (6, "flight", 1), (19, "flight", 4), (23, "fawn", 1)]
    )
    assert parts.by_part[DayPart.NIGHT]["fight"] == 3
    assert parts.by_part[DayPart.MORNING]["flight"] == 1
    assert parts.by_part[DayPart.EVENING] == {"fight": 0, "flight": 4, "freeze": 0, "fawn": 1,
                                              "settled": 0}  # fmt: skip
    assert parts.total(DayPart.AFTERNOON) == 0
    assert parts.busiest_part() is DayPart.EVENING
    assert parts.busiest_part("fight") is DayPart.NIGHT
    assert parts.busiest_part("settled") is None


def test_weekday_and_intensity_counts() -> None:
    days = WeekdayCounts.from_rows([(0, "fight", 2), (6, "settled", 1)])
    assert days.total(0) == 2 and days.total(6) == 1 and days.total(3) == 0
    intens = IntensityCounts({("fight", 2): 1, ("fight", 4): 3})
    assert intens.for_state("fight") == [0, 0, 1, 0, 3, 0]
    assert intens.average("fight") == pytest.approx((2 + 12) / 4)
    assert intens.average("fawn") is None
    # Both give the per-state counts of the same check-ins (the chart's summary needs them).
    assert dict(days.state_counts().by_state) == {**dict.fromkeys(STATE_ORDER, 0), "fight": 2,
                                                  "settled": 1}  # fmt: skip
    assert intens.state_counts().by_state["fight"] == 4 and intens.state_counts().total == 4


# ------------------------------------------------------------------ breaks
def _m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


def test_summarise_breaks_matches_hand_computed_numbers() -> None:
    facts = [
        BreakFacts(_m(-3), _m(0), before=("fight", 4), after=("settled", 1)),  # on time, -3
        BreakFacts(_m(0.5), _m(10), before=("flight", 3), after=("flight", 2)),  # extended, -1
        BreakFacts(_m(15), _m(20), before=("fight", 5), after=("fight", 5)),  # late, 0
        BreakFacts(None, _m(0), before=("freeze", 2)),  # open, no pair
        BreakFacts(None, _m(0), outcome="cancelled"),
    ]
    stats = summarise_breaks(facts)
    assert stats.count == 5
    assert stats.outcomes[BreakOutcome.ON_TIME] == 1
    assert stats.outcomes[BreakOutcome.OPEN] == 1
    assert stats.finished == 3
    assert stats.outcomes[BreakOutcome.CANCELLED] == 1
    assert stats.average_extension_minutes == pytest.approx(15.0)  # (10 + 20) / 2
    assert stats.average_shift == pytest.approx((-3 - 1 + 0) / 3)
    assert stats.paired == 3
    assert stats.settled_after == 1
    assert stats.shifts[Shift.CALMER] == 1 and stats.shifts[Shift.SAME] == 1
    assert stats.transitions[("fight", "settled")] == 1


def test_summarise_no_breaks_gives_no_rates() -> None:
    stats = summarise_breaks([])
    assert stats.count == 0
    assert stats.average_extension_minutes is None
    assert stats.average_shift is None


# ------------------------------------------------------------------ practice streak
def _days(*back: int) -> set[date]:
    return {TODAY - timedelta(days=b) for b in back}


@pytest.mark.parametrize(
    ("back", "expected"),
    [
        ((), 0),
        ((0,), 1),
        ((1,), 1),  # today is not over yet
        ((2,), 1),  # yesterday missed: forgiven
        ((3,), 0),  # yesterday and the day before missed: broken
        ((0, 1, 2), 3),
        ((0, 2, 4, 6), 4),  # every other day: each single gap forgiven
        ((0, 3), 1),  # two missed days in a row end the older run
        ((1, 2, 4, 5, 8), 4),  # 6 and 7 missed together
        ((-1, 0), 1),  # a day after today (clock trouble) is ignored
    ],
)
def test_practice_streak_edges(back: tuple[int, ...], expected: int) -> None:
    assert practice_streak(_days(*back), TODAY) == expected


def test_practice_streak_crosses_month_and_year_ends() -> None:
    days = {date(2026, 12, 30), date(2027, 1, 1), date(2027, 1, 2)}
    assert practice_streak(days, date(2027, 1, 2)) == 3


def _walk_back_streak(days: set[date], today: date) -> int:
    """The same rule, said differently: walk back a day at a time, stop at two misses."""
    count, misses = 0, 0
    day = today if today in days else today - timedelta(days=1)
    earliest = min(days, default=today)
    while day >= earliest:
        if day in days:
            count, misses = count + 1, 0
        else:
            misses += 1
            if misses == 2:
                break
        day -= timedelta(days=1)
    return count


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(min_value=-3, max_value=60), max_size=40))
def test_practice_streak_agrees_with_a_day_by_day_walk(back: set[int]) -> None:
    days = _days(*back)
    past = {d for d in days if d <= TODAY}
    assert practice_streak(days, TODAY) == _walk_back_streak(past, TODAY)


def test_practice_helpers_fill_missing_days_and_keep_real_practice() -> None:
    minutes = {date(2026, 11, 19): 5.0, date(2026, 11, 21): 0.5}
    filled = fill_days(minutes, date(2026, 11, 18), date(2026, 11, 21))
    assert filled == [
        (date(2026, 11, 18), 0.0), (date(2026, 11, 19), 5.0),
        (date(2026, 11, 20), 0.0), (date(2026, 11, 21), 0.5),
    ]  # fmt: skip
    assert practised_days(minutes) == {date(2026, 11, 19)}  # half a minute is not practice
    stats = PracticeStats(filled, streak=1, sessions=2, practised=practised_days(minutes))
    assert stats.total_minutes == pytest.approx(5.5)
    assert stats.days_practised == 1
    assert fill_days(minutes, date(2026, 11, 22), date(2026, 11, 21)) == []


def test_state_order_is_the_stable_id_list() -> None:
    assert STATE_ORDER == ("fight", "flight", "freeze", "fawn", "settled")


# ------------------------------------------------------------------ chart scales
@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (0.0, (DurationUnit.SECONDS, 0.0)),
        (20 / 60, (DurationUnit.SECONDS, 20.0)),  # 20 s is never "0 minutes"
        (59.4 / 60, (DurationUnit.SECONDS, 59.0)),
        (59.6 / 60, (DurationUnit.MINUTES, 1.0)),  # not "60 seconds"
        (1.5, (DurationUnit.MINUTES, 1.5)),
        (19.0, (DurationUnit.MINUTES, 19.0)),
        (114.06, (DurationUnit.MINUTES, 114.1)),
    ],
)
def test_practice_amount_is_seconds_under_a_minute_else_minutes_to_one_decimal(
    minutes: float, expected: tuple[DurationUnit, float]
) -> None:
    assert practice_amount(minutes) == expected


@pytest.mark.parametrize(
    ("top", "integer", "expected"),
    [
        (1.15, True, [0, 1]),  # one check-in: no tick at 0.5
        (0.38, False, [0, 0.1, 0.2, 0.3]),
        (11.5, True, [0, 5, 10]),
        (102.35, True, [0, 50, 100]),
        (0.0, True, [0]),
    ],
)
def test_tick_values_examples(top: float, integer: bool, expected: list[float]) -> None:
    assert tick_values(top, 5, integer=integer) == pytest.approx(expected)


@settings(max_examples=300, deadline=None)
@given(
    top=st.floats(min_value=0.001, max_value=1e7, allow_nan=False),
    max_ticks=st.integers(min_value=2, max_value=8),
    integer=st.booleans(),
)
def test_ticks_are_few_evenly_spaced_and_cover_the_range(
    top: float, max_ticks: int, integer: bool
) -> None:
    ticks = tick_values(top, max_ticks, integer=integer)
    assert ticks[0] == 0 and 1 <= len(ticks) <= max_ticks
    assert ticks[-1] <= top * (1 + 1e-9)
    if integer:
        assert all(t == int(t) for t in ticks)
    if len(ticks) > 1:
        step = ticks[1] - ticks[0]
        assert all(b - a == pytest.approx(step) for a, b in itertools.pairwise(ticks))
        # The top of the range is never more than one step above the last labelled tick.
        assert top - ticks[-1] < step * (1 + 1e-9)
        # A 1-2-5 step: its leading digit is 1, 2 or 5.
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert round(mantissa, 6) in (1.0, 2.0, 5.0)

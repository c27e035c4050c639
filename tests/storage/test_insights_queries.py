"""The insight queries against hand-computed fixtures, including time zones and DST nights."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from helpers.generate import generate

from companion.core.insights import (
    Breakdown,
    DayPart,
    Window,
    day_part_of,
    weekday_of,
)
from companion.core.outcome import BreakOutcome
from companion.storage import insights_queries as q
from companion.storage.store import BreakRecord, CheckIn, PracticeSession, Store

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 21, 19, 0, tzinfo=BERLIN)


def berlin(*args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=BERLIN, fold=fold)  # type: ignore[misc]


@pytest.fixture
def filled(store: Store) -> tuple[Store, dict[str, int]]:
    """Ten check-ins, five breaks and six sessions whose numbers are worked out by hand below."""
    ids: dict[str, int] = {}

    def add(key: str, state: str, intensity: int, when: datetime) -> None:
        ids[key] = store.add_checkin(CheckIn(state, intensity, when))

    # Saturday 24 Oct 23:30, summer time (+2), the night the clocks go back: evening.
    add("c1", "fight", 4, berlin(2026, 10, 24, 23, 30))
    # 02:30 happens twice on Sunday 25 Oct: first in summer time, then in winter time. Night.
    add("c2", "flight", 3, berlin(2026, 10, 25, 2, 30, fold=0))
    add("c3", "flight", 2, berlin(2026, 10, 25, 2, 30, fold=1))
    # Friday 20 Nov 22:00 in New York is Saturday 03:00 UTC: still Friday evening locally.
    add("c4", "freeze", 1, datetime(2026, 11, 20, 22, 0, tzinfo=NEW_YORK))
    add("c5", "settled", 0, berlin(2026, 11, 21, 6, 0))  # morning starts exactly at 06:00
    add("c6", "fawn", 2, berlin(2026, 11, 21, 5, 59))  # still night
    add("c7", "fight", 5, berlin(2026, 11, 15, 0, 0))  # the first moment of the 7-day window
    add("c8", "fight", 1, berlin(2026, 11, 14, 23, 59, 59))  # the last moment before it
    add("c9", "settled", 1, berlin(2026, 5, 1, 12, 0))  # only in "all time"
    # Wednesday 18 Nov 00:10 in Kolkata (+5:30) is Tuesday 18:40 UTC: night, Wednesday.
    add("c10", "fawn", 3, datetime(2026, 11, 18, 0, 10, tzinfo=KOLKATA))

    def brk(start: datetime, agreed_min: int, extra_min: int, end_min: int | None, **kw: object):
        agreed = start + timedelta(minutes=agreed_min)
        return store.add_break(
            BreakRecord(
                started=start,
                original_return=agreed,
                return_at=agreed + timedelta(minutes=extra_min),
                ended=start + timedelta(minutes=end_min) if end_min is not None else None,
                **kw,  # type: ignore[arg-type]
            )
        )

    # on time, fight 5 -> settled 0 (shift -5)
    brk(berlin(2026, 11, 20, 20, 0), 20, 0, 15, before_checkin=ids["c7"],
        after_checkin=ids["c5"])  # fmt: skip
    # extended by 20 and back by the new time, fight 4 -> flight 2 (shift -2)
    brk(berlin(2026, 11, 19, 21, 0), 20, 20, 38, before_checkin=ids["c1"],
        after_checkin=ids["c3"])  # fmt: skip
    brk(berlin(2026, 11, 18, 21, 0), 30, 0, 45)  # late by 15 minutes
    brk(berlin(2026, 11, 21, 18, 50), 20, 0, None)  # still running
    brk(berlin(2026, 10, 1, 20, 0), 20, 0, 20)  # on time, only in "all time"

    def session(start: datetime, minutes: float) -> None:
        store.add_session(
            PracticeSession(
                started=start,
                pattern_name="exhale-4-6",
                pattern_spec="4-0-6-0",
                seconds=minutes * 60,
                finished=True,
            )
        )

    session(berlin(2026, 11, 21, 8, 0), 10)
    session(berlin(2026, 11, 20, 8, 0), 5)
    session(berlin(2026, 11, 18, 8, 0), 3)
    # Monday 16 Nov 23:30 in New York is the 17th in UTC; it belongs to the 16th.
    session(datetime(2026, 11, 16, 23, 30, tzinfo=NEW_YORK), 4)
    session(berlin(2026, 11, 15, 8, 0), 0.5)  # too short to count as a practised day
    session(berlin(2026, 11, 14, 8, 0), 10)
    return store, ids


def test_state_counts_per_window(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    week = q.state_counts(store, Window.WEEK, NOW).by_state
    assert dict(week) == {"fight": 1, "flight": 0, "freeze": 1, "fawn": 2, "settled": 1}
    month = q.state_counts(store, Window.MONTH, NOW).by_state
    assert dict(month) == {"fight": 3, "flight": 2, "freeze": 1, "fawn": 2, "settled": 1}
    everything = q.state_counts(store, Window.ALL, NOW)
    assert everything.total == 10 and everything.by_state["settled"] == 2
    # 90 days back from 21 Nov starts on 24 Aug: the May check-in stays out.
    assert q.state_counts(store, Window.QUARTER, NOW).total == 9


def test_time_of_day_uses_the_local_clock_of_each_check_in(
    filled: tuple[Store, dict[str, int]],
) -> None:
    store, _ = filled
    parts = q.day_part_counts(store, Window.ALL, NOW).by_part
    zero = dict.fromkeys(("fight", "flight", "freeze", "fawn", "settled"), 0)
    assert dict(parts[DayPart.NIGHT]) == {**zero, "fight": 1, "flight": 2, "fawn": 2}
    assert dict(parts[DayPart.MORNING]) == {**zero, "settled": 1}
    assert dict(parts[DayPart.AFTERNOON]) == {**zero, "settled": 1}
    assert dict(parts[DayPart.EVENING]) == {**zero, "fight": 2, "freeze": 1}
    week = q.day_part_counts(store, Window.WEEK, NOW)
    assert sum(week.total(p) for p in DayPart) == 5


def test_weekday_uses_the_local_date(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    days = q.weekday_counts(store, Window.ALL, NOW).by_weekday
    totals = {d: sum(days[d].values()) for d in range(7)}
    # Wed: c10; Fri: c4 (New York), c9; Sat: c1, c5, c6, c8; Sun: c2, c3, c7.
    assert totals == {0: 0, 1: 0, 2: 1, 3: 0, 4: 2, 5: 4, 6: 3}
    assert days[6]["flight"] == 2 and days[4]["freeze"] == 1


def test_intensity_counts(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    counts = q.intensity_counts(store, Window.MONTH, NOW)
    assert counts.for_state("fight") == [0, 1, 0, 0, 1, 1]
    assert counts.average("flight") == pytest.approx(2.5)


def test_break_stats(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    week = q.break_stats(store, Window.WEEK, NOW)
    assert week.count == 4
    assert week.outcomes[BreakOutcome.ON_TIME] == 1
    assert week.outcomes[BreakOutcome.EXTENDED] == 1
    assert week.outcomes[BreakOutcome.LATE] == 1
    assert week.outcomes[BreakOutcome.OPEN] == 1
    assert week.finished == 3
    assert week.average_extension_minutes == pytest.approx(20.0)
    assert week.average_shift == pytest.approx(-3.5)
    assert week.transitions == {("fight", "settled"): 1, ("fight", "flight"): 1}
    everything = q.break_stats(store, Window.ALL, NOW)
    assert everything.count == 5
    assert everything.outcomes[BreakOutcome.ON_TIME] == 2 and everything.finished == 4


def test_practice_minutes_per_local_day_and_forgiving_streak(
    filled: tuple[Store, dict[str, int]],
) -> None:
    store, _ = filled
    week = q.practice_stats(store, Window.WEEK, NOW)
    assert [(d.day, round(m, 2)) for d, m in week.minutes_per_day] == [
        (15, 0.5), (16, 4.0), (17, 0.0), (18, 3.0), (19, 0.0), (20, 5.0), (21, 10.0)
    ]  # fmt: skip
    assert week.sessions == 5
    # 21, 20, 18, 16 and 14: each gap is a single missed day (15 was too short to count).
    # Reading the New York session by its UTC date (17th) would give 4 instead.
    assert week.streak == 5
    everything = q.practice_stats(store, Window.ALL, NOW)
    assert everything.minutes_per_day[0] == (date(2026, 11, 14), 10.0)
    assert everything.total_minutes == pytest.approx(32.5)


def test_streak_is_zero_after_two_missed_days(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    later = NOW + timedelta(days=3)  # 22nd and 23rd missed
    assert q.practice_stats(store, Window.WEEK, later).streak == 0
    assert q.practice_stats(store, Window.WEEK, NOW + timedelta(days=2)).streak == 5


def test_empty_store(store: Store) -> None:
    assert not q.has_any_data(store)
    result = q.insights(store, Window.WEEK, NOW, breakdown=Breakdown.DAY_PART)
    assert result.empty
    assert result.states.total == 0 and result.breaks.count == 0
    assert result.day_parts is not None and result.day_parts.busiest_part() is None
    assert len(result.practice.minutes_per_day) == 7
    assert q.practice_stats(store, Window.ALL, NOW).minutes_per_day == [(NOW.date(), 0.0)]


def test_insights_bundle(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    assert q.has_any_data(store)
    result = q.insights(store, Window.WEEK, NOW)
    assert not result.empty and result.day_parts is None
    assert result.states.total == 5 and result.breaks.count == 4
    # Fawn came up most this week (twice), both times at night (05:59 Berlin, 00:10 Kolkata).
    assert result.states.most_common() == "fawn"
    assert result.top_state_part is DayPart.NIGHT
    month = q.insights(store, Window.MONTH, NOW, breakdown=Breakdown.DAY_PART)
    assert month.states.most_common() == "fight"
    assert month.top_state_part is DayPart.EVENING  # c1 and c8 in the evening, c7 at night
    assert q.busiest_part(store, "fight", Window.MONTH, NOW) is DayPart.EVENING
    assert q.busiest_part(store, "flight", Window.WEEK, NOW) is None


def test_insights_bundle_by_weekday_and_by_strength(filled: tuple[Store, dict[str, int]]) -> None:
    store, _ = filled
    plain = q.insights(store, Window.MONTH, NOW)
    assert plain.weekdays is None and plain.intensities is None and plain.day_parts is None
    by_day = q.insights(store, Window.MONTH, NOW, breakdown=Breakdown.WEEKDAY)
    assert by_day.weekdays == q.weekday_counts(store, Window.MONTH, NOW)
    by_strength = q.insights(store, Window.MONTH, NOW, breakdown=Breakdown.STRENGTH)
    assert by_strength.intensities == q.intensity_counts(store, Window.MONTH, NOW)
    assert by_strength.intensities.for_state("fight") == [0, 1, 0, 0, 1, 1]
    for result in (by_day, by_strength):
        # The per-state counts and the summary's "when" are the same whatever the grouping.
        assert result.states == plain.states and result.top_state_part is plain.top_state_part
        assert result.day_parts is None
    parts = q.insights(store, Window.MONTH, NOW, breakdown=Breakdown.DAY_PART)
    assert parts.day_parts == q.day_part_counts(store, Window.MONTH, NOW)
    assert parts.states == plain.states


def _offset_minutes(when: datetime) -> int:
    offset = when.utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


def test_sql_agrees_with_the_python_rules_on_generated_data(store: Store) -> None:
    end = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
    generate(store, checkins=1500, end=end, days=400, zone="America/New_York", seed=3)
    generate(store, checkins=1500, end=end, days=400, zone="Australia/Adelaide", seed=4)
    stored = [
        (c.timestamp.astimezone(timezone.utc), _offset_minutes(c.timestamp), c.state)
        for c in store.checkins()
    ]
    expected_parts = Counter((day_part_of(utc, off), state) for utc, off, state in stored)
    expected_days = Counter((weekday_of(utc, off), state) for utc, off, state in stored)
    parts = q.day_part_counts(store, Window.ALL, end)
    days = q.weekday_counts(store, Window.ALL, end)
    assert {(p, s): n for p, cells in parts.by_part.items() for s, n in cells.items() if n} == (
        dict(expected_parts)
    )
    assert {(d, s): n for d, cells in days.by_weekday.items() for s, n in cells.items() if n} == (
        dict(expected_days)
    )


def _plan(store: Store, sql: str, *params: object) -> str:
    return " ".join(
        str(tuple(r)) for r in store.connection.execute(f"EXPLAIN QUERY PLAN {sql}", params)
    )


def test_the_schema_s_day_part_index_is_used_and_changes_nothing(store: Store) -> None:
    end = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
    generate(store, checkins=800, end=end, days=200, zone="Asia/Kolkata")
    plan = _plan(
        store,
        f"SELECT state, {q.LOCAL_DAY_PART_SQL} AS part, count(*)"
        " FROM checkins WHERE ts >= ? GROUP BY state, part",
        "",
    )
    assert "checkins_by_state_part" in plan and "TEMP B-TREE" not in plan
    indexed = q.day_part_counts(store, Window.QUARTER, end)
    store.connection.execute("DROP INDEX checkins_by_state_part")
    assert q.day_part_counts(store, Window.QUARTER, end) == indexed


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("checkins_by_state_weekday", q.weekday_counts),
        ("checkins_by_state_intensity", q.intensity_counts),
    ],
)
def test_the_schema_s_weekday_and_strength_indexes_are_used_and_change_nothing(
    store: Store, name: str, query: Callable[[Store, Window, datetime], object]
) -> None:
    end = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
    generate(store, checkins=800, end=end, days=200, zone="America/New_York")
    traced: list[str] = []
    store.connection.set_trace_callback(traced.append)
    try:
        indexed = [query(store, w, end) for w in Window]
    finally:
        store.connection.set_trace_callback(None)
    selects = [t for t in traced if t.startswith("SELECT")]
    assert len(selects) == len(Window)
    for sql in selects:
        plan = _plan(store, sql)
        assert name in plan, plan
    store.connection.execute(f"DROP INDEX {name}")
    assert [query(store, w, end) for w in Window] == indexed

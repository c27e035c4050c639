"""The pause-and-return agreement: reading return times, status over time, extensions."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.agreement import (
    BREAK_PRESET,
    PLAN_ITEMS,
    BreakStatus,
    RequestKind,
    ReturnAgreement,
    ReturnProblem,
    ReturnTimeError,
    Shift,
    begin,
    compare_checkins,
    format_countdown,
    minutes_left,
    minutes_text,
    parse_return,
    plan_item,
)
from companion.core.clock import ManualClock

P = ReturnProblem

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)


def at(hour: int, minute: int, second: int = 0, *, day: int = 21) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20", 20),
        ("20m", 20),
        ("20 m", 20),
        ("20min", 20),
        ("20 min", 20),
        ("20 mins", 20),
        ("20 minutes", 20),
        ("  30  ", 30),
        ("90 minutes", 90),
        ("1h", 60),
        ("1 hour", 60),
        ("2 hours", 120),
        ("1h 15m", 75),
        ("1h15m", 75),
        ("1 h 15 min", 75),
        ("1h 15", 75),
        ("1 hour and 5 minutes", 65),
        ("1:15h", 75),
        ("1.5h", 90),
        ("1,5 h", 90),
        ("In 45 Minutes", 45),
        ("for 25 min", 25),
        ("24h", 24 * 60),
        ("1440", 24 * 60),
    ],
)
def test_durations_count_from_now(text: str, minutes: int) -> None:
    request = parse_return(text, NOW)
    assert request.kind is RequestKind.DURATION
    assert request.deadline == NOW + timedelta(minutes=minutes)
    assert request.duration == timedelta(minutes=minutes)
    assert not request.needs_tomorrow_confirmation


# --------------------------------------------------------------------------- clock times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30", at(19, 30)),
        ("19.45", at(19, 45)),
        ("at 19:45", at(19, 45)),
        ("at 8", at(20, 0)),
        ("until 9", at(21, 0)),
        ("back at 21", at(21, 0)),
        ("7:30 pm", at(19, 30)),
        ("7:30pm", at(19, 30)),
        ("7:30 PM", at(19, 30)),
        ("7:30\u202fPM", at(19, 30)),  # the narrow space Qt puts in en_US times
        ("7:30 p.m.", at(19, 30)),
        ("8pm", at(20, 0)),
        ("8 PM", at(20, 0)),
        ("7:45", at(19, 45)),  # no am/pm: whichever 7:45 comes first
        ("9:00", at(21, 0)),
        ("21:00", at(21, 0)),
        ("00:30", at(0, 30, day=22)),
        ("midnight", at(0, 0, day=22)),
        ("12am", at(0, 0, day=22)),
        ("06:00", at(6, 0, day=22)),  # passed 13 h ago; next is 11 h away: no question
    ],
)
def test_clock_times_are_their_next_occurrence(text: str, expected: datetime) -> None:
    request = parse_return(text, NOW)
    assert request.kind is RequestKind.CLOCK
    assert request.deadline == expected
    assert request.duration == expected - NOW
    assert not request.needs_tomorrow_confirmation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18:00", at(18, 0, day=22)),
        ("6:30 pm", at(18, 30, day=22)),
        ("7pm", at(19, 0, day=22)),  # exactly now: the next one is in 24 hours
        ("6:00", at(6, 0, day=22)),  # could have meant 18:00, an hour ago
        ("noon", at(12, 0, day=22)),
        ("at 7", at(7, 0, day=22)),
    ],
)
def test_a_time_that_just_passed_needs_confirmation_for_tomorrow(
    text: str, expected: datetime
) -> None:
    request = parse_return(text, NOW)
    assert request.needs_tomorrow_confirmation
    assert request.deadline == expected


def test_locale_formats_are_accepted() -> None:
    request = parse_return("19 h 30", NOW, locale_formats=["%H h %M"])
    assert request.deadline == at(19, 30)
    # Without the locale's format the same words read as a length of 19 h 30 min.
    assert parse_return("19 h 30", NOW).kind is RequestKind.DURATION
    # A broken format from the caller never escapes as anything but ReturnTimeError.
    with pytest.raises(ReturnTimeError):
        parse_return("half past", NOW, locale_formats=["%Q %", "%"])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", P.EMPTY),
        ("   ", P.EMPTY),
        ("soon", P.UNREADABLE),
        ("20 parsecs", P.UNREADABLE),
        ("20:", P.UNREADABLE),
        (":30", P.UNREADABLE),
        ("-5", P.UNREADABLE),
        ("nan", P.UNREADABLE),
        ("inf", P.UNREADABLE),
        ("0", P.UNDER_A_MINUTE),
        ("0m", P.UNDER_A_MINUTE),
        ("0.5", P.UNDER_A_MINUTE),
        ("25:00", P.HOUR_OVER_23),
        ("24:00", P.HOUR_OVER_23),
        ("7:75", P.MINUTES_OVER_59),
        ("1:75h", P.MINUTES_OVER_59),
        ("13pm", P.HOUR_WITH_HALF),
        ("0am", P.HOUR_WITH_HALF),
        ("1930", P.OVER_A_DAY),
        ("25h", P.OVER_A_DAY),
        ("99999999999999999999", P.OVER_A_DAY),
        ("x" * 500, P.TOO_MUCH_TEXT),
    ],
)
def test_bad_input_gets_a_typed_reason(text: str, problem: ReturnProblem) -> None:
    with pytest.raises(ReturnTimeError) as caught:
        parse_return(text, NOW)
    assert caught.value.problem is problem


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_return("20", datetime(2026, 11, 21, 19, 0))


_grammar = st.text(alphabet="0123456789:.,hmintuesaprH: \u202f", max_size=14)


@settings(max_examples=400, deadline=None)
@given(
    text=st.one_of(st.text(max_size=30), _grammar),
    now=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(BERLIN)
    ),
)
def test_parse_return_only_ever_raises_return_time_error(text: str, now: datetime) -> None:
    try:
        request = parse_return(text, now, locale_formats=["%H h %M", "%I:%M %p"])
    except ReturnTimeError as exc:
        assert str(exc)
        return
    assert timedelta(0) < request.duration <= timedelta(hours=24)
    assert request.deadline.astimezone(UTC) - now.astimezone(UTC) == request.duration


# --------------------------------------------------------------------------- boundaries


def test_under_twenty_minutes_gets_a_gentle_note() -> None:
    just_under = parse_return("19:30", at(19, 10, 1))
    assert just_under.duration == timedelta(minutes=19, seconds=59)
    assert just_under.is_short
    exactly = parse_return("19:30", at(19, 10, 0))
    assert exactly.duration == timedelta(minutes=20)
    assert not exactly.is_short
    assert parse_return("19", NOW).is_short
    assert not parse_return("20", NOW).is_short


def test_exactly_a_day_is_allowed_and_a_minute_more_is_refused() -> None:
    assert parse_return("24h", NOW).duration == timedelta(hours=24)
    assert parse_return("7pm", NOW).duration == timedelta(hours=24)
    with pytest.raises(ReturnTimeError) as caught:
        parse_return("24h 1m", NOW)
    assert caught.value.problem is ReturnProblem.OVER_A_DAY
    assert caught.value.minutes == 24 * 60 + 1


def test_wrapping_past_midnight() -> None:
    late = at(23, 50)
    request = parse_return("00:10", late)
    assert request.deadline == at(0, 10, day=22)
    assert not request.needs_tomorrow_confirmation
    assert request.duration == timedelta(minutes=20)
    assert not request.is_short
    assert parse_return("00:05", late).is_short
    assert parse_return("12:10", late).deadline == at(0, 10, day=22)
    assert parse_return("30", late).deadline == at(0, 20, day=22)
    just_missed = parse_return("23:40", late)
    assert just_missed.needs_tomorrow_confirmation
    assert just_missed.deadline == at(23, 40, day=22)


def test_spring_forward_day_in_berlin() -> None:
    now = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # CET, clocks jump 02:00 -> 03:00
    hour = parse_return("60", now)
    assert hour.deadline.hour == 3 and hour.deadline.minute == 30  # 03:30 CEST
    assert hour.duration == timedelta(hours=1)
    three = parse_return("03:00", now)
    assert three.duration == timedelta(minutes=30)  # 1.5 wall hours, 30 real minutes
    assert three.deadline.utcoffset() == timedelta(hours=2)
    skipped = parse_return("02:30", now)  # never shown on the clock that night
    assert (skipped.deadline.hour, skipped.deadline.minute) == (3, 30)
    assert skipped.skipped == (time(2, 30), time(3, 30))
    nine = parse_return("09:00", now)
    assert nine.duration == timedelta(hours=6, minutes=30)  # one wall hour is missing
    assert nine.deadline.utcoffset() == timedelta(hours=2)


def test_fall_back_day_in_berlin() -> None:
    now = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)  # CEST, clocks go 03:00 -> 02:00
    first = parse_return("02:30", now)
    assert first.duration == timedelta(hours=1)
    assert first.deadline.utcoffset() == timedelta(hours=2)
    nine = parse_return("09:00", now)
    assert nine.duration == timedelta(hours=8, minutes=30)  # one wall hour happens twice
    two_hours = parse_return("120", now)
    assert (two_hours.deadline.hour, two_hours.deadline.minute) == (2, 30)
    assert two_hours.deadline.utcoffset() == timedelta(hours=1)
    # Between the two 02:30s, "02:30" means the second one, 45 real minutes away.
    between = datetime(2026, 10, 25, 2, 45, tzinfo=BERLIN)
    second = parse_return("02:30", between)
    assert second.duration == timedelta(minutes=45)
    assert not second.needs_tomorrow_confirmation


def test_the_long_day_can_push_a_tomorrow_time_past_24_hours() -> None:
    # 03:20 tomorrow is 24 h 50 min away across the 25-hour day, so it is refused.
    with pytest.raises(ReturnTimeError) as caught:
        parse_return("03:20", datetime(2026, 10, 24, 3, 30, tzinfo=BERLIN))
    assert caught.value.minutes == 24 * 60 + 50


def test_a_fixed_offset_now_is_handled() -> None:
    plus_two = timezone(timedelta(hours=2))
    request = parse_return("21:30", datetime(2026, 7, 1, 21, 0, tzinfo=plus_two))
    assert request.duration == timedelta(minutes=30)
    assert request.deadline.utcoffset() == timedelta(hours=2)


# --------------------------------------------------------------------------- the agreement


def agreement(minutes: float = 20, *, start: datetime = NOW) -> ReturnAgreement:
    return ReturnAgreement(start, start + timedelta(minutes=minutes), ("walk", "breathe"))


@pytest.mark.parametrize(
    ("seconds_left", "status"),
    [
        (20 * 60, BreakStatus.RUNNING),
        (5 * 60 + 1, BreakStatus.RUNNING),
        (5 * 60, BreakStatus.WIND_DOWN),
        (1, BreakStatus.WIND_DOWN),
        (0, BreakStatus.DUE),
        (-59, BreakStatus.DUE),
        (-60, BreakStatus.OVERDUE),
        (-3 * 3600, BreakStatus.OVERDUE),
    ],
)
def test_status_over_time(seconds_left: int, status: BreakStatus) -> None:
    deal = agreement()
    now = deal.return_at - timedelta(seconds=seconds_left)
    assert deal.status(now) is status
    assert deal.remaining(now) == timedelta(seconds=seconds_left)


def test_returned_and_cancelled_win_over_the_clock() -> None:
    deal = agreement()
    assert deal.status(NOW, returned_at=NOW) is BreakStatus.RETURNED
    assert deal.status(NOW + timedelta(hours=5), cancelled=True) is BreakStatus.CANCELLED


def test_a_three_hour_suspend_is_seen_on_the_next_look() -> None:
    clock = ManualClock(NOW)
    deal = agreement(start=clock.now())
    clock.advance(60)
    assert deal.status(clock.now()) is BreakStatus.RUNNING
    clock.suspend(3 * 3600)
    assert deal.status(clock.now()) is BreakStatus.OVERDUE
    assert deal.remaining(clock.now()) == -timedelta(hours=2, minutes=41)
    assert deal.progress(clock.now()) == 1.0


def test_clock_set_back_and_forward_is_recomputed() -> None:
    clock = ManualClock(NOW)
    deal = agreement(start=clock.now())
    clock.set_wall(NOW - timedelta(hours=1))
    assert deal.remaining(clock.now()) == timedelta(hours=1, minutes=20)
    assert deal.status(clock.now()) is BreakStatus.RUNNING
    assert deal.progress(clock.now()) == 0.0
    clock.set_wall(NOW + timedelta(minutes=17))
    assert deal.status(clock.now()) is BreakStatus.WIND_DOWN
    assert deal.remaining(clock.now()) == timedelta(minutes=3)


def test_progress_runs_from_zero_to_one() -> None:
    deal = agreement(20)
    assert deal.progress(NOW) == 0.0
    assert deal.progress(NOW + timedelta(minutes=5)) == pytest.approx(0.25)
    assert deal.progress(NOW + timedelta(minutes=20)) == 1.0


def test_extensions_move_the_return_time() -> None:
    deal = agreement(20)
    longer = deal.extend(10 * 60).extend(20 * 60).extend(7 * 60)
    assert longer.extensions == (600.0, 1200.0, 420.0)
    assert longer.deadline == deal.deadline
    assert longer.return_at == NOW + timedelta(minutes=57)
    assert deal.return_at == NOW + timedelta(minutes=20)  # frozen: the original is unchanged


def test_extending_when_overdue_counts_from_now() -> None:
    deal = agreement(20)
    late = NOW + timedelta(minutes=30)
    longer = deal.extend(10 * 60, now=late)
    assert longer.return_at == late + timedelta(minutes=10)
    assert longer.status(late) is BreakStatus.RUNNING


def test_extensions_stay_within_a_day() -> None:
    deal = agreement(23 * 60)
    assert deal.extend(60 * 60).total == timedelta(hours=24)
    with pytest.raises(ReturnTimeError) as caught:
        deal.extend(61 * 60)
    assert caught.value.problem is ReturnProblem.EXTRA_OVER_LIMIT
    assert caught.value.minutes == 60
    with pytest.raises(ReturnTimeError):
        deal.extend(0)
    with pytest.raises(ReturnTimeError):
        deal.extend(float("nan"))


def test_room_is_what_extend_still_accepts() -> None:
    deal = agreement(23 * 60)
    assert deal.room(NOW) == timedelta(hours=1)
    assert deal.extend(deal.room(NOW).total_seconds()).total == timedelta(hours=24)
    # Once the return time has passed, extra time counts from now, so there is less room.
    late = NOW + timedelta(hours=23, minutes=40)
    assert deal.room(late) == timedelta(minutes=20)
    with pytest.raises(ReturnTimeError):
        deal.extend(deal.room(late).total_seconds() + 60, now=late)
    assert deal.room(NOW + timedelta(hours=25)) == timedelta(0)


@pytest.mark.parametrize(
    ("returned_after_minutes", "extend", "outcome"),
    [
        (10, False, "kept"),
        (20, False, "kept"),
        (20 + 59 / 60, False, "kept"),
        (21, False, "late"),
        (25, True, "extended"),
        (32, True, "late"),
    ],
)
def test_outcome(returned_after_minutes: float, extend: bool, outcome: str) -> None:
    deal = agreement(20)
    if extend:
        deal = deal.extend(10 * 60)
    assert deal.outcome(NOW + timedelta(minutes=returned_after_minutes)) == outcome


def test_agreement_across_a_dst_change_counts_real_time() -> None:
    start = datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)
    deal = ReturnAgreement(start, parse_return("03:00", start).deadline)
    assert deal.total == timedelta(hours=2, minutes=30)
    assert deal.remaining(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN)) == timedelta(
        minutes=30
    )


def test_agreement_needs_aware_times() -> None:
    with pytest.raises(ValueError):
        ReturnAgreement(datetime(2026, 1, 1), NOW)


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(1200, "20:00"), (59.2, "1:00"), (59, "0:59"), (0, "0:00"), (-30, "0:00"), (3723, "1:02:03")],
)
def test_format_countdown(seconds: float, text: str) -> None:
    assert format_countdown(timedelta(seconds=seconds)) == text


def test_minutes_text() -> None:
    assert minutes_text(1) == "1 minute"
    assert minutes_text(20) == "20 minutes"
    assert minutes_text(60) == "1 hour"
    assert minutes_text(75) == "1 hour 15 minutes"
    assert minutes_text(150) == "2 hours 30 minutes"


def test_plan_items_and_preset() -> None:
    assert [item.id for item in PLAN_ITEMS] == [
        "walk",
        "breathe",
        "water",
        "ground",
        "temperature",
        "no_rehearsing",
    ]
    assert all(item.label for item in PLAN_ITEMS)
    assert plan_item("water") is PLAN_ITEMS[2]
    assert plan_item("nope") is None
    from companion.core.breath_pattern import PRESETS

    assert BREAK_PRESET in PRESETS


@pytest.mark.parametrize(
    ("before", "after", "shift"),
    [
        (("fight", 4), ("settled", 2), Shift.SETTLED),
        (("fight", 4), ("fight", 2), Shift.CALMER),
        (("freeze", 3), ("fawn", 2), Shift.CALMER),
        (("flight", 3), ("flight", 3), Shift.SAME),
        (("flight", 3), ("freeze", 3), Shift.DIFFERENT),
        (("fawn", 2), ("fight", 4), Shift.STRONGER),
        (("settled", 1), ("fight", 2), Shift.STRONGER),
        (("settled", 1), ("settled", 1), Shift.SAME),
    ],
)
def test_compare_checkins(before: tuple[str, int], after: tuple[str, int], shift: Shift) -> None:
    assert compare_checkins(*before, *after) is shift


def test_core_modules_import_no_qt() -> None:
    code = (
        "import sys, companion.core.agreement, companion.core.phrases;"
        "bad = [m for m in sys.modules if m.split('.')[0] in"
        " ('PySide6', 'sounddevice', 'pyqtgraph') or m == 'companion.storage.store'];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_time_of_day_is_only_minutes() -> None:
    request = parse_return("19:30", at(19, 0, 42))
    assert request.deadline.time() == time(19, 30)


def test_the_return_time_is_stored_once_not_summed_again() -> None:
    # The agreed time is what the last extension set: a record of amounts cannot move it.
    deal = agreement(20)
    longer = deal.extend(10 * 60)
    assert longer.return_at == NOW + timedelta(minutes=30)
    reread = ReturnAgreement(NOW, deal.deadline, extensions=(999.0,), agreed=longer.return_at)
    assert reread.return_at == NOW + timedelta(minutes=30)


@pytest.mark.parametrize(
    ("left", "minutes"),
    [(20 * 60, 20), (19 * 60 + 1, 20), (19 * 60, 19), (59, 1), (1, 1), (0, 0), (-30, 0)],
)
def test_minutes_left_is_one_rule(left: int, minutes: int) -> None:
    assert minutes_left(timedelta(seconds=left)) == minutes
    assert agreement(0).minutes_left(NOW - timedelta(seconds=left)) == minutes


def test_near_return_is_the_wind_down_or_later() -> None:
    deal = agreement(20)
    assert not deal.near_return(NOW + timedelta(minutes=14, seconds=59))
    assert deal.near_return(NOW + timedelta(minutes=15))
    assert deal.near_return(NOW + timedelta(hours=2))


def test_begin_refuses_a_time_that_passed_while_choosing() -> None:
    request = parse_return("19:20", NOW)
    with pytest.raises(ReturnTimeError) as caught:
        begin(request, NOW + timedelta(minutes=21))
    assert caught.value.problem is ReturnProblem.PASSED
    assert begin(request, NOW).return_at == at(19, 20)

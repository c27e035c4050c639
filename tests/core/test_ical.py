"""The return time as a calendar file, checked with a standard iCalendar reader."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.ical import (
    ALARM_BEFORE,
    CalendarProblem,
    CalendarReturn,
    calendar_text,
    read_calendar,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(when: datetime) -> datetime:
    return when.astimezone(timezone.utc)


def make(start: datetime, deadline: datetime) -> str:
    return calendar_text(
        start=start, deadline=deadline, uid="break-7@companion", summary="Back", alarm="Soon"
    )


def only_event(text: str) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(text)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(
    ("start", "deadline"),
    [
        (
            datetime(2026, 11, 21, 19, 0, tzinfo=BERLIN),
            datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN),
        ),
        # Clocks go back at 03:00 in Berlin: 02:40 (summer time) to 02:20 (winter time).
        (
            datetime(2026, 10, 25, 2, 40, tzinfo=BERLIN, fold=0),
            datetime(2026, 10, 25, 2, 20, tzinfo=BERLIN, fold=1),
        ),
        # Clocks go forward at 02:00: 01:50 to 03:10 is twenty minutes.
        (datetime(2026, 3, 29, 1, 50, tzinfo=BERLIN), datetime(2026, 3, 29, 3, 10, tzinfo=BERLIN)),
        (
            datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK),
            datetime(2026, 11, 1, 1, 10, tzinfo=NEW_YORK, fold=1),
        ),
    ],
)
def test_the_event_ends_at_the_stored_deadline_even_across_a_clock_change(
    start: datetime, deadline: datetime
) -> None:
    event = only_event(make(start, deadline))
    end = event.decoded("DTEND")
    # Compare as UTC instants: Python never calls an ambiguous wall time equal across zones.
    assert utc(end) == utc(deadline)
    assert utc(end) - utc(event.decoded("DTSTART")) == utc(deadline) - utc(start)


def test_one_alarm_five_minutes_before_the_return_time() -> None:
    deadline = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
    event = only_event(make(deadline - timedelta(minutes=30), deadline))
    alarms = [c for c in event.walk() if c.name == "VALARM"]
    assert len(alarms) == 1
    trigger = alarms[0]["TRIGGER"]
    assert trigger.params.get("RELATED") == "END"
    assert trigger.dt == -ALARM_BEFORE == -timedelta(minutes=5)
    assert alarms[0]["ACTION"] == "DISPLAY"


def test_the_file_carries_nothing_but_the_times_and_the_given_words() -> None:
    deadline = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
    text = make(deadline - timedelta(minutes=30), deadline)
    event = only_event(text)
    names = {name for name in event} | {n for a in event.subcomponents for n in a}
    assert names <= {
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "TRANSP",
        "ACTION",
        "DESCRIPTION",
        "TRIGGER",
    }
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")


def test_long_words_are_folded_and_special_characters_survive() -> None:
    deadline = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
    summary = "Zurück; wieder da, bald \\ " + "ä" * 80
    text = calendar_text(start=deadline, deadline=deadline, uid="u", summary=summary, alarm="x")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert str(only_event(text)["SUMMARY"]) == summary


@pytest.mark.parametrize(
    "deadline",
    [
        datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN),
        datetime(2026, 10, 25, 2, 20, tzinfo=BERLIN, fold=1),
        datetime(2026, 10, 25, 2, 20, tzinfo=BERLIN, fold=0),
    ],
)
def test_our_own_file_reads_back_to_the_same_moment(deadline: datetime) -> None:
    found = read_calendar(make(deadline - timedelta(minutes=20), deadline), BERLIN)
    assert found == CalendarReturn(utc(deadline))


def test_reads_files_other_calendars_write() -> None:
    calendar = icalendar.Calendar()
    event = icalendar.Event()
    event.add("uid", "x")
    event.add("dtstart", datetime(2026, 11, 21, 19, 0, tzinfo=NEW_YORK))
    event.add("duration", timedelta(minutes=45))
    calendar.add_component(event)
    found = read_calendar(calendar.to_ical().decode(), BERLIN)
    assert found == CalendarReturn(datetime(2026, 11, 21, 19, 45, tzinfo=NEW_YORK))

    floating = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261121T190000\nDTEND:20261121T193000\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    assert read_calendar(floating, BERLIN) == CalendarReturn(
        datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
    )
    with_zone = floating.replace("DTEND:", "DTEND;TZID=America/New_York:")
    assert read_calendar(with_zone, BERLIN) == CalendarReturn(
        datetime(2026, 11, 21, 19, 30, tzinfo=NEW_YORK)
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "BEGIN:VCALENDAR\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261121\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTEND:tomorrow\nEND:VEVENT\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTEND:20261340T250000Z\nEND:VEVENT\nEND:VCALENDAR",
    ],
)
def test_a_file_without_a_usable_time_gives_a_clear_problem(text: str) -> None:
    problem = read_calendar(text, BERLIN)
    assert isinstance(problem, CalendarProblem) and problem.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_reading_never_raises(text: str) -> None:
    assert isinstance(
        read_calendar("BEGIN:VCALENDAR\n" + text, BERLIN), CalendarReturn | CalendarProblem
    )
    assert isinstance(read_calendar(text, BERLIN), CalendarReturn | CalendarProblem)

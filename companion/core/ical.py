"""The return time as an iCalendar file (RFC 5545), and reading one back.

The file holds one event that ends at the return time, with a reminder five minutes
before, and nothing else of the user's: no names, no check-ins, no words they wrote. Times
are written in UTC, so any calendar shows the same moment whatever its zone and across a
daylight-saving change. The reader takes the end of the first event, which is how the
partner who waits sets their countdown from a file they were given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "ALARM_BEFORE",
    "MAX_CALENDAR_FILE",
    "CalendarProblem",
    "CalendarReturn",
    "calendar_text",
    "read_calendar",
]

ALARM_BEFORE = timedelta(minutes=5)
"""How long before the return time the calendar reminds."""
MAX_CALENDAR_FILE = 200_000
"""Characters read from a calendar file; ours are well under a kilobyte."""

_UTC = timezone.utc


@dataclass(frozen=True)
class CalendarReturn:
    """The return time found in a calendar file (timezone-aware)."""

    deadline: datetime


@dataclass(frozen=True)
class CalendarProblem:
    """A calendar file without a usable return time; ``message`` says what is missing."""

    message: str


def _stamp(when: datetime) -> str:
    return when.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def _utc_of(when: datetime) -> datetime:
    # Same-zone datetimes compare as wall times, which is wrong across a clock change.
    return when.astimezone(_UTC)


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out)


def calendar_text(
    *, start: datetime, deadline: datetime, uid: str, summary: str, alarm: str
) -> str:
    """An iCalendar file with one event from ``start`` to ``deadline`` and an alarm before it.

    ``summary`` and ``alarm`` are the event's title and reminder text (short, generic words);
    ``uid`` identifies the event so saving it again updates rather than duplicates it.
    """
    for name, value in (("start", start), ("deadline", deadline)):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{name} must be timezone-aware")
    minutes = int(ALARM_BEFORE.total_seconds() // 60)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Companion//Return time//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{_escape(uid)}",
        f"DTSTAMP:{_stamp(start)}",
        f"DTSTART:{_stamp(min(_utc_of(start), _utc_of(deadline)))}",
        f"DTEND:{_stamp(deadline)}",
        f"SUMMARY:{_escape(summary)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(alarm)}",
        f"TRIGGER;RELATED=END:-PT{minutes}M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


# --------------------------------------------------------------------------- reading

_DATE_TIME = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)")
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_NO_EVENT = "This calendar file has no event with a time in it."
_NO_TIME = "This calendar event has no end time of day, only a date."


def _unfold(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _property(line: str) -> tuple[str, dict[str, str], str]:
    head, _, value = line.partition(":")
    name, *params = head.split(";")
    parameters = {}
    for param in params:
        key, _, val = param.partition("=")
        parameters[key.strip().upper()] = val.strip().strip('"')
    return name.strip().upper(), parameters, value.strip()


def _when(params: dict[str, str], value: str, local: tzinfo) -> datetime | None:
    if params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", value):
        return None
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        raise ValueError(value)
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    naive = datetime(year, month, day, hour, minute, second)
    if match.group(7):
        return naive.replace(tzinfo=_UTC)
    zone: tzinfo = local
    if "TZID" in params:
        try:
            zone = ZoneInfo(params["TZID"].lstrip("/"))
        except (ZoneInfoNotFoundError, ValueError):
            zone = local  # a zone name only this calendar knows: read it as local time
    return naive.replace(tzinfo=zone)


def _duration(value: str) -> timedelta:
    match = _DURATION.fullmatch(value.upper())
    if match is None or value.upper() in ("P", "PT", "+P", "-P"):
        raise ValueError(value)
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    span = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    return -span if match.group(1) == "-" else span


def _first_event(lines: list[str]) -> dict[str, tuple[dict[str, str], str]] | None:
    event: dict[str, tuple[dict[str, str], str]] | None = None
    depth = 0
    for line in lines:
        name, params, value = _property(line)
        if name == "BEGIN" and value.upper() == "VEVENT" and event is None:
            event, depth = {}, 0
        elif event is not None and name == "BEGIN":
            depth += 1  # an alarm inside the event: its properties are not the event's
        elif event is not None and name == "END":
            if value.upper() == "VEVENT" and depth == 0:
                return event
            depth = max(0, depth - 1)
        elif event is not None and depth == 0:
            event.setdefault(name, (params, value))
    return event


def read_calendar(text: str, local: tzinfo) -> CalendarReturn | CalendarProblem:
    """The end of the first event in ``text``: DTEND, or DTSTART plus DURATION, or DTSTART.

    Times without a zone are read in ``local``. Never raises; a file without a usable
    time gives a CalendarProblem.
    """
    try:
        if "BEGIN:VCALENDAR" not in text[:MAX_CALENDAR_FILE].upper():
            return CalendarProblem("This isn't a calendar file.")
        event = _first_event(_unfold(text[:MAX_CALENDAR_FILE]))
        if not event or ("DTSTART" not in event and "DTEND" not in event):
            return CalendarProblem(_NO_EVENT)
        if "DTEND" in event:
            end = _when(*event["DTEND"], local)
        else:
            start = _when(*event["DTSTART"], local)
            extra = _duration(event["DURATION"][1]) if "DURATION" in event else timedelta(0)
            end = None if start is None else start + extra
        if end is None:
            return CalendarProblem(_NO_TIME)
        return CalendarReturn(end)
    except (ValueError, OverflowError, TypeError):
        return CalendarProblem("The time in this calendar file can't be read.")

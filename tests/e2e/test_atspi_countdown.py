"""The countdown as a screen reader meets it, read through AT-SPI from the real app.

The app opens on a break that began twenty minutes ago and ends a little over a minute and a
half after launch, so one walk hears the "1 min left" announcement and the one at the return
time with the real clock: the times of the events are compared with the return time, not
with a sleep.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from e2e.atspi_run import run_walk

from companion.core.agreement import minutes_left
from companion.storage.store import BreakRecord, Store

pytestmark = pytest.mark.e2e

#: From launch to the return time: room for a slow start before the last whole minute.
LEAD = timedelta(seconds=100)
ANNOUNCED = "object:announcement"
BRIDGE = "I need a pause. I'll be back at the time we agreed."
#: An announcement "at the minute" arrives within these seconds of it (the app checks once a
#: second and says it within three; D-Bus may add a little on a busy machine).
EARLY, LATE = -1.5, 8.0

STEPS: list[list[str]] = [
    ["keys", "ctrl+3"],
    ["wait_prefix", "Time left: "],
    ["snapshot", "running"],
    ["press_prefix", "push button", "Copy: "],
    ["wait_event", ANNOUNCED, r"Copied\..*", "60"],
    ["wait_event", ANNOUNCED, r"1 min left, back at .*", "200"],
    ["snapshot", "last minute"],
    ["wait_event", ANNOUNCED, r"It's .*, the time you agreed\.", "200"],
    ["wait_prefix", "Time left: "],
    ["snapshot", "due"],
]

Node = dict[str, Any]


@pytest.fixture(scope="module")
def walk(module_xvfb_display: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the walk once, with a break that is due ``LEAD`` after the store is written."""
    root = tmp_path_factory.mktemp("atspi-countdown")
    data_dir = root / "data"
    now = datetime.now(timezone.utc).replace(microsecond=0)
    back = now + LEAD
    store = Store.open(data_dir)
    try:
        store.add_break(
            BreakRecord(
                started=now - timedelta(minutes=20),
                return_at=back,
                original_return=back,
                bridge=BRIDGE,
            )
        )
    finally:
        store.close()
    report = run_walk(module_xvfb_display, root, data_dir, STEPS)
    report["return_at"] = back.timestamp()
    return report


def _ring(nodes: list[Node]) -> Node:
    rings = [n for n in nodes if "showing" in n["states"] and n["role"] == "progress bar"]
    assert len(rings) == 1, [n["path"] for n in rings]
    return rings[0]


def _said(report: dict[str, Any], pattern: str) -> list[dict[str, Any]]:
    return [
        e
        for e in report["events"]
        if e["type"] == ANNOUNCED and re.fullmatch(pattern, str(e["detail"]))
    ]


def test_the_time_left_is_text_that_matches_the_digits_on_screen(walk: dict[str, Any]) -> None:
    ring = _ring(walk["snapshots"]["running"])
    left = walk["return_at"] - walk["snapshot_times"]["running"]
    # What the ring draws at the moment the tree was read, give or take the walk's own seconds.
    drawn = {f"{minutes_left(timedelta(seconds=left + lag))} min" for lag in (-1, 0, 1, 2, 3)}
    assert ring["text"] in drawn, (ring["text"], left)
    assert ring["name"] == f"Time left: {ring['text']}"
    assert ring["description"] == "left"


def test_the_ring_tells_how_much_of_the_break_has_passed(walk: dict[str, Any]) -> None:
    running = _ring(walk["snapshots"]["running"])["value"]
    last = _ring(walk["snapshots"]["last minute"])["value"]
    due = _ring(walk["snapshots"]["due"])["value"]
    # Twenty minutes gone of twenty and a bit: nearly full, growing, full at the return time.
    assert 90.0 <= running < last < due == 100.0


def test_the_last_minute_and_the_return_time_are_announced_on_time(
    walk: dict[str, Any],
) -> None:
    back = walk["return_at"]
    minute = _said(walk, r"1 min left, back at \d{1,2}:\d{2}( [AP]M)?\.")
    due = _said(walk, r"It's \d{1,2}:\d{2}( [AP]M)?, the time you agreed\.")
    assert len(minute) == 1 and len(due) == 1, [e["detail"] for e in walk["events"]]
    assert EARLY <= minute[0]["at"] - (back - 60) <= LATE
    assert EARLY <= due[0]["at"] - back <= LATE
    # Each is said once, from the ring, politely; nothing else about minutes is said.
    assert [e["role"] for e in minute + due] == ["progress bar", "progress bar"]
    assert _said(walk, r"\d+ min left.*") == minute


def test_a_screen_reader_hears_the_value_grow(walk: dict[str, Any]) -> None:
    changes = [
        e
        for e in walk["events"]
        if e["type"] == "object:property-change:accessible-value" and e["role"] == "progress bar"
    ]
    # One percent of a twenty-minute break passes every twelve seconds: the walk hears some.
    assert len(changes) >= 3, walk["events"][-20:]


def test_the_words_said_when_leaving_are_readable_text(walk: dict[str, Any]) -> None:
    nodes = [n for n in walk["snapshots"]["running"] if "showing" in n["states"]]
    assert [n["role"] for n in nodes if n["name"] == BRIDGE] == ["label"]
    assert [n["name"] for n in nodes if n["role"] == "push button" and BRIDGE in n["name"]] == [
        f"Copy: {BRIDGE}"
    ]


def test_at_the_return_time_the_ring_reads_the_time_agreed(walk: dict[str, Any]) -> None:
    ring = _ring(walk["snapshots"]["due"])
    assert re.fullmatch(r"\d{1,2}:\d{2}( [AP]M)?", ring["text"]), ring["text"]
    assert ring["description"] == "was the time"


def test_copying_the_words_is_announced(walk: dict[str, Any]) -> None:
    assert [e["detail"] for e in _said(walk, r"Copied\..*")] == [
        "Copied. You can paste it into a message."
    ]

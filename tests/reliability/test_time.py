"""Time that misbehaves: daylight saving, travel across time zones, a clock that jumps.

The promise is a moment, not a clock reading: whatever the wall clock does, the countdown points
at the moment agreed, and what is stored is UTC plus the offset that was local at the time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from helpers.figures import FigureBook
from PySide6.QtCore import QLocale, Qt

from companion.app import build_main_window
from companion.audio.output import SilentOutput
from companion.core.clock import ManualClock
from companion.services.break_status import status_line
from companion.storage.store import DB_NAME, from_db_time
from companion.ui.checkin.checkin_view import CheckinView
from companion.ui.shell.main_window import MainWindow

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
CHECKS = "countdown checks across DST, travel and clock jumps"


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Times shown as 24-hour HH:mm whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def countdown(figure_counts: FigureBook) -> Callable[[Any, str], None]:
    """``countdown(page, "10:00")``: the countdown shows that, counted into the time figure."""
    figure_counts.add("time", CHECKS, 0)
    figure_counts.add("time", "wrong", 0)

    def check(page: Any, expected: str) -> None:
        page.countdown.refresh()
        shown = page.countdown.remaining_text()
        figure_counts.add("time", CHECKS)
        if shown != expected:
            figure_counts.add("time", "wrong")
        assert shown == expected

    return check


def _window(qtbot, data_dir: Path, clock: ManualClock) -> MainWindow:
    # No real sound: a hand-driven clock and a real audio stream cannot agree on the time,
    # and the pacer follows the sound when there is some. These tests are about clocks.
    window = build_main_window(data_dir, clock=clock, audio=SilentOutput())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _start_break(qtbot, window: MainWindow, typed: str) -> Any:
    window.take_break()
    page = window.page("break")
    qtbot.waitUntil(page.flow.start_button.isVisible)
    page.flow.time_edit.setText(typed)
    page.flow.refresh()
    qtbot.mouseClick(page.flow.start_button, Qt.MouseButton.LeftButton)
    assert window.services.store.active_break() is not None, page.flow.error_label.text()
    qtbot.waitUntil(page.countdown.isVisible)
    return page


def _save_checkin(window: MainWindow, state: str) -> int:
    view = window.show_area("checkin")
    assert isinstance(view, CheckinView)
    view.wheel.set_selection(state, 2)
    saved = view.save()
    assert saved is not None, view.status_text()
    return saved


def _raw_rows(window: MainWindow, sql: str) -> list[Any]:
    return list(window.services.store.connection.execute(sql))


def _assert_stored_as_utc_plus_offset(text: str, offset: int, meant: datetime) -> None:
    stored = datetime.fromisoformat(text)
    assert stored.utcoffset() == timedelta(0), text  # the moment, in UTC
    assert offset == meant.utcoffset().total_seconds() // 60  # the local offset of that moment
    again = from_db_time(text, offset)
    assert again == meant and again.utcoffset() == meant.utcoffset()


# --------------------------------------------------------------------------- daylight saving
def test_a_break_across_the_spring_forward_night_lasts_its_real_length(
    qtbot, data_dir: Path, countdown: Callable[[Any, str], None]
) -> None:
    # Berlin, 29 March 2026: at 02:00 the clocks jump to 03:00.
    clock = ManualClock(datetime(2026, 3, 29, 1, 50, tzinfo=BERLIN))
    window = _window(qtbot, data_dir, clock)
    before = _save_checkin(window, "fight")
    page = _start_break(qtbot, window, "30")
    record = window.services.store.active_break()
    assert record is not None
    assert record.return_at.astimezone(UTC) == datetime(2026, 3, 29, 1, 20, tzinfo=UTC)
    assert page.countdown.return_label.text() == "back at 03:20"  # 01:50 + 30 min, shown as CEST
    clock.advance(20 * 60)  # 02:10 does not exist: it is 03:10 now
    assert clock.now().strftime("%H:%M %Z") == "03:10 CEST"
    countdown(page, "10:00")
    after = _save_checkin(window, "settled")
    rows = {r["id"]: r for r in _raw_rows(window, "SELECT id, ts, utc_offset FROM checkins")}
    _assert_stored_as_utc_plus_offset(
        rows[before]["ts"], rows[before]["utc_offset"], datetime(2026, 3, 29, 1, 50, tzinfo=BERLIN)
    )
    _assert_stored_as_utc_plus_offset(
        rows[after]["ts"], rows[after]["utc_offset"], datetime(2026, 3, 29, 3, 10, tzinfo=BERLIN)
    )
    assert (rows[before]["utc_offset"], rows[after]["utc_offset"]) == (60, 120)


def test_a_clock_time_typed_in_the_fall_back_hour_is_its_first_occurrence(
    qtbot, data_dir: Path, countdown: Callable[[Any, str], None]
) -> None:
    # New York, 1 November 2026: 01:00-02:00 happens twice (EDT, then EST).
    clock = ManualClock(datetime(2026, 11, 1, 0, 50, tzinfo=NEW_YORK))
    window = _window(qtbot, data_dir, clock)
    page = _start_break(qtbot, window, "1:30")
    record = window.services.store.active_break()
    assert record is not None
    assert record.return_at.astimezone(UTC) - clock.now().astimezone(UTC) == timedelta(minutes=40)
    (row,) = _raw_rows(window, "SELECT started, return_at, utc_offset FROM breaks")
    assert row["utc_offset"] == -240
    assert datetime.fromisoformat(row["return_at"]) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    clock.advance(40 * 60 + 30 * 60)  # the clocks went back: 01:00 EST, 30 min late
    countdown(page, "01:30")  # once it has passed, the countdown shows the agreed time
    assert "It's past 01:30" in page.countdown.status_label.text()


def test_manual_clock_advance_is_real_time_across_daylight_saving() -> None:
    clock = ManualClock(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))
    start = clock.now().astimezone(UTC)
    clock.advance(2 * 3600)
    assert clock.now().astimezone(UTC) - start == timedelta(hours=2)


# --------------------------------------------------------------------------- travel
def test_flying_to_another_time_zone_mid_break_keeps_the_promised_moment(
    qtbot, data_dir: Path, countdown: Callable[[Any, str], None]
) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=BERLIN))
    window = _window(qtbot, data_dir, clock)
    page = _start_break(qtbot, window, "19:45")
    promised = window.services.store.active_break().return_at.astimezone(UTC)
    assert page.countdown.return_label.text() == "back at 19:45"
    clock.advance(15 * 60)
    clock.set_wall(clock.now().astimezone(NEW_YORK))  # 19:15 in Berlin is 13:15 in New York
    countdown(page, "30:00")
    assert page.countdown.return_label.text() == "back at 13:45"
    assert status_line(window.services.store, clock) == "back at 13:45, 30 min left"
    clock.set_wall(clock.now().astimezone(TOKYO))  # and on to Tokyo: 03:15 the next day
    countdown(page, "30:00")
    assert page.countdown.return_label.text() == "back at 03:45"
    record = window.services.store.active_break()
    assert record.return_at.astimezone(UTC) == promised  # nothing stored moved
    (row,) = _raw_rows(window, "SELECT started, return_at, utc_offset FROM breaks")
    assert row["utc_offset"] == 60  # Berlin's offset when the break started
    assert datetime.fromisoformat(row["return_at"]) == promised
    # Coming back in Tokyo, on time: kept, and the "after" check-in carries Tokyo's offset.
    clock.advance(29 * 60)
    page.show_return()
    qtbot.waitUntil(page.return_view.finish_button.isVisible)
    page.return_view.checkin.set_state("settled")
    qtbot.mouseClick(page.return_view.finish_button, Qt.MouseButton.LeftButton)
    (record,) = window.services.store.breaks()
    assert record.outcome == "kept"
    after = window.services.store.get_checkin(record.after_checkin)
    assert after is not None and after.timestamp.utcoffset() == timedelta(hours=9)


# --------------------------------------------------------------------------- clock jumps
def test_the_clock_jumping_forward_and_back_moves_nothing_that_was_promised(
    qtbot, data_dir: Path, countdown: Callable[[Any, str], None]
) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
    window = _window(qtbot, data_dir, clock)
    page = _start_break(qtbot, window, "20")
    controller = window.services.breaks
    fired: list[str] = []
    controller.notify.connect(fired.append)
    promised = window.services.store.active_break().return_at
    clock.advance(5 * 60)
    clock.set_wall(clock.now() + timedelta(hours=3))  # a wrong clock, "fixed" by hand
    controller.check()
    controller.check()
    countdown(page, "19:20")  # past the time: the agreed time, which did not move
    assert fired == ["due"]  # once, however often it is checked
    clock.set_wall(clock.now() - timedelta(hours=3))  # and set right again
    controller.check()
    countdown(page, "15:00")
    assert fired == ["due"]
    clock.set_wall(clock.now() - timedelta(hours=2))  # before the break even started
    countdown(page, "2:15:00")
    assert window.services.store.active_break().return_at == promised


def test_a_suspended_laptop_wakes_to_the_right_countdown(
    qtbot, data_dir: Path, countdown: Callable[[Any, str], None]
) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
    window = _window(qtbot, data_dir, clock)
    page = _start_break(qtbot, window, "20")
    clock.suspend(12 * 60)  # the wall clock moves, the monotonic clock does not
    countdown(page, "8:00")


def test_the_pacer_ignores_wall_clock_jumps(qtbot, data_dir: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
    window = _window(qtbot, data_dir, clock)
    pacer = window.show_area("breathe")
    pacer.start("exhale-4-6", minutes=1.0)
    clock.advance(12.5)
    pacer.tick()
    shown = pacer.findChild(type(window.notice), "elapsedLabel").text()
    for jump in (timedelta(hours=1), timedelta(hours=-5)):
        clock.set_wall(clock.now() + jump)
        pacer.tick()
        assert pacer.findChild(type(window.notice), "elapsedLabel").text() == shown
        assert pacer.is_running()
    pacer.stop()
    (session,) = window.services.store.sessions()
    assert session.seconds == pytest.approx(12.5, abs=0.1)


def test_the_database_file_holds_utc_with_the_offset_of_each_moment(qtbot, data_dir: Path) -> None:
    clock = ManualClock(datetime(2026, 7, 1, 23, 30, tzinfo=ZoneInfo("Asia/Kolkata")))
    window = _window(qtbot, data_dir, clock)
    _save_checkin(window, "fawn")
    window.close()
    import sqlite3

    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        (ts, offset) = conn.execute("SELECT ts, utc_offset FROM checkins").fetchone()
    finally:
        conn.close()
    assert ts == "2026-07-01T18:00:00.000000+00:00"
    assert offset == 330

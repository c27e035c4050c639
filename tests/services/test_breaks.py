"""The break controller keeps its promise: stored at once, reminders once, restarts and clocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.breaks import START, UTC
from helpers.faults import DISK_FULL, disk_full
from PySide6.QtCore import QLocale

from companion.core.agreement import ReturnProblem, ReturnTimeError, parse_return
from companion.core.clock import ManualClock
from companion.core.phrases import Phrases
from companion.core.reminder_marks import MISSED, NOTIFY_DUE, NOTIFY_SOON
from companion.core.states import Context
from companion.services.break_status import status_line
from companion.services.break_words import format_return_time, local_now, problem_text
from companion.services.breaks import BreakAlreadyRunning, BreakController
from companion.storage.store import StorageError, Store

C = QLocale.c()

pytestmark = pytest.mark.usefixtures("c_locale")


class Recorder:
    """Collects notifications and chimes as a user would see and hear them."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.chimes = 0

    def notify(self, title: str, body: str) -> None:
        self.messages.append((title, body))

    def chime(self) -> None:
        self.chimes += 1


def open_store(stores: list[Store], data_dir: Path) -> Store:
    store = Store.open(data_dir)
    stores.append(store)
    return store


def controller(
    stores: list[Store], data_dir: Path, clock: ManualClock, rec: Recorder | None = None
) -> BreakController:
    rec = rec or Recorder()
    return BreakController(open_store(stores, data_dir), clock, rec.notify, rec.chime)


def start(ctl: BreakController, clock: ManualClock, text: str = "20", **kw: object) -> None:
    ctl.start(parse_return(text, clock.now()), ["walk", "breathe"], "Back at 19:20.", **kw)


def running(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> tuple[BreakController, Recorder, list[str]]:
    """A controller with a 20-minute break just started, and what it notifies, recorded."""
    rec = Recorder()
    ctl = controller(stores, data_dir, clock, rec)
    keys: list[str] = []
    ctl.notify.connect(keys.append)
    start(ctl, clock)
    return ctl, rec, keys


def relaunched_after(
    stores: list[Store], data_dir: Path, clock: ManualClock, seconds: float
) -> tuple[BreakController, Recorder]:
    """A break started, the app closed, ``seconds`` passed: the next launch's controller."""
    start(controller(stores, data_dir, clock), clock)
    stores[0].close()
    clock.advance(seconds)
    rec = Recorder()
    return controller(stores, data_dir, clock, rec), rec


def test_a_break_is_stored_the_moment_it_starts(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    changes: list[None] = []
    ctl.changed.connect(lambda: changes.append(None))
    start(ctl, clock)
    assert changes
    # A second, independent connection sees it: it is committed, not just in memory.
    other = open_store(stores, data_dir).active_break()
    assert other is not None
    assert other.return_at == START + timedelta(minutes=20)
    assert other.plan == ("walk", "breathe")
    assert other.bridge == "Back at 19:20."


def test_restart_mid_break_resumes_the_same_return_time(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    first = controller(stores, data_dir, clock)
    start(first, clock, "45")
    clock.advance(10 * 60)
    stores[0].close()  # the process goes away, as with kill -9: nothing else is written
    again = controller(stores, data_dir, clock)
    found = again.active()
    assert found is not None
    _record, agreement = found
    assert agreement.return_at == START + timedelta(minutes=45)
    assert agreement.remaining(clock.now()) == timedelta(minutes=35)
    assert again.tick_timer.isActive()


def test_the_tick_timer_runs_only_during_a_break(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    timer = ctl.tick_timer
    assert timer.objectName() == "breakTick"
    assert timer.interval() <= 1000
    assert not timer.isActive()
    start(ctl, clock)
    assert timer.isActive()
    ctl.mark_returned()
    assert not timer.isActive()
    start(ctl, clock)
    assert timer.isActive()
    ctl.cancel()
    assert not timer.isActive()
    assert ctl.active() is None


def test_each_reminder_fires_once(stores: list[Store], data_dir: Path, clock: ManualClock) -> None:
    ctl, rec, keys = running(stores, data_dir, clock)
    due: list[None] = []
    ctl.due.connect(lambda: due.append(None))
    clock.advance(15 * 60 - 1)  # 5 min 1 s left
    ctl.check()
    assert keys == []
    clock.advance(1)  # exactly 5 minutes left
    ctl.check()
    ctl.check()
    assert keys == [NOTIFY_SOON]
    assert "5 min until 19:20" in rec.messages[0][1]
    clock.advance(5 * 60 - 1)
    ctl.check()
    assert keys == [NOTIFY_SOON]
    clock.advance(1)
    for _ in range(3):
        ctl.check()
        clock.advance(30)
    assert keys == [NOTIFY_SOON, NOTIFY_DUE]
    assert len(due) == 1
    assert len(rec.messages) == 2 and rec.chimes == 2
    assert "19:20" in rec.messages[1][1]
    assert set(stores[0].active_break().notified) == {NOTIFY_SOON, NOTIFY_DUE}  # type: ignore[union-attr]


def test_reminders_fire_once_across_a_restart(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    first_rec, second_rec = Recorder(), Recorder()
    first = controller(stores, data_dir, clock, first_rec)
    start(first, clock)
    clock.advance(16 * 60)
    first.check()
    assert len(first_rec.messages) == 1
    stores[0].close()
    second = controller(stores, data_dir, clock, second_rec)
    second.check()
    assert second_rec.messages == []  # the 5-minute reminder is not repeated
    clock.advance(4 * 60)
    second.check()
    second.check()
    assert len(second_rec.messages) == 1  # the one at the return time
    assert second_rec.messages[0][0] == "Time to go back"


def test_a_three_hour_suspend_gives_one_reminder_not_two(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl, _rec, keys = running(stores, data_dir, clock)
    clock.advance(60)
    ctl.check()
    clock.suspend(3 * 3600)
    ctl.check()
    assert keys == [NOTIFY_DUE]
    _record, agreement = ctl.active()  # type: ignore[misc]
    assert agreement.remaining(clock.now()) == -timedelta(hours=2, minutes=41)
    assert status_line(ctl.store, clock, locale=C) == "back at 19:20 — that was 2 h 41 min ago"


def test_a_time_passed_while_closed_is_said_once_without_notifications(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    second, rec = relaunched_after(stores, data_dir, clock, 3 * 3600)
    missed: list[None] = []
    second.missedWhileClosed.connect(lambda: missed.append(None))
    second.check()
    second.check()
    assert len(missed) == 1
    assert rec.messages == [] and rec.chimes == 0
    assert second.missed_while_closed()
    stores[1].close()
    third = controller(stores, data_dir, clock)
    third.missedWhileClosed.connect(lambda: missed.append(None))
    third.check()
    assert len(missed) == 1
    assert third.missed_while_closed()  # still known, for the return step
    assert MISSED in stores[2].active_break().notified  # type: ignore[union-attr]


def test_reopened_during_wind_down_still_gets_the_five_minute_reminder(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    second, rec = relaunched_after(stores, data_dir, clock, 17 * 60)
    second.check()
    assert len(rec.messages) == 1
    assert "3 min until 19:20" in rec.messages[0][1]
    assert not second.missed_while_closed()


def test_clock_set_back_then_forward(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl, _rec, keys = running(stores, data_dir, clock)
    clock.set_wall(START - timedelta(hours=2))
    ctl.check()
    assert keys == []
    assert status_line(ctl.store, clock, locale=C) == "back at 19:20, 2 h 20 min left"
    clock.set_wall(START + timedelta(minutes=30))
    ctl.check()
    assert keys == [NOTIFY_DUE]
    assert status_line(ctl.store, clock, locale=C) == "back at 19:20 — that was 10 min ago"


def test_extending_sets_new_reminders(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl, _rec, keys = running(stores, data_dir, clock)
    clock.advance(20 * 60)
    ctl.check()
    assert keys == [NOTIFY_DUE]
    longer = ctl.extend(10 * 60)
    assert longer.return_at == START + timedelta(minutes=30)
    record = ctl.store.active_break()
    assert record is not None
    assert record.extensions == (600.0,)
    assert record.return_at == START + timedelta(minutes=30)
    assert record.original_return == START + timedelta(minutes=20)
    clock.advance(5 * 60)
    ctl.check()
    clock.advance(5 * 60)
    ctl.check()
    assert keys == [NOTIFY_DUE, NOTIFY_SOON, NOTIFY_DUE]
    assert status_line(ctl.store, clock, locale=C) == "back at 19:30 — that is now"


def test_extending_past_a_day_is_refused_and_changes_nothing(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock, "23h 50m")
    with pytest.raises(ReturnTimeError) as refused:
        ctl.extend(20 * 60)
    assert "at most 10 min can" in problem_text(refused.value, C)
    record = ctl.store.active_break()
    assert record is not None and record.extensions == ()


def test_asking_for_more_time_keeps_each_message_apart_from_the_leaving_words(
    stores: list[Store], data_dir: Path, clock: ManualClock, phrases: Phrases
) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock)
    leaving = ctl.store.active_break().bridge  # type: ignore[union-attr]
    assert leaving
    changes: list[None] = []
    ctl.changed.connect(lambda: changes.append(None))
    clock.advance(18 * 60)
    longer, words = ctl.ask_for_more_time(10 * 60, phrases.extension)
    assert longer.return_at == START + timedelta(minutes=30)
    # The amount asked for, not the minutes left: the words stay true as time passes.
    assert "19:30" in words and "10 minutes" in words
    record = ctl.store.active_break()
    assert record is not None and record.bridge == leaving and record.more_time == (words,)
    assert changes  # the countdown and the tray hear of the new words at once
    _, again = ctl.ask_for_more_time(5 * 60, phrases.extension)
    assert "19:35" in again
    assert again != words  # the next wording, so a second ask does not sound the same
    reread = open_store(stores, data_dir).active_break()
    assert reread is not None and (reread.bridge, reread.more_time) == (leaving, (words, again))


def test_asking_for_more_time_when_the_words_cannot_be_stored_still_gives_the_time(
    stores: list[Store],
    data_dir: Path,
    clock: ManualClock,
    phrases: Phrases,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock)

    def words_not_saved(*_args: object, **_kwargs: object) -> None:
        raise StorageError(DISK_FULL)

    monkeypatch.setattr(ctl, "_save_more_time", words_not_saved)
    longer, words = ctl.ask_for_more_time(10 * 60, phrases.extension)
    assert "19:30" in words
    assert ctl.store.active_break().return_at == longer.return_at  # type: ignore[union-attr]


@pytest.mark.usefixtures("german")
def test_amounts_in_reminders_and_refusals_are_in_the_users_language(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl, rec, _keys = running(stores, data_dir, clock)
    clock.advance(15 * 60)
    ctl.check()
    body = rec.messages[0][1]
    assert "5 Min." in body and "19:20" in body
    assert "minute" not in body.lower()
    ctl.cancel()
    start(ctl, clock, "23h 50m")
    with pytest.raises(ReturnTimeError) as refused:
        ctl.extend(75 * 60)
    message = problem_text(refused.value)
    assert "10 Min." in message and "minutes" not in message


def test_check_ins_use_the_shared_context_ids(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    leaving = ctl.add_checkin("fight", 4, context=Context.DURING_BREAK)
    assert ctl.checkin(leaving).context == "during_break"  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        ctl.add_checkin("fight", 4, context="before_break")  # type: ignore[arg-type]
    assert len(ctl.store.checkins()) == 1


def test_return_outcomes_are_recorded(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    store = ctl.store
    before = ctl.add_checkin("fight", 4, context=Context.DURING_BREAK)
    start(ctl, clock, before_checkin_id=before)
    clock.advance(18 * 60)
    after = ctl.add_checkin("settled", 2, context=Context.AFTER_RETURN)
    assert ctl.mark_returned(after) == "kept"
    record = store.breaks()[-1]
    assert (record.outcome, record.before_checkin, record.after_checkin) == ("kept", before, after)
    assert record.ended == clock.now()
    assert store.get_checkin(before).break_id == record.id  # type: ignore[union-attr]
    assert store.get_checkin(after).break_id == record.id  # type: ignore[union-attr]

    start(ctl, clock)
    clock.advance(25 * 60)
    assert ctl.mark_returned() == "late"
    start(ctl, clock)
    ctl.extend(10 * 60)
    clock.advance(25 * 60)
    assert ctl.mark_returned() == "extended"
    start(ctl, clock)
    ctl.cancel()
    assert [b.outcome for b in store.breaks()] == ["kept", "late", "extended", "cancelled"]


def test_start_refuses_a_second_break_and_a_past_time(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    stale = parse_return("19:30", clock.now())
    start(ctl, clock)
    with pytest.raises(BreakAlreadyRunning):
        start(ctl, clock)
    ctl.cancel()
    clock.advance(45 * 60)
    with pytest.raises(ReturnTimeError) as refused:
        ctl.start(stale, [], "")
    assert refused.value.problem is ReturnProblem.PASSED
    assert ctl.active() is None


def test_plan_ticks_are_stored(stores: list[Store], data_dir: Path, clock: ManualClock) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock)
    ctl.set_plan_done(["walk"])
    assert open_store(stores, data_dir).active_break().plan_done == ("walk",)  # type: ignore[union-attr]


def test_on_a_full_disk_each_reminder_still_shows_once_and_is_stored_later(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl, rec, keys = running(stores, data_dir, clock)
    with disk_full(ctl.store, "COMMIT") as fault:
        clock.advance(16 * 60)
        for _ in range(3):  # three seconds of the timer while the marker cannot be stored
            ctl.tick_timer.timeout.emit()
        assert keys == [NOTIFY_SOON]
        clock.advance(4 * 60)
        ctl.check()
        ctl.check()
        assert keys == [NOTIFY_SOON, NOTIFY_DUE]
        assert fault.refused >= 2
    assert ctl.store.active_break().notified == ()  # type: ignore[union-attr]
    ctl.check()  # room again: the markers are written, and nothing is shown twice
    assert set(ctl.store.active_break().notified) == {NOTIFY_SOON, NOTIFY_DUE}  # type: ignore[union-attr]
    assert keys == [NOTIFY_SOON, NOTIFY_DUE] and len(rec.messages) == 2


def test_on_a_full_disk_extending_changes_nothing(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock)
    with disk_full(ctl.store, "COMMIT"), pytest.raises(StorageError, match=DISK_FULL):
        ctl.extend(10 * 60)
    record = ctl.store.active_break()
    assert record is not None and record.extensions == ()
    assert record.return_at == START + timedelta(minutes=20)


def test_a_break_whose_end_cannot_be_saved_keeps_running_and_can_end_later(
    stores: list[Store], data_dir: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl = controller(stores, data_dir, clock)
    store = ctl.store
    start(ctl, clock)
    clock.advance(18 * 60)
    after = ctl.add_checkin("settled", 2, context=Context.AFTER_RETURN)

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError(f"Could not save to {store.path}: {DISK_FULL}")

    monkeypatch.setattr(store, "update_break", full)
    with pytest.raises(StorageError, match=DISK_FULL):
        ctl.mark_returned(after)
    monkeypatch.undo()
    assert ctl.active() is not None and ctl.tick_timer.isActive()
    assert ctl.mark_returned(after) == "kept"
    record = store.breaks()[-1]
    assert (record.outcome, record.after_checkin) == ("kept", after)
    assert store.get_checkin(after).break_id == record.id  # type: ignore[union-attr]


def test_a_break_starts_even_when_its_check_in_cannot_be_linked_back(
    stores: list[Store], data_dir: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl = controller(stores, data_dir, clock)
    store = ctl.store
    before = ctl.add_checkin("fight", 4, context=Context.DURING_BREAK)

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError(f"Could not save to {store.path}: {DISK_FULL}")

    monkeypatch.setattr(store, "update_checkin", full)
    start(ctl, clock, before_checkin_id=before)
    record = store.active_break()
    assert record is not None and record.before_checkin == before
    assert ctl.before_checkin() is not None


def test_status_line_without_any_controller(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    fresh = open_store(stores, data_dir)
    assert status_line(fresh, clock, locale=C) == "No break is running."
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock, "19:30")
    stores[1].close()  # the GUI process is gone
    clock.advance(18 * 60)
    reader = open_store(stores, data_dir)
    assert status_line(reader, clock, locale=C) == "back at 19:30, 12 min left"
    clock.advance(11 * 60 + 30)
    assert status_line(reader, clock, locale=C) == "back at 19:30, less than a minute left"
    clock.advance(35 * 60 + 30)
    assert status_line(reader, clock, locale=C) == "back at 19:30 — that was 35 min ago"


def test_the_window_line_says_what_companion_status_says(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    assert ctl.status_text() == ""
    start(ctl, clock, "75")
    for seconds, line in [
        (0, "back at 20:15, 1 h 15 min left"),
        (75 * 60 - 30, "back at 20:15, less than a minute left"),
        (30, "back at 20:15 — that is now"),
        (90 * 60, "back at 20:15 — that was 1 h 30 min ago"),
    ]:
        clock.advance(seconds)
        assert ctl.status_text() == status_line(ctl.store, clock, locale=C) == line
    ctl.extend(10 * 60)  # counted from now, 21:45
    assert ctl.status_text() == "back at 21:55, 10 min left"
    ctl.mark_returned()
    assert ctl.status_text() == ""


def test_a_quick_check_in_is_saved_once_and_changed_on_a_retry(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    first = ctl.save_quick_checkin(None, "fight", 4, Context.DURING_BREAK)
    assert ctl.save_quick_checkin(first, "fight", 4, Context.DURING_BREAK) == first
    assert ctl.save_quick_checkin(first, "flight", 2, Context.DURING_BREAK) == first
    saved = [(c.id, c.state, c.intensity, c.context) for c in ctl.store.checkins()]
    assert saved == [(first, "flight", 2, "during_break")]


def test_status_line_uses_the_locale_format(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock, "90")
    line = status_line(
        ctl.store, clock, locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    assert line.replace("\u202f", " ") == "back at 8:30 PM, 1 h 30 min left"


def test_return_time_text_mentions_tomorrow() -> None:
    now = datetime(2026, 11, 21, 23, 50, tzinfo=UTC)
    assert format_return_time(now + timedelta(minutes=20), now, C) == "00:10 tomorrow"
    assert format_return_time(now - timedelta(hours=1), now, C) == "22:50"
    assert format_return_time(now - timedelta(days=1), now, C) == "23:50 yesterday"


def test_a_break_across_a_dst_change_shows_the_local_wall_time(
    stores: list[Store], data_dir: Path
) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock = ManualClock(datetime(2026, 3, 29, 1, 30, tzinfo=berlin))
    ctl = controller(stores, data_dir, clock)
    start(ctl, clock, "60")
    stores[0].close()
    # The store keeps the start's offset (+01:00); the display must use the new one.
    again = controller(stores, data_dir, clock)
    clock.advance(30 * 60)
    assert status_line(again.store, clock, locale=C) == "back at 03:30, 30 min left"


def test_local_now_upgrades_a_matching_fixed_offset_to_the_named_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    fixed = ManualClock(datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1))))
    upgraded = local_now(fixed, berlin)
    assert upgraded.tzinfo is berlin
    assert upgraded == fixed.now()
    # 09:00 the same day is 6.5 real hours away once the zone knows about the change.
    assert parse_return("09:00", upgraded).duration == timedelta(hours=6, minutes=30)
    other = ManualClock(datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=5))))
    assert local_now(other, berlin).tzinfo == timezone(timedelta(hours=5))
    assert local_now(fixed, None) == fixed.now()

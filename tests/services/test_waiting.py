"""The partner who waits: a waiting break from a pasted message, kept like any break."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from helpers.breaks import START
from helpers.faults import DISK_FULL, disk_full

from companion.core.agreement import ReturnTimeError
from companion.core.clock import ManualClock
from companion.core.ical import calendar_text
from companion.core.paste import FoundReturn
from companion.core.reminder_marks import NOTIFY_DUE, NOTIFY_SOON
from companion.services.break_status import status_line
from companion.services.breaks import BreakController
from companion.services.waiting import WaitingService
from companion.storage.store import StorageError, Store

pytestmark = pytest.mark.usefixtures("c_locale")

MESSAGE = "I'm overwhelmed and need some space. I'll come back at 19:30 so we can talk."


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, body: str) -> None:
        self.messages.append((title, body))


def service(
    stores: list[Store], data_dir: Path, clock: ManualClock, rec: Recorder
) -> WaitingService:
    store = Store.open(data_dir)
    stores.append(store)
    return WaitingService(BreakController(store, clock, rec.notify))


def started(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> tuple[WaitingService, Recorder]:
    rec = Recorder()
    waiting = service(stores, data_dir, clock, rec)
    found = waiting.read_message(MESSAGE)
    assert isinstance(found, FoundReturn)
    waiting.start(found.request, MESSAGE)
    return waiting, rec


def test_a_pasted_message_starts_a_waiting_break_stored_at_once(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    waiting, _ = started(stores, data_dir, clock)
    record = stores[0].active_break()
    assert record is not None and record.role == "waiting"
    assert record.return_at == START + timedelta(minutes=30)
    assert record.bridge == MESSAGE
    assert waiting.waiting() is not None
    assert status_line(stores[0], clock) == "waiting for your partner: back at 19:30, 30 min left"


def test_text_without_a_time_gives_one_clear_message_and_starts_nothing(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    waiting = service(stores, data_dir, clock, Recorder())
    said = waiting.read_message("I need space, leave me alone")
    assert isinstance(said, str) and "No return time found" in said
    assert isinstance(waiting.read_message("back at 7 or 8"), str)
    assert stores[0].active_break() is None


def test_reminders_fire_once_in_words_for_the_one_who_waits_also_across_a_restart(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    started(stores, data_dir, clock)
    stores[0].close()  # the app is closed mid-wait
    clock.advance(25 * 60)
    rec = Recorder()
    again = service(stores, data_dir, clock, rec)
    keys: list[str] = []
    again.controller.notify.connect(keys.append)
    again.controller.check()
    again.controller.check()
    assert keys == [NOTIFY_SOON]
    assert rec.messages[0][0] == "Your partner is nearly back"
    clock.advance(5 * 60)
    again.controller.check()
    again.controller.check()
    assert keys == [NOTIFY_SOON, NOTIFY_DUE]
    title, body = rec.messages[1]
    assert title == "It's about 19:30" and "said they'd be back about now" in body
    assert "Go back" not in body  # the leaving side's words are not theirs


def test_a_new_message_moves_the_time_later_and_never_earlier(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    waiting, _ = started(stores, data_dir, clock)
    clock.advance(30 * 60)
    newer = waiting.read_message(
        "I'm not ready yet. Could I have 15 minutes more? I'll be back at 19:45."
    )
    assert isinstance(newer, FoundReturn)
    assert waiting.move_to(newer.request.deadline).return_at == START + timedelta(minutes=45)
    with pytest.raises(ReturnTimeError, match="isn't later"):
        waiting.move_to(START + timedelta(minutes=40))


def test_drafts_are_kept_at_once_and_belong_to_their_break(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    waiting, _ = started(stores, data_dir, clock)
    assert waiting.keep_draft("   ") is None
    waiting.keep_draft("Why do you always walk away?")
    clock.advance(60)
    waiting.keep_draft("I'm scared when you go.")
    again = service(stores, data_dir, clock, Recorder())
    assert [d.text for d in again.drafts()] == [
        "Why do you always walk away?",
        "I'm scared when you go.",
    ]


def test_a_draft_that_cannot_be_saved_says_why(
    stores: list[Store], data_dir: Path, clock: ManualClock
) -> None:
    waiting, _ = started(stores, data_dir, clock)
    with disk_full(stores[0]), pytest.raises(StorageError, match=DISK_FULL):
        waiting.keep_draft("hello")
    assert waiting.drafts() == []


def test_a_calendar_file_sets_the_same_minute(
    stores: list[Store], data_dir: Path, clock: ManualClock, tmp_path: Path
) -> None:
    waiting = service(stores, data_dir, clock, Recorder())
    deadline = START + timedelta(minutes=35)
    path = tmp_path / "back.ics"
    path.write_text(calendar_text(start=START, deadline=deadline, uid="u", summary="s", alarm="a"))
    request = waiting.read_calendar_file(path)
    assert not isinstance(request, str)
    waiting.start(request)
    assert stores[0].active_break().return_at == deadline  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "could not be read"),
        (b"\xff\xfe garbage", "No return time found"),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTEND:20261121T170000Z\nEND:VEVENT\nEND:VCALENDAR",
            "already passed",
        ),
        (
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTEND:20261125T170000Z\nEND:VEVENT\nEND:VCALENDAR",
            "more than a day",
        ),
    ],
)
def test_calendar_files_without_a_usable_time_say_why(
    stores: list[Store],
    data_dir: Path,
    clock: ManualClock,
    tmp_path: Path,
    content: bytes | None,
    expected: str,
) -> None:
    waiting = service(stores, data_dir, clock, Recorder())
    path = tmp_path / "x.ics"
    if content is not None:
        path.write_bytes(content)
    said = waiting.read_calendar_file(path)
    assert isinstance(said, str) and expected in said

"""The partner who waits: a break kept from the other side of the pause.

A waiting break is an ordinary stored break with the role "waiting": the same wall-clock
deadline, stored at once and surviving restarts, and the same reminders near and at the
return time, in words for the one who waits. This service adds what only the waiting side
needs: reading the time from a pasted message or a calendar file, the drafts written here
instead of sent, and moving the time when the partner asks for more.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.core.agreement import (
    MAX_BREAK,
    RequestKind,
    ReturnAgreement,
    ReturnProblem,
    ReturnRequest,
    ReturnTimeError,
    parse_return,
)
from companion.core.reminder_marks import NOTIFY_SOON
from companion.desktop.translate import translator
from companion.services.break_words import problem_text
from companion.services.breaks import BreakController, amount_text
from companion.storage.store import BreakRecord, Draft

if TYPE_CHECKING:  # the readers load when first used, not while the window starts
    from companion.core.paste import FoundReturn, NoTimeFound

__all__ = ["LEAVING", "WAITING", "NotLater", "WaitingService", "error_words", "paste_problem"]

LEAVING = "leaving"
WAITING = "waiting"
_CALENDAR_LIMIT = 1_000_000  # bytes read from a calendar file; ours are under a kilobyte


_tr = translator("WaitingService")


def paste_problem(result: NoTimeFound) -> str:
    """The one clear message for a pasted text without a usable time."""
    from companion.core.paste import NoTimeReason

    if result.reason is NoTimeReason.EMPTY:
        return _tr("Paste the message your partner sent, or type the time they gave.")
    if result.reason is NoTimeReason.AMBIGUOUS:
        return _tr(
            "This message has more than one time in it, so Companion won't guess. "
            "Type the time your partner said they'd be back, like 19:30 or 20 min."
        )
    if result.reason is NoTimeReason.UNUSABLE and result.error is not None:
        return error_words(result.error)
    return _tr(
        "No return time found in this message. Type the time your partner said they'd be "
        "back, like 19:30 or 20 min."
    )


def _reminder_words(key: str, minutes: int, when: str) -> tuple[str, str]:
    if key == NOTIFY_SOON:
        return (
            _tr("Your partner is nearly back"),
            _tr("{amount} until {time}, the time your partner said they'd be back.").format(
                amount=amount_text(minutes), time=when
            ),
        )
    return (
        _tr("It's about {time}").format(time=when),
        _tr(
            "Your partner said they'd be back about now. Give them a moment; a few minutes "
            "either way is all right."
        ),
    )


class NotLater(ReturnTimeError):
    """A new return time for the partner that is not later than the one already set."""

    def __init__(self, words: str) -> None:
        super().__init__(ReturnProblem.EXTRA_NOT_POSITIVE)
        self.words = words

    def __str__(self) -> str:
        return self.words


def error_words(exc: Exception) -> str:
    """What to show for a refused time or a failed save, in the user's language."""
    if isinstance(exc, ReturnTimeError) and not isinstance(exc, NotLater):
        return problem_text(exc)
    return str(exc)


class WaitingService(QObject):
    """Starts and keeps a waiting break on the shared break controller.

    ``draftsChanged`` is emitted after a draft is kept.
    """

    draftsChanged = Signal()

    def __init__(self, controller: BreakController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        controller.set_reminder_words(WAITING, _reminder_words)

    @property
    def controller(self) -> BreakController:
        return self._controller

    # ----------------------------------------------------------------- reading a time
    def read_message(self, text: str, locale_formats: tuple[str, ...] = ()) -> FoundReturn | str:
        """The return time in a pasted message, or the message to show when there is none."""
        from companion.core.paste import FoundReturn, find_return_time

        result = find_return_time(text, self._controller.now(), locale_formats=locale_formats)
        return result if isinstance(result, FoundReturn) else paste_problem(result)

    def read_typed(self, text: str, locale_formats: tuple[str, ...] = ()) -> ReturnRequest | str:
        """A typed length or clock time, by the leaving side's rules; or why not."""
        try:
            return parse_return(text, self._controller.now(), locale_formats=locale_formats)
        except ReturnTimeError as exc:
            return error_words(exc)

    def read_calendar_file(self, path: Path) -> ReturnRequest | str:
        """The return time in a calendar file (the end of its event), or why not."""
        from companion.core.ical import CalendarReturn, read_calendar

        try:
            with Path(path).open("rb") as stream:
                data = stream.read(_CALENDAR_LIMIT)
        except OSError as exc:
            return _tr("The file {name} could not be read: {reason}").format(
                name=Path(path).name, reason=exc.strerror or str(exc)
            )
        found = read_calendar(data.decode("utf-8", errors="replace"), self._zone())
        if not isinstance(found, CalendarReturn):
            return _tr("No return time found in this file. Type the time instead.")
        return self._request_at(found.deadline)

    def _zone(self) -> tzinfo:
        zone = self._controller.now().tzinfo
        assert zone is not None  # the controller's clock is always timezone-aware
        return zone

    def _request_at(self, deadline: datetime) -> ReturnRequest | str:
        now = self._controller.now()
        left = deadline - now
        if left <= timedelta(0):
            return _tr("That time has already passed.")
        if left > MAX_BREAK:
            return _tr("That time is more than a day away.")
        return ReturnRequest(
            deadline=deadline.astimezone(now.tzinfo), kind=RequestKind.CLOCK, duration=left
        )

    # ----------------------------------------------------------------- the waiting break
    def waiting(self) -> tuple[BreakRecord, ReturnAgreement] | None:
        """The running break when it is a waiting one; None otherwise."""
        found = self._controller.active()
        return found if found is not None and found[0].role == WAITING else None

    def start(self, request: ReturnRequest, message: str = "") -> BreakRecord:
        """Start waiting for the return time; stored at once. ``message`` is what was pasted.

        Raises like :meth:`BreakController.start`.
        """
        return self._controller.start(request, (), message.strip(), role=WAITING)

    def move_to(self, deadline: datetime) -> ReturnAgreement:
        """The partner asked for more time: wait until ``deadline`` instead.

        Raises ReturnTimeError when it is not later than the time already set, or beyond
        the 24-hour limit; StorageError when it cannot be saved.
        """
        found = self.waiting()
        if found is None:
            raise RuntimeError("no waiting break is running")
        _, agreement = found
        extra = (deadline - agreement.return_at).total_seconds()
        if extra < 60:
            raise NotLater(
                _tr("That isn't later than {time}, the time already set.").format(
                    time=self._controller.format_time(agreement.return_at)
                )
            )
        return self._controller.extend(extra)

    def keep_draft(self, text: str) -> Draft | None:
        """Keep what they wanted to send, at once; None for empty text.

        Raises StorageError (message fit for the user) when it cannot be saved.
        """
        found = self.waiting()
        if found is None or not text.strip():
            return None
        record = found[0]
        assert record.id is not None
        draft = Draft(record.id, text.strip(), self._controller.now())
        draft_id = self._controller.store.add_draft(draft)
        self.draftsChanged.emit()
        return Draft(draft.break_id, draft.text, draft.timestamp, draft_id)

    def drafts(self) -> list[Draft]:
        """The drafts of the running waiting break, oldest first."""
        found = self.waiting()
        if found is None or found[0].id is None:
            return []
        return self._controller.store.drafts(found[0].id)

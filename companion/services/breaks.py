"""The running break: stored the moment it starts, checked against the wall clock, reminded once.

``BreakController`` has no widgets. It turns the pure agreement (``core.agreement``) into a
stored ``BreakRecord``, fires the two reminders (5 minutes before the return time, and at
it) exactly once each, also across restarts (which one is due is decided in
``core.reminder_marks``), and tells the views when anything changed.
Everything is recomputed from the wall clock on each check, so a suspended laptop, a
restart or a changed system clock cannot move the promised return time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.agreement import Outcome, ReturnAgreement, ReturnRequest, begin
from companion.core.clock import Clock
from companion.core.phrases import bridge_sentence
from companion.core.reminder_marks import (
    MISSED,
    NOTIFY_DUE,
    NOTIFY_SOON,
    check_reminders,
    handled_after_extension,
    handled_at_start,
)
from companion.core.states import Context
from companion.services.break_status import BreakReader, second_tick
from companion.services.break_words import (
    amount_text,
    format_return_time,
    reminder_words,
)
from companion.storage.store import BreakRecord, CheckIn, StorageError, Store

__all__ = [
    "BreakAlreadyRunning",
    "BreakController",
    "BreakRecord",
    "StorageError",
    "amount_text",
]

Notifier = Callable[[str, str], object]
ReminderWords = Callable[[str, int, str], tuple[str, str]]
"""(reminder key, minutes left, return time shown) -> (title, body)."""
Chime = Callable[[], object]

log = logging.getLogger("companion.services.breaks")


class BreakAlreadyRunning(RuntimeError):
    """A new break was asked for while one is still running."""


class BreakController(BreakReader):
    """Starts, extends and ends the one running break, and reminds at the agreed times.

    Signals: ``changed`` (anything about the break changed), ``notify(key)`` when a reminder
    fires ("soon" or "due"), ``due`` at the return time, ``missedWhileClosed`` when the app
    starts after a return time that passed while it was closed, ``ticked`` on every check.
    """

    changed = Signal()
    notify = Signal(str)
    due = Signal()
    missedWhileClosed = Signal()
    ticked = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        notifier: Notifier | None = None,
        chime: Chime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, clock, parent)
        self._notifier = notifier
        self._chime = chime
        resumed = self.active()
        # A break that was already running when this process started: the first check of it
        # can tell whether its return time passed while the app was closed.
        self._resumed_id: int | None = resumed[0].id if resumed else None
        # Reminder keys already handled, per break, kept here too: when the disk is full the
        # stored marker cannot be written, and a reminder must still show only once.
        self._fired: dict[int, tuple[str, ...]] = {}
        self._marker_unsaved = False
        # Reminder words for breaks of another role: role -> words(key, minutes, time).
        self._reminder_words: dict[str, ReminderWords] = {}
        self._timer = second_tick(self, "breakTick", self.check)
        self._sync_timer()

    # ----------------------------------------------------------------- wiring
    @property
    def tick_timer(self) -> QTimer:
        """The coarse timer that calls :meth:`check`; it runs only while a break runs."""
        return self._timer

    def set_notifier(self, notifier: Notifier | None) -> None:
        """Who shows system notifications: ``notifier(title, body)``."""
        self._notifier = notifier

    def set_reminder_words(self, role: str, words: ReminderWords) -> None:
        """Use ``words`` for the reminders of breaks with this role (e.g. "waiting")."""
        self._reminder_words[role] = words

    # ----------------------------------------------------------------- reading
    def missed_while_closed(self) -> bool:
        """Whether the running break's return time passed while the app was closed."""
        found = self.active()
        return found is not None and MISSED in self._markers(found[0])

    # ----------------------------------------------------------------- changing
    def add_checkin(self, state: str, intensity: int, *, context: Context) -> int:
        """Save a quick check-in now, e.g. ``Context.DURING_BREAK`` when leaving; returns its id.

        Raises StorageError (message fit for the user) when it cannot be saved.
        """
        checkin = CheckIn(
            state=state, intensity=intensity, timestamp=self.now(), context=Context(context).value
        )
        return self._store.add_checkin(checkin)

    def revise_checkin(self, checkin_id: int, state: str, intensity: int) -> None:
        """Change a saved quick check-in (the person changed it before a retry went through)."""
        self._store.update_checkin(checkin_id, state=state, intensity=intensity)

    def save_quick_checkin(
        self, previous_id: int | None, state: str, intensity: int, context: Context
    ) -> int:
        """Save a quick check-in once: the first try adds it, a retry revises ``previous_id``.

        ``previous_id`` is what an earlier try of the same step saved (None at first); it is
        rewritten only when the state or strength changed since. Returns the check-in's id.
        Raises StorageError (message fit for the user) when it cannot be saved.
        """
        if previous_id is None:
            return self.add_checkin(state, intensity, context=context)
        saved = self._store.get_checkin(previous_id)
        if saved is None or (saved.state, saved.intensity) != (state, intensity):
            self.revise_checkin(previous_id, state, intensity)
        return previous_id

    def start(
        self,
        request: ReturnRequest,
        plan: Sequence[str],
        bridge: str,
        before_checkin_id: int | None = None,
        *,
        role: str = "leaving",
    ) -> BreakRecord:
        """Start a break and store it at once. The caller has confirmed a "tomorrow" time.

        ``role`` is "leaving" (the one who steps away) or "waiting" (see services/waiting.py).

        Raises ReturnTimeError (see :func:`core.agreement.begin`) when the return time has
        passed or lies over 24 h away, BreakAlreadyRunning when a break is running, and
        StorageError (nothing started) when the break cannot be saved.
        """
        if self.active() is not None:
            raise BreakAlreadyRunning("a break is already running")
        now = self.now()
        agreement = begin(request, now, plan)
        notified = handled_at_start(agreement.total)
        record = BreakRecord(
            started=now,
            return_at=agreement.return_at,
            original_return=request.deadline,
            plan=agreement.plan,
            bridge=bridge,
            before_checkin=before_checkin_id,
            notified=notified,
            role=role,
        )
        try:
            break_id = self._store.add_break(record)
        finally:
            self._forget()
        if before_checkin_id is not None:
            try:
                self._store.update_checkin(before_checkin_id, break_id=break_id)
            except StorageError as exc:
                # The break is stored and names its check-in; only the link back is missing.
                # Failing here would tell the person a running break had not started.
                log.warning("could not link the check-in to its break: %s", exc)
        self._sync_timer()
        self.changed.emit()
        stored = self._store.get_break(break_id)
        assert stored is not None
        return stored

    def _require(self) -> tuple[BreakRecord, ReturnAgreement]:
        found = self.active()
        if found is None:
            raise RuntimeError("no break is running")
        return found

    def extend(self, seconds: float) -> ReturnAgreement:
        """Ask for more time (+10, +20 min or custom); the reminders are set for the new time.

        Raises ReturnTimeError when the break would end over 24 h after its start, and
        StorageError (the return time unchanged) when it cannot be saved.
        """
        record, agreement = self._require()
        now = self.now()
        longer = agreement.extend(seconds, now=now)
        notified = handled_after_extension(self._markers(record), longer.remaining(now))
        assert record.id is not None
        self._update(
            record.id,
            return_at=longer.return_at,
            extensions=longer.extensions,
            notified=notified,
        )
        self._fired[record.id] = notified
        self.changed.emit()
        return longer

    def ask_for_more_time(
        self, seconds: float, templates: Sequence[str]
    ) -> tuple[ReturnAgreement, str]:
        """Extend (see :meth:`extend`) and keep the words asking for it, apart from the rest.

        The words fill the next of ``templates`` (one per extension, in turn) with the new
        return time and the extra time asked for, so they stay true as time passes. They are
        added to the break's "more time" messages; the words said when leaving stay as they
        were. They are returned even when they cannot be stored; the time is stored.
        """
        longer = self.extend(seconds)
        template = templates[(len(longer.extensions) - 1) % len(templates)]
        extra = max(1, round(seconds / 60))
        words = bridge_sentence(template, self.format_time(longer.return_at), extra)
        record, _ = self._require()
        try:
            self._save_more_time(record, (*record.more_time, words))
        except StorageError as exc:
            log.warning("could not store the words asking for more time: %s", exc)
        return longer, words

    def revise_latest_words(self, text: str) -> None:
        """Keep the person's own edit of the latest "more time" message (what they sent)."""
        record, _ = self._require()
        if record.more_time and text != record.more_time[-1]:
            self._save_more_time(record, (*record.more_time[:-1], text))

    def _save_more_time(self, record: BreakRecord, messages: tuple[str, ...]) -> None:
        assert record.id is not None
        self._update(record.id, more_time=messages)
        self.changed.emit()

    def set_plan_done(self, item_ids: Sequence[str]) -> None:
        """Store which plan items are ticked off."""
        record, _ = self._require()
        assert record.id is not None
        self._update(record.id, plan_done=tuple(item_ids))
        self.changed.emit()

    def mark_returned(self, after_checkin_id: int | None = None) -> Outcome:
        """End the break now and record it as "kept", "late" or "extended".

        Raises StorageError when it cannot be saved; the break then still runs, so the same
        call can be made again.
        """
        record, agreement = self._require()
        assert record.id is not None
        now = self.now()
        outcome = agreement.outcome(now)
        # The check-in is linked first: if ending the break then fails, a retry finds the
        # break still running and the link already (harmlessly) in place.
        if after_checkin_id is not None:
            self._store.update_checkin(after_checkin_id, break_id=record.id)
        self._update(record.id, ended=now, outcome=outcome, after_checkin=after_checkin_id)
        self._fired.pop(record.id, None)
        self._sync_timer()
        self.changed.emit()
        return outcome

    def cancel(self) -> None:
        """Call the break off: it ends now, recorded as "cancelled", never as a return.

        Raises StorageError when it cannot be saved; the break then still runs.
        """
        record, _ = self._require()
        assert record.id is not None
        self._update(record.id, ended=self.now(), outcome="cancelled")
        self._sync_timer()
        self.changed.emit()

    # ----------------------------------------------------------------- reminders
    def check(self, now: datetime | None = None) -> None:
        """Fire each due reminder once, from the wall clock; called by the timer each second.

        When several reminders are due at once (after a suspend) only the latest is shown.
        A return time that passed while the app was closed gives ``missedWhileClosed``
        instead of two late notifications. A marker that cannot be stored (full disk) is
        kept in memory and stored on a later check; this never raises StorageError.
        """
        if self._store.closed:  # the window that owned this store is going away
            self._timer.stop()
            return
        found = self.active()
        if found is None:
            if self._timer.isActive():  # ended from elsewhere (deleted in History): say so once
                self._sync_timer()
                self.changed.emit()
            return
        record, agreement = found
        assert record.id is not None
        now = now or self.now()
        first_after_restart = record.id == self._resumed_id
        self._resumed_id = None
        step = check_reminders(
            agreement.remaining(now), self._markers(record), first_after_restart=first_after_restart
        )
        self._fired[record.id] = step.handled
        if step.handled != record.notified:
            self._store_markers(record.id, step.handled)
        if step.missed:
            self.missedWhileClosed.emit()
        if step.fire is not None:
            self._remind(step.fire, agreement, now, record.role)
        self._sync_timer()
        self.ticked.emit()

    def _markers(self, record: BreakRecord) -> tuple[str, ...]:
        """The reminder keys handled for this break: stored, plus any not stored yet."""
        remembered = self._fired.get(record.id, ()) if record.id is not None else ()
        return record.notified + tuple(k for k in remembered if k not in record.notified)

    def _store_markers(self, break_id: int, notified: tuple[str, ...]) -> None:
        try:
            self._update(break_id, notified=notified)
        except StorageError as exc:
            if not self._marker_unsaved:  # once, not every second while the disk is full
                log.warning("could not store which reminders were shown: %s", exc)
            self._marker_unsaved = True
        else:
            self._marker_unsaved = False

    def _remind(self, key: str, agreement: ReturnAgreement, now: datetime, role: str) -> None:
        if role in self._reminder_words:
            when = format_return_time(agreement.return_at, now)
            minutes = max(1, agreement.minutes_left(now))
            title, body = self._reminder_words[role](key, minutes, when)
        else:
            title, body = reminder_words(key == NOTIFY_SOON, agreement, now)
        if self._notifier is not None:
            self._notifier(title, body)
        if self._chime is not None:
            self._chime()
        self.notify.emit(key)
        if key == NOTIFY_DUE:
            self.due.emit()

    def _update(self, break_id: int, **changes: object) -> None:
        """Change the stored break; the kept copy is read afresh next time, even on failure."""
        try:
            self._store.update_break(break_id, **changes)
        finally:
            self._forget()

    def _sync_timer(self) -> None:
        running = self.active() is not None
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running and self._timer.isActive():
            self._timer.stop()

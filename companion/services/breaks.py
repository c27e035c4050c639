"""The running break: stored the moment it starts, checked against the wall clock, reminded once.

``BreakController`` has no widgets. It turns the pure agreement (``core.agreement``) into a
stored ``BreakRecord``, fires the two reminders (5 minutes before the return time, and at
it) exactly once each, also across restarts, and tells the views when anything changed.
Everything is recomputed from the wall clock on each check, so a suspended laptop, a
restart or a changed system clock cannot move the promised return time.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal

from companion.core.agreement import (
    WIND_DOWN,
    Outcome,
    ReturnAgreement,
    ReturnRequest,
    begin,
)
from companion.core.clock import Clock
from companion.core.phrases import bridge_sentence
from companion.core.states import Context
from companion.services.break_words import (
    agreement_line,
    amount_text,
    format_return_time,
    local_now,
    local_zone,
    reminder_words,
)
from companion.storage.store import BreakRecord, CheckIn, StorageError, Store

__all__ = [
    "MISSED",
    "NOTIFY_DUE",
    "NOTIFY_SOON",
    "BreakAlreadyRunning",
    "BreakController",
    "BreakRecord",
    "StorageError",
    "agreement_of",
    "amount_text",
    "format_return_time",
    "local_now",
    "local_zone",
    "second_tick",
    "status_line",
]

NOTIFY_SOON = "soon"
"""Key of the reminder 5 minutes before the return time (stored in BreakRecord.notified)."""
NOTIFY_DUE = "due"
"""Key of the reminder at the return time."""
MISSED = "missed"
"""Stored when the return time passed while the app was closed."""

Notifier = Callable[[str, str], object]
ReminderWords = Callable[[str, int, str], tuple[str, str]]
"""(reminder key, minutes left, return time shown) -> (title, body)."""
Chime = Callable[[], object]

log = logging.getLogger("companion.services.breaks")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BreakController", text)


class BreakAlreadyRunning(RuntimeError):
    """A new break was asked for while one is still running."""


def agreement_of(record: BreakRecord) -> ReturnAgreement:
    """The pure agreement behind a stored break."""
    return ReturnAgreement(
        started=record.started,
        deadline=record.original_return,
        plan=tuple(record.plan),
        extensions=tuple(record.extensions),
        agreed=record.return_at,
    )


def status_line(store: Store, clock: Clock, *, locale: QLocale | None = None) -> str:
    """One line for ``companion status``, read from the stored agreement alone.

    "back at 19:30, 12 min left", "back at 19:30 — that was 5 min ago", or that none runs.
    """
    record = store.active_break()
    if record is None:
        return _tr("No break is running.")
    return _role_line(
        record, agreement_line(agreement_of(record), local_now(clock, local_zone()), locale)
    )


def _role_line(record: BreakRecord, line: str) -> str:
    """The status line, saying so when it is the partner's break being waited for."""
    if record.role == "waiting":
        return _tr("waiting for your partner: {line}").format(line=line)
    return line


def second_tick(parent: QObject, name: str, on_tick: Callable[[], object]) -> QTimer:
    """A coarse once-a-second timer for the break and its screens; named, and not started.

    What it drives is read from the wall clock on each tick, so a late tick costs nothing.
    """
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setInterval(1000)
    timer.setTimerType(Qt.TimerType.CoarseTimer)
    timer.timeout.connect(on_tick)
    return timer


class BreakController(QObject):
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
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._notifier = notifier
        self._chime = chime
        self._zone = local_zone()
        # The running break as last read from the store (None: none runs), read again only
        # after a write to the breaks table, so a tick costs no database read.
        self._cached: tuple[BreakRecord, ReturnAgreement] | None = None
        self._cache_valid = False
        controller = weakref.ref(self)

        def forget_on_break_writes(table: str) -> None:
            # The store keeps its listeners for ever; this one does not keep the controller.
            target = controller()
            if table == "breaks" and target is not None:
                target._forget()

        store.subscribe(forget_on_break_writes)
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
    def store(self) -> Store:
        return self._store

    @property
    def clock(self) -> Clock:
        return self._clock

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

    def now(self) -> datetime:
        """The current time in the local named zone, so clock times respect daylight saving."""
        return local_now(self._clock, self._zone)

    def format_time(self, when: datetime, locale: QLocale | None = None) -> str:
        """A time in the user's short format, e.g. for "back at 7:30 PM"."""
        return format_return_time(when, self.now(), locale)

    # ----------------------------------------------------------------- reading
    def active(self) -> tuple[BreakRecord, ReturnAgreement] | None:
        """The running break and its agreement as stored; None when none runs.

        Read once and kept until the next write to the breaks table.
        """
        if not self._cache_valid:
            record = self._store.active_break()
            self._cached = (record, agreement_of(record)) if record is not None else None
            self._cache_valid = True
        return self._cached

    def status_text(self, *, with_role: bool = True) -> str:
        """The running break in one line, as :func:`status_line` says it; "" when none runs.

        ``with_role=False`` leaves out "waiting for your partner", for callers that say it.
        """
        found = self.active()
        if found is None:
            return ""
        line = agreement_line(found[1], self.now(), None)
        return _role_line(found[0], line) if with_role else line

    def missed_while_closed(self) -> bool:
        """Whether the running break's return time passed while the app was closed."""
        found = self.active()
        return found is not None and MISSED in self._markers(found[0])

    def checkin(self, checkin_id: int | None) -> CheckIn | None:
        """A saved check-in by id (None for None)."""
        return self._store.get_checkin(checkin_id) if checkin_id is not None else None

    def before_checkin(self) -> CheckIn | None:
        """The check-in made just before the running break, if there was one."""
        found = self.active()
        return self.checkin(found[0].before_checkin) if found is not None else None

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
        notified = (NOTIFY_SOON,) if agreement.total <= WIND_DOWN else ()
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
        notified = [key for key in self._markers(record) if key not in (NOTIFY_SOON, NOTIFY_DUE)]
        if longer.remaining(now) <= WIND_DOWN:
            notified.append(NOTIFY_SOON)
        assert record.id is not None
        self._update(
            record.id,
            return_at=longer.return_at,
            extensions=longer.extensions,
            notified=tuple(notified),
        )
        self._fired[record.id] = tuple(notified)
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
        left = agreement.remaining(now)
        notified = list(self._markers(record))
        fire: str | None = None
        missed = False
        if left <= timedelta(0) and NOTIFY_DUE not in notified:
            if first_after_restart:
                missed = True
                notified += [k for k in (NOTIFY_SOON, NOTIFY_DUE, MISSED) if k not in notified]
            else:
                fire = NOTIFY_DUE
                notified += [k for k in (NOTIFY_SOON, NOTIFY_DUE) if k not in notified]
        elif timedelta(0) < left <= WIND_DOWN and NOTIFY_SOON not in notified:
            fire = NOTIFY_SOON
            notified.append(NOTIFY_SOON)
        self._fired[record.id] = tuple(notified)
        if tuple(notified) != record.notified:
            self._store_markers(record.id, tuple(notified))
        if missed:
            self.missedWhileClosed.emit()
        if fire is not None:
            self._remind(fire, agreement, now, record.role)
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

    def _forget(self) -> None:
        self._cache_valid = False

    def _sync_timer(self) -> None:
        running = self.active() is not None
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running and self._timer.isActive():
            self._timer.stop()

"""The running break read back from the store: its agreement, its one-line status, its tick.

Shared by the break controller (whose reading half is :class:`BreakReader`), the command
line and the break screens, so that each says the same about a stored break.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, Qt, QTimer

from companion.core.agreement import ReturnAgreement
from companion.core.clock import Clock
from companion.desktop.translate import translator
from companion.services.break_words import (
    agreement_line,
    format_return_time,
    local_now,
    local_zone,
)
from companion.storage.store import BreakRecord, CheckIn, Store

__all__ = ["BreakReader", "agreement_of", "second_tick", "status_line"]


_tr = translator("BreakController")


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


class BreakReader(QObject):
    """The running break as stored, kept in memory until the breaks table is written again.

    The base of :class:`~companion.services.breaks.BreakController`: everything that only
    reads the stored break and says what it shows.
    """

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._zone = local_zone()
        # The running break as last read from the store (None: none runs), read again only
        # after a write to the breaks table, so a tick costs no database read.
        self._cached: tuple[BreakRecord, ReturnAgreement] | None = None
        self._cache_valid = False
        reader = weakref.ref(self)

        def forget_on_break_writes(table: str) -> None:
            # The store keeps its listeners for ever; this one does not keep the reader.
            target = reader()
            if table == "breaks" and target is not None:
                target._forget()

        store.subscribe(forget_on_break_writes)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def clock(self) -> Clock:
        return self._clock

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

    def checkin(self, checkin_id: int | None) -> CheckIn | None:
        """A saved check-in by id (None for None)."""
        return self._store.get_checkin(checkin_id) if checkin_id is not None else None

    def before_checkin(self) -> CheckIn | None:
        """The check-in made just before the running break, if there was one."""
        found = self.active()
        return self.checkin(found[0].before_checkin) if found is not None else None

    def _forget(self) -> None:
        self._cache_valid = False

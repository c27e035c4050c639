"""The couple's pause plan between widgets and storage: read once, kept in memory, saved at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from companion.core.clock import Clock
from companion.core.plan import (
    BreakDefaults,
    PausePlan,
    PlanError,
    PlanProblem,
    break_defaults,
    problems,
)
from companion.storage.store import StorageError, Store

__all__ = ["PlanInvalid", "PlanService", "StorageError"]

log = logging.getLogger(__name__)


class PlanInvalid(ValueError):
    """The plan breaks a rule; ``problems`` says which, for the UI to word."""

    def __init__(self, found: tuple[PlanProblem, ...]) -> None:
        super().__init__(", ".join(p.value for p in found))
        self.problems = found


class PlanService(QObject):
    """The one owner of the plan. Emits ``changed`` after every save or removal.

    ``unreadable`` is True when a stored plan could not be read; it is then treated as no
    plan, and kept on disk until the couple saves a new one.
    """

    changed = Signal()

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self.unreadable = False
        self._plan = self._load()

    def _load(self) -> PausePlan | None:
        try:
            stored = self._store.pause_plan()
            plan = PausePlan.from_dict(stored[0]) if stored is not None else None
        except (PlanError, ValueError) as exc:
            log.warning("pause plan not read: %s", exc)
            self.unreadable = True
            return None
        return plan if plan is not None and not plan.is_empty() else None

    def plan(self) -> PausePlan | None:
        """The plan, or None when the couple has not made one."""
        return self._plan

    def save(self, plan: PausePlan) -> None:
        """Keep ``plan`` (an empty one removes it). Raises PlanInvalid or StorageError."""
        plan = plan.cleaned()
        found = problems(plan)
        if found:
            raise PlanInvalid(found)
        if plan.is_empty():
            self.clear()
            return
        self._store.save_pause_plan(plan.to_dict(), self._clock.now())
        self._plan = plan
        self.unreadable = False
        self.changed.emit()

    def clear(self) -> None:
        """Remove the plan; breaks start as they did before there was one."""
        self._store.delete_pause_plan()
        self._plan = None
        self.unreadable = False
        self.changed.emit()

    def break_defaults(self) -> BreakDefaults | None:
        """What a break starts from: the usual length, signal word, items and opener."""
        return break_defaults(self._plan)

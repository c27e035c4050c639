"""What the composition root hands down to the widgets: built once in ``app.py``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings

if TYPE_CHECKING:  # each service is imported when it is first used, not at start-up
    from companion.core.clock import Clock
    from companion.core.phrases import Phrases
    from companion.core.states import Guidance, StateId
    from companion.services.breaks import BreakController
    from companion.services.checkins import CheckinService
    from companion.services.history import HistoryService
    from companion.services.insights import InsightsService
    from companion.services.patterns import PatternService
    from companion.services.plan import PlanService
    from companion.services.practice import PracticeService
    from companion.services.reminders import DailyReminder
    from companion.services.settings import Settings
    from companion.services.sound import SoundPlayer
    from companion.services.waiting import WaitingService
    from companion.storage.store import Store


def open_settings() -> QSettings:
    """The user's settings, as an INI file in the standard config location."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "companion", "companion"
    )


class Notifier(Protocol):
    """The system tray, as far as the app's services need it."""

    def available(self) -> bool:
        """Whether the desktop shows a tray icon (notifications go there when it does)."""
        ...

    def show_message(self, title: str, body: str) -> bool:
        """Show a desktop notification; False when it could not be shown."""
        ...


class DataServices:
    """The services between the widgets and the store, one per feature.

    Each is built (and its module imported) the first time it is asked for: the first frame
    needs only the pacer's two.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    @classmethod
    def for_store(cls, store: Store) -> DataServices:
        """Every data service, reading and writing ``store``."""
        return cls(store)

    @cached_property
    def practice(self) -> PracticeService:
        from companion.services.practice import PracticeService

        return PracticeService(self._store)

    @cached_property
    def patterns(self) -> PatternService:
        from companion.services.patterns import PatternService

        return PatternService(self._store)

    @cached_property
    def checkins(self) -> CheckinService:
        from companion.services.checkins import CheckinService

        return CheckinService(self._store)

    @cached_property
    def history(self) -> HistoryService:
        from companion.services.history import HistoryService

        return HistoryService(self._store, self.checkins)

    @cached_property
    def insights(self) -> InsightsService:
        from companion.services.insights import InsightsService

        return InsightsService(self._store)


class Services:
    """The app's collaborators. No module keeps any of these as a global.

    ``breaks`` may be given as a function that builds the controller: it then runs on first
    use, so a start-up without a running break does not load the break rules before the
    window paints.
    """

    def __init__(
        self,
        data_dir: Path,
        store: Store,
        clock: Clock,
        settings: QSettings,
        prefs: Settings,  # typed, validated access to ``settings``
        data: DataServices,
        audio: SoundPlayer,
        breaks: BreakController | Callable[[], BreakController],
        reduced_motion: bool = False,
    ) -> None:
        self.data_dir = data_dir
        self.store = store
        self.clock = clock
        self.settings = settings
        self.prefs = prefs
        self.data = data
        self.audio = audio
        self._breaks: BreakController | None = None
        self._make_breaks: Callable[[], BreakController] | None = None
        if callable(breaks) and not isinstance(breaks, QObject):
            self._make_breaks = breaks
        else:
            self._breaks = breaks
        self.reduced_motion = reduced_motion
        self.startup_notes: list[str] = []
        self.guidance: Mapping[StateId, Guidance] | None = None
        self.guidance_error: str | None = None
        self.phrases: Phrases | None = None
        self.waiting: WaitingService | None = None  # the partner's side of a pause
        self.tray: Notifier | None = None
        self.reminder: DailyReminder | None = None
        self.plan: PlanService | None = None  # the couple's pause plan

    @property
    def breaks(self) -> BreakController:
        """The break controller (built now if it was handed over as a function)."""
        if self._breaks is None:
            assert self._make_breaks is not None
            self._breaks = self._make_breaks()
            self._make_breaks = None
        return self._breaks

    def breaks_built(self) -> bool:
        return self._breaks is not None

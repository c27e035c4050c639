"""What the composition root hands down to the widgets: built once in ``app.py``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings

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


@dataclass(frozen=True)
class DataServices:
    """The services between the widgets and the store, one per feature."""

    practice: PracticeService
    patterns: PatternService
    checkins: CheckinService
    history: HistoryService
    insights: InsightsService

    @classmethod
    def for_store(cls, store: Store) -> DataServices:
        """Every data service, reading and writing ``store``."""
        checkins = CheckinService(store)
        return cls(
            practice=PracticeService(store),
            patterns=PatternService(store),
            checkins=checkins,
            history=HistoryService(store, checkins),
            insights=InsightsService(store),
        )


@dataclass
class Services:
    """The app's collaborators. No module keeps any of these as a global."""

    data_dir: Path
    store: Store
    clock: Clock
    settings: QSettings
    prefs: Settings  # typed, validated access to ``settings``
    data: DataServices
    audio: SoundPlayer
    breaks: BreakController
    reduced_motion: bool = False
    startup_notes: list[str] = field(default_factory=list)
    guidance: Mapping[StateId, Guidance] | None = None
    guidance_error: str | None = None
    phrases: Phrases | None = None
    waiting: WaitingService | None = None  # the partner's side of a pause
    tray: Notifier | None = None
    reminder: DailyReminder | None = None
    plan: PlanService | None = None  # the couple's pause plan

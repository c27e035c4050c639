"""What the composition root hands down to the widgets: built once in ``app.py``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from companion.core.clock import Clock
from companion.services.settings import Settings
from companion.storage.store import Store


def open_settings() -> QSettings:
    """The user's settings, as an INI file in the standard config location."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "companion", "companion"
    )


@dataclass
class Services:
    """The app's collaborators. No module keeps any of these as a global."""

    data_dir: Path
    store: Store
    clock: Clock
    settings: QSettings
    prefs: Settings  # typed, validated access to ``settings``
    audio: Any = None
    reduced_motion: bool = False
    startup_notes: list[str] = field(default_factory=list)
    guidance: Any = None
    guidance_error: str | None = None
    phrases: Any = None
    breaks: Any = None
    waiting: Any = None  # companion.services.waiting.WaitingService
    tray: Any = None
    reminder: Any = None  # companion.services.reminders.DailyReminder

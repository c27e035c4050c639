"""Where the app keeps things, decided with QtCore alone (no widgets loaded)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from companion import __version__


def configure_application_names() -> None:
    """Names Qt uses for settings and standard paths; set before anything asks."""
    QCoreApplication.setApplicationName("companion")
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationVersion(__version__)


def default_data_dir() -> Path:
    """``COMPANION_DATA_DIR``, else Qt's per-user app data location."""
    env = os.environ.get("COMPANION_DATA_DIR")
    if env:
        return Path(env).expanduser()
    configure_application_names()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        location = str(Path.home() / ".local" / "share" / "companion")
    return Path(location)

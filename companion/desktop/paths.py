"""Where the app keeps things, decided with QtCore alone (no widgets loaded)."""

from __future__ import annotations

import os
import stat
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


def keep_files_private() -> None:
    """From now on every file this process creates is the user's only (umask 077), and the
    settings files written before (by an older version, or by Qt with the usual 022) are
    tightened to 0600. Qt's own QtProject.conf keeps the export folder history, so it too."""
    os.umask(0o077)
    configure_application_names()
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    if not config:
        return
    for path in (Path(config) / "companion" / "companion.ini", Path(config) / "QtProject.conf"):
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.chmod(path, 0o600)
        except OSError:
            continue

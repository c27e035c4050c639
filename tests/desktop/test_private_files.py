"""Every file Companion writes for itself is the user's only (0600): the settings, Qt's own
state file (it remembers the export folder), and each log file, the ones rotation makes too."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

from helpers.run import companion_env

from companion.desktop.logging_setup import PrivateRotatingFileHandler, setup_logging


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_log_file_made_by_rotation_is_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = setup_logging(tmp_path / "logs")
        logger = logging.getLogger("companion.test")
        logger.info("first")
        handler = next(h for h in logging.getLogger("companion").handlers if h.get_name())
        assert isinstance(handler, PrivateRotatingFileHandler)
        handler.doRollover()
        logger.info("after rotation")
        assert path.exists() and path.with_name(path.name + ".1").exists()
        assert _mode(path) == 0o600
        assert _mode(path.with_name(path.name + ".1")) == 0o600
    finally:
        os.umask(old)
        for h in list(logging.getLogger("companion").handlers):
            logging.getLogger("companion").removeHandler(h)
            h.close()


def test_the_app_keeps_settings_and_qt_state_private(tmp_path: Path) -> None:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    (config / "companion").mkdir(parents=True)
    ini = config / "companion" / "companion.ini"
    qt_state = config / "QtProject.conf"
    for path in (ini, qt_state):  # as an older version, or Qt with the usual umask, left them
        path.write_text("[General]\n")
        os.chmod(path, 0o644)
    done = subprocess.run(
        [sys.executable, "-m", "companion"],
        capture_output=True,
        text=True,
        timeout=120,
        env=companion_env(tmp_path / "data", COMPANION_EXIT_AFTER_PAINT="1"),
        stdin=subprocess.DEVNULL,
        umask=0o022,
    )
    assert done.returncode == 0, done.stderr
    assert (_mode(ini), _mode(qt_state)) == (0o600, 0o600)
    made = [p for p in config.rglob("*") if p.is_file()]
    state = Path(os.environ["XDG_STATE_HOME"])
    made += [p for p in state.rglob("*") if p.is_file()] if state.exists() else []
    assert made and all(_mode(p) == 0o600 for p in made), [(p, oct(_mode(p))) for p in made]

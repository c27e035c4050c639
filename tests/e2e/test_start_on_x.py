"""On a real X server the normal start loads nothing to look for problems it does not have;
a display that is not there still gets one clear line, not Qt's abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.run import companion_env

pytestmark = pytest.mark.e2e


def test_a_start_that_works_loads_no_library_check_before_its_first_frame(
    xvfb_display: str, tmp_path: Path
) -> None:
    """Probing the X libraries by hand (ctypes) costs start-up time on every start; Qt's own
    failure is what calls for the clear message."""
    env = companion_env(
        tmp_path / "data",
        QT_QPA_PLATFORM="xcb",
        DISPLAY=xvfb_display,
        COMPANION_EXIT_AFTER_PAINT="1",
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "companion"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    lines = done.stdout.splitlines()
    paint = [i for i, line in enumerate(lines) if line.startswith("first-paint ")]
    assert len(paint) == 1, done.stdout[-3000:]
    before = {line.rsplit("|", 1)[1].strip() for line in lines[: paint[0]] if "|" in line}
    assert "companion.ui.shell.main_window" in before  # the check sees the app's imports
    assert "ctypes" not in before


def test_an_x_display_that_is_gone_gets_one_clear_line(tmp_path: Path) -> None:
    env = companion_env(tmp_path / "data", QT_QPA_PLATFORM="xcb", DISPLAY=":93")
    done = subprocess.run(
        [sys.executable, "-m", "companion"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "companion: Companion cannot reach the display :93. Start it from your desktop "
        "session, or check that DISPLAY points at a running X server."
    ]

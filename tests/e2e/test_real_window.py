"""The real app in a real X server: it opens a visible window and closes cleanly on Ctrl+Q."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.run import companion_env

pytestmark = pytest.mark.e2e

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
shot = QGuiApplication.primaryScreen().grabWindow(0)
shot.save(sys.argv[1])
"""


def _find_window(env: dict[str, str], timeout: float = 40.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Companion$"],
            capture_output=True,
            text=True,
            env=env,
        )
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.1)  # waiting on another process
    raise AssertionError("the Companion window did not appear")


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    colours = set()
    step = 4
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def _screenshot_until_painted(shot: Path, env: dict[str, str], timeout: float = 30.0) -> bool:
    """Grab the screen until the window's frame has reached the X server (not just mapped)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, check=True, timeout=60)
        if shot.stat().st_size > 1000 and _distinct_colours(shot) > 20:
            return True
    return False


def test_window_opens_paints_and_quits_cleanly(xvfb_display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = companion_env(data_dir, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = _find_window(env)
        shot = tmp_path / "screen.png"
        assert _screenshot_until_painted(shot, env), "the screenshot stays blank"
        # No window manager runs on Xvfb: give the window the focus, then type as a user would.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=20)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, timeout=20)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert (data_dir / "companion.db").exists()

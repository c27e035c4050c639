"""A break keeps its promise when the app dies: status reads it, a relaunch resumes it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers.run import companion_env, run_companion
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.ui.pause.countdown_view import CountdownView


def _wait_for(predicate, timeout: float = 40.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling another process
    return False


def test_status_after_the_gui_was_killed_and_a_relaunch_resumes(
    qtbot: QtBot, data_dir: Path
) -> None:
    env = companion_env(data_dir)
    gui = subprocess.Popen(
        [sys.executable, "-m", "companion", "break", "25"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        started = _wait_for(lambda: "back at" in run_companion("status", data_dir=data_dir).stdout)
        assert started, "companion break 25 did not start a break"
        os.kill(gui.pid, signal.SIGKILL)
        gui.wait(10)
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait(10)
        assert gui.stderr is not None
        gui.stderr.close()

    status = run_companion("status", data_dir=data_dir)
    assert status.returncode == 0
    match = re.fullmatch(r"back at (.+), (\d+) min left\n", status.stdout)
    assert match, status.stdout
    assert int(match.group(2)) in (24, 25)

    # Relaunch: the window a relaunch builds must open on the countdown to the same time.
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_area() == "break"
    countdown = window.findChild(CountdownView, "countdownView")
    assert countdown is not None and countdown.isVisible()
    back_at = countdown.findChild(QLabel, "returnAtLabel")
    ring = countdown.findChild(QWidget, "progressRing")
    assert back_at is not None and ring is not None
    assert back_at.isVisible() and ring.isVisible()
    assert back_at.text() == f"back at {match.group(1)}"
    minutes_left = int(countdown.remaining_text().split(":")[0])  # the time left in the ring
    assert 23 <= minutes_left <= 25, countdown.remaining_text()  # a 25-minute break, just started

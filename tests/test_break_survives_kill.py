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

from companion.storage.store import Store


def _wait_for(predicate, timeout: float = 40.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling another process
    return False


def test_status_after_the_gui_was_killed_and_a_relaunch_resumes(data_dir: Path) -> None:
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

    store = Store.open(data_dir, set_aside=False)
    promised = store.active_break()
    store.close()
    assert promised is not None

    again = subprocess.Popen(
        [sys.executable, "-m", "companion"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(2.0)  # give the relaunched app time to read and show the stored break
        assert again.poll() is None, "the relaunched app must keep running"
        store = Store.open(data_dir, set_aside=False)
        resumed = store.active_break()
        store.close()
        assert resumed is not None
        assert resumed.return_at == promised.return_at
    finally:
        again.send_signal(signal.SIGTERM)
        _out, err = again.communicate(timeout=30)
    assert again.returncode == 0, err
    assert "Traceback" not in err

"""One app per user and data folder: two launches at the same instant give one running app, and a
socket left behind by a crash does not lock the next launch out."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from helpers.run import companion_env
from PySide6.QtNetwork import QLocalSocket

from companion.desktop.single_instance import server_name, socket_path

ROUNDS = 5
START_TIMEOUT = 30.0


def _launch(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "companion"],
        env=companion_env(data_dir),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _answers(name: str, timeout_ms: int = 2000) -> bool:
    """True when a running app takes a message and answers: its event loop is running."""
    socket = QLocalSocket()
    socket.connectToServer(str(socket_path(name)))
    if not socket.waitForConnected(200):
        return False
    socket.write((json.dumps({"cmd": "show"}) + "\n").encode())
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == b"ok\n"
    socket.abort()
    return answered


def _wait_for(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)  # another process is starting: real time, not simulated


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    """Quit with SIGTERM as a session manager would; the exit code and stderr."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:  # pragma: no cover - a hang is a failure, say so
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"the app did not quit on SIGTERM: {err}") from None
    return proc.returncode, err


def test_two_launches_at_the_same_moment_give_one_app(
    qtbot, tmp_path: Path, record_figure: Callable[[str, str], None]
) -> None:
    single = 0
    for round_ in range(ROUNDS):
        data_dir = tmp_path / f"data-{round_}"
        name = server_name(data_dir)
        pair = [_launch(data_dir), _launch(data_dir)]
        try:
            _wait_for(
                lambda pair=pair: any(p.poll() is not None for p in pair), "one launch handed over"
            )
            ended = [p for p in pair if p.poll() is not None]
            running = [p for p in pair if p.poll() is None]
            assert len(ended) == 1 and len(running) == 1, [p.poll() for p in pair]
            code, err = _finish(ended[0])
            assert code == 0, err
            assert "Traceback" not in err
            _wait_for(lambda name=name: _answers(name), "the running app answers")
            assert running[0].poll() is None
            code, err = _finish(running[0])
            assert code == 0, err
            assert "Traceback" not in err
            single += 1
        finally:
            for proc in pair:
                if proc.poll() is None:  # only after a failed assertion
                    proc.kill()
                    proc.communicate()
    record_figure("single instance", f"{single}/{ROUNDS} double launches gave one app")
    assert single == ROUNDS


def test_a_socket_left_by_a_crash_is_cleaned_up(qtbot, data_dir: Path) -> None:
    name = server_name(data_dir)
    socket_file = socket_path(name)
    crashed = _launch(data_dir)
    try:
        _wait_for(lambda: _answers(name), "the first app answers")
        os.kill(crashed.pid, signal.SIGKILL)
        crashed.communicate(timeout=30)
    finally:
        if crashed.poll() is None:
            crashed.kill()
            crashed.communicate()
    assert socket_file.exists(), "the crash should have left its socket behind"
    assert not _answers(name, 200)
    again = _launch(data_dir)
    try:
        _wait_for(lambda: _answers(name), "the next app answers on the same name")
        assert again.poll() is None
    finally:
        code, err = _finish(again)
    assert code == 0, err
    assert "Traceback" not in err
    assert not socket_file.exists()  # a clean quit removes it

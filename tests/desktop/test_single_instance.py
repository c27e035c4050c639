"""One window per user: a second launch hands over and exits; a crash leaves no lock-out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers.run import companion_env, run_companion
from PySide6.QtNetwork import QLocalSocket

from companion.desktop.single_instance import SingleInstance, server_name, socket_path


def _is_listening(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(str(socket_path(name)))
    ok = socket.waitForConnected(200)
    socket.abort()
    return ok


def _wait_until(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not simulating time
    return False


def test_second_launch_hands_over_and_exits_0(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    server = SingleInstance(data_dir).claim({"cmd": "show"})
    assert server is not None
    try:
        with qtbot.waitSignal(server.messageReceived, timeout=30000) as blocker:
            proc = subprocess.Popen(
                [sys.executable, "-m", "companion", "break", "25"],
                env=companion_env(data_dir),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        assert blocker.args[0] == {"cmd": "break", "arg": "25"}
        _out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
    finally:
        server.close()


def test_names_are_per_user_and_per_data_folder(tmp_path: Path) -> None:
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b
    assert a == server_name(tmp_path / "a")
    assert a.startswith("companion-")


def test_real_app_second_launch_and_stale_socket(data_dir: Path) -> None:
    env = companion_env(data_dir)
    name = server_name(data_dir)
    # A crashed run: a server that was SIGKILLed leaves its socket file behind.
    crashed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtNetwork import QLocalServer\n"
            "app = QCoreApplication([])\n"
            "s = QLocalServer(); assert s.listen(sys.argv[1]); print('up', flush=True)\n"
            "time.sleep(60)\n",
            str(socket_path(name)),
        ],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "up"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait(10)
    crashed.stdout.close()

    first = subprocess.Popen(
        [sys.executable, "-m", "companion"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _wait_until(lambda: _is_listening(name)), "the app did not take over the socket"
        started = time.monotonic()
        second = run_companion(data_dir=data_dir)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30
        assert first.poll() is None, "the first instance must keep running"
    finally:
        first.send_signal(signal.SIGTERM)
        _out, err = first.communicate(timeout=30)
    assert first.returncode == 0, err
    assert "Traceback" not in err

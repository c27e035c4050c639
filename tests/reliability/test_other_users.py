"""Another local user can neither receive, block nor split the app: the hand-over socket lives
in a private folder checked for owner and mode, anything there that is not the user's is
refused (never talked to), and the lock that keeps one app per data folder sits with the data."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.run import companion_env, run_companion

import companion.desktop.single_instance as single
from companion.desktop.single_instance import (
    InstanceError,
    SingleInstance,
    private_folder,
    send_message,
    server_name,
    socket_path,
)

OTHER_UID = 65534  # "nobody"


def _root_only() -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root; the mode checks cover the rest")


@pytest.fixture
def foreign_listener(data_dir: Path) -> Iterator[socket.socket]:
    """A socket another user listens on, exactly where the app's socket would be."""
    _root_only()
    path = socket_path(server_name(data_dir))
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(4)
    listener.setblocking(False)
    os.chown(path, OTHER_UID, OTHER_UID)
    try:
        yield listener
    finally:
        listener.close()
        path.unlink(missing_ok=True)


def _nothing_received(listener: socket.socket) -> bool:
    try:
        conn, _ = listener.accept()
    except BlockingIOError:
        return True
    conn.close()
    return False


def test_a_socket_of_another_user_is_never_sent_the_break(
    data_dir: Path, foreign_listener: socket.socket
) -> None:
    with pytest.raises(InstanceError, match="not Companion's"):
        send_message(server_name(data_dir), {"cmd": "break", "arg": "19:30"})
    assert _nothing_received(foreign_listener)


def test_the_real_app_starts_its_own_window_beside_a_foreign_socket(
    data_dir: Path, foreign_listener: socket.socket
) -> None:
    path = socket_path(server_name(data_dir))
    done = run_companion(data_dir=data_dir, COMPANION_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout  # a window of its own, not a silent exit 0
    assert "Traceback" not in done.stderr and "not Companion's" in done.stderr
    assert _nothing_received(foreign_listener)
    assert os.lstat(path).st_uid == OTHER_UID  # left alone


def test_a_plain_file_where_the_socket_goes_is_left_alone_and_cannot_split(
    qtbot, data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    path = socket_path(server_name(data_dir))
    path.write_text("not a socket")
    first = SingleInstance(data_dir)
    server = first.claim({"cmd": "show"})
    try:
        assert server is not None and "not Companion's" in first.problem
        assert path.read_text() == "not a socket"
        # A second launch on the same data cannot become a second app.
        second = run_companion("break", "20", data_dir=data_dir, timeout=120)
        assert second.returncode != 0
        assert second.stderr.count("\n") == 1 and "Traceback" not in second.stderr
    finally:
        server.close()
        first.release()
        path.unlink()


def test_another_temp_or_runtime_folder_cannot_start_a_second_app(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    first = SingleInstance(data_dir)
    server = first.claim({"cmd": "show"})
    elsewhere = tmp_path / "runtime-elsewhere"
    elsewhere.mkdir(mode=0o700)
    try:
        assert server is not None
        done = subprocess.run(
            [sys.executable, "-m", "companion", "break", "20"],
            capture_output=True,
            text=True,
            timeout=120,
            env=companion_env(data_dir, TMPDIR=str(elsewhere), XDG_RUNTIME_DIR=str(elsewhere)),
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stderr
        assert "already open" in done.stderr and done.stderr.count("\n") == 1
    finally:
        server.close()
        first.release()


def test_a_runtime_folder_others_may_enter_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared-runtime"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(single, "FALLBACK_ROOT", tmp_path / "fallback-root")
    (tmp_path / "fallback-root").mkdir()
    folder = private_folder()
    assert shared not in folder.parents
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("mode", [0o777, 0o755, 0o1777])
def test_a_fallback_folder_open_to_others_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(single, "FALLBACK_ROOT", tmp_path)
    planted = tmp_path / f"companion-{os.getuid()}"
    planted.mkdir()
    os.chmod(planted, mode)
    with pytest.raises(InstanceError, match="open to others"):
        private_folder()
    assert planted.stat().st_mode & 0o7777 == mode  # not "fixed" behind the owner's back


def test_a_fallback_folder_of_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _root_only()
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(single, "FALLBACK_ROOT", tmp_path)
    planted = tmp_path / f"companion-{os.getuid()}"
    planted.mkdir(mode=0o700)
    os.chown(planted, OTHER_UID, OTHER_UID)
    with pytest.raises(InstanceError, match="another user"):
        private_folder()


def test_a_link_in_place_of_the_fallback_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(single, "FALLBACK_ROOT", tmp_path)
    target = tmp_path / "somewhere"
    target.mkdir(mode=0o700)
    (tmp_path / f"companion-{os.getuid()}").symlink_to(target)
    with pytest.raises(InstanceError):
        private_folder()

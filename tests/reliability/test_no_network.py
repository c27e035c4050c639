"""Nothing leaves the machine: a whole session of use with Internet sockets blocked."""

from __future__ import annotations

import ast
import json
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.faults import ListeningPlayer, no_network
from helpers.run import companion_env
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import companion
from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.export import export_data
from companion.ui.breathe.pacer_view import PacerView
from companion.ui.checkin.checkin_view import CheckinView

PACKAGE = Path(companion.__file__).parent
# Local sockets only: the single-instance hand-over (an AF_UNIX socket) and the SIGTERM
# wake-up (socket.socketpair, a Unix socket pair). Those files may use no Internet family.
ALLOWED_NETWORK_NAMES = {"QLocalServer", "QLocalSocket"}
ALLOWED_SOCKET_USERS = {"unix_signals.py", "single_instance.py"}
INTERNET_SOCKET_NAMES = {"AF_INET", "AF_INET6", "create_connection", "getaddrinfo", "gethostbyname"}
NETWORK_MODULES = (
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ssl",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "asyncio",
    "webbrowser",
)


def test_the_guard_sees_and_refuses_every_kind_of_connection() -> None:
    """The guard itself: without this, a blocked network could simply go unnoticed."""
    with no_network() as guard:
        with pytest.raises(PermissionError):
            socket.create_connection(("127.0.0.1", 9), timeout=0.1)
        with pytest.raises(PermissionError):
            socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        with pytest.raises(OSError):
            urllib.request.urlopen("http://example.invalid/", timeout=0.1)
        left, right = socket.socketpair()  # a local pair is not the network
        left.close()
        right.close()
    assert len(guard.attempts) == 3, guard.attempts


def test_a_whole_session_of_use_opens_no_connection(
    qtbot, data_dir: Path, tmp_path: Path, record_figure: Callable[[str, str], None]
) -> None:
    clock = ManualClock(datetime(2026, 11, 21, 18, 0, tzinfo=timezone.utc))
    player = ListeningPlayer()
    steps: list[str] = []
    with no_network() as guard:
        window = build_main_window(data_dir, clock=clock, audio=player)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        store = window.services.store

        # A check-in with a note.
        view = window.show_area("checkin")
        assert isinstance(view, CheckinView)
        view.wheel.set_selection("freeze", 4)
        view.set_note("the argument about the holidays")
        save = view.findChild(QPushButton, "saveCheckinButton")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert [c.state for c in store.checkins()] == ["freeze"]
        steps.append("check-in")

        # A break: start it, ask for 10 more minutes, come back settled.
        window.take_break()
        page = window.page("break")
        qtbot.waitUntil(page.flow.start_button.isVisible)
        qtbot.mouseClick(page.flow.start_button, Qt.MouseButton.LeftButton)
        assert store.active_break() is not None
        qtbot.waitUntil(page.countdown.isVisible)
        clock.advance(15 * 60)
        qtbot.mouseClick(page.countdown.more_time_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.countdown.more_time_panel.extend10_button.isVisible)
        qtbot.mouseClick(page.countdown.more_time_panel.extend10_button, Qt.MouseButton.LeftButton)
        assert page.countdown.remaining_text() == "15:00"
        clock.advance(14 * 60)
        qtbot.mouseClick(page.countdown.back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.return_view.finish_button.isVisible)
        page.return_view.checkin.set_state("settled")
        qtbot.mouseClick(page.return_view.finish_button, Qt.MouseButton.LeftButton)
        (record,) = store.breaks()
        assert record.outcome == "extended" and record.after_checkin is not None
        steps.append("break")

        # The pacer, with a player standing in for the sound card.
        pacer = window.show_area("breathe")
        assert isinstance(pacer, PacerView)
        pacer.start("exhale-4-6", minutes=1.0)
        for _ in range(61):
            clock.advance(1)
            pacer.tick()
        assert not pacer.is_running()
        assert [call for call, _ in player.calls] == ["start", "stop"]
        (session,) = store.sessions()
        assert session.finished and session.breaths == 6
        steps.append("pacer")

        # Insights, drawn from what was just saved.
        insights_page = window.show_area("insights")
        insights = getattr(insights_page, "insights", insights_page)
        qtbot.waitUntil(insights.isVisible)
        insights.refresh()
        heights = insights.bar_heights()
        assert heights["freeze"] == 1 and heights["settled"] == 1
        png = insights.export_png(tmp_path / "chart.png")
        assert png.stat().st_size > 0
        steps.append("insights")

        # Exports of everything.
        export_data(store, "json", tmp_path / "all.json")
        export_data(store, "csv", tmp_path / "all.csv")
        exported = json.loads((tmp_path / "all.json").read_text())
        assert (len(exported["checkins"]), len(exported["breaks"]), len(exported["sessions"])) == (
            2,
            1,
            1,
        )
        assert "the argument about the holidays" in (tmp_path / "all.csv").read_text()
        steps.append("export")
        window.close()
    record_figure(
        "no network",
        f"{len(guard.attempts)} connection attempts during {', '.join(steps)}",
    )
    assert guard.attempts == []


def test_both_sides_of_one_pause_share_the_time_without_a_network(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The leaving partner shows a QR code and saves a calendar file; the waiting partner
    opens the file or pastes the message, waits with a draft, and welcomes them back."""
    from PySide6.QtWidgets import QFileDialog

    from companion.core.paste import FoundReturn

    clock = ManualClock(datetime(2026, 11, 21, 18, 0, tzinfo=timezone.utc))
    shared = tmp_path / "back.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(shared), ""))
    with no_network() as guard:
        leaving = build_main_window(tmp_path / "a", clock=clock, audio=ListeningPlayer())
        waiting = build_main_window(tmp_path / "b", clock=clock, audio=ListeningPlayer())
        for window in (leaving, waiting):
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)

        leaving.take_break("20")
        left = leaving.page("break")
        promised = leaving.services.store.active_break()
        dialog = left.countdown.share()
        dialog.show_qr()
        assert not dialog.qr_label.pixmap().isNull()
        dialog.save_calendar()
        dialog.close()

        waiting.wait_for_partner()
        page = waiting.page("break")
        assert page.waiting.setup.open_calendar(shared)
        page.waiting.setup.use_time()
        record = waiting.services.store.active_break()
        assert record.role == "waiting" and record.return_at == promised.return_at
        pasted = waiting.services.waiting.read_message(promised.bridge)
        assert isinstance(pasted, FoundReturn)
        assert pasted.request.deadline == promised.return_at
        page.waiting.countdown.draft_edit.setPlainText("Please don't go.")
        assert page.waiting.countdown.keep_draft()

        clock.advance(20 * 60)
        waiting.services.breaks.check()
        page.waiting.countdown.back_button.click()
        assert page.return_view.words() == "Please don't go."  # their draft, offered first
        page.return_view.finish_button.click()
        assert waiting.services.store.active_break() is None
        export_data(waiting.services.store, "json", tmp_path / "waiting.json")
        (exported,) = json.loads((tmp_path / "waiting.json").read_text())["breaks"]
        assert exported["role"] == "waiting" and exported["drafts"][0]["text"] == "Please don't go."
        for window in (leaving, waiting):
            window.close()
    assert guard.attempts == []


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_code_has_no_way_to_reach_the_network() -> None:
    """Qt's own sockets are out of reach of the guard above, so read the code: the only
    network classes are local ones, and no module that speaks Internet is imported."""
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for name in _imports(tree):
            top = name.split(".")[0]
            if top in NETWORK_MODULES:
                problems.append(f"{path.name} imports {name}")
            if top == "socket" and path.name not in ALLOWED_SOCKET_USERS:
                problems.append(f"{path.name} imports {name}")
            local = name.rsplit(".", 1)[-1] in ALLOWED_NETWORK_NAMES
            if name.startswith("PySide6.QtNetwork.") and not local:
                problems.append(f"{path.name} imports {name}")
            if name == "PySide6.QtNetwork" and path.name != "single_instance.py":
                problems.append(f"{path.name} imports {name}")
            if name.startswith(("PySide6.QtWeb", "PySide6.QtHttpServer")):
                problems.append(f"{path.name} imports {name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in INTERNET_SOCKET_NAMES:
                problems.append(f"{path.name} uses socket.{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr in (
                "QNetworkAccessManager",
                "QTcpSocket",
                "QUdpSocket",
                "QSslSocket",
                "QTcpServer",
            ):
                problems.append(f"{path.name} uses {node.attr}")
    assert problems == []


def _tcp_listener() -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    return listener


def _left_in_session(session: int) -> list[str]:
    """Processes still running in the session the app led (a daemon it launched would be)."""
    left = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # field 6 of stat: the session id
            left.append(stat_file.parent.name)
    return left


def _dialled(listener: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = listener.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


@pytest.mark.parametrize("command", [[], ["doctor"]], ids=["window", "doctor"])
def test_tcp_addresses_in_the_environment_are_never_dialled(
    data_dir: Path, command: list[str], record_figure: Callable[[str, str], None]
) -> None:
    """A session bus or sound server address on TCP (set by someone else) is not followed:
    the window (D-Bus for the tray and accessibility) and the sound check (PulseAudio) stay
    on local sockets; no helper process is left running either."""
    bus, sound = _tcp_listener(), _tcp_listener()
    try:
        env = {
            "DBUS_SESSION_BUS_ADDRESS": f"tcp:host=127.0.0.1,port={bus.getsockname()[1]}",
            "PULSE_SERVER": f"tcp:127.0.0.1:{sound.getsockname()[1]}",
            "QT_ACCESSIBILITY": "1",
            "COMPANION_EXIT_AFTER_PAINT": "1",
        }
        proc = subprocess.Popen(
            [sys.executable, "-m", "companion", *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=companion_env(data_dir, **env),
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        _out, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err
        dialled = _dialled(bus) + _dialled(sound)
        assert _left_in_session(proc.pid) == []
    finally:
        bus.close()
        sound.close()
    record_figure("no network", f"{dialled} TCP connections with TCP addresses in the environment")
    assert dialled == 0

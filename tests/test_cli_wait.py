"""`companion wait`: the partner who waits, from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.run import run_companion

from companion import cli
from companion.storage.store import BreakRecord, Store


def test_wait_hands_the_time_to_the_window(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    sent: list[dict[str, str] | None] = []

    def fake_gui(_args: argparse.Namespace, message: dict[str, str] | None = None) -> int:
        sent.append(message)
        return 0

    monkeypatch.setattr(cli, "cmd_gui", fake_gui)
    assert cli.main(["wait", "19:30", "--data-dir", str(data_dir)]) == 0
    assert cli.main(["wait", "20", "--data-dir", str(data_dir)]) == 0
    assert sent == [{"cmd": "wait", "arg": "19:30"}, {"cmd": "wait", "arg": "20"}]


@pytest.mark.parametrize("when", ["soon", "25:99", "30 hours"])
def test_wait_with_a_bad_time_says_why_in_one_line(when: str, data_dir: Path) -> None:
    result = run_companion("wait", when, data_dir=data_dir)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_status_says_when_the_running_break_is_the_partners(data_dir: Path) -> None:
    now = datetime.now(timezone.utc)
    back = now + timedelta(minutes=12)
    store = Store.open(data_dir)
    store.add_break(BreakRecord(started=now, return_at=back, original_return=back, role="waiting"))
    store.close()
    result = run_companion("status", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("waiting for your partner: back at")
    assert "12 min left" in result.stdout
    again = run_companion("wait", "20", data_dir=data_dir)
    assert again.returncode == 2 and "already running" in again.stderr
    assert "I need more time" not in again.stderr

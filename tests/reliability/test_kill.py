"""Kill -9 while saving: every check-in reported as saved survives, and the file stays sound."""

from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from helpers.kill_worker import note_for

from companion.storage.store import DB_NAME, Store

WORKER = Path(__file__).resolve().parents[1] / "helpers" / "kill_worker.py"
RUNS = 50
KILLS_PER_FILE = 10
READY_TIMEOUT = 20.0


def _read_lines(proc: subprocess.Popen[bytes], until: float, buffer: bytearray) -> None:
    """Collect the worker's output until the monotonic time ``until`` (or it exits)."""
    assert proc.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    try:
        while (left := until - time.monotonic()) > 0:
            if not selector.select(timeout=left):
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                return
            buffer.extend(chunk)
    finally:
        selector.close()


def _spawn(data_dir: Path, run: int) -> subprocess.Popen[bytes]:
    """A worker that has loaded Python and the store module and waits for a line on stdin."""
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.PIPE,
    )


def _one_run(proc: subprocess.Popen[bytes], run: int, rng: random.Random) -> dict[int, int]:
    """Let a waiting worker go, kill it at a random moment; what it reported as {id: seq}."""
    assert proc.stdin is not None
    buffer = bytearray()
    try:
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
        if run % 5 == 4:
            # Every fifth kill lands early: while the store opens and recovers the last
            # run's write-ahead log, or during the very first saves.
            _read_lines(proc, time.monotonic() + rng.uniform(0.0, 0.03), buffer)
        else:
            deadline = time.monotonic() + READY_TIMEOUT
            while b"ready\n" not in buffer and proc.poll() is None:
                _read_lines(proc, min(deadline, time.monotonic() + 0.05), buffer)
                assert time.monotonic() < deadline, "the worker never opened the store"
            _read_lines(proc, time.monotonic() + rng.uniform(0.05, 0.2), buffer)
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)
        rest, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:  # pragma: no cover - only when an assertion fired above
            proc.kill()
            proc.communicate()
    buffer.extend(rest)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    saved: dict[int, int] = {}
    text = buffer.decode()
    complete = text[: text.rfind("\n") + 1]  # a line cut off by the kill was not reported
    for line in complete.splitlines():
        if line != "ready":
            checkin_id, seq = (int(x) for x in line.split())
            saved[checkin_id] = seq
    return saved


def test_check_ins_survive_50_kills(tmp_path: Path, record_figure: Callable[..., None]) -> None:
    """50 kills, in 5 data folders of 10 kills each (a file that grows without end would make
    each integrity check slower than the kill it checks)."""
    rng = random.Random(20261121)
    reported = stored = recovered = lost = 0
    for folder in range(RUNS // KILLS_PER_FILE):
        data_dir = tmp_path / f"killed-{folder}"
        # What was reported, kept beside the database in a temporary table of a plain
        # connection, so each check after a kill is one join however many rows there are.
        check: sqlite3.Connection | None = None
        waiting: subprocess.Popen[bytes] | None = _spawn(data_dir, 0)
        try:
            for run in range(KILLS_PER_FILE):
                assert waiting is not None
                saved = _one_run(waiting, run, rng)
                # The next worker starts up while this kill is checked; it opens nothing yet.
                waiting = _spawn(data_dir, run + 1) if run + 1 < KILLS_PER_FILE else None
                store = Store.open(data_dir)
                try:
                    assert store.report.moved_aside is None, store.report.reason
                    assert store.integrity() == "ok"
                finally:
                    store.close()
                if check is None:
                    check = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
                    check.execute("CREATE TEMP TABLE expected (id INTEGER PRIMARY KEY, note TEXT)")
                check.executemany(
                    "INSERT INTO temp.expected VALUES (?, ?)",
                    [(i, note_for(run, seq)) for i, seq in saved.items()],
                )
                reported += len(saved)
                (bad,) = check.execute(
                    "SELECT count(*) FROM temp.expected AS e LEFT JOIN main.checkins AS c"
                    " ON c.id = e.id WHERE c.id IS NULL OR c.note IS NOT e.note"
                ).fetchone()
                lost += bad
                recovered += bad == 0
            assert check is not None
            stored += check.execute("SELECT count(*) FROM main.checkins").fetchone()[0]
        finally:
            if check is not None:
                check.close()
            if waiting is not None:  # only when an assertion fired mid-way
                waiting.kill()
                waiting.communicate()
    record_figure(
        "kill test",
        f"{recovered}/{RUNS} recovered, {lost} check-ins lost "
        f"({reported} reported saved, {stored} stored)",
    )
    assert reported > RUNS * 5, "the worker hardly saved anything: the test proves little"
    assert lost == 0
    assert recovered == RUNS
    assert stored >= reported

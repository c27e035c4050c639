"""Start-up builds only what the first frame shows, and a measuring run always ends.

Each check runs the real app in a fresh interpreter: this test process has long imported
(and built) everything.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from helpers.run import companion_env, run_companion

from companion.storage.store import BreakRecord, Store


def _store_with_a_break(data_dir: Path) -> None:
    now = datetime.now(timezone.utc).astimezone()
    store = Store.open(data_dir, now=now)
    back = now + timedelta(minutes=25)
    store.add_break(
        BreakRecord(started=now - timedelta(minutes=5), return_at=back, original_return=back)
    )
    store.close()


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_exit_after_paint_ends_the_app_also_while_a_break_runs(data_dir: Path) -> None:
    """The close guard keeps a break in the tray; a measuring run must still end by itself."""
    _store_with_a_break(data_dir)
    done = run_companion(data_dir=data_dir, timeout=30, COMPANION_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first-paint "), done.stdout


def test_no_module_source_is_held_in_memory_after_start(data_dir: Path) -> None:
    """Python keeps source lines only for tracebacks; none is read just because Qt is loaded."""
    code = (
        "import linecache\n"
        "from companion.cli import main\n"
        "assert main([]) == 0\n"  # the GUI as a user starts it, until its first frame
        "held = sorted(name for name in linecache.cache if name.endswith('.py'))\n"
        "print('held', len(held), ' '.join(held[:5]))\n"
    )
    done = _python(code, companion_env(data_dir, COMPANION_EXIT_AFTER_PAINT="1"))
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    assert "held 0 " in done.stdout, done.stdout

"""Memory: peak RSS of the app idle after start, against the bare PySide6 window.

Run it as ``python tests/benchmarks/bench_memory.py`` (about 25 s). Each run starts
``python -m companion`` (offscreen, fresh home and data folder, nothing running) or
``baseline_window.py``, waits until the process has used no CPU for a second (start-up is
over, the window painted), then reads VmHWM, the peak resident set size, and VmRSS from
/proc/<pid>/status, and ends it with SIGTERM. Median of ``RUNS`` runs each, alternating.

Two rows: the very first start (a fresh home: the welcome with its three ways in) and a
returning user's start (a way in was chosen before, so the window opens on the breathing
page, the heaviest first page). ``run()`` returns rows for tests/benchmarks/run.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import (
    app_command,
    baseline_command,
    isolated_env,
    print_rows,
    ratio,
    status_kib,
    stop,
    wait_until_idle,
)

RUNS = 3
TARGET_RATIO = 1.35

Row = dict[str, object]


def idle_memory_kib(command: list[str], env: dict) -> tuple[int, int]:
    """(peak RSS, current RSS) in KiB of ``command`` once it sits idle after start."""
    proc = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_idle(proc)
        return status_kib(proc.pid, "VmHWM"), status_kib(proc.pid, "VmRSS")
    finally:
        stop(proc)


def mark_returning(env: dict) -> None:
    """Record in the settings under ``env``'s home that a way in was chosen before."""
    code = (
        "from companion.services.container import open_settings\n"
        "from companion.ui.shell.welcome import CHOSEN_KEY\n"
        "s = open_settings(); s.setValue(CHOSEN_KEY, True); s.sync()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def _row(label: str, ours: list[tuple[int, int]], base: list[tuple[int, int]]) -> Row:
    peak_ours = statistics.median(p for p, _ in ours) / 1024
    peak_base = statistics.median(p for p, _ in base) / 1024
    rss_ours = statistics.median(r for _, r in ours) / 1024
    rss_base = statistics.median(r for _, r in base) / 1024
    return {
        "metric": f"peak RSS idle after start, {label}, offscreen (MiB, median of {len(ours)})",
        "ours": round(peak_ours, 1),
        "baseline": round(peak_base, 1),
        "ratio": ratio(peak_ours, peak_base),
        "target": TARGET_RATIO,
        "note": f"RSS once idle: ours {rss_ours:.1f} MiB, bare window {rss_base:.1f} MiB",
    }


def run(runs: int = RUNS) -> list[Row]:
    """Two rows: median peak RSS idle after a first and a returning start, against the
    bare window (measured alternately with both)."""
    first: list[tuple[int, int]] = []
    returning: list[tuple[int, int]] = []
    base: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        env_first = isolated_env(Path(tmp) / "first")
        env_returning = isolated_env(Path(tmp) / "returning")
        env_base = isolated_env(Path(tmp) / "base")
        idle_memory_kib(app_command(), env_first)  # warm-up: byte-code cache, data folder
        idle_memory_kib(app_command(), env_returning)
        mark_returning(env_returning)
        idle_memory_kib(baseline_command(), env_base)
        for index in range(runs):
            order = [
                (first, app_command(), env_first),
                (base, baseline_command(), env_base),
                (returning, app_command(), env_returning),
            ]
            for into, command, env in order if index % 2 == 0 else order[::-1]:
                if into is first:  # the welcome shows until a way in is chosen: keep it so
                    mark_first(env)
                into.append(idle_memory_kib(command, env))
    return [_row("first start", first, base), _row("returning user", returning, base)]


def mark_first(env: dict) -> None:
    """Nothing chosen yet: the settings file under ``env``'s home is removed."""
    for ini in Path(env["XDG_CONFIG_HOME"]).rglob("companion.ini"):
        ini.unlink()


if __name__ == "__main__":
    print_rows(run())

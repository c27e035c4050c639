"""Memory: peak RSS of the app idle after start, against the bare PySide6 window.

Run it as ``python tests/benchmarks/bench_memory.py`` (about 15 s). Each run starts
``python -m companion`` (offscreen, fresh home and data folder, nothing running) or
``baseline_window.py``, waits until the process has used no CPU for a second (start-up is
over, the window painted), then reads VmHWM, the peak resident set size, and VmRSS from
/proc/<pid>/status, and ends it with SIGTERM. Median of ``RUNS`` runs each, alternating.
``run()`` returns rows for tests/benchmarks/run.py.
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


def run(runs: int = RUNS) -> list[Row]:
    """One row: median peak RSS idle after start, ours against the bare window."""
    ours: list[tuple[int, int]] = []
    base: list[tuple[int, int]] = []
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        env_app = isolated_env(Path(tmp) / "app")
        env_base = isolated_env(Path(tmp) / "base")
        idle_memory_kib(app_command(), env_app)  # warm-up: byte-code cache, data folder
        idle_memory_kib(baseline_command(), env_base)
        for index in range(runs):
            order = [(ours, app_command(), env_app), (base, baseline_command(), env_base)]
            for into, command, env in order if index % 2 == 0 else order[::-1]:
                into.append(idle_memory_kib(command, env))
    peak_ours = statistics.median(p for p, _ in ours) / 1024
    peak_base = statistics.median(p for p, _ in base) / 1024
    rss_ours = statistics.median(r for _, r in ours) / 1024
    rss_base = statistics.median(r for _, r in base) / 1024
    return [
        {
            "metric": f"peak RSS idle after start, offscreen (MiB, median of {runs})",
            "ours": round(peak_ours, 1),
            "baseline": round(peak_base, 1),
            "ratio": ratio(peak_ours, peak_base),
            "target": TARGET_RATIO,
            "note": f"RSS once idle: ours {rss_ours:.1f} MiB, bare window {rss_base:.1f} MiB",
        }
    ]


if __name__ == "__main__":
    print_rows(run())

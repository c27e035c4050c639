"""Start-up: from process start to the main window's first painted frame, against a bare window.

Run it as ``python tests/benchmarks/bench_startup.py`` (about 15 s). Each run starts
``python -m companion`` with ``COMPANION_EXIT_AFTER_PAINT=1``: the app prints the
CLOCK_MONOTONIC time of its first painted frame and quits. The time is taken from outside,
from just before the process is spawned to that stamp, so interpreter start, imports, the
store, building the window and the first paint all count. The baseline is
``baseline_window.py`` (a bare PySide6 script showing one empty QWidget, reporting its first
paint the same way), run alternately with the app in the same loop so both see the same load.

A third program, ``baseline_window.py page``, is a realistic first page (a menu, four tool
buttons, a combo, a spin box, a painted circle, three labels): each start-up row comes twice,
against the bare window (the target) and against that page (how far above a real page).
The same rows are taken with a store of 100k check-ins (``fill_checkins``).

Both run with a fresh home, settings and data folder, and with byte-code caching on (into a
temporary PYTHONPYCACHEPREFIX, as an installed package has its .pyc files); one warm-up run
each fills that cache and is not counted. Medians of ``RUNS`` runs, offscreen, and under Xvfb
(the xcb platform, a real X server) when ``Xvfb`` is installed. One more run with
``-X importtime`` checks that numpy, pyqtgraph and sounddevice are not imported before the
first paint.

The helpers here (isolated environments, /proc readings, Xvfb) are shared by
bench_memory.py and bench_idle.py. ``run()`` returns rows for tests/benchmarks/run.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BASELINE = HERE / "baseline_window.py"
RUNS = 7
TARGETS = {"offscreen": 1.9, "Xvfb/xcb": 1.4}  # against the bare window, same run
CHECKINS = 100_000  # the "years of data" start-up row
HEAVY = ("numpy", "pyqtgraph", "sounddevice")
TIMEOUT = 60.0

Row = dict[str, object]


# ----------------------------------------------------------------- shared helpers
def isolated_env(home: Path, platform: str = "offscreen", display: str | None = None) -> dict:
    """An environment with its own home, settings, data and byte-code cache under ``home``."""
    env = dict(os.environ)
    for key in ("COMPANION_DATA_DIR", "COMPANION_EXIT_AFTER_PAINT", "PYTHONDONTWRITEBYTECODE"):
        env.pop(key, None)
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_RUNTIME_DIR": home / "runtime",
    }
    for key, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[key] = str(path)
    # One cache shared by every run of a benchmark, outside the source tree.
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env["QT_QPA_PLATFORM"] = platform
    if display is not None:
        env["DISPLAY"] = display
    return env


def app_command() -> list[str]:
    """The app as a user starts it (no arguments)."""
    return [sys.executable, "-m", "companion"]


def baseline_command(page: bool = False) -> list[str]:
    """The bare window, or with ``page`` the realistic first page."""
    return [sys.executable, str(BASELINE), *(["page"] if page else [])]


def fill_checkins(data_dir: Path, count: int = CHECKINS) -> None:
    """A data folder whose store holds ``count`` check-ins, one every 20 minutes."""
    sys.path.insert(0, str(ROOT))
    from companion.storage.store import Store

    store = Store.open(data_dir)
    store.connection.execute(
        """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
        INSERT INTO checkins (ts, utc_offset, state, intensity)
        SELECT strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', '2021-01-01', (i * 1200) || ' seconds'),
               0,
               CASE i % 5 WHEN 0 THEN 'fight' WHEN 1 THEN 'flight' WHEN 2 THEN 'freeze'
                          WHEN 3 THEN 'fawn' ELSE 'settled' END,
               i % 6
        FROM n
        """,
        (count,),
    )
    store.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the whole process (all threads, live and ended)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_ns_by_thread(pid: int) -> dict[int, int]:
    """Nanoseconds each live thread has run, by thread id (/proc/<pid>/task/*/schedstat).

    Exact, unlike the user and system times of /proc/<pid>/stat, which the kernel counts in
    whole clock ticks (10 ms here) given to whichever thread a tick finds running: over a
    minute of near-idle, those are a handful of samples."""
    times: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):
            times[int(task.name)] = int((task / "schedstat").read_text().split()[0])
    return times


def status_kib(pid: int, key: str) -> int:
    """A ``kB`` field of /proc/<pid>/status, e.g. VmHWM (peak RSS) or VmRSS."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    raise KeyError(key)


def wakeups(pid: int) -> dict[int, int]:
    """Voluntary context switches (times it went to sleep) of each live thread, by thread id."""
    counts: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    counts[int(task.name)] = int(line.split()[1])
    return counts


def wakeups_between(before: dict[int, int], after: dict[int, int]) -> int:
    """Wake-ups between two readings, over the threads alive at the second one."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())


def wait_until_idle(proc: subprocess.Popen, quiet: float = 1.0, timeout: float = 30.0) -> None:
    """Return once ``proc`` has used no CPU for ``quiet`` seconds (start-up is over)."""
    deadline = time.monotonic() + timeout
    last = cpu_seconds(proc.pid)
    still_since = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited early with code {proc.returncode}")
        now = cpu_seconds(proc.pid)
        if now != last:
            last, still_since = now, time.monotonic()
        elif time.monotonic() - still_since >= quiet:
            return
    raise RuntimeError(f"{proc.args} did not settle within {timeout:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    """Ask ``proc`` to quit (SIGTERM; the app quits cleanly on it), kill it if it hangs."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A private Xvfb display (":N"), or None when Xvfb is not installed or fails."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        yield f":{number}" if number else None
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def ratio(ours: float, baseline: float) -> float:
    return round(ours / baseline, 3) if baseline > 0 else float("inf")


# ----------------------------------------------------------------- start-up
def first_paint_seconds(command: list[str], env: dict) -> float:
    """Seconds from just before spawning ``command`` to the first paint it reports."""
    env = {**env, "COMPANION_EXIT_AFTER_PAINT": "1"}
    start = time.monotonic()
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    stamps = [
        float(line.split()[1])
        for line in done.stdout.splitlines()
        if line.startswith("first-paint ")
    ]
    if done.returncode != 0 or not stamps:
        raise RuntimeError(
            f"{command} exited with {done.returncode} and no first-paint line:\n{done.stderr}"
        )
    return stamps[0] - start


def compare_start(
    env_app: dict, env_base: dict, runs: int
) -> tuple[list[float], list[float], list[float]]:
    """Start-up times of the app, the bare window and the realistic page, taken in turns
    (the order rotates each round so that all three see the same load), after a warm-up."""
    commands = [app_command(), baseline_command(), baseline_command(page=True)]
    envs = [env_app, env_base, env_base]
    for command, env in zip(commands, envs, strict=True):
        first_paint_seconds(command, env)
    times: list[list[float]] = [[], [], []]
    for index in range(runs):
        for k in range(3):
            which = (index + k) % 3
            times[which].append(first_paint_seconds(commands[which], envs[which]))
    return times[0], times[1], times[2]


def heavy_before_paint(env: dict) -> list[str]:
    """Top-level heavy modules the app imports before its first paint (``-X importtime``)."""
    env = {**env, "COMPANION_EXIT_AFTER_PAINT": "1"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "companion"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream keeps import lines and the paint line in order
        text=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    found: list[str] = []
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return found
        if line.startswith("import time:"):
            name = line.rsplit("|", 1)[1].strip().split(".")[0]
            if name in HEAVY and name not in found:
                found.append(name)
    raise RuntimeError(f"no first-paint line (exit {done.returncode}):\n{done.stdout[-2000:]}")


def _start_row(
    label: str, ours: list[float], base: list[float], target: float, against: str = "bare window"
) -> Row:
    mine, theirs = statistics.median(ours), statistics.median(base)
    return {
        "metric": f"start-up to first paint, {label}, vs {against} (s, median of {len(ours)})",
        "ours": round(mine, 3),
        "baseline": round(theirs, 3),
        "ratio": ratio(mine, theirs),
        "target": target,
        "note": f"ours {min(ours):.3f}-{max(ours):.3f} s, {against} "
        f"{min(base):.3f}-{max(base):.3f} s",
    }


def _start_rows(label: str, env_app: dict, env_base: dict, runs: int) -> list[Row]:
    ours, bare, page = compare_start(env_app, env_base, runs)
    target = TARGETS[label.split(",")[0]]
    return [
        _start_row(label, ours, bare, target),
        _start_row(label, ours, page, target, "realistic first page"),
    ]


def run(runs: int = RUNS, use_xvfb: bool = True) -> list[Row]:
    """Start-up rows: offscreen, Xvfb (if installed), both also with 100k check-ins in the
    store, each against the bare window and the realistic first page; the lazy-import check."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        env_app = isolated_env(Path(tmp) / "app")
        env_base = isolated_env(Path(tmp) / "base")
        full = isolated_env(Path(tmp) / "full")
        full["COMPANION_DATA_DIR"] = str(Path(tmp) / "full-data")
        fill_checkins(Path(tmp) / "full-data")
        rows += _start_rows("offscreen", env_app, env_base, runs)
        rows += _start_rows(f"offscreen, {CHECKINS // 1000}k check-ins", full, env_base, runs)
        if use_xvfb:
            with xvfb() as display:
                if display is not None:
                    env_app_x = isolated_env(Path(tmp) / "app-x", "xcb", display)
                    env_base_x = isolated_env(Path(tmp) / "base-x", "xcb", display)
                    full_x = {**env_app_x, "COMPANION_DATA_DIR": full["COMPANION_DATA_DIR"]}
                    rows += _start_rows("Xvfb/xcb", env_app_x, env_base_x, runs)
                    label = f"Xvfb/xcb, {CHECKINS // 1000}k check-ins"
                    rows += _start_rows(label, full_x, env_base_x, runs)
        heavy = heavy_before_paint(env_app)
        rows.append(
            {
                "metric": "of numpy, pyqtgraph, sounddevice: imported before first paint",
                "ours": len(heavy),
                "baseline": 0,
                "ratio": len(heavy),
                "target": 0,
                "note": ", ".join(heavy) or "none",
            }
        )
    return rows


def print_rows(rows: list[Row]) -> None:
    """A plain table (used when a benchmark file is run on its own)."""
    for row in rows:
        verdict = "ok" if float(str(row["ratio"])) <= float(str(row["target"])) else "OVER"
        print(
            f"{row['metric']}: ours {row['ours']}, baseline {row['baseline']}, "
            f"ratio {row['ratio']} (target <= {row['target']}) {verdict}"
        )
        if row.get("note"):
            print(f"    {row['note']}")


if __name__ == "__main__":
    print_rows(run())

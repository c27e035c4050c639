"""Years of data: the longest stall of the UI thread for each user action at 10k, 100k and 1M
check-ins, export time against a plain ``csv.writer`` / ``json``, and History's memory.

Run it as ``python tests/benchmarks/bench_data.py [--sizes 10000,100000,1000000]``. The stores
are generated once (realistic data over ten years, in one transaction) and kept in
``/tmp/companion-bench-data/<n>``. Each size is measured in a fresh child process, so the
first opening of Insights really is the first (nothing imported yet).

A stall is the longest gap between two ticks of a 1 ms heartbeat timer on the UI thread while
an action runs, from the moment it starts until what it started is finished (work handed to
another thread included). Each repeatable action is measured ``ROUNDS`` times; the median of
the rounds is reported. The machine's load average is printed with the figures.

``run()`` returns the rows for tests/benchmarks/run.py: {"metric", "ours", "baseline",
"ratio", "target", "note"}, where a row meets its target when ratio <= target.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = Path("/tmp/companion-bench-data")
SIZES = (10_000, 100_000, 1_000_000)
ROUNDS = 3
STALL_MS = {100_000: 100.0, 1_000_000: 300.0}  # the longest a stall may be, by size
EXPORT_MS_1M = 5000.0
EXPORT_VS_PLAIN = 2.0
HISTORY_GROWTH_MIB = 8.0  # "flat": what scrolling to the end may add to History's memory
LINEAR = 10.0  # ten times the rows may cost at most ten times the time

Row = dict[str, object]


def store_dir(checkins: int) -> Path:
    """A folder with a store of ``checkins`` check-ins (built once, then reused)."""
    folder = CACHE / str(checkins)
    done = folder / "complete"
    if done.exists():
        return folder
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]
    import shutil
    from datetime import datetime, timedelta, timezone

    from helpers.generate import generate

    from companion.storage.store import Store

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    store = Store.open(folder)
    end = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))
    generate(store, checkins=checkins, end=end, days=3650, seed=checkins)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    done.write_text("ok\n")
    return folder


def measure_size(checkins: int) -> dict[str, Any]:
    """Run one child process that measures every action at this size."""
    folder = store_dir(checkins)
    child = HERE / "bench_data_child.py"
    out = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(child), str(folder), str(ROUNDS)],
        capture_output=True, text=True, check=False, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"child for {checkins} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _r(x: float) -> float:
    return round(x, 1)


STALL_ACTIONS = (
    ("idle", "nothing at all (the machine's own noise)"),
    ("insights_first_open", "Insights, first open"),
    ("insights_range", "Insights, switching range"),
    ("insights_chart", "Insights, switching chart"),
    ("history_open", "History, first open"),
    ("history_scroll", "History, a scroll step (99th percentile)"),
    ("history_jump", "History, jump back to the top"),
    ("history_filter", "History, filtering"),
    ("history_edit", "History, editing a check-in"),
    ("history_delete", "History, deleting a check-in"),
    ("export_csv_stall", "File > Export (CSV)"),
    ("export_json_stall", "File > Export (JSON)"),
    ("delete_all", "Delete all data"),
)


def _rows(got: dict[int, dict[str, Any]], note: str) -> list[Row]:
    rows: list[Row] = []
    for size, limit in STALL_MS.items():
        if size not in got:
            continue
        for key, label in STALL_ACTIONS:
            ours = float(got[size][key])
            rows.append({
                "metric": f"longest stall (ms), {label}, {size // 1000}k",
                "ours": _r(ours), "baseline": limit, "ratio": round(ours / limit, 2),
                "target": 1.0, "note": note,
            })  # fmt: skip
    for size in got:
        for fmt in ("csv", "json"):
            ours, plain = got[size][f"export_{fmt}_ms"], got[size][f"plain_{fmt}_ms"]
            rows.append({
                "metric": f"export {fmt} vs plain {fmt} writer (ms), {size // 1000}k",
                "ours": _r(ours), "baseline": _r(plain), "ratio": round(ours / plain, 2),
                "target": EXPORT_VS_PLAIN, "note": note,
            })  # fmt: skip
    if 1_000_000 in got:
        for fmt in ("csv", "json"):
            ours = got[1_000_000][f"export_{fmt}_ms"]
            rows.append({
                "metric": f"export {fmt} at 1M (ms)", "ours": _r(ours),
                "baseline": EXPORT_MS_1M, "ratio": round(ours / EXPORT_MS_1M, 2), "target": 1.0,
            })  # fmt: skip
    for size in got:
        grew = got[size]["history_growth_mib"]
        rows.append({
            "metric": f"History memory growth scrolling {got[size]['history_scrolled']} rows"
            f" (MiB), {size // 1000}k",
            "ours": _r(grew), "baseline": HISTORY_GROWTH_MIB,
            "ratio": round(max(grew, 0.0) / HISTORY_GROWTH_MIB, 2), "target": 1.0,
        })  # fmt: skip
    sizes = sorted(got)
    for small, big in itertools.pairwise(sizes):
        for key, label in STALL_ACTIONS:
            ours, base = float(got[big][key]), max(float(got[small][key]), 1.0)
            rows.append({
                "metric": f"growth {big // 1000}k / {small // 1000}k, {label}",
                "ours": _r(ours), "baseline": _r(base), "ratio": round(ours / base, 2),
                "target": LINEAR,
            })  # fmt: skip
    return rows


def run(sizes: tuple[int, ...] = SIZES) -> list[Row]:
    """Benchmark rows for every size (the stores are built first if missing)."""
    got = {}
    loads = []
    for size in sizes:
        loads.append(os.getloadavg()[0])
        got[size] = measure_size(size)
    note = f"load average {', '.join(f'{x:.2f}' for x in loads)} on {os.cpu_count()} cores"
    return _rows(got, note)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    args = parser.parse_args()
    started = time.perf_counter()
    rows = run(tuple(int(s) for s in args.sizes.split(",")))
    print(f"{'metric':<70} {'ours':>9} {'baseline':>9} {'ratio':>7} {'target':>7}")
    for row in rows:
        verdict = "ok" if float(str(row["ratio"])) <= float(str(row["target"])) else "OVER"
        print(
            f"{row['metric']!s:<70} {row['ours']!s:>9} {row['baseline']!s:>9} "
            f"{row['ratio']!s:>7} {row['target']!s:>7}  {verdict}"
        )
    print(f"({time.perf_counter() - started:.1f} s; {rows[0].get('note', '')})")
    print(json.dumps({"median_of_rounds": ROUNDS, "uptime": os.getloadavg()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

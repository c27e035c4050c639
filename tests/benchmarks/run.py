"""Run every benchmark of the project and report each figure against its baseline and target.

    python tests/benchmarks/run.py [--json bench-results.json] [--runs 7] [--idle-seconds 60]

Prints one table (metric, ours, baseline, ratio, target, ok/OVER) and writes the same rows as
JSON. A row meets its target when ratio <= target. Benchmarks: start-up, memory and idle cost
(this folder's bench_startup, bench_memory, bench_idle), the pacer's animation and timeline,
the insights view at 1k/10k/100k rows, and the audio callback. The idle children run in the
background for their whole minute while the others run, which keeps the total near 1.5
minutes on a 2-core machine. Exit code 0 when every target is met, 1 otherwise.

Not part of the test run: nothing here is named test_*, so pytest collects none of it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ORDER = ("startup", "memory", "pacer", "insights", "data", "audio", "idle")
QUIET = ("This plugin does not support propagateSizeHints",)  # offscreen's own limits

Row = dict[str, object]


def _quiet_qt() -> None:
    """Drop the offscreen platform's harmless chatter from the table's output."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not any(text in message for text in QUIET):
            print(f"qt: {message}", file=sys.stderr)

    qInstallMessageHandler(handler)


def _in_process(name: str) -> Callable[[], list[Row]]:
    def call() -> list[Row]:
        module = __import__(f"bench_{name}")
        rows: list[Row] = module.run()
        return rows

    return call


def verdict(row: Row) -> str:
    if row.get("error"):
        return "ERROR"
    try:
        return "ok" if float(str(row["ratio"])) <= float(str(row["target"])) else "OVER"
    except (TypeError, ValueError):
        return "ERROR"


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


def print_table(rows: list[Row]) -> None:
    width = max([len(str(r["metric"])) for r in rows] + [6])
    print(f"{'metric':<{width}}  {'ours':>9} {'baseline':>9} {'ratio':>7} {'target':>6}")
    for row in rows:
        print(
            f"{row['metric']!s:<{width}}  {_cell(row.get('ours')):>9} "
            f"{_cell(row.get('baseline')):>9} {_cell(row.get('ratio')):>7} "
            f"{_cell(row.get('target')):>6}  {verdict(row)}"
        )
    notes = [(r["metric"], r.get("note") or r.get("error")) for r in rows]
    if any(note for _, note in notes):
        print("\nnotes:")
        for metric, note in notes:
            if note:
                print(f"  {metric}: {note}")


def markdown(rows: list[Row]) -> str:
    """The README table: ratios first."""
    lines = [
        "| ratio | target | metric | ours | baseline | |",
        "|---:|---:|---|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {_cell(row.get('ratio'))} | ≤ {_cell(row.get('target'))} | {row['metric']} | "
            f"{_cell(row.get('ours'))} | {_cell(row.get('baseline'))} | {verdict(row)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every Companion benchmark.")
    parser.add_argument("--json", default="bench-results.json", help="where to write the rows")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs each (median)")
    parser.add_argument(
        "--idle-seconds", type=float, default=60.0, help="CPU sampling window of the idle test"
    )
    parser.add_argument(
        "--only", default=",".join(ORDER), help=f"comma-separated subset of {','.join(ORDER)}"
    )
    parser.add_argument("--no-xvfb", action="store_true", help="skip the Xvfb start-up rows")
    parser.add_argument("--markdown", action="store_true", help="also print the README table")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(ORDER))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")

    started = time.monotonic()
    _quiet_qt()
    rows: list[Row] = []
    timings: dict[str, float] = {}

    def attempt(name: str, call: Callable[[], list[Row]]) -> None:
        begin = time.monotonic()
        print(f"[{time.monotonic() - started:5.1f} s] {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(call())
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            rows.append({"metric": f"{name} benchmark", "error": f"failed: {exc!r}"})
        timings[name] = round(time.monotonic() - begin, 1)

    idle = None
    if "idle" in chosen:  # started first, collected last: its minute overlaps the rest
        import bench_idle

        try:
            idle = bench_idle.start(args.idle_seconds)
        except Exception as exc:
            traceback.print_exc()
            rows.append({"metric": "idle benchmark", "error": f"failed: {exc!r}"})
    for name in ORDER:
        if name not in chosen or name == "idle":
            continue
        if name == "startup":
            import bench_startup

            attempt(name, lambda: bench_startup.run(args.runs, use_xvfb=not args.no_xvfb))
        else:
            attempt(name, _in_process(name))
    if idle is not None:
        attempt("idle", idle.collect)

    total = time.monotonic() - started
    print()
    print_table(rows)
    missed = [str(r["metric"]) for r in rows if verdict(r) != "ok"]
    print()
    if missed:
        print(f"{len(missed)} of {len(rows)} targets not met:")
        for metric in missed:
            print(f"  - {metric}")
    else:
        print(f"All {len(rows)} targets met.")
    print(f"Total time {total:.0f} s ({', '.join(f'{k} {v} s' for k, v in timings.items())}).")
    if args.markdown:
        print()
        print(markdown(rows))

    from PySide6 import __version__ as pyside_version

    result = {
        "rows": rows,
        "seconds": round(total, 1),
        "seconds_each": timings,
        "machine": {
            "python": platform.python_version(),
            "pyside6": pyside_version,
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"Wrote {args.json}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Realistic fake data for tests and benchmarks, written straight into a Store in one transaction.

Check-ins lean towards evenings and towards flight and fight, carry the UTC offset of a real
time zone (so daylight-saving changes are crossed), and some notes hold commas, new lines,
unicode or text a spreadsheet would try to run. Breaks point at a before and an after check-in;
practice sessions fall on most days. The same seed gives the same data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from companion.storage.store import Store, to_db_time, utc_text

STATE_WEIGHTS = {"fight": 25, "flight": 30, "freeze": 15, "fawn": 10, "settled": 20}
HOUR_WEIGHTS = [1, 1, 1, 1, 1, 1, 2, 4, 4, 3, 3, 3, 4, 3, 3, 3, 4, 5, 7, 8, 9, 8, 5, 2]
NOTES = [
    "",
    "",
    "",
    "",
    "after dinner, about money",
    'said "fine" and left',
    "line one\nline two",
    "müde, aber ruhig 🌙",
    '=HYPERLINK("http://example.invalid")',
    "-felt far away",
    "+1 for walking",
    "@home, kitchen",
]
PLANS = ["walk", "breathe", "water", "grounding", "warm_or_cold", "no_rehearsing"]
PATTERNS = [("exhale-4-6", "4-0-6-0"), ("cyclic-sigh", "2+1-0-6-0"), ("gentle-3-5", "3-0-5-0")]


@dataclass(frozen=True)
class Generated:
    """How many rows of each kind were written, and their id ranges."""

    checkins: int
    breaks: int
    sessions: int
    first_checkin_id: int


def generate(
    store: Store,
    *,
    checkins: int = 1000,
    breaks: int | None = None,
    sessions: int | None = None,
    end: datetime,
    days: int = 180,
    zone: str = "Europe/Berlin",
    seed: int = 7,
) -> Generated:
    """Write ``checkins`` check-ins spread over the ``days`` days before ``end``, plus breaks
    (default one per 40 check-ins) and practice sessions (default most days)."""
    rng = random.Random(seed)
    tz = ZoneInfo(zone)
    end_local = end.astimezone(tz)
    conn = store.connection
    first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM checkins").fetchone()[0]) + 1
    n_breaks = checkins // 40 if breaks is None else breaks
    n_sessions = int(days * 0.7) if sessions is None else sessions

    def moment(day_back: int) -> datetime:
        day = (end_local - timedelta(days=day_back)).date()
        hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
        naive = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
        when = naive.replace(tzinfo=tz)
        return min(when, end_local - timedelta(seconds=1))

    states = list(STATE_WEIGHTS)
    weights = list(STATE_WEIGHTS.values())
    checkin_times = sorted(moment(rng.randrange(days)) for _ in range(checkins))
    checkin_rows = []
    for i, when in enumerate(checkin_times):
        state = rng.choices(states, weights=weights)[0]
        intensity = rng.randint(0, 2) if state == "settled" else rng.randint(1, 5)
        ts, off = to_db_time(when)
        checkin_rows.append(
            (first_id + i, ts, off, state, intensity, rng.choice(NOTES), None, None, None)
        )

    break_rows = []
    linked: dict[int, int] = {}
    first_break = int(conn.execute("SELECT coalesce(max(id), 0) FROM breaks").fetchone()[0]) + 1
    for b in range(n_breaks):
        k = rng.randrange(max(1, checkins - 1)) if checkins > 1 else None
        started = checkin_times[k] + timedelta(minutes=1) if k is not None else moment(b % days)
        agreed = started + timedelta(minutes=rng.choice([20, 20, 30, 45, 60]))
        extension = rng.choice([0, 0, 0, 10, 20])
        return_at = agreed + timedelta(minutes=extension)
        lateness = rng.choice([-5, -2, 0, 0, 0, 3, 12])
        ended = return_at + timedelta(minutes=lateness)
        before = after = None
        if k is not None:
            before, after = first_id + k, first_id + k + 1
            linked[before] = linked[after] = first_break + b
        s, off = to_db_time(started)
        break_rows.append(
            (
                first_break + b, s, off, utc_text(return_at), utc_text(agreed),
                json.dumps(rng.sample(PLANS, 3)), "[]",
                json.dumps([extension * 60.0] if extension else []),
                "I'm flooded and need a pause; I'll be back.",
                utc_text(ended) if ended < end else None, None, before, after, "[]",
            )
        )  # fmt: skip

    session_rows = []
    session_days = sorted(rng.sample(range(days), min(days, n_sessions)))
    for i in range(n_sessions):
        day_back = session_days[i % len(session_days)] if session_days else 0
        started = moment(day_back)
        seconds = float(rng.choice([60, 180, 300, 300, 420, 600]) + rng.randrange(30))
        ended = started + timedelta(seconds=seconds)
        name, spec = rng.choice(PATTERNS)
        s, off = to_db_time(started)
        session_rows.append((s, off, utc_text(ended), name, spec, int(seconds // 10), seconds, 1))

    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "INSERT INTO checkins (id, ts, utc_offset, state, intensity, note, tag, context,"
            " break_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row[:8], linked.get(row[0])) for row in checkin_rows],
        )
        conn.executemany(
            "INSERT INTO breaks (id, started, utc_offset, return_at, original_return, plan,"
            " plan_done, extensions, bridge, ended, outcome, before_checkin, after_checkin,"
            " notified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            break_rows,
        )
        conn.executemany(
            "INSERT INTO sessions (started, utc_offset, ended, pattern_name, pattern_spec,"
            " breaths, seconds, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return Generated(len(checkin_rows), len(break_rows), len(session_rows), first_id)

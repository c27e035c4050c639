"""Save check-ins in a loop until killed; print each id once ``add_checkin`` has returned.

Usage: ``python kill_worker.py DATA_DIR RUN``. Waits for a line on stdin (so a test can start
it early and let it go at the moment it chooses), prints ``ready`` once the store is open,
then one line ``ID SEQ`` per saved check-in. The note of check-in SEQ in run RUN is
``note_for(RUN, SEQ)``, so a test can check that what was saved is intact, not only there.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

STATES = ("fight", "flight", "freeze", "fawn", "settled")


def note_for(run: int, seq: int) -> str:
    """A note unique per check-in; every 250th is long enough to spill over a database page."""
    words = 700 if seq % 250 == 0 else (seq * 37 + run * 11) % 12
    return f"run {run} check-in {seq} " + "breathe " * words


def main(argv: list[str]) -> int:
    from companion.storage.store import CheckIn, Store

    data_dir, run = Path(argv[0]), int(argv[1])
    sys.stdin.readline()
    store = Store.open(data_dir)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    seq = 0
    while True:
        seq += 1
        checkin = CheckIn(
            state=STATES[seq % len(STATES)],
            intensity=seq % 6 if seq % 5 else 0,
            timestamp=datetime.now(timezone.utc).astimezone(),
            note=note_for(run, seq),
            context="practice",
        )
        checkin_id = store.add_checkin(checkin)
        out.write(f"{checkin_id} {seq}\n")
        out.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

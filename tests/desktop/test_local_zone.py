"""Local time comes from the system's zone whatever form TZ takes, so a return time across a
daylight-saving change is the one the clock on the wall will show."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.run import companion_env

from companion.desktop.local_zone import system_zone

BERLIN_FILE = "/usr/share/zoneinfo/Europe/Berlin"
BERLIN_FORMS = {
    "name": "Europe/Berlin",
    "file path": BERLIN_FILE,
    "file path with colon": ":" + BERLIN_FILE,
    "POSIX rule": "CET-1CEST,M3.5.0,M10.5.0/3",
}
SPRING_NIGHT = datetime(2027, 3, 28, 0, 50, tzinfo=timezone.utc)  # 01:50 CET, clocks go at 02:00


@pytest.mark.parametrize("form", list(BERLIN_FORMS))
def test_every_form_of_tz_knows_the_daylight_saving_change(form: str) -> None:
    if not Path(BERLIN_FILE).exists():
        pytest.skip("this system has no zoneinfo files to compare with")
    zone = system_zone({"TZ": BERLIN_FORMS[form]})
    assert zone is not None
    before = SPRING_NIGHT.astimezone(zone)
    after = datetime(2027, 3, 28, 1, 10, tzinfo=timezone.utc).astimezone(zone)
    assert (before.hour, before.minute, after.hour, after.minute) == (1, 50, 3, 10)


def test_unset_tz_reads_the_system_file_and_empty_tz_is_utc() -> None:
    assert system_zone({"TZ": ""}) == timezone.utc
    if not Path("/etc/localtime").exists():
        pytest.skip("no /etc/localtime here")
    zone = system_zone({})
    assert zone is not None and zone.utcoffset(datetime(2027, 1, 1)) is not None


def test_a_rule_that_is_not_a_rule_gives_no_zone_and_no_error() -> None:
    for junk in ("garbage!!", "\x00", "A" * 500, "CET-1CEST,M13.5.0"):
        assert system_zone({"TZ": junk}) is None


SCRIPT = """
from datetime import timezone
from PySide6.QtCore import QCoreApplication, QLocale
from companion.core.agreement import parse_return
from companion.core.clock import SystemClock
from companion.services.breaks import BreakController
from companion.storage.store import Store
app = QCoreApplication([])
QLocale.setDefault(QLocale("de_DE"))
store = Store.open(__import__("sys").argv[1])
controller = BreakController(store, SystemClock())
for text in ("20", "03:30", "02:30"):
    request = parse_return(text, controller.now())
    utc = request.deadline.astimezone(timezone.utc).strftime("%H:%M")
    print(text, controller.format_time(request.deadline), utc, bool(request.skipped))
store.close()
"""


@pytest.mark.parametrize("form", list(BERLIN_FORMS))
def test_the_sentence_names_a_time_that_exists_that_night(form: str, tmp_path: Path) -> None:
    if not Path(BERLIN_FILE).exists():
        pytest.skip("this system has no zoneinfo files to compare with")
    env = companion_env(tmp_path / "data", TZ=BERLIN_FORMS[form])
    done = subprocess.run(
        [
            "faketime",
            "-f",
            "@2027-03-28 01:50:00",
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    # 20 minutes from 01:50 CET is 03:10 CEST (01:10 UTC), never the 02:10 that is skipped.
    assert lines[0] == "20 03:10 01:10 False"
    # 03:30 that night is 03:30 CEST (01:30 UTC), and the reminder is set for it.
    assert lines[1] == "03:30 03:30 01:30 False"
    # 02:30 does not exist that night: moved, with a note, and the sentence says 03:30.
    assert lines[2] == "02:30 03:30 01:30 True"

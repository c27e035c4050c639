"""The command line, run as a user runs it: clear output, clear errors, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.run import run_companion

from companion import __version__


def _no_traceback(result) -> None:
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout


def test_version(data_dir: Path) -> None:
    result = run_companion("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == f"companion {__version__}"


@pytest.mark.parametrize(
    "args",
    [("--no-such-option",), ("frobnicate",), ("export", "--format", "xml"), ("break",)],
)
def test_bad_usage_prints_one_line_pointing_to_help_and_exits_2(
    args: tuple[str, ...], data_dir: Path
) -> None:
    result = run_companion(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "companion --help" in result.stderr
    assert "usage:" not in result.stderr
    _no_traceback(result)


def test_help_still_shows_the_usage() -> None:
    result = run_companion("--help")
    assert result.returncode == 0 and "usage: companion" in result.stdout


def test_doctor_reports_and_exits_0(data_dir: Path) -> None:
    result = run_companion("doctor", "--data-dir", str(data_dir))
    _no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Qt:" in out and "offscreen" in out
    assert "PortAudio:" in out
    assert str(data_dir) in out
    assert "Database:" in out and "not created yet" in out
    assert "States guide:" in out and "Phrases:" in out
    assert "Companion can run." in out
    assert not data_dir.exists(), "doctor must not create anything"


def test_doctor_reports_an_unreadable_database_without_touching_it(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "companion.db").write_bytes(b"garbage" * 40)
    result = run_companion("doctor", data_dir=data_dir)
    assert result.returncode == 0
    assert "unreadable" in result.stdout
    assert (data_dir / "companion.db").read_bytes() == b"garbage" * 40


def test_doctor_without_a_display_says_so(data_dir: Path) -> None:
    result = run_companion("doctor", data_dir=data_dir, QT_QPA_PLATFORM="", DISPLAY="")
    _no_traceback(result)
    assert result.returncode == 1
    assert "no display" in result.stdout


def test_gui_without_a_display_exits_1_with_a_clear_line(data_dir: Path) -> None:
    result = run_companion(data_dir=data_dir, QT_QPA_PLATFORM="", DISPLAY="")
    _no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "display" in result.stderr


def test_missing_xcb_library_names_the_package(monkeypatch) -> None:
    from companion.desktop import platform_check

    def fail(path, mode=0):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file")

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    import ctypes

    monkeypatch.setattr(ctypes, "CDLL", fail)
    message = platform_check.check_platform()
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "apt install libxcb-cursor0" in message


def test_data_dir_option_and_environment_agree(tmp_path: Path) -> None:
    from companion.cli import build_parser, resolve_data_dir

    args = build_parser().parse_args(["status", "--data-dir", str(tmp_path / "a")])
    assert resolve_data_dir(args.data_dir) == tmp_path / "a"
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "b"), "status"])
    assert resolve_data_dir(args.data_dir) == tmp_path / "b"
    args = build_parser().parse_args(["status"])
    assert resolve_data_dir(args.data_dir) == tmp_path / "data"  # COMPANION_DATA_DIR


def test_render_audio_writes_a_wav(tmp_path: Path, data_dir: Path) -> None:
    import wave

    out = tmp_path / "cues.wav"
    result = run_companion(
        "render-audio",
        "--pattern",
        "4-0-6-0",
        "--minutes",
        "1",
        "--rate",
        "16000",
        "-o",
        str(out),
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as wav:
        assert wav.getframerate() == 16000
        assert wav.getnframes() == 60 * 16000


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (("--pattern", "4-x-6"), "pattern"),
        (("--minutes", "0"), "minute"),
        (("--style", "kazoo"), "style"),
        (("--volume", "3"), "volume"),
        (("--rate", "12"), "rate"),
    ],
)
def test_render_audio_bad_arguments_exit_2(
    args: tuple[str, ...], word: str, tmp_path: Path, data_dir: Path
) -> None:
    result = run_companion("render-audio", *args, "-o", str(tmp_path / "x.wav"), data_dir=data_dir)
    _no_traceback(result)
    assert result.returncode == 2
    assert word in result.stderr.lower()
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("when", ["banana", "25:99", "30h", "-5"])
def test_break_with_a_bad_time_exits_2(when: str, data_dir: Path) -> None:
    result = run_companion("break", when, data_dir=data_dir)
    _no_traceback(result)
    assert result.returncode == 2
    assert result.stderr.startswith("companion: ")


def test_status_without_and_with_a_break(data_dir: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from companion.storage.store import BreakRecord, Store

    result = run_companion("status", data_dir=data_dir)
    assert result.returncode == 0
    assert "No break" in result.stdout
    now = datetime.now(timezone.utc)
    store = Store.open(data_dir)
    back = now + timedelta(minutes=12)  # shown rounded up: a little under 12 min -> "12"
    store.add_break(BreakRecord(started=now, return_at=back, original_return=back))
    store.close()
    result = run_companion("status", data_dir=data_dir)
    assert result.returncode == 0
    assert "back at" in result.stdout
    assert "12 min left" in result.stdout


def test_saved_checkins_come_back_out_of_export(tmp_path: Path, data_dir: Path) -> None:
    import csv
    import io
    import json
    from datetime import datetime, timedelta, timezone

    from companion.storage.store import CheckIn, Store

    when = datetime(2026, 11, 20, 21, 15, tzinfo=timezone(timedelta(hours=1)))
    store = Store.open(data_dir)
    store.add_checkin(CheckIn("freeze", 5, when, note="=SUM(A1), heavy", tag="withdrawing"))
    store.close()
    as_json = run_companion("export", "--format", "json", data_dir=data_dir)
    assert as_json.returncode == 0, as_json.stderr
    (row,) = json.loads(as_json.stdout)["checkins"]
    assert (row["state"], row["intensity"], row["note"]) == ("freeze", 5, "=SUM(A1), heavy")
    assert row["timestamp"] == "2026-11-20T21:15:00+01:00"
    out = tmp_path / "all.csv"
    as_csv = run_companion("export", "--format", "csv", "-o", str(out), data_dir=data_dir)
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows[0]["type"] == "checkin" and rows[0]["state"] == "freeze"
    assert rows[0]["note"].startswith("'=")  # a spreadsheet will not run it
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_display_that_is_not_there_is_named_not_a_qt_abort(data_dir: Path) -> None:
    result = run_companion(data_dir=data_dir, QT_QPA_PLATFORM="", DISPLAY=":97")
    _no_traceback(result)
    assert result.returncode == 1
    assert "cannot reach the display :97" in result.stderr


def test_export_of_a_folder_without_data_says_so_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "not-my-data"
    result = run_companion("export", "--data-dir", str(typo))
    _no_traceback(result)
    assert result.returncode == 2
    assert "no Companion data" in result.stderr
    assert not typo.exists()


def test_break_while_one_runs_says_so(data_dir: Path) -> None:
    from datetime import datetime, timedelta, timezone

    from companion.storage.store import BreakRecord, Store

    now = datetime.now(timezone.utc)
    store = Store.open(data_dir)
    back = now + timedelta(minutes=20)
    store.add_break(BreakRecord(started=now, return_at=back, original_return=back))
    store.close()
    result = run_companion("break", "45", data_dir=data_dir)
    _no_traceback(result)
    assert result.returncode == 2
    assert "already running" in result.stderr and "back at" in result.stderr
    store = Store.open(data_dir)
    assert store.active_break().return_at == back  # nothing changed
    store.close()

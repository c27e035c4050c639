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
def test_bad_usage_prints_usage_and_exits_2(args: tuple[str, ...], data_dir: Path) -> None:
    result = run_companion(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert "usage: companion" in result.stderr
    _no_traceback(result)


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
    from companion import platform_check

    def fail(path, mode=0):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file")

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(platform_check.ctypes, "CDLL", fail)
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

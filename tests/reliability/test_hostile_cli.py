"""Whatever is typed or pointed at: one line on stderr and exit 2, never a traceback; nothing that
is not Companion's is changed; no temporary file is left behind after Ctrl+C or SIGTERM."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.faults import read_only_filesystem
from helpers.generate import generate
from helpers.run import companion_env, run_companion

import companion.cli as cli
from companion.core.phrases import PhrasesError, parse_phrases
from companion.core.states import GuidanceError, parse_guidance
from companion.desktop.single_instance import LOCK_NAME
from companion.storage.store import DB_NAME, CheckIn, StorageError, Store

WHEN = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)
LONG_NAME = "x" * 300  # one folder name over the 255 bytes a file system allows
NESTED = "a = " + "[" * 100_000 + "]" * 100_000


def _one_line(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "usage:" not in done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("companion"), done.stderr


def _deep_folder(root: Path, length: int) -> Path:
    """A folder whose path is about ``length`` characters, each name a legal length."""
    folder = root
    while len(str(folder)) < length - 60:
        folder = folder / ("d" * 50)
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--data-dir", f"/tmp/{LONG_NAME}"],
        ["export", "--data-dir", f"/tmp/{LONG_NAME}"],
        ["doctor", "--data-dir", f"/tmp/{LONG_NAME}"],
        ["break", "20", "--data-dir", f"/tmp/{LONG_NAME}"],
        ["--data-dir", f"/tmp/{LONG_NAME}"],  # the window itself
        ["status", "--data-dir", "~nosuchuser/x"],
        ["export", "--data-dir", "~nosuchuser/x"],
        ["render-audio", "-o", "/"],
        ["render-audio", "-o", "."],
        ["render-audio", "-o", ""],
        ["render-audio", "-o", "x.wav", "--minutes", "lots"],
        ["status", "--bogus"],
        ["break"],
        ["export", "--format", "xml"],
        ["no-such-command"],
    ],
    ids=lambda a: " ".join(a)[:40],
)
def test_each_user_error_is_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    done = run_companion(*args, data_dir=tmp_path / "data", timeout=120)
    _one_line(done)


def test_an_export_name_over_255_characters_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    done = run_companion("export", "-o", str(tmp_path / LONG_NAME), data_dir=data)
    _one_line(done)


def test_a_path_too_long_for_the_database_is_refused_and_nothing_set_aside(
    qtbot, tmp_path: Path
) -> None:
    healthy = tmp_path / "short"
    store = Store.open(healthy)
    store.add_checkin(CheckIn("fawn", 2, WHEN))
    store.close()
    deep = _deep_folder(tmp_path, 590)
    os.rename(healthy / DB_NAME, deep / DB_NAME)
    original = (deep / DB_NAME).read_bytes()
    for command in ("status", "export", None):  # None: the window
        args = [command] if command else []
        done = run_companion(*args, data_dir=deep, COMPANION_EXIT_AFTER_PAINT="1")
        _one_line(done)
        assert "too long" in done.stderr
    for _ in range(2):  # every start: refused, never set aside, no empty files added
        with pytest.raises(StorageError, match="too long"):
            Store.open(deep)
    # the window's lock on the folder (a hidden file of ours) is all that may be added
    assert sorted(p.name for p in deep.iterdir()) == sorted([DB_NAME, LOCK_NAME])
    assert (deep / DB_NAME).read_bytes() == original


def test_a_folder_name_that_is_not_utf8_starts_the_app(tmp_path: Path) -> None:
    folder = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9-\xff")
    done = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", folder],
        capture_output=True,
        text=True,
        timeout=120,
        env=companion_env(None, COMPANION_EXIT_AFTER_PAINT="1"),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert (Path(folder) / DB_NAME).exists()
    for command in ("status", "export"):  # and the commands read it back
        read = run_companion(command, "--data-dir", folder)
        assert read.returncode == 0 and read.stderr == "", read.stderr


@pytest.mark.parametrize("command", [["status"], ["export", "--format", "csv"]])
def test_a_valid_database_on_a_read_only_mount_is_read(
    data_dir: Path,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = Store.open(data_dir)
    store.add_checkin(CheckIn("freeze", 3, WHEN, note="on a stick"))
    store.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    read_only_filesystem(monkeypatch, data_dir)
    code = cli.main([*command, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    monkeypatch.undo()
    assert code == 0, err
    assert err == ""
    assert ("on a stick" in out) if command[0] == "export" else out == "No break is running.\n"
    # (SQLite's own shared-memory file is not something this emulation can refuse.)
    assert (data_dir / DB_NAME).read_bytes() == before[DB_NAME]
    assert not [p for p in data_dir.iterdir() if ".unreadable-" in p.name]


def test_guidance_and_phrases_nested_100000_deep_are_a_calm_error() -> None:
    with pytest.raises(GuidanceError, match="nested too deeply"):
        parse_guidance(NESTED, Path("states.toml"))
    with pytest.raises(PhrasesError, match="nested too deeply"):
        parse_phrases(NESTED)


# --------------------------------------------------------------------- not its own
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mode", [0o1777, 0o755])
def test_a_folder_that_is_not_companions_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "someone-elses.txt").write_text("theirs")
    os.chmod(shared, mode)
    Store.open(shared).close()
    assert _mode(shared) == mode
    assert _mode(shared / DB_NAME) == 0o600


def test_the_home_folder_keeps_its_mode(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    (home / ".profile").write_text("# mine")
    os.chmod(home, 0o751)
    done = run_companion("--data-dir", str(home), COMPANION_EXIT_AFTER_PAINT="1")
    assert done.returncode == 0, done.stderr
    assert _mode(home) == 0o751


def _export_target(kind: str, tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    target = tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(target)
        return target, lambda: stat.S_ISFIFO(os.lstat(target).st_mode)
    if kind == "symlink":
        real = tmp_path / "real.txt"
        real.write_text("keep me")
        target.symlink_to(real)
        return target, lambda: (target.is_symlink(), real.read_text())
    # A device node of its own (never the system's /dev/null, which a failing export would
    # replace for everyone): a null device made here, which needs root.
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root; the FIFO and the link cover the rule")
    os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return target, lambda: stat.S_ISCHR(os.lstat(target).st_mode)


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_an_export_never_replaces_what_is_not_a_regular_file(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    Store.open(data_dir).close()
    target, state = _export_target(kind, tmp_path)
    before = state()
    done = run_companion("export", "-o", str(target), data_dir=data_dir)
    _one_line(done)
    assert "not a regular file" in done.stderr
    assert state() == before


def test_a_foreign_sqlite_file_gets_no_tables_of_ours(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    original = (data_dir / DB_NAME).read_bytes()
    store = Store.open(data_dir)
    try:
        aside = store.report.moved_aside
        assert aside is not None and aside.read_bytes() == original
    finally:
        store.close()


# --------------------------------------------------------------------- leftovers
def _wait_for_file(folder: Path, suffix: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(suffix) for p in folder.iterdir()):
            return
        time.sleep(0.01)  # polling another process, not simulating time
    raise AssertionError(f"no {suffix} file appeared")


def _as_from_a_terminal() -> None:
    """Ctrl+C reaches the command even when the test run itself was started in the background
    (a shell starts background jobs with SIGINT ignored, and children inherit that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_render_audio_stopped_midway_leaves_nothing(tmp_path: Path, signum: int) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "long.wav"
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "render-audio", "--minutes", "60", "-o", str(out)],
        env=companion_env(tmp_path / "data"),
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_from_a_terminal,
    )
    _wait_for_file(out_dir, ".part", proc)
    proc.send_signal(signum)
    _out, err = proc.communicate(timeout=60)
    left = sorted(p.name for p in out_dir.iterdir())
    assert proc.returncode != 0 and "Traceback" not in err, (proc.returncode, err[-800:], left)
    assert left == []


def test_export_stopped_by_sigterm_leaves_no_temporary_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    generate(store, checkins=60_000, end=WHEN)
    store.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "export", "-o", str(out_dir / "all.json")],
        env=companion_env(data),
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_file(out_dir, ".tmp", proc)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    leftovers = [p.name for p in out_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []

"""Start at login: an XDG autostart entry that is written, removed, valid, and starts Companion."""

from __future__ import annotations

import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion import APP_ID, __version__
from companion.desktop import autostart


def config_home() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"])


def exec_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("Exec="))[5:]


def test_turning_it_on_writes_the_entry_and_off_removes_it() -> None:
    expected = config_home() / "autostart" / f"{APP_ID}.desktop"
    assert not autostart.is_enabled()
    path = autostart.set_enabled(True)
    assert path == expected
    assert autostart.is_enabled()
    text = path.read_text()
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application" in text
    assert f"Icon={APP_ID}" in text
    autostart.set_enabled(True)  # twice is harmless
    assert sorted(p.name for p in expected.parent.iterdir()) == [expected.name]
    autostart.set_enabled(False)
    assert not expected.exists()
    autostart.set_enabled(False)  # and so is removing twice
    assert not autostart.is_enabled()


def test_without_xdg_config_home_it_uses_dot_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert autostart.entry_path() == Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_the_entry_starts_this_same_companion(tmp_path: Path) -> None:
    path = autostart.set_enabled(True)
    command = shlex.split(exec_line(path.read_text()))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"companion {__version__}"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_passes_desktop_file_validate() -> None:
    path = autostart.set_enabled(True, ["/opt/My Apps/companion"])
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_paths_with_spaces_and_percent_signs_are_quoted() -> None:
    path = autostart.set_enabled(True, ["/opt/My Apps/100% calm/companion", "-m", "x"])
    line = exec_line(path.read_text())
    assert line == '"/opt/My Apps/100%% calm/companion" -m x --background'
    unescaped = [part.replace("%%", "%") for part in shlex.split(line)]
    assert unescaped == ["/opt/My Apps/100% calm/companion", "-m", "x", "--background"]


def test_an_installed_companion_command_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "companion"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert autostart.launch_command() == [str(script)]


def test_a_bundle_starts_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/companion/companion")
    assert autostart.launch_command() == [str(Path("/opt/companion/companion").resolve())]


def test_otherwise_python_runs_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/somewhere/pytest"])
    monkeypatch.setenv("PATH", "/nonexistent")
    command = autostart.launch_command()
    assert command[1:] == ["-m", "companion"]
    assert Path(command[0]).is_absolute()


def test_a_folder_that_cannot_be_written_gives_a_clear_message() -> None:
    (config_home()).mkdir(parents=True, exist_ok=True)
    (config_home() / "autostart").write_text("not a folder")
    with pytest.raises(autostart.AutostartError, match="could not be added"):
        autostart.set_enabled(True)
    message = autostart.sync(True)
    assert message is not None
    assert "started at login" in message
    assert "Traceback" not in message


def test_sync_matches_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert autostart.sync(True) is None
    assert autostart.is_enabled()
    assert autostart.sync(False) is None
    assert not autostart.is_enabled()
    monkeypatch.setattr(sys, "platform", "win32")
    assert autostart.sync(False) is None
    assert "not available" in (autostart.sync(True) or "")
    assert not autostart.is_enabled()

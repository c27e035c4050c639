"""Start the AT-SPI walk of the real app (see ``atspi_walker.py``) and return what it read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from e2e.conftest import require_tools
from helpers.run import companion_env

__all__ = ["run_walk"]

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")
AT_SPI_TOOLS = ("/usr/libexec/at-spi-bus-launcher", "/usr/libexec/at-spi2-registryd")


def _tools_or_fail() -> None:
    require_tools("dbus-run-session", "Xvfb", "xdotool", *AT_SPI_TOOLS)
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
    ) if Path(SYSTEM_PYTHON).exists() else None  # fmt: skip
    if probe is None or probe.returncode != 0:
        reason = "needs python3-pyatspi for /usr/bin/python3 (apt packages: see .ci/run)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the AT-SPI test, but it {reason}")
        pytest.skip(reason)


def run_walk(display: str, root: Path, data_dir: Path, steps: list[list[str]]) -> dict[str, Any]:
    """Walk the app on ``display`` with its data in ``data_dir``, in a private D-Bus session."""
    _tools_or_fail()
    home = root / "home"
    home.mkdir()
    env = companion_env(
        data_dir,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        LANG="C.UTF-8",
        LANGUAGE="en",
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    out = root / "report.json"
    command = [
        shutil.which("dbus-run-session") or "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(WALKER),
        "--script",
        json.dumps(steps),
        "--out",
        str(out),
        "--",
        sys.executable,
        "-m",
        "companion",
        "--data-dir",
        str(data_dir),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    (root / "walk.log").write_text(done.stderr, encoding="utf-8")  # all of it, to look into
    assert done.returncode == 0 and out.exists(), done.stderr[-4000:]
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result

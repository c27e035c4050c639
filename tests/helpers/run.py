"""Run the real ``companion`` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def companion_env(data_dir: Path | None = None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_dir is not None:
        env["COMPANION_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return env


def run_companion(
    *args: str, data_dir: Path | None = None, timeout: float = 60, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=companion_env(data_dir, **extra),
        stdin=subprocess.DEVNULL,
    )

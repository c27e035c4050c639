"""Real X server fixtures. Locally a missing tool skips with the reason; in CI it fails."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest


def require_tools(*tools: str) -> None:
    """Skip (or, under CI, fail) when a system tool the real-world test needs is absent."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (apt packages: see .ci/run)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run this real-world test, but it {reason}")
    pytest.skip(reason)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY value."""
    yield from _xvfb()


@pytest.fixture(scope="module")
def module_xvfb_display() -> Iterator[str]:
    """One private Xvfb server for all the tests of a module."""
    yield from _xvfb()


def _xvfb() -> Iterator[str]:
    require_tools("Xvfb", "xdotool")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as reader:
        number = reader.readline().strip()
    if not number:
        proc.kill()
        proc.wait()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)

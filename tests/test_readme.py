"""The README's two set-up commands stay true: CI runs the very same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sh_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = _sh_blocks(quick)
    assert len(commands) == 2
    install, test = commands
    assert "companion" in install.split("&&")[-1]
    ci_lines = (ROOT / ".ci" / "run").read_text().strip().splitlines()
    assert ci_lines[-1].strip() == test


def test_readme_screenshot_is_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text()
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images, "the README shows the app"
    for image in images:
        path = ROOT / image
        assert path.exists(), image
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

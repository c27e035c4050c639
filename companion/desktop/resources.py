"""Where the bundled assets (icons, guidance texts) are, installed or from a checkout."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    """The folder holding ``guidance/``, icons and translations."""
    package = Path(__file__).resolve().parents[1]  # companion/
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "companion" / "assets")
        candidates.append(Path(bundle) / "assets")
    candidates += [package / "assets", package.parent / "assets"]
    for candidate in candidates:
        if (candidate / "guidance").is_dir():
            return candidate
    return candidates[-1]

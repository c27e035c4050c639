"""``companion doctor``: what the app needs, checked one line at a time, read-only."""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from companion import __version__
from companion.desktop.resources import assets_dir


def _line(label: str, value: str) -> None:
    print(f"{label + ':':<16} {value}")


def _qt_lines() -> bool:
    """Qt version and platform plugin; True when a GUI can start."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError as exc:
        _line("Qt", f"PySide6 is not installed ({exc}); reinstall Companion")
        return False
    _line("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})")
    from companion.desktop.platform_check import check_platform, wanted_platform

    problem = check_platform()
    if problem:
        _line("Platform", f"{wanted_platform() or 'default'}: PROBLEM: {problem}")
        return False
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    app = existing or QGuiApplication([sys.argv[0]])
    _line("Platform", f"{QGuiApplication.platformName()} plugin loaded")
    if existing is None:
        app.shutdown()  # a check leaves no application behind for what runs next
    return True


def _audio_lines() -> None:
    from companion.audio.output import describe_audio

    loaded, detail, devices = describe_audio()
    _line("PortAudio", detail)
    if loaded:
        if devices:
            for index, name in devices:
                _line("  output", f"[{index}] {name}")
        else:
            _line("  output", "no output devices: the pacer will run silently")


def _data_lines(data_dir: Path) -> bool:
    from companion.storage.store import inspect_database

    _line("Data folder", str(data_dir))
    if data_dir.exists():
        mode = oct(data_dir.stat().st_mode & 0o777)
        writable = os.access(data_dir, os.W_OK | os.X_OK)
        _line("  access", f"{mode}, {'writable' if writable else 'NOT writable'}")
        if not writable:
            return False
    else:
        parent = next((p for p in data_dir.parents if p.exists()), None)
        if parent is None or not os.access(parent, os.W_OK | os.X_OK):
            _line("  access", f"cannot be created (no write access to {parent})")
            return False
        _line("  access", "will be created on first start (0700)")
    _line("Database", inspect_database(data_dir))
    return True


def _check_help(path: Path) -> str | None:
    """None when the help page can be read as text, else what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return f"{path}: the file is missing"
    except (OSError, UnicodeDecodeError) as exc:
        return f"{path}: the file cannot be read ({exc})"
    return None if text.strip() else f"{path}: the file is empty"


def _guidance_lines(data_dir: Path | None = None) -> None:
    """The English texts, each translation, and the copies in the user's own folder."""
    from companion.core.phrases import check_phrases_file
    from companion.core.states import check_guidance_file
    from companion.desktop.i18n import content_roots

    checks = (("States guide", "states.toml", check_guidance_file),
              ("Phrases", "phrases.toml", check_phrases_file),
              ("Help", "help.md", _check_help))  # fmt: skip
    bundled = assets_dir() / "guidance"
    for root in reversed(content_roots(data_dir)):
        if not root.is_dir():
            continue
        folders = [root, *sorted(d for d in root.iterdir() if d.is_dir())]
        for folder in folders:
            parts = [] if root == bundled else ["yours"]
            parts += [] if folder == root else [folder.name]
            where = f" ({', '.join(parts)})" if parts else ""
            for label, name, check in checks:
                path = folder / name
                if root != bundled and not path.exists():
                    continue  # your own folder may hold only the files you changed
                problem = check(path)
                _line(label + where, f"PROBLEM: {problem}" if problem else f"ok ({path})")


def run_doctor(data_dir: Path) -> int:
    """Print the checks; exit 0 when the app can run (sound and texts are optional)."""
    _line("Companion", __version__)
    _line("Python", f"{platform.python_version()} on {platform.platform()}")
    gui_ok = _qt_lines()
    _audio_lines()
    data_ok = _data_lines(data_dir)
    _guidance_lines(data_dir)
    can_run = gui_ok and data_ok
    print(
        "Result:          "
        + ("Companion can run." if can_run else "Companion cannot run yet; see above.")
    )
    return 0 if can_run else 1

"""Start at login: an XDG autostart entry on Linux (written or removed, nothing else).

The entry is ``$XDG_CONFIG_HOME/autostart/<app id>.desktop`` and starts the same program that
is running now: the bundle's executable, the ``companion`` command, or ``python -m companion``.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from companion import APP_ID, APP_NAME

ENTRY_NAME = f"{APP_ID}.desktop"


class AutostartError(Exception):
    """The entry could not be written or removed; the message is fit for the user."""


def supported() -> bool:
    """Whether this platform uses XDG autostart entries (Linux and other free desktops)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when the variable is unset)."""
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    config = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return config / "autostart"


def entry_path() -> Path:
    """Where the autostart entry is, whether or not it exists."""
    return autostart_dir() / ENTRY_NAME


def _quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not any(ch in reserved for ch in arg):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def launch_command() -> list[str]:
    """The command that starts this same Companion again."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "companion":
        resolved = Path(shutil.which(str(argv0)) or argv0).absolute()
        if resolved.is_file() and os.access(resolved, os.X_OK):
            return [str(resolved)]
    found = shutil.which("companion")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "companion"]


def entry_text(command: list[str] | None = None) -> str:
    """The autostart entry's content for ``command`` (default: :func:`launch_command`)."""
    # At login Companion waits quietly in the tray (or minimised) instead of opening a window.
    args = [*(command or launch_command()), "--background"]
    exec_line = " ".join(_quote(arg) for arg in args)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Breathing practice and calm breaks, ready when you need them\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    """Whether Companion will start at login (our entry exists)."""
    return entry_path().is_file()


def set_enabled(enabled: bool, command: list[str] | None = None) -> Path:
    """Write (``enabled``) or remove the entry; idempotent. Returns the entry's path.

    Raises :class:`AutostartError` when the file cannot be written or removed.
    """
    path = entry_path()
    try:
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = entry_text(command)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                tmp = path.with_name(path.name + ".tmp")
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(path)
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        if enabled:
            message = QCoreApplication.translate(
                "Autostart", "Companion could not be added to the programs started at login."
            )
        else:
            message = QCoreApplication.translate(
                "Autostart", "Companion could not be removed from the programs started at login."
            )
        detail = f"{path}: {exc.strerror or exc}"
        raise AutostartError(f"{message} ({detail})") from None
    return path


def sync(wanted: bool) -> str | None:
    """Make the entry match ``wanted`` (call at start-up and when the setting changes).

    Returns None when done, or a message for the user when it failed or is unsupported.
    """
    if not supported():
        return (
            QCoreApplication.translate(
                "Autostart", "Starting at login is not available on this system."
            )
            if wanted
            else None
        )
    try:
        set_enabled(wanted)
    except AutostartError as exc:
        return str(exc)
    return None

"""When Qt cannot start on Linux: why, in one line (a missing display, X server or library).

Qt prints a long message and aborts when ``libqxcb.so`` cannot load or the X server cannot be
reached. :func:`check_platform` finds out which by loading the plugin and connecting to the
display itself and, if a library is missing, names the Debian/Ubuntu package to install.
Probing costs start-up time, so the app checks only for a display before Qt starts and runs
the full check when Qt reports that it cannot (:func:`explain_if_qt_cannot_start`).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

# soname prefix -> Debian/Ubuntu package
PACKAGES = {
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-xkb.so": "libxcb-xkb1",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-image.so": "libxcb-image0",
    "libxcb-randr.so": "libxcb-randr0",
    "libxcb-xinerama.so": "libxcb-xinerama0",
    "libxcb-xinput.so": "libxcb-xinput0",
    "libxcb-sync.so": "libxcb-sync1",
    "libxcb-xfixes.so": "libxcb-xfixes0",
    "libxcb-shm.so": "libxcb-shm0",
    "libxcb-render.so": "libxcb-render0",
    "libxcb.so": "libxcb1",
    "libX11-xcb.so": "libx11-xcb1",
    "libX11.so": "libx11-6",
    "libEGL.so": "libegl1",
    "libGL.so": "libgl1",
    "libOpenGL.so": "libopengl0",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libglib-2.0.so": "libglib2.0-0",
    "libdbus-1.so": "libdbus-1-3",
    "libSM.so": "libsm6",
    "libICE.so": "libice6",
}


def package_for(library: str) -> str | None:
    """The package that ships ``library`` (a soname), if we know it."""
    for prefix, package in PACKAGES.items():
        if library.startswith(prefix):
            return package
    return None


def wanted_platform() -> str:
    """The platform plugin Qt will pick: QT_QPA_PLATFORM, else xcb or wayland."""
    explicit = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        return explicit.split(";")[0].split(":")[0]
    if sys.platform.startswith("linux"):
        if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
            return "wayland"
        return "xcb"
    return ""


def _plugin_path(name: str) -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    base = Path(PySide6.__file__).resolve().parent / "Qt" / "plugins" / "platforms"
    path = base / f"libq{name}.so"
    return path if path.exists() else None


def check_display() -> str | None:
    """The check that costs nothing: on X, is a display named at all? None when it is."""
    if not sys.platform.startswith("linux") or wanted_platform() != "xcb":
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "Companion needs a graphical desktop, but no display was found (DISPLAY is not set). "
            "Start it from your desktop session."
        )
    return None


def explain_if_qt_cannot_start() -> Callable[[], None]:
    """Until the returned function is called, Qt's fatal message (no platform plugin could
    start) ends the process with exit code 1 and :func:`check_platform`'s one clear line
    instead of Qt's abort. Qt's other messages meanwhile are held and passed on to stderr
    by that call, which also puts the earlier message handler back.
    """
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            category = getattr(context, "category", None)
            held.append(f"{category}: {message}" if category and category != "default" else message)
            return
        problem = check_platform() or f"Companion cannot open its window: {message}"
        print(f"companion: {problem}", file=sys.stderr, flush=True)
        os._exit(1)  # Qt would abort right after this handler returns

    previous = qInstallMessageHandler(handler)

    def release() -> None:
        qInstallMessageHandler(previous)
        for line in held:
            print(line, file=sys.stderr)

    return release


def check_platform() -> str | None:
    """None when Qt's platform plugin can start; else one message saying what to install."""
    missing_display = check_display()
    if missing_display or not sys.platform.startswith("linux") or wanted_platform() != "xcb":
        return missing_display
    unreachable = _display_unreachable(os.environ["DISPLAY"])
    if unreachable:
        return unreachable
    plugin = _plugin_path("xcb")
    if plugin is None:
        return None
    import ctypes

    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError as exc:
        text = str(exc)
        match = re.search(r"([\w.+-]+\.so[.\d]*): cannot open shared object file", text)
        if match:
            library = match.group(1)
            package = package_for(library)
            if package:
                return (
                    f"Companion cannot open its window: the system library {library} is missing. "
                    f"Install it with: sudo apt install {package}"
                )
            return f"Companion cannot open its window: the system library {library} is missing."
        return f"Companion cannot open its window: Qt's xcb plugin failed to load ({text})."
    return None


def _display_unreachable(display: str) -> str | None:
    """A message when the X server named by ``display`` cannot be reached; else None.

    Qt aborts (and blames a library) when it cannot connect; asking libxcb first lets us
    say what is really wrong.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return None  # the library check below names the missing package
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = not connection or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if failed:
        return (
            f"Companion cannot reach the display {display}. Start it from your desktop "
            "session, or check that DISPLAY points at a running X server."
        )
    return None

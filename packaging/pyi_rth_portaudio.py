"""Runtime hook for the bundle: let sounddevice find the PortAudio library shipped inside it.

sounddevice asks ``ctypes.util.find_library("portaudio")``, which only knows the system's
libraries. The system's copy is preferred (it matches the local sound set-up); when there is
none, the bundled one is used, so sound works even without ``libportaudio2`` installed.
"""

from __future__ import annotations

import ctypes.util
import os
import sys


def _install() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    bundled = os.path.join(bundle, "libportaudio.so.2")
    if not os.path.exists(bundled):
        return
    original = ctypes.util.find_library

    def find_library(name: str) -> str | None:
        found = original(name)
        if found is None and name == "portaudio":
            return bundled
        return found

    ctypes.util.find_library = find_library


_install()

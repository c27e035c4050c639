"""Nothing leaves the machine, even when the environment points elsewhere.

Qt's D-Bus (tray, notifications, accessibility) and PulseAudio (sound) follow addresses from
the environment, and those may name a TCP host. Before either library loads, every address
that is not a local socket is dropped. Without a session bus address libdbus would launch a
``dbus-daemon`` of its own that outlives the app, so the address is always set: the user's
bus socket when there is one, else a path where none exists (then D-Bus is simply absent).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

NO_BUS = "unix:path=/nonexistent/companion-has-no-session-bus"


def _local_bus_addresses(value: str) -> list[str]:
    return [a for a in value.split(";") if a.strip().startswith("unix:")]


def _local_sound_servers(value: str) -> list[str]:
    local = []
    for entry in value.split():
        address = entry.split("}", 1)[1] if entry.startswith("{") and "}" in entry else entry
        if address.startswith(("unix:", "/")):
            local.append(entry)
    return local


def keep_connections_local(env: MutableMapping[str, str] | None = None) -> None:
    """Rewrite ``DBUS_SESSION_BUS_ADDRESS`` and ``PULSE_SERVER`` to local sockets only."""
    environ = os.environ if env is None else env
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    user_bus = os.path.join(runtime, "bus") if os.path.isabs(runtime) else ""
    local_bus = _local_bus_addresses(environ.get("DBUS_SESSION_BUS_ADDRESS", ""))
    if local_bus:
        environ["DBUS_SESSION_BUS_ADDRESS"] = ";".join(local_bus)
    elif user_bus and os.path.exists(user_bus):
        environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={user_bus}"
    else:
        environ["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
    if "PULSE_SERVER" in environ:
        local_sound = _local_sound_servers(environ["PULSE_SERVER"])
        if local_sound:
            environ["PULSE_SERVER"] = " ".join(local_sound)
        elif os.path.isabs(runtime):
            environ["PULSE_SERVER"] = f"unix:{os.path.join(runtime, 'pulse', 'native')}"
        else:
            environ["PULSE_SERVER"] = "unix:/nonexistent/companion-has-no-sound-server"

"""Addresses from the environment that would leave the machine are dropped before Qt's D-Bus or
PulseAudio read them; local sockets are kept; D-Bus never falls back to launching a daemon."""

from __future__ import annotations

from pathlib import Path

from companion.desktop.local_only import NO_BUS, keep_connections_local


def test_tcp_bus_addresses_are_dropped_and_unix_ones_kept() -> None:
    env = {
        "DBUS_SESSION_BUS_ADDRESS": "tcp:host=10.0.0.9,port=5;unix:path=/run/user/1/bus",
        "PULSE_SERVER": "tcp:10.0.0.9:4713 unix:/run/user/1/pulse/native",
    }
    keep_connections_local(env)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1/bus"
    assert env["PULSE_SERVER"] == "unix:/run/user/1/pulse/native"


def test_only_remote_addresses_become_the_users_own_sockets(tmp_path: Path) -> None:
    (tmp_path / "bus").touch()
    env = {
        "XDG_RUNTIME_DIR": str(tmp_path),
        "DBUS_SESSION_BUS_ADDRESS": "nonce-tcp:host=example.org,port=1",
        "PULSE_SERVER": "{abc}example.org",
    }
    keep_connections_local(env)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={tmp_path / 'bus'}"
    assert env["PULSE_SERVER"] == f"unix:{tmp_path / 'pulse' / 'native'}"


def test_without_any_session_bus_no_daemon_is_launched() -> None:
    for start in ({}, {"DBUS_SESSION_BUS_ADDRESS": "autolaunch:"}):
        env = dict(start)
        keep_connections_local(env)
        assert env["DBUS_SESSION_BUS_ADDRESS"] == NO_BUS
        assert "PULSE_SERVER" not in env

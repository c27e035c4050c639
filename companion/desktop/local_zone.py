"""The system's local time zone as a named, rule-aware ``tzinfo``, whatever form ``TZ`` takes.

The C library accepts ``TZ`` as a zone name (``Europe/Berlin``), a file path (with or without
a leading ``:``), a POSIX rule (``CET-1CEST,M3.5.0,M10.5.0/3``) or nothing at all (then
``/etc/localtime``). A fixed UTC offset would put a return time after a daylight-saving change
an hour off, so each form is turned into a zone that knows the change.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Mapping
from datetime import timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SYSTEM_LOCALTIME = Path("/etc/localtime")
_ZONE_ERRORS = (ZoneInfoNotFoundError, ValueError, OSError, struct.error, UnicodeError)


def system_zone(environ: Mapping[str, str] | None = None) -> tzinfo | None:
    """The local zone as the C library sees it, or None when it cannot be worked out."""
    env = os.environ if environ is None else environ
    spec = env.get("TZ")
    if spec is None:
        return _from_file(SYSTEM_LOCALTIME)
    spec = spec.removeprefix(":")
    if not spec:
        return timezone.utc  # an empty TZ means UTC to the C library
    if spec.startswith("/"):
        return _from_file(Path(spec))
    try:
        return ZoneInfo(spec)
    except _ZONE_ERRORS:
        return _from_rule(spec)


def _from_file(path: Path) -> tzinfo | None:
    try:
        with path.open("rb") as stream:
            return ZoneInfo.from_file(stream, key=str(path))
    except _ZONE_ERRORS:
        return None


def _from_rule(rule: str) -> tzinfo | None:
    """A zone from a POSIX TZ rule: a TZif file with no transitions and the rule as footer."""
    if not rule.isprintable() or len(rule) > 200:
        return None

    def header() -> bytes:
        # version 2; counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
        return b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, 4)

    block = struct.pack(">lbB", 0, 0, 0) + b"UTC\x00"
    data = header() + block + header() + block + b"\n" + rule.encode("ascii") + b"\n"
    try:
        zone = ZoneInfo.from_file(io.BytesIO(data), key=rule)
        zone.utcoffset(None)
    except _ZONE_ERRORS:
        return None
    return zone

"""The pause plan in exports: one JSON object (or null), and a section of CSV rows.

Kept apart from ``export.py`` so the plan's shape is written in one place. A stored plan that
cannot be read is exported as it is on disk, never dropped silently.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from companion.storage.store import from_db_time

__all__ = ["PLAN_CSV_COLUMNS", "plan_csv_rows", "plan_record"]

PLAN_CSV_COLUMNS = ("plan_field", "plan_value")
"""CSV columns used only by rows of type ``plan``: which field, and its value."""


def plan_record(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """The plan's fields with ``updated`` (ISO-8601, local offset); None when there is none."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "pause_plan" not in tables:
        return None
    row = conn.execute("SELECT updated, utc_offset, data FROM pause_plan WHERE id = 1").fetchone()
    if row is None:
        return None
    updated = from_db_time(row[0], row[1]).isoformat()
    try:
        data = json.loads(row[2])
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return {"updated": updated, "unreadable": row[2]}
    return {"updated": updated, **data}


def _flatten(prefix: str, value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _flatten(f"{prefix}{k}.", v)]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [pair for n, v in enumerate(value, start=1) for pair in _flatten(f"{prefix}{n}.", v)]
    return [(prefix.rstrip("."), value)]


def plan_csv_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """One row per field of the plan (``people.1.name`` ...), typed ``plan``; [] without one."""
    record = plan_record(conn)
    if record is None:
        return []
    updated = record.pop("updated")
    return [
        {"type": "plan", "timestamp": updated, "plan_field": key, "plan_value": value}
        for key, value in _flatten("", record)
    ]

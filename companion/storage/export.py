"""Take everything along (CSV or JSON), or erase it all.

Guarantees:
- every check-in, break and practice session is exported, with stable ids (``fight`` ...,
  and each break's ``role``: ``leaving`` or ``waiting``) next to display labels and
  ISO-8601 timestamps carrying the local offset of the moment; the JSON export keeps each
  break's drafts (messages written instead of sent) with it;
- text cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
  leading single quote in CSV; numbers are written as numbers and never touched;
- files are written to a temporary file in the same folder and moved into place, so a
  half-written export never replaces a good one; they are readable by the user only (0600);
- a path that cannot be written raises ``ExportError`` with a message fit to show a user.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TextIO

from companion.core.outcome import break_outcome, extension
from companion.core.states import STATE_NAMES, STATE_ORDER, StateId
from companion.storage.integrity import full_check_passes
from companion.storage.plan_export import PLAN_CSV_COLUMNS, plan_csv_rows, plan_record
from companion.storage.store import (
    DB_NAME,
    ROW_ERRORS,
    break_from_row,
    checkin_from_row,
    draft_from_row,
    from_db_time,
    session_from_row,
)

FORMATS = ("csv", "json")
EXPORT_VERSION = 1

#: English display labels by state id, in the one order; the UI passes translated ones.
STATE_LABELS: Mapping[str, str] = {s: STATE_NAMES[StateId(s)] for s in STATE_ORDER}

#: CSV columns: the first five are the contract; the rest carry every stored field.
CSV_COLUMNS: tuple[str, ...] = (
    "type", "timestamp", "state", "intensity", "note",
    "id", "utc_offset", "state_label", "tag", "context", "break_id",
    "return_at", "original_return", "ended", "outcome", "result", "extension_minutes",
    "extensions_seconds", "plan", "plan_done", "bridge", "before_checkin", "after_checkin",
    "pattern_name", "pattern_spec", "breaths", "seconds", "finished", "role",
    *PLAN_CSV_COLUMNS,
)  # fmt: skip

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The export could not be written; the message says where and why, fit for a user."""


class DeleteError(Exception):
    """Some data could not be erased; the message names what is left, fit for a user."""


class HasConnection(Protocol):
    @property
    def connection(self) -> sqlite3.Connection: ...


class Settings(Protocol):
    """What ``delete_all_data`` needs of a settings object (QSettings has both)."""

    def clear(self) -> None: ...

    def sync(self) -> None: ...


@dataclass(frozen=True)
class ExportSummary:
    """How many records were written."""

    checkins: int
    breaks: int
    sessions: int
    #: Rows left out because they could not be read (hand-edited or damaged), by table.
    skipped: Mapping[str, int] = field(default_factory=dict)


def _looks_like_formula(text: str) -> bool:
    # A cell that already starts with our quote is escaped again when what follows would be,
    # so that unescape_cell(escape_cell(t)) == t for every text.
    if text.startswith(_FORMULA_STARTS):
        return True
    return text.startswith("'") and _looks_like_formula(text[1:])


def escape_cell(text: str) -> str:
    """Make a text cell inert for spreadsheets: prefix ' when it starts like a formula."""
    return "'" + text if _looks_like_formula(text) else text


def unescape_cell(text: str) -> str:
    """Undo ``escape_cell`` exactly (for reading an export back)."""
    return text[1:] if text.startswith("'") and _looks_like_formula(text[1:]) else text


# ---------------------------------------------------------------------------- records
def _iso(text: str | None, offset: int) -> str | None:
    return from_db_time(text, offset).isoformat() if text else None


def _readable(
    conn: sqlite3.Connection, table: str, order: str, skipped: dict[str, int]
) -> Iterator[sqlite3.Row]:
    """The rows of ``table`` that can be read; the others are counted in ``skipped``."""
    check = {"checkins": checkin_from_row, "breaks": break_from_row}.get(table, session_from_row)
    for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}, id"):
        try:
            check(row)
        except ROW_ERRORS:
            skipped[table] = skipped.get(table, 0) + 1
            continue
        yield row


def _checkins(
    conn: sqlite3.Connection, labels: Mapping[str, str], skipped: dict[str, int]
) -> Iterator[dict[str, Any]]:
    for r in _readable(conn, "checkins", "ts", skipped):
        yield {
            "id": r["id"],
            "timestamp": _iso(r["ts"], r["utc_offset"]),
            "utc_offset": r["utc_offset"],
            "state": r["state"],
            "state_label": labels.get(r["state"], r["state"]),
            "intensity": r["intensity"],
            "note": r["note"],
            "tag": r["tag"],
            "context": r["context"],
            "break_id": r["break_id"],
        }


def _minutes(delta: timedelta) -> float:
    return round(delta.total_seconds() / 60, 3)


def _drafts(conn: sqlite3.Connection, break_id: int, skipped: dict[str, int]) -> list[Any]:
    """The messages kept with a break instead of being sent (JSON export only)."""
    rows = conn.execute("SELECT * FROM drafts WHERE break_id = ? ORDER BY ts, id", (break_id,))
    kept: list[Any] = []
    for d in rows:
        try:
            draft_from_row(d)
        except ROW_ERRORS:
            skipped["drafts"] = skipped.get("drafts", 0) + 1
            continue
        kept.append({"id": d["id"], "timestamp": _iso(d["ts"], d["utc_offset"]), "text": d["text"]})
    return kept


def _breaks(
    conn: sqlite3.Connection, skipped: dict[str, int], *, drafts: bool = False
) -> Iterator[dict[str, Any]]:
    for r in _readable(conn, "breaks", "started", skipped):
        off = r["utc_offset"]
        return_at, original = from_db_time(r["return_at"]), from_db_time(r["original_return"])
        ended = from_db_time(r["ended"]) if r["ended"] else None
        yield {
            "id": r["id"],
            "started": _iso(r["started"], off),
            "utc_offset": off,
            "return_at": _iso(r["return_at"], off),
            "original_return": _iso(r["original_return"], off),
            "ended": _iso(r["ended"], off),
            "outcome": r["outcome"],
            "result": break_outcome(ended, return_at, original, r["outcome"]).value,
            "extension_minutes": _minutes(extension(return_at, original)),
            "extensions_seconds": json.loads(r["extensions"]),
            "plan": json.loads(r["plan"]),
            "plan_done": json.loads(r["plan_done"]),
            "bridge": r["bridge"],
            "before_checkin": r["before_checkin"],
            "after_checkin": r["after_checkin"],
            "role": r["role"],
            **({"drafts": _drafts(conn, r["id"], skipped)} if drafts else {}),
        }


def _sessions(conn: sqlite3.Connection, skipped: dict[str, int]) -> Iterator[dict[str, Any]]:
    for r in _readable(conn, "sessions", "started", skipped):
        off = r["utc_offset"]
        yield {
            "id": r["id"],
            "started": _iso(r["started"], off),
            "utc_offset": off,
            "ended": _iso(r["ended"], off),
            "pattern_name": r["pattern_name"],
            "pattern_spec": r["pattern_spec"],
            "breaths": r["breaths"],
            "seconds": r["seconds"],
            "finished": bool(r["finished"]),
        }


# ---------------------------------------------------------------------------- writers
def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, str):
        return escape_cell(value)
    return value  # int / float: written as numbers, never escaped


def _write_csv(
    conn: sqlite3.Connection, out: TextIO, labels: Mapping[str, str], skipped: dict[str, int]
) -> ExportSummary:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="raise")
    writer.writeheader()
    counts = {"checkin": 0, "break": 0, "session": 0}

    def emit(kind: str, record: dict[str, Any], timestamp_key: str) -> None:
        row = {"type": kind, **record, "timestamp": record[timestamp_key]}
        row.pop("started", None)
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
        counts[kind] += 1

    for record in _checkins(conn, labels, skipped):
        emit("checkin", record, "timestamp")
    for record in _breaks(conn, skipped):
        emit("break", record, "started")
    for record in _sessions(conn, skipped):
        emit("session", record, "started")
    writer.writerows({k: _csv_value(v) for k, v in row.items()} for row in plan_csv_rows(conn))
    return ExportSummary(counts["checkin"], counts["break"], counts["session"], skipped)


def _write_json(
    conn: sqlite3.Connection,
    out: TextIO,
    labels: Mapping[str, str],
    now: datetime,
    skipped: dict[str, int],
) -> ExportSummary:
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    head = {
        "app": "Companion",
        "format_version": EXPORT_VERSION,
        "exported_at": now.isoformat(),
        "states": [{"id": s, "label": labels.get(s, s)} for s in STATE_LABELS],
        "plan": plan_record(conn),
    }
    out.write("{\n")
    for key, value in head.items():
        out.write(f"  {dumps(key)}: {dumps(value)},\n")
    counts = []
    lists = (
        ("checkins", _checkins(conn, labels, skipped)),
        ("breaks", _breaks(conn, skipped, drafts=True)),
        ("sessions", _sessions(conn, skipped)),
    )
    for i, (key, records) in enumerate(lists):
        out.write(f"  {dumps(key)}: [")
        n = 0
        for record in records:
            out.write(("," if n else "") + "\n    " + dumps(record))
            n += 1
        out.write("\n  ]" if n else "]")
        out.write(",\n" if i < len(lists) - 1 else "\n")
        counts.append(n)
    out.write("}\n")
    return ExportSummary(counts[0], counts[1], counts[2], skipped)


@contextlib.contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Read all three tables from one consistent snapshot (WAL), writing nothing."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        yield
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")


def write_private_file(path: Path, write: Any, *, binary: bool = False) -> None:
    """Create ``path`` atomically with mode 0600: ``write(stream)`` fills a temporary file in
    the same folder, which then replaces ``path``. Raises ExportError with a clear message."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ExportError(f"Could not write the export to {path}: {exc.strerror or exc}.") from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ExportError(f"Could not write the export: {path} is a folder.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"Could not write the export: {path} is not a regular file (a link, a pipe or a "
            "device), so it was left as it is."
        )
    if not folder.is_dir():
        raise ExportError(f"Could not write the export: the folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(
            f"Could not write the export to {folder}: {exc.strerror or exc}."
        ) from exc
    try:
        os.fchmod(fd, 0o600)
        mode = "wb" if binary else "w"
        kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(f"Could not write the export to {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _damaged_message(conn: sqlite3.Connection, exc: sqlite3.DatabaseError) -> str:
    """What to say when a read failed half-way: the full check tells damage from the rest."""
    if not full_check_passes(conn):
        return (
            "Your data file is damaged, so it could not be exported completely; no export "
            "was written. When the Companion window next opens it sets the file aside "
            "(without deleting it) and starts a fresh one."
        )
    return f"The export stopped because the data file could not be read ({exc})."


def export_data(
    store: HasConnection,
    fmt: str,
    out: Path | str | TextIO,
    *,
    labels: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ExportSummary:
    """Write every check-in, break and session as ``fmt`` ("csv" or "json") to a path or stream.

    A path is written atomically with mode 0600; a text stream (e.g. stdout) is written as is.
    ``labels`` maps state ids to display labels (default English); ``now`` stamps the JSON.
    """
    kind = str(fmt).strip().lower()
    if kind not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}: choose csv or json.")
    names = {**STATE_LABELS, **(labels or {})}
    stamp = now or datetime.now().astimezone()
    conn = store.connection
    result: list[ExportSummary] = []

    def write(stream: TextIO) -> None:
        skipped: dict[str, int] = {}
        try:
            with _snapshot(conn):
                if kind == "csv":
                    result.append(_write_csv(conn, stream, names, skipped))
                else:
                    result.append(_write_json(conn, stream, names, stamp, skipped))
        except sqlite3.DatabaseError as exc:
            raise ExportError(_damaged_message(conn, exc)) from exc

    if isinstance(out, (str, Path)):
        write_private_file(Path(out), write)
    else:
        buffer = io.StringIO()  # nothing reaches the stream unless the whole export was read
        write(buffer)
        try:
            out.write(buffer.getvalue())
            out.flush()
        except OSError as exc:
            raise ExportError(f"Could not write the export: {exc.strerror or exc}.") from exc
    return result[0]


# ---------------------------------------------------------------------------- erase
def database_files(data_dir: Path) -> list[Path]:
    """Every file of the database in ``data_dir``: the db, its -wal/-shm/-journal, and copies
    set aside as unreadable (with their side files)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    found = []
    for entry in sorted(data_dir.iterdir()):
        name = entry.name
        base = name
        for suffix in ("-wal", "-shm", "-journal"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        if (base == DB_NAME or base.startswith(DB_NAME + ".unreadable-")) and entry.is_file():
            found.append(entry)
    return found


def delete_all_data(
    data_dir: Path,
    settings: Settings | Path | None = None,
    *,
    store: Any = None,
) -> list[Path]:
    """Erase the database (and its side files and set-aside copies) and the settings.

    Close the store first (pass it as ``store`` to have it closed here); afterwards open a
    fresh one with ``Store.open(data_dir)``, which starts as on first run. ``settings`` is a
    QSettings (cleared and synced) or the path of a settings file (removed). Returns the files
    removed; raises DeleteError naming anything that could not be removed.
    """
    if store is not None:
        store.close()
    removed: list[Path] = []
    failed: list[str] = []
    targets = database_files(Path(data_dir))
    if isinstance(settings, (str, Path)):
        if Path(settings).exists():
            targets.append(Path(settings))
    elif settings is not None:
        try:
            settings.clear()
            settings.sync()
        except Exception as exc:  # a settings backend failing must not stop the erase
            failed.append(f"settings ({exc})")
    for path in targets:
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{path} ({exc.strerror or exc})")
    if failed:
        raise DeleteError("Some data could not be erased: " + "; ".join(failed) + ".")
    return removed

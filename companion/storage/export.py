"""Take everything along: CSV or JSON.

Guarantees:
- every check-in, break and practice session is exported, with stable ids (``fight`` ...,
  and each break's ``role``: ``leaving`` or ``waiting``) next to display labels and
  ISO-8601 timestamps carrying the local offset of the moment; the JSON export keeps each
  break's drafts (messages written instead of sent) with it;
- text cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
  leading single quote in CSV; numbers are written as numbers and never touched;
- files are written to a temporary file in the same folder and moved into place, so a
  half-written or cancelled export never replaces a good one and leaves nothing behind;
  they are readable by the user only (0600);
- a path that cannot be written raises ``ExportError`` with a message fit to show a user and
  a typed ``reason`` a translated interface words for itself;
- ``progress(done, total)`` is called every ``PROGRESS_EVERY`` rows (check-ins are read that
  many at a time); raising ``ExportCancelled`` from it stops the export.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any, Protocol, TextIO

from companion.core.states import STATE_NAMES, STATE_ORDER, StateId
from companion.storage import readers
from companion.storage.erase import DeleteError, database_files, delete_all_data
from companion.storage.export_rows import (
    CHECKIN_FIELDS,
    break_records,
    checkin_chunks,
    row_total,
    session_records,
)
from companion.storage.integrity import full_check_passes
from companion.storage.plan_export import PLAN_CSV_COLUMNS, plan_csv_rows, plan_record
from companion.storage.private_file import (
    ExportError,
    ExportProblem,
    os_problem,
    write_private_file,
)

__all__ = [
    "CSV_COLUMNS", "FORMATS", "DeleteError", "ExportCancelled", "ExportError", "ExportProblem",
    "ExportSummary", "database_files", "delete_all_data", "escape_cell", "export_data",
    "unescape_cell", "write_private_file",
]  # fmt: skip

FORMATS = ("csv", "json")
EXPORT_VERSION = 1
#: Rows between two calls of an export's ``progress`` (check-ins are read that many at a time).
PROGRESS_EVERY = 2000
#: How many of the CSV columns a check-in fills (type ... break_id); the others stay empty.
CHECKIN_CSV_CELLS = 11

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
_RISKY_FIRST = frozenset("=+-@\t\r'")
_CSV_QUOTED = re.compile('[,"\r\n]').search  # what makes csv.writer quote a cell
Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """Raised by a ``progress`` callback to stop an export (nothing is left on disk)."""


class HasConnection(Protocol):
    @property
    def connection(self) -> sqlite3.Connection: ...


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


# ---------------------------------------------------------------------------- writers
_LIST_JSON = json.JSONEncoder(ensure_ascii=False).encode


@functools.lru_cache(maxsize=512)
def _list_cell(items: tuple[Any, ...]) -> str:
    """A list of plan ids or seconds as one JSON cell (the same few lists recur)."""
    return _LIST_JSON(list(items))


def _csv_value(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return escape_cell(value) if value and value[0] in _RISKY_FIRST else value
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is list or kind is tuple:
        try:
            return _list_cell(tuple(value)) if value else "[]"
        except TypeError:  # an item that cannot be a key (a nested list): written as it is
            return _LIST_JSON(list(value))
    return value  # int / float: written as numbers, never escaped


class _Counter:
    """Counts written rows and reports progress every ``PROGRESS_EVERY`` of them."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress

    def add(self, rows: int) -> None:
        """``rows`` more were written (a chunk of check-ins): progress hears of it."""
        self.done += rows
        if self.progress is not None:
            self.progress(self.done, self.total)

    def counted(self, rows: Iterable[Any]) -> Iterator[Any]:
        progress = self.progress
        for row in rows:
            self.done += 1
            if progress is not None and self.done % PROGRESS_EVERY == 0:
                progress(self.done, self.total)
            yield row


def _csv_text(text: str) -> str:
    """A stored text (not empty) as a finished CSV cell, inert in a spreadsheet and quoted
    exactly when ``csv.writer`` would quote it (for a delimiter, a quote or a line break)."""
    if text[0] in _RISKY_FIRST:
        text = escape_cell(text)
    if _CSV_QUOTED(text) is None:
        return text
    return '"' + text.replace('"', '""') + '"'


def _write_csv_checkins(
    conn: sqlite3.Connection, out: TextIO, line_end: str, labels: Mapping[str, str],
    counter: _Counter, skipped: dict[str, int],
) -> None:  # fmt: skip
    """Check-ins as CSV lines whose first ``CHECKIN_CSV_CELLS`` cells are filled, in
    ``CSV_COLUMNS`` order (the empty ones after them end each line). Numbers, times and
    state ids are written as they are; texts through ``_csv_text``; None as an empty cell."""
    label_cells = {state: _csv_text(label) if label else "" for state, label in labels.items()}
    line = "checkin" + ",%s" * (CHECKIN_CSV_CELLS - 1) + line_end
    text = _csv_text
    for chunk in checkin_chunks(conn, skipped, PROGRESS_EVERY):
        out.write("".join([
            line % (
                stamp, state, intensity, text(note) if note else "", rid, off,
                label_cells[state], text(tag) if tag else "", text(context) if context else "",
                "" if break_id is None else break_id,
            )
            for rid, stamp, off, state, intensity, note, tag, context, break_id in chunk
        ]))  # fmt: skip
        counter.add(len(chunk))


def _csv_records(kind: str, records: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """Break or session records (or the plan's rows, which carry their type) as CSV rows in
    ``CSV_COLUMNS`` order; a column the record lacks stays empty."""
    where = {column: index for index, column in enumerate(CSV_COLUMNS)}
    blank: list[Any] = [""] * len(CSV_COLUMNS)
    if kind:
        blank[where["type"]] = kind
    stamp = where["timestamp"]
    keys: tuple[str, ...] = ()
    slots: list[tuple[int, str]] = []
    for record in records:
        if tuple(record) != keys:  # records of a kind share their keys: mapped once
            keys = tuple(record)
            slots = [(where[key], key) for key in keys if key in where]
        cells = blank.copy()
        for index, key in slots:
            cells[index] = _csv_value(record[key])
        if kind:
            cells[stamp] = _csv_value(record["started"])
        yield cells


def _write_csv(
    conn: sqlite3.Connection, out: TextIO, labels: Mapping[str, str], counter: _Counter,
    skipped: dict[str, int],
) -> ExportSummary:  # fmt: skip
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    # A check-in fills the first cells only: the rest of each row is one run of commas.
    empty_cells = "," * (len(CSV_COLUMNS) - CHECKIN_CSV_CELLS)
    _write_csv_checkins(
        conn, out, empty_cells + writer.dialect.lineterminator, labels, counter, skipped
    )
    counts = [counter.done]
    for rows in (
        _csv_records("break", break_records(conn, skipped)),
        _csv_records("session", session_records(conn, skipped)),
    ):
        before = counter.done
        writer.writerows(counter.counted(rows))
        counts.append(counter.done - before)
    writer.writerows(_csv_records("", plan_csv_rows(conn)))
    return ExportSummary(counts[0], counts[1], counts[2], skipped)


def _json_items(dumps: Callable[[Any], str], records: Iterable[Any]) -> Iterator[str]:
    """Each record on its own line, separated by commas."""
    separator = _JSON_FIRST
    for record in records:
        yield separator + dumps(record)
        separator = _JSON_NEXT


_JSON_FIRST, _JSON_NEXT = "\n    ", ",\n    "
#: A check-in as ``json.dumps`` writes its record (texts it knows to be plain are in quotes).
_JSON_CHECKIN = (
    "{"
    + ", ".join(
        f'"{name}": ' + ('"%s"' if name in ("timestamp", "state") else "%s")
        for name in CHECKIN_FIELDS
    )
    + "}"
)


def _write_json_checkins(
    conn: sqlite3.Connection, out: TextIO, labels: Mapping[str, str], counter: _Counter,
    skipped: dict[str, int],
) -> None:  # fmt: skip
    """Check-ins as JSON records, one a line: the few fields that need it are encoded by
    ``json``'s own string encoder; ids, times, states and numbers are written as they are."""
    text = encode_basestring  # ensure_ascii=False, as the other records are written
    label_texts = {state: text(label) for state, label in labels.items()}
    line, separator = _JSON_CHECKIN, _JSON_FIRST
    for chunk in checkin_chunks(conn, skipped, PROGRESS_EVERY):
        if not chunk:
            continue
        out.write(separator)
        out.write(_JSON_NEXT.join([
            line % (
                rid, stamp, off, state, label_texts[state], intensity,
                "null" if note is None else text(note), "null" if tag is None else text(tag),
                "null" if context is None else text(context),
                "null" if break_id is None else break_id,
            )
            for rid, stamp, off, state, intensity, note, tag, context, break_id in chunk
        ]))  # fmt: skip
        separator = _JSON_NEXT
        counter.add(len(chunk))


def _write_json(
    conn: sqlite3.Connection, out: TextIO, labels: Mapping[str, str], now: datetime,
    counter: _Counter, skipped: dict[str, int],
) -> ExportSummary:  # fmt: skip
    dumps = json.JSONEncoder(ensure_ascii=False).encode
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
    out.write('  "checkins": [')
    _write_json_checkins(conn, out, labels, counter, skipped)
    out.write("\n  ],\n" if counter.done else "],\n")
    counts = [counter.done]
    lists = (
        ("breaks", break_records(conn, skipped, drafts=True)),
        ("sessions", session_records(conn, skipped)),
    )
    for i, (key, records) in enumerate(lists):
        before = counter.done
        out.write(f"  {dumps(key)}: [")
        out.writelines(_json_items(dumps, counter.counted(records)))
        out.write("\n  ]" if counter.done > before else "]")
        out.write(",\n" if i < len(lists) - 1 else "\n")
        counts.append(counter.done - before)
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


def _damaged(conn: sqlite3.Connection, exc: sqlite3.DatabaseError) -> ExportError:
    """What to say when a read failed half-way: the full check tells damage from the rest."""
    if not full_check_passes(conn):
        return ExportError(
            "Your data file is damaged, so it could not be exported completely; no export "
            "was written. When the Companion window next opens it sets the file aside "
            "(without deleting it) and starts a fresh one.",
            ExportProblem.DAMAGED,
        )
    return ExportError(
        f"The export stopped because the data file could not be read ({exc}).",
        ExportProblem.UNREADABLE,
    )


def export_data(
    store: HasConnection,
    fmt: str,
    out: Path | str | TextIO,
    *,
    labels: Mapping[str, str] | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write every check-in, break and session as ``fmt`` ("csv" or "json") to a path or stream.

    A path is written atomically with mode 0600; a text stream (e.g. stdout) is written as is.
    ``labels`` maps state ids to display labels (default English); ``now`` stamps the JSON;
    ``progress(done, total)`` hears how far it got and may raise ``ExportCancelled``.
    """
    kind = str(fmt).strip().lower()
    if kind not in FORMATS:
        raise ExportError(
            f"Unknown export format {fmt!r}: choose csv or json.", ExportProblem.UNKNOWN_FORMAT
        )
    names = {**STATE_LABELS, **(labels or {})}
    stamp = now or datetime.now().astimezone()
    conn = store.connection
    result: list[ExportSummary] = []

    def write(stream: TextIO) -> None:
        skipped: dict[str, int] = {}
        try:
            with _snapshot(conn):
                counter = _Counter(row_total(conn), progress)
                if kind == "csv":
                    result.append(_write_csv(conn, stream, names, counter, skipped))
                else:
                    result.append(_write_json(conn, stream, names, stamp, counter, skipped))
        except sqlite3.DatabaseError as exc:
            raise _damaged(conn, exc) from exc

    if isinstance(out, (str, Path)):
        write_private_file(Path(out), write)
    else:
        buffer = io.StringIO()  # nothing reaches the stream unless the whole export was read
        write(buffer)
        try:
            out.write(buffer.getvalue())
            out.flush()
        except OSError as exc:
            raise ExportError(
                f"Could not write the export: {exc.strerror or exc}.", os_problem(exc)
            ) from exc
    return result[0]


@contextlib.contextmanager
def open_reader(db_path: Path) -> Iterator[HasConnection]:
    """A read-only view of the database at ``db_path`` for an export on another thread,
    closed on leaving. Raises ExportError when the file cannot be opened."""
    try:
        with readers.open_reader(db_path) as reader:
            yield reader
    except sqlite3.Error as exc:
        raise ExportError(
            f"The export stopped because the data file could not be read ({exc}).",
            ExportProblem.UNREADABLE,
        ) from exc

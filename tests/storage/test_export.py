"""Exports parse back and round-trip; spreadsheets cannot run them; erase-all means first run."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers.generate import generate
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.storage import export as export_mod
from companion.storage import private_file
from companion.storage.export import (
    CSV_COLUMNS,
    DeleteError,
    ExportError,
    ExportProblem,
    delete_all_data,
    escape_cell,
    export_data,
    unescape_cell,
)
from companion.storage.store import BreakRecord, CheckIn, PracticeSession, Store

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOTES = [
    "plain",
    'commas, and "quotes", too',
    "two\nlines\r\nand a third",
    "ruhig 🌙 — ça va, 心",
    "=SUM(A1:A9)",
    "+49 123",
    "-5 calmer than before",
    "@everyone",
    "\tindented",
    "'=already quoted",
    "",
]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def filled(store: Store) -> tuple[Store, list[CheckIn]]:
    saved = []
    for i, note in enumerate(NOTES):
        zone = NEW_YORK if i % 3 == 0 else BERLIN
        when = datetime(2026, 11, 1 + i, 19, 30, tzinfo=zone)
        if i == 1:
            when = when.replace(microsecond=250_000)
        state = ("fight", "flight", "freeze", "fawn", "settled")[i % 5]
        checkin = CheckIn(state, i % 6, when, note=note, tag="=tag" if i == 2 else None)
        saved.append(CheckIn(**{**checkin.__dict__, "id": store.add_checkin(checkin)}))
    start = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
    store.add_break(
        BreakRecord(
            started=start,
            original_return=start + timedelta(minutes=20),
            return_at=start + timedelta(minutes=30),
            ended=start + timedelta(minutes=29),
            plan=("walk", "water"),
            extensions=(600.0,),
            bridge="I'm flooded. Back at 19:50, I promise.",
            before_checkin=saved[0].id,
            after_checkin=saved[4].id,
        )
    )
    store.add_session(
        PracticeSession(
            started=datetime(2026, 11, 20, 7, 0, tzinfo=NEW_YORK),
            ended=datetime(2026, 11, 20, 7, 5, tzinfo=NEW_YORK),
            pattern_name="exhale-4-6",
            pattern_spec="4-0-6-0",
            breaths=30,
            seconds=300.0,
            finished=True,
        )
    )
    return store, saved


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


# ------------------------------------------------------------------ CSV
def test_csv_header_and_rows_round_trip(tmp_path: Path, filled: tuple[Store, list[CheckIn]]):
    store, saved = filled
    out = tmp_path / "all.csv"
    summary = export_data(store, "csv", out)
    assert (summary.checkins, summary.breaks, summary.sessions) == (len(NOTES), 1, 1)
    assert out.read_text(encoding="utf-8").startswith("type,timestamp,state,intensity,note")
    header, rows = _read_csv(out)
    assert tuple(header) == CSV_COLUMNS
    checkins = [r for r in rows if r["type"] == "checkin"]
    assert [r["type"] for r in rows].count("break") == 1
    assert [r["type"] for r in rows].count("session") == 1
    by_id = {int(r["id"]): r for r in checkins}
    for original in saved:
        row = by_id[original.id]
        assert row["state"] == original.state
        assert row["state_label"] == original.state.capitalize()
        assert int(row["intensity"]) == original.intensity
        assert unescape_cell(row["note"]) == original.note
        when = datetime.fromisoformat(row["timestamp"])
        assert when == original.timestamp and when.utcoffset() == original.timestamp.utcoffset()
        assert int(row["utc_offset"]) * 60 == original.timestamp.utcoffset().total_seconds()
    assert by_id[saved[4].id]["timestamp"] == "2026-11-05T19:30:00+01:00"
    assert by_id[saved[0].id]["timestamp"] == "2026-11-01T19:30:00-05:00"
    assert by_id[saved[1].id]["timestamp"] == "2026-11-02T19:30:00.250000+01:00"


def test_csv_break_and_session_fields(tmp_path: Path, filled: tuple[Store, list[CheckIn]]):
    store, saved = filled
    out = tmp_path / "all.csv"
    export_data(store, "csv", out)
    _, rows = _read_csv(out)
    brk = next(r for r in rows if r["type"] == "break")
    assert brk["timestamp"] == "2026-11-21T19:30:00+01:00"
    assert brk["return_at"] == "2026-11-21T20:00:00+01:00"
    assert brk["original_return"] == "2026-11-21T19:50:00+01:00"
    assert float(brk["extension_minutes"]) == 10.0
    assert brk["result"] == "extended"
    assert json.loads(brk["plan"]) == ["walk", "water"]
    assert int(brk["before_checkin"]) == saved[0].id
    assert brk["bridge"] == "I'm flooded. Back at 19:50, I promise."
    session = next(r for r in rows if r["type"] == "session")
    assert session["timestamp"] == "2026-11-20T07:00:00-05:00"
    assert float(session["seconds"]) == 300.0 and session["finished"] == "true"
    assert session["pattern_spec"] == "4-0-6-0"


def test_csv_cells_cannot_run_as_formulas(tmp_path: Path, filled: tuple[Store, list[CheckIn]]):
    store, _ = filled
    out = tmp_path / "all.csv"
    export_data(store, "csv", out)
    _, rows = _read_csv(out)
    notes = {r["note"] for r in rows if r["type"] == "checkin"}
    assert "'=SUM(A1:A9)" in notes and "'+49 123" in notes and "'@everyone" in notes
    assert "'-5 calmer than before" in notes and "'\tindented" in notes
    assert "''=already quoted" in notes
    tagged = next(r for r in rows if r["tag"])
    assert tagged["tag"] == "'=tag"
    for row in rows:
        for column, cell in row.items():
            if cell.startswith(DANGEROUS):
                # Only numbers we wrote ourselves may start with '-': they stay numbers.
                assert column in {"utc_offset", "extension_minutes", "seconds"}
                float(cell)
    offsets = {r["utc_offset"] for r in rows}
    assert "-300" in offsets  # New York: a negative number, not mangled into text


# ------------------------------------------------------------------ JSON
def test_json_round_trip(tmp_path: Path, filled: tuple[Store, list[CheckIn]]):
    store, saved = filled
    out = tmp_path / "all.json"
    now = datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN)
    export_data(store, "json", out, now=now, labels={"fawn": "Please"})
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"checkins", "breaks", "sessions", "states", "exported_at"}
    assert data["exported_at"] == "2026-11-22T09:00:00+01:00"
    assert {"id": "fawn", "label": "Please"} in data["states"]
    assert len(data["checkins"]) == len(NOTES)
    for original, item in zip(saved, data["checkins"], strict=True):
        assert item["id"] == original.id
        assert item["state"] == original.state
        assert item["intensity"] == original.intensity
        assert item["note"] == original.note  # JSON keeps text exactly, no escaping
        assert datetime.fromisoformat(item["timestamp"]) == original.timestamp
        assert item["timestamp"].endswith(("+01:00", "-05:00"))
    assert data["checkins"][3]["state_label"] == "Please"
    (brk,) = data["breaks"]
    assert brk["started"] == "2026-11-21T19:30:00+01:00"
    assert brk["extensions_seconds"] == [600.0] and brk["plan"] == ["walk", "water"]
    assert brk["after_checkin"] == saved[4].id and brk["result"] == "extended"
    (session,) = data["sessions"]
    assert session["ended"] == "2026-11-20T07:05:00-05:00" and session["finished"] is True


def test_json_of_an_empty_store_is_valid(store: Store):
    stream = io.StringIO()
    summary = export_data(store, "JSON", stream)
    data = json.loads(stream.getvalue())
    assert (data["checkins"], data["breaks"], data["sessions"]) == ([], [], [])
    assert (summary.checkins, summary.breaks, summary.sessions) == (0, 0, 0)


def test_generated_data_exports_every_row_in_both_formats(tmp_path: Path, store: Store):
    made = generate(store, checkins=3000, end=datetime(2026, 11, 21, 19, tzinfo=BERLIN))
    export_data(store, "csv", tmp_path / "g.csv")
    export_data(store, "json", tmp_path / "g.json")
    _, rows = _read_csv(tmp_path / "g.csv")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    csv_ids = [int(r["id"]) for r in rows if r["type"] == "checkin"]
    assert csv_ids == [c["id"] for c in data["checkins"]]
    assert len(csv_ids) == made.checkins and len(data["breaks"]) == made.breaks
    assert len(data["sessions"]) == made.sessions
    stored = {c.id: c for c in store.checkins()}
    for item in data["checkins"]:
        assert datetime.fromisoformat(item["timestamp"]) == stored[item["id"]].timestamp


@pytest.mark.usefixtures("german")
def test_exporting_from_the_file_menu_labels_states_in_the_user_s_language(
    tmp_path: Path, filled: tuple[Store, list[CheckIn]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.german import shipped_german
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from companion.audio.output import SilentOutput
    from companion.core.clock import ManualClock
    from companion.services.breaks import BreakController
    from companion.services.container import DataServices, Services
    from companion.services.settings import Settings
    from companion.ui.shell.data_actions import export_with_dialog

    store, saved = filled
    now = datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN)
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    silent = SilentOutput()
    services = Services(
        tmp_path,
        store,
        ManualClock(now),
        qsettings,
        Settings(qsettings),
        DataServices.for_store(store),
        audio=silent,
        breaks=BreakController(store, ManualClock(now), chime=silent.chime),
    )
    german = {s: shipped_german("CheckinWheel", s.title()) for s in ("fight", "freeze")}
    assert german["freeze"] != "Freeze"
    for fmt in ("json", "csv"):
        target = tmp_path / f"all.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        assert export_with_dialog(None, services, fmt) == target  # type: ignore[arg-type]
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data["exported_at"] == now.isoformat()
    assert {"id": "freeze", "label": german["freeze"]} in data["states"]
    assert [c["state"] for c in data["checkins"]] == [c.state for c in saved]  # ids stay
    with (tmp_path / "all.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["type"] == "checkin"]
    assert {(r["state"], r["state_label"]) for r in rows} >= set(german.items())


# ------------------------------------------------------------------ files
def test_export_to_a_stream(filled: tuple[Store, list[CheckIn]]):
    store, _ = filled
    stream = io.StringIO()
    export_data(store, "csv", stream)
    assert stream.getvalue().startswith("type,timestamp,state,intensity,note,")


def test_files_are_private_and_replace_an_old_export(
    tmp_path: Path, filled: tuple[Store, list[CheckIn]]
):
    store, _ = filled
    out = tmp_path / "all.csv"
    out.write_text("old")
    out.chmod(0o644)
    export_data(store, "csv", out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8").startswith("type,")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, filled: tuple[Store, list[CheckIn]], monkeypatch: pytest.MonkeyPatch
):
    store, _ = filled
    out = tmp_path / "all.json"
    out.write_text("previous export")

    def broken(_conn: object, _skipped: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "session_records", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export_data(store, "json", out)
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert not store.connection.in_transaction


@pytest.mark.parametrize("where", ["missing/out.csv", "a_file/out.csv", "."])
def test_unwritable_paths_give_a_clear_error(
    tmp_path: Path, filled: tuple[Store, list[CheckIn]], where: str
):
    store, _ = filled
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(ExportError, match="Could not write the export") as info:
        export_data(store, "csv", tmp_path / where)
    assert "Traceback" not in str(info.value)


def test_a_folder_without_permission_gives_a_clear_error(
    tmp_path: Path, filled: tuple[Store, list[CheckIn]], monkeypatch: pytest.MonkeyPatch
):
    store, _ = filled

    def denied(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(private_file.tempfile, "mkstemp", denied)
    with pytest.raises(ExportError, match=f"{tmp_path}.*Permission denied") as info:
        export_data(store, "csv", tmp_path / "out.csv")
    assert info.value.reason is ExportProblem.NO_PERMISSION  # worded by the UI in its language


def test_unknown_format(filled: tuple[Store, list[CheckIn]]):
    with pytest.raises(ExportError, match="csv or json"):
        export_data(filled[0], "xlsx", io.StringIO())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_escaping_is_safe_and_reversible(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.startswith(DANGEROUS)
    assert unescape_cell(escaped) == text


# ------------------------------------------------------------------ erase everything
def test_delete_all_data_returns_to_first_run(data_dir: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    store = Store.open(data_dir)
    generate(store, checkins=50, end=datetime(2026, 11, 21, 19, tzinfo=BERLIN))
    (data_dir / "companion.db.unreadable-20260101T000000Z").write_bytes(b"old junk")
    (data_dir / "keep-me.txt").write_text("not ours")
    settings_file = tmp_path / "companion.ini"
    qs = QSettings(str(settings_file), QSettings.Format.IniFormat)
    qs.setValue("appearance/theme", "dark")
    qs.sync()
    assert settings_file.exists()

    removed = delete_all_data(data_dir, qs, store=store)

    names = {p.name for p in removed}
    assert "companion.db" in names and "companion.db.unreadable-20260101T000000Z" in names
    assert not (data_dir / "companion.db").exists()
    assert not (data_dir / "companion.db-wal").exists()
    assert (data_dir / "keep-me.txt").exists()
    assert qs.allKeys() == []
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys() == []
    fresh = Store.open(data_dir)
    try:
        assert fresh.report.created
        assert fresh.counts() == {"checkins": 0, "breaks": 0, "sessions": 0, "patterns": 0}
    finally:
        fresh.close()


def test_delete_all_data_with_a_settings_path(data_dir: Path, tmp_path: Path) -> None:
    Store.open(data_dir).close()
    settings_file = tmp_path / "companion.ini"
    settings_file.write_text("[General]\nx=1\n")
    removed = delete_all_data(data_dir, settings_file)
    assert settings_file in removed and not settings_file.exists()
    assert delete_all_data(data_dir) == []  # nothing left: still fine


def test_delete_all_data_says_what_it_could_not_remove(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(data_dir).close()
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name == "companion.db":
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(DeleteError, match=r"companion\.db.*Permission denied"):
        delete_all_data(data_dir)
    assert os.path.exists(data_dir / "companion.db")


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(st.text(max_size=10), min_size=3, max_size=3),
    label=st.text(min_size=1, max_size=8),
)
def test_any_text_comes_back_from_the_csv_as_it_was_written(texts: list[str], label: str):
    """Notes, tags, contexts and labels with commas, quotes, line breaks or formula starts:
    a CSV reader gets each back, and the file is quoted exactly as csv.writer quotes."""
    note, tag, context = texts
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        try:
            when = datetime(2026, 11, 21, 19, 30, tzinfo=BERLIN)
            store.add_checkin(CheckIn("fight", 3, when, note=note, tag=tag, context=context))
            export_data(store, "csv", Path(tmp) / "all.csv", labels={"fight": label})
            written = (Path(tmp) / "all.csv").read_bytes().decode("utf-8")
        finally:
            store.close()
    rows = list(csv.DictReader(io.StringIO(written, newline="")))
    assert [r["type"] for r in rows] == ["checkin"]
    cells = rows[0]
    assert cells["timestamp"] == when.isoformat()
    assert [unescape_cell(cells[c]) for c in ("note", "tag", "context", "state_label")] == [
        note, tag, context, label,
    ]  # fmt: skip
    again = io.StringIO(newline="")
    csv.writer(again).writerows(csv.reader(io.StringIO(written, newline="")))
    assert again.getvalue() == written


def test_a_list_cell_is_json_whatever_its_items():
    """Plan ids and seconds recur and are written once; a list that holds a list is still
    written (as JSON), not refused."""
    assert export_mod._csv_value(("walk", "water")) == '["walk", "water"]'
    assert export_mod._csv_value([600.0, 300]) == "[600.0, 300]"
    assert export_mod._csv_value([["nested"], "ok"]) == '[["nested"], "ok"]'
    assert export_mod._csv_value([]) == "[]"

"""The pause plan on disk: saved at once, kept across restarts and upgrades, exported, erased."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.clock import ManualClock
from companion.core.plan import Messaging, PausePlan, Person, PlanProblem, ReachOut, Tendency
from companion.services.plan import PlanInvalid, PlanService
from companion.storage.export import delete_all_data, export_data, unescape_cell
from companion.storage.store import DB_NAME, MIGRATIONS, SCHEMA_VERSION, CheckIn, Store

BERLIN = ZoneInfo("Europe/Berlin")
SAVED_AT = datetime(2026, 11, 20, 21, 15, tzinfo=BERLIN)
PLAN = PausePlan(
    signal="=Pineapple",  # starts like a formula: the CSV must keep it inert
    usual_minutes=30,
    longest_minutes=90,
    messaging=Messaging.IF_NEEDED,
    reach_out=ReachOut.WAITER,
    reach_out_how="a soft knock",
    opener="Can we try again, gently?",
    people=(
        Person("Sam", Tendency.PUSH, "the balcony", ("walk", "water"), "stretching"),
        Person("Alex", Tendency.QUIET, "the study", ("breathe",), "music"),
    ),
)


@pytest.fixture
def service(store: Store) -> PlanService:
    return PlanService(store, ManualClock(SAVED_AT))


def test_a_saved_plan_is_there_after_a_restart(
    service: PlanService, data_dir: Path, stores: list[Store]
) -> None:
    assert service.plan() is None
    service.save(PLAN)
    again = Store.open(data_dir)
    stores.append(again)
    assert PlanService(again, ManualClock(SAVED_AT)).plan() == PLAN


def test_an_edited_plan_replaces_the_old_one(service: PlanService, store: Store) -> None:
    service.save(PLAN)
    service.save(PausePlan(signal="Time out"))
    assert PlanService(store, ManualClock()).plan() == PausePlan(signal="Time out")
    count = store.connection.execute("SELECT count(*) FROM pause_plan").fetchone()[0]
    assert count == 1


def test_saving_an_empty_plan_removes_it(service: PlanService, store: Store) -> None:
    service.save(PLAN)
    service.save(PausePlan(signal="   "))
    assert service.plan() is None
    assert store.pause_plan() is None


def test_a_plan_outside_the_rules_is_refused_and_nothing_changes(service: PlanService) -> None:
    service.save(PLAN)
    with pytest.raises(PlanInvalid) as caught:
        service.save(PausePlan(usual_minutes=5))
    assert caught.value.problems == (PlanProblem.USUAL_TOO_SHORT,)
    assert service.plan() == PLAN


def test_a_damaged_stored_plan_counts_as_none_and_is_kept(store: Store) -> None:
    store.connection.execute(
        "INSERT INTO pause_plan VALUES (1, '2026-11-20T20:15:00+00:00', 60, '[1, 2]')"
    )
    service = PlanService(store, ManualClock())
    assert service.plan() is None
    assert service.unreadable
    record = json.loads(_json_export(store))["plan"]
    assert record["unreadable"] == "[1, 2]"


def test_todays_database_is_upgraded_without_losing_rows(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(data_dir / DB_NAME)
    before = next(i for i, step in enumerate(MIGRATIONS) if "pause_plan" in step)
    for step in MIGRATIONS[:before]:  # the schema before the plan existed
        conn.executescript(step)
    conn.execute(
        "INSERT INTO checkins (ts, utc_offset, state, intensity, note) "
        "VALUES ('2026-11-01T18:00:00+00:00', 60, 'freeze', 3, 'kept')"
    )
    conn.execute(f"PRAGMA user_version = {before}")
    conn.commit()
    conn.close()
    store = Store.open(data_dir)
    try:
        assert store.report.migrated_from == 5
        assert store.schema_version == SCHEMA_VERSION
        assert [(c.state, c.note) for c in store.checkins()] == [("freeze", "kept")]
        assert store.pause_plan() is None
        PlanService(store, ManualClock(SAVED_AT)).save(PLAN)
        assert PlanService(store, ManualClock()).plan() == PLAN
    finally:
        store.close()


def _json_export(store: Store) -> str:
    out = io.StringIO()
    export_data(store, "json", out)
    return out.getvalue()


def test_json_export_has_the_plan_or_null(service: PlanService, store: Store) -> None:
    assert json.loads(_json_export(store))["plan"] is None
    service.save(PLAN)
    record = json.loads(_json_export(store))["plan"]
    assert record["updated"] == SAVED_AT.isoformat()
    record.pop("updated")
    assert PausePlan.from_dict(record) == PLAN


def test_csv_export_has_a_plan_section(service: PlanService, store: Store, tmp_path: Path) -> None:
    store.add_checkin(CheckIn("fight", 4, SAVED_AT))
    service.save(PLAN)
    path = tmp_path / "all.csv"
    export_data(store, "csv", path)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["type"] for r in rows][:1] == ["checkin"]
    plan = {r["plan_field"]: r["plan_value"] for r in rows if r["type"] == "plan"}
    assert plan["signal"] == "'=Pineapple"
    assert unescape_cell(plan["signal"]) == PLAN.signal
    assert plan["usual_minutes"] == "30"
    assert plan["people.1.name"] == "Sam"
    assert plan["people.2.goes_to"] == "the study"
    assert json.loads(plan["people.1.items"]) == ["walk", "water"]
    assert plan["opener"] == PLAN.opener
    assert {r["timestamp"] for r in rows if r["type"] == "plan"} == {SAVED_AT.isoformat()}


def test_csv_without_a_plan_has_no_plan_rows(store: Store) -> None:
    out = io.StringIO()
    export_data(store, "csv", out)
    assert "plan_field" in out.getvalue().splitlines()[0]
    assert not [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["type"] == "plan"]


def test_delete_all_data_removes_the_plan(service: PlanService, store: Store, data_dir: Path):
    service.save(PLAN)
    delete_all_data(data_dir, store=store)
    fresh = Store.open(data_dir)
    try:
        assert fresh.pause_plan() is None
        assert PlanService(fresh, ManualClock()).plan() is None
    finally:
        fresh.close()

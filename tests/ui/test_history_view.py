"""History: newest first, filters, note editing, delete with undo, and paging at scale."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from helpers.generate import generate
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from companion.core.clock import ManualClock
from companion.core.insights import Window
from companion.storage import BreakRecord, CheckIn, PracticeSession, StorageError, Store
from companion.ui.history_view import UNDO_SECONDS, HistoryModel, HistoryView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 21, 20, 0, tzinfo=CET)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def entries(store: Store) -> dict[str, int]:
    """A check-in today, a break yesterday, a session 10 days ago, a check-in 40 days ago."""
    ids = {
        "today": store.add_checkin(CheckIn("fight", 4, NOW - timedelta(hours=1), note="hot")),
        "old": store.add_checkin(CheckIn("freeze", 2, NOW - timedelta(days=40), note="numb")),
    }
    start = NOW - timedelta(days=1)
    ids["break"] = store.add_break(
        BreakRecord(
            started=start,
            return_at=start + timedelta(minutes=20),
            original_return=start + timedelta(minutes=20),
            ended=start + timedelta(minutes=18),
        )
    )
    ids["session"] = store.add_session(
        PracticeSession(
            started=NOW - timedelta(days=10),
            pattern_name="exhale-4-6",
            pattern_spec="4-6",
            seconds=300.0,
            finished=True,
        )
    )
    return ids


def _view(qtbot: QtBot, store: Store, clock: ManualClock, show: bool = True) -> HistoryView:
    view = HistoryView(store, clock)
    qtbot.addWidget(view)
    if show:
        view.resize(900, 500)
        view.show()
    return view


def _kinds(view: HistoryView) -> list[tuple[str, int]]:
    return [e.key for e in view.model.entries()]


def _cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def test_lists_everything_newest_first(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    assert _kinds(view) == [
        ("checkin", entries["today"]), ("break", entries["break"]),
        ("session", entries["session"]), ("checkin", entries["old"]),
    ]  # fmt: skip
    assert _cell(view, 0, 1) == "Check-in" and _cell(view, 0, 2) == "Fight, 4 of 5"
    assert _cell(view, 0, 4) == "hot"
    assert "back on time" in _cell(view, 1, 3)
    assert _cell(view, 2, 3) == "Longer exhale 4·6, 5 min"
    assert "19:00" in _cell(view, 0, 0)  # the local time of the check-in


def test_filter_by_type(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    box = view.findChild(QCheckBox, "historyShow_checkin")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert _kinds(view) == [("break", entries["break"]), ("session", entries["session"])]
    view.set_kinds(["checkin"])
    assert _kinds(view) == [("checkin", entries["today"]), ("checkin", entries["old"])]
    view.set_kinds([])
    assert view.model.rowCount() == 0


def test_filter_by_dates(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    view.set_window(Window.WEEK)
    assert _kinds(view) == [("checkin", entries["today"]), ("break", entries["break"])]
    view.set_window(Window.MONTH)
    assert len(_kinds(view)) == 3
    view.set_date_range(date(2026, 11, 11), date(2026, 11, 11))  # the session's day only
    assert _kinds(view) == [("session", entries["session"])]
    assert view.findChild(QDateEdit, "historyFrom").isEnabled()
    view.set_window(Window.ALL)
    assert len(_kinds(view)) == 4 and not view.findChild(QDateEdit, "historyFrom").isEnabled()


def test_edit_a_note_in_place(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    index = view.model.index(0, HistoryModel.NOTE_COLUMN)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not view.model.flags(view.model.index(1, HistoryModel.NOTE_COLUMN)) & (
        Qt.ItemFlag.ItemIsEditable
    )  # a break has no note
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "hot"
    editor.selectAll()
    qtbot.keyClicks(editor, "cooler now, after a walk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState)
    assert store.get_checkin(entries["today"]).note == "cooler now, after a walk"
    assert _cell(view, 0, HistoryModel.NOTE_COLUMN) == "cooler now, after a walk"


def _select_row(view: HistoryView, row: int) -> None:
    view.table.selectionModel().select(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_delete_then_undo(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    timer = view.findChild(QTimer, "undoTimer")
    assert not timer.isActive()
    _select_row(view, 0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert ("checkin", entries["today"]) not in _kinds(view)
    assert view.findChild(QFrame, "undoBar").isVisible()
    assert timer.isActive()
    assert store.get_checkin(entries["today"]) is not None  # not gone until undo runs out
    clock.advance(UNDO_SECONDS / 2)
    view.tick()
    qtbot.mouseClick(view.findChild(QPushButton, "undoButton"), Qt.MouseButton.LeftButton)
    assert _kinds(view)[0] == ("checkin", entries["today"])
    assert not timer.isActive() and not view.findChild(QFrame, "undoBar").isVisible()
    assert store.get_checkin(entries["today"]) is not None


def test_delete_is_committed_when_undo_runs_out(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    _select_row(view, 1)
    qtbot.mouseClick(view.findChild(QPushButton, "historyDeleteButton"), Qt.MouseButton.LeftButton)
    assert view.pending_deletes() == [("break", entries["break"])]
    clock.advance(UNDO_SECONDS - 0.5)
    view.tick()
    assert store.get_break(entries["break"]) is not None
    clock.advance(1.0)
    view.tick()
    assert store.get_break(entries["break"]) is None
    assert not view.findChild(QTimer, "undoTimer").isActive()
    assert not view.findChild(QFrame, "undoBar").isVisible()
    assert ("break", entries["break"]) not in _kinds(view)


def test_several_deletes_undo_together(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    view.delete_entries([("checkin", entries["today"])])
    view.delete_entries([("checkin", entries["old"])])
    assert view.findChild(QLabel, "undoMessage").text() == "2 entries deleted."
    view.undo()
    assert len(_kinds(view)) == 4


def test_hiding_the_view_commits_pending_deletes(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    view.delete_entries([("session", entries["session"])])
    view.hide()
    assert store.counts()["sessions"] == 0


def test_destroying_the_view_commits_pending_deletes(qtbot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock, show=False)
    view.delete_entries([("checkin", entries["old"])])
    Shiboken.delete(view)
    assert store.get_checkin(entries["old"]) is None


def test_a_kill_during_undo_loses_nothing(qtbot, store, clock, entries, data_dir) -> None:
    view = _view(qtbot, store, clock)
    view.delete_entries([("checkin", entries["today"])])
    # Another process (the app after a kill and restart) sees the entry still saved.
    other = Store.open(data_dir)
    try:
        assert other.get_checkin(entries["today"]) is not None
    finally:
        other.close()


def test_a_refused_delete_comes_back_with_a_message(
    qtbot, store, clock, entries, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store, clock)

    def refuse(_id: int) -> None:
        raise StorageError("Could not save to the database: disk full")

    monkeypatch.setattr(store, "delete_checkin", refuse)
    view.delete_entries([("checkin", entries["today"])])
    view.commit_pending()
    assert _kinds(view)[0] == ("checkin", entries["today"])
    assert view.findChild(QLabel, "historyMessage").isVisible()
    assert "disk full" in view.findChild(QLabel, "historyMessage").text()


def test_new_check_ins_appear_while_shown(qtbot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    new = store.add_checkin(CheckIn("fawn", 2, NOW - timedelta(minutes=5)))
    assert _kinds(view)[0] == ("checkin", new)


def test_pages_are_complete_and_ordered_with_equal_timestamps(store: Store) -> None:
    same = NOW - timedelta(hours=2)
    for i in range(7):
        store.add_checkin(CheckIn("flight", 1, same, note=str(i)))
    for _ in range(3):
        store.add_session(PracticeSession(started=same, pattern_name="p", pattern_spec="4-6"))
        store.add_break(BreakRecord(started=same, return_at=same, original_return=same))
    generate(store, checkins=120, end=NOW, days=3, seed=11)
    model = HistoryModel(store, page_size=4)
    while model.canFetchMore():
        model.fetchMore()
    got = [e.sort_key for e in model.entries()]
    assert got == sorted(got, reverse=True)
    total = sum(store.counts()[t] for t in ("checkins", "breaks", "sessions"))
    assert len(set(got)) == len(got) == total


def test_opens_with_one_page_at_100k(qtbot: QtBot, store: Store, clock: ManualClock) -> None:
    generate(store, checkins=100_000, end=NOW, days=365, breaks=500, sessions=200)
    view = _view(qtbot, store, clock)
    assert view.model.rowCount() == 200 and view.model.canFetchMore()
    view.table.scrollToBottom()
    QApplication.processEvents()
    assert 200 < view.model.rowCount() <= 600

"""History: newest first, filters, editing check-ins, delete with undo, and paging at scale."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from helpers.generate import generate
from helpers.german import shipped_german
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from companion.core.clock import ManualClock
from companion.core.insights import Window
from companion.core.states import CONTEXT_LABELS, TAG_LABELS, Context, PatternTag
from companion.services.container import DataServices
from companion.services.storage_errors import StorageProblem
from companion.storage.store import BreakRecord, CheckIn, PracticeSession, StorageError, Store
from companion.ui.insights.history_edit import CheckinEditDialog
from companion.ui.insights.history_model import HistoryModel
from companion.ui.insights.history_text import (
    not_deleted_text,
    not_saved_text,
    write_problem_text,
)
from companion.ui.insights.history_view import UNDO_SECONDS, HistoryView

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
        "today": store.add_checkin(
            CheckIn(
                "fight",
                4,
                NOW - timedelta(hours=1),
                note="hot",
                tag="pursuing",
                context="during_break",
            )
        ),
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
    view = HistoryView(DataServices.for_store(store).history, clock)
    qtbot.addWidget(view)
    if show:
        view.resize(900, 500)
        view.show()
    return view


def _kinds(view: HistoryView) -> list[tuple[str, int]]:
    return [e.key for e in view.model.entries()]


DETAILS = HistoryModel.DETAILS_COLUMN


def _cell(view: HistoryView, row: int, column: int) -> str:
    return str(view.model.index(row, column).data())


def test_lists_everything_newest_first(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    assert _kinds(view) == [
        ("checkin", entries["today"]), ("break", entries["break"]),
        ("session", entries["session"]), ("checkin", entries["old"]),
    ]  # fmt: skip
    assert _cell(view, 0, 1) == "Check-in" and _cell(view, 0, 2) == "Fight, 4 of 5"
    assert _cell(view, 0, HistoryModel.TAG_COLUMN) == "I'm pursuing"
    assert _cell(view, 0, HistoryModel.CONTEXT_COLUMN) == "During a break"
    assert _cell(view, 0, HistoryModel.NOTE_COLUMN) == "hot"
    assert _cell(view, 3, HistoryModel.TAG_COLUMN) == ""  # no tag, no situation recorded
    assert "came back" in _cell(view, 1, DETAILS)
    assert _cell(view, 2, DETAILS) == "Longer exhale 4·6, 5 min, finished"
    assert "19:00" in _cell(view, 0, 0)  # the local time of the check-in
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(7)]
    assert headers == ["When", "What", "State", "Pattern", "Situation", "Details", "Note"]


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


def test_a_refused_delete_comes_back_with_a_message(qtbot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    store.connection.execute("PRAGMA query_only = ON")  # SQLite now refuses every write
    try:
        view.delete_entries([("checkin", entries["today"])])
        view.commit_pending()
    finally:
        store.connection.execute("PRAGMA query_only = OFF")
    assert _kinds(view)[0] == ("checkin", entries["today"])
    message = view.findChild(QLabel, "historyMessage")
    assert message.isVisible()
    assert message.text() == not_deleted_text(StorageProblem.READ_ONLY)
    assert "not deleted" in message.text() and "can only be read" in message.text()


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
    model = HistoryModel(DataServices.for_store(store).history, page_size=4)
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


# --------------------------------------------------------------------------- practice rows


def test_a_short_session_shows_seconds_and_whether_it_was_finished(qtbot, store, clock) -> None:
    for minutes_back, seconds, finished in ((30, 20.0, False), (20, 90.0, True), (10, 59.0, True)):
        store.add_session(
            PracticeSession(
                started=NOW - timedelta(minutes=minutes_back),
                pattern_name="exhale-4-6",
                pattern_spec="4-6",
                seconds=seconds,
                finished=finished,
            )
        )
    view = _view(qtbot, store, clock)
    assert [_cell(view, row, DETAILS) for row in range(3)] == [
        "Longer exhale 4·6, 59 s, finished",
        "Longer exhale 4·6, 1.5 min, finished",
        "Longer exhale 4·6, 20 s, stopped early",  # not "0 min"
    ]


# --------------------------------------------------------------------------- editing check-ins


def _save(dialog: CheckinEditDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_edit_every_field_of_a_check_in(qtbot: QtBot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    edit = view.findChild(QPushButton, "historyEditButton")
    assert edit.text() == "Edit…" and not edit.isEnabled()
    _select_row(view, 1)  # a break: nothing to edit
    assert not edit.isEnabled()
    _select_row(view, 0)
    assert edit.isEnabled()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    dialog = view.edit_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.state_box.currentText() == "Fight" and dialog.strength_box.value() == 4
    assert dialog.tag_box.currentText() == "I'm pursuing"
    assert dialog.context_box.currentText() == "During a break"
    assert dialog.note_edit.toPlainText() == "hot"
    dialog.state_box.setCurrentIndex(dialog.state_box.findText("Freeze"))
    dialog.strength_box.setValue(2)
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findText("I'm withdrawing"))
    dialog.context_box.setCurrentIndex(dialog.context_box.findText("After returning"))
    dialog.note_edit.setPlainText("  went quiet, then numb  ")
    _save(dialog, qtbot)
    assert not dialog.isVisible() and view.edit_dialog() is None
    saved = store.get_checkin(entries["today"])
    assert (saved.state, saved.intensity, saved.tag, saved.context, saved.note) == (
        "freeze", 2, "withdrawing", "after_return", "went quiet, then numb",
    )  # fmt: skip
    assert [_cell(view, 0, c) for c in (2, 3, 4, 6)] == [
        "Freeze, 2 of 5", "I'm withdrawing", "After returning", "went quiet, then numb",
    ]  # fmt: skip
    assert saved.timestamp == NOW - timedelta(hours=1)  # when it happened stays as it was


def test_settled_has_no_strength_and_no_tag_can_be_chosen(qtbot, store, clock, entries) -> None:
    view = _view(qtbot, store, clock)
    dialog = view.edit_row(0)
    assert dialog is not None
    dialog.state_box.setCurrentIndex(dialog.state_box.findText("Settled"))
    assert not dialog.strength_box.isEnabled()
    assert dialog.strength_box.text() != "0"  # says there is none rather than a number
    dialog.state_box.setCurrentIndex(dialog.state_box.findText("Fawn"))
    assert dialog.strength_box.isEnabled() and dialog.strength_box.value() == 4  # kept
    assert (dialog.strength_box.minimum(), dialog.strength_box.maximum()) == (1, 5)
    dialog.state_box.setCurrentIndex(dialog.state_box.findText("Settled"))
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findText("No tag"))
    _save(dialog, qtbot)
    saved = store.get_checkin(entries["today"])
    assert (saved.state, saved.intensity, saved.tag) == ("settled", 0, None)
    assert _cell(view, 0, 2) == "Settled" and _cell(view, 0, HistoryModel.TAG_COLUMN) == ""


def test_double_click_or_enter_on_a_check_in_opens_the_editor(
    qtbot: QtBot, store, clock, entries
) -> None:
    view = _view(qtbot, store, clock)
    cell = view.table.visualRect(view.model.index(0, 2)).center()
    # A real double-click: press and release, then the second press arrives as a double-click.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = view.edit_dialog()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    assert view.edit_dialog() is None
    _select_row(view, 3)  # the old check-in
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.edit_dialog()
    assert dialog is not None and dialog.note_edit.toPlainText() == "numb"
    dialog.reject()
    assert view.edit_row(1) is None  # a break has nothing to edit


def test_the_editor_refuses_a_note_over_1000_characters_with_its_count(
    qtbot: QtBot, store, clock, entries
) -> None:
    view = _view(qtbot, store, clock)
    dialog = view.edit_row(0)
    assert dialog is not None
    dialog.note_edit.setPlainText("a" * 1001)
    count = dialog.findChild(QLabel, "editNoteCount")
    assert count.text() == "1001 / 1000 characters"
    _save(dialog, qtbot)
    message = dialog.findChild(QLabel, "editMessage")
    assert dialog.isVisible() and message.isVisible() and "1001 / 1000" in message.text()
    assert dialog.note_edit.toPlainText() == "a" * 1001  # nothing typed is lost
    assert store.get_checkin(entries["today"]).note == "hot"
    dialog.note_edit.setPlainText("a" * 1000)
    _save(dialog, qtbot)
    assert store.get_checkin(entries["today"]).note == "a" * 1000


def test_a_refused_edit_keeps_the_dialog_and_says_why(
    qtbot, store, clock, entries, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, store, clock)
    dialog = view.edit_row(0)
    assert dialog is not None

    def refuse(_id: int, **_changes: object) -> None:
        try:  # a real "disk full" from SQLite, as the store passes it on
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as exc:
            exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
            raise StorageError("Could not save to the database: disk full") from exc

    monkeypatch.setattr(store, "update_checkin", refuse)
    dialog.strength_box.setValue(1)
    _save(dialog, qtbot)
    full = write_problem_text(StorageProblem.FULL)
    assert "no space left" in full
    assert dialog.isVisible() and full in dialog.findChild(QLabel, "editMessage").text()
    assert _cell(view, 0, 2) == "Fight, 4 of 5"
    dialog.reject()
    # The same for a note edited in place: the old note stays, and the list says why.
    index = view.model.index(0, HistoryModel.NOTE_COLUMN)
    assert not view.model.setData(index, "calmer")
    assert _cell(view, 0, HistoryModel.NOTE_COLUMN) == "hot"
    assert view.findChild(QLabel, "historyMessage").text() == not_saved_text(StorageProblem.FULL)


def test_a_note_over_1000_characters_in_the_table_is_refused_with_its_count(
    qtbot: QtBot, store, clock, entries
) -> None:
    view = _view(qtbot, store, clock)
    index = view.model.index(0, HistoryModel.NOTE_COLUMN)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QLineEdit)
    editor.setText("b" * 1200)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    message = view.findChild(QLabel, "historyMessage")
    assert message.isVisible() and "1200 / 1000 characters" in message.text()
    # The editor stays open with the text, and nothing was saved.
    assert view.table.state() == QAbstractItemView.State.EditingState
    assert editor.text() == "b" * 1200
    assert store.get_checkin(entries["today"]).note == "hot"
    # Leaving the cell does not throw the text away either: editing again starts from it.
    view.table.setCurrentIndex(view.model.index(2, 0))
    assert view.table.state() != QAbstractItemView.State.EditingState
    dialog = view.edit_row(0)
    assert dialog is not None and dialog.note_edit.toPlainText() == "b" * 1200
    dialog.note_edit.setPlainText("b" * 900)
    _save(dialog, qtbot)
    assert store.get_checkin(entries["today"]).note == "b" * 900
    assert not message.isVisible()


def test_tag_and_situation_labels_are_the_core_s(qtbot, store, clock) -> None:
    for minutes, (tag, context) in enumerate(
        zip(list(PatternTag) * 2, list(Context), strict=False)
    ):
        store.add_checkin(
            CheckIn("flight", 2, NOW - timedelta(minutes=minutes + 1), tag=tag.value,
                    context=context.value)
        )  # fmt: skip
    view = _view(qtbot, store, clock)
    shown = {
        (_cell(view, r, HistoryModel.TAG_COLUMN), _cell(view, r, HistoryModel.CONTEXT_COLUMN))
        for r in range(view.model.rowCount())
    }
    tags = list(PatternTag) * 2
    assert shown == {
        (TAG_LABELS[t], CONTEXT_LABELS[c]) for t, c in zip(tags, Context, strict=False)
    }
    # ...and every one of them has its German words in the shipped translation.
    for text in (*TAG_LABELS.values(), *CONTEXT_LABELS.values()):
        assert shipped_german("HistoryModel", text) not in ("", text)

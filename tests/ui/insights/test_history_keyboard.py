"""History with the keyboard alone: Tab passes through the table, Delete acts on the focused row."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.storage.store import CheckIn, Store
from companion.ui.insights.history_view import HistoryView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 20, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> HistoryView:
    for hours, state in ((1, "fight"), (2, "freeze"), (3, "fawn")):
        store.add_checkin(CheckIn(state, 3, NOW - timedelta(hours=hours)))
    widget = HistoryView(DataServices.for_store(store).history, ManualClock(NOW))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_tab_leaves_the_table_and_shift_tab_comes_back(qtbot: QtBot, view: HistoryView) -> None:
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus(), "Tab moved between cells instead of leaving the table"
    assert view.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert view.table.hasFocus()


def test_delete_removes_the_focused_row_without_a_selection(
    qtbot: QtBot, view: HistoryView
) -> None:
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert not view.table.selectionModel().hasSelection()
    before = [e.key for e in view.model.entries()]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    after = [e.key for e in view.model.entries()]
    assert after == [before[0], before[2]], "the focused (second) entry is still listed"

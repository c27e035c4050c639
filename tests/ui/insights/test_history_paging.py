"""History with years of data: memory stays bounded however far the list scrolls, and what it
shows (order, filters, edits, deletes with undo) stays right for rows scrolled out of memory."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from helpers.generate import generate
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.services.history import HistoryFilter, HistoryKind
from companion.storage.store import Store
from companion.ui.insights.history_model import HistoryModel
from companion.ui.insights.history_view import HistoryView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 20, 0, tzinfo=timezone(timedelta(hours=1)))
PAGE = 40
KEEP = 3


@pytest.fixture
def years(store: Store) -> Store:
    generate(store, checkins=1500, end=NOW, days=700, breaks=60, sessions=120, seed=5)
    return store


EVERY_KIND = HistoryFilter()


def _everything(store: Store, shown: HistoryFilter = EVERY_KIND) -> list[tuple[str, int]]:
    """The whole list as the store orders it, read in one go."""
    page = DataServices.for_store(store).history.page(shown, None, 1_000_000)
    return [e.key for e in page.entries]


def _view(qtbot: QtBot, store: Store) -> HistoryView:
    history = DataServices.for_store(store).history
    view = HistoryView(history, ManualClock(NOW), page_size=PAGE, keep_pages=KEEP)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    return view


def _scroll_to_the_end(view: HistoryView) -> list[int]:
    """Scroll down until everything is listed; returns the entries held after each step."""
    held = []
    bar = view.table.verticalScrollBar()
    while view.model.canFetchMore():
        bar.setValue(bar.maximum())
        view.model.fetchMore()
        held.append(view.model.held())
    return held


def test_memory_holds_a_few_pages_however_far_the_list_scrolls(years: Store) -> None:
    model = HistoryModel(DataServices.for_store(years).history, page_size=PAGE, keep_pages=KEEP)
    held = []
    while model.canFetchMore():
        model.fetchMore()
        held.append(model.held())
    assert model.rowCount() == len(_everything(years)) > 40 * PAGE
    assert max(held) <= KEEP * PAGE
    # Every row can still be shown, in the store's order, read again where needed.
    assert [e.key for e in model.entries()] == _everything(years)
    assert model.held() <= KEEP * PAGE
    last = model.index(model.rowCount() - 1, 0).data()
    first = model.index(0, 0).data()
    assert last and first and model.held() <= KEEP * PAGE


def test_deleting_a_row_scrolled_out_of_memory_and_undoing_it(qtbot: QtBot, years: Store) -> None:
    view = _view(qtbot, years)
    _scroll_to_the_end(view)
    expected = _everything(years)
    second = view.model.entry(1)  # page 0, read again
    assert second.key == expected[1]
    assert view.delete_entries([second.key, expected[-1]]) == 2
    listed = [e.key for e in view.model.entries()]
    assert listed == [k for k in expected if k not in (second.key, expected[-1])]
    view.undo()
    assert [e.key for e in view.model.entries()] == expected
    view.delete_entries([second.key])
    view.commit_pending()
    assert second.key not in _everything(years)
    _scroll_far_and_back(view)
    assert [e.key for e in view.model.entries()] == _everything(years)


def _scroll_far_and_back(view: HistoryView) -> None:
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.table.scrollToBottom()
    bar.setValue(0)


def test_editing_a_row_after_scrolling_it_out_of_memory(qtbot: QtBot, years: Store) -> None:
    view = _view(qtbot, years)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).kind is HistoryKind.CHECKIN)
    _scroll_to_the_end(view)
    assert model.held() <= KEEP * PAGE
    note = model.index(row, HistoryModel.NOTE_COLUMN)
    assert model.setData(note, "  written later  ", Qt.ItemDataRole.EditRole)
    assert model.index(row, HistoryModel.NOTE_COLUMN).data() == "written later"
    _scroll_to_the_end(view)
    for far in range(model.rowCount() - 1, model.rowCount() - 3 * KEEP * PAGE, -PAGE):
        model.index(far, 0).data()  # pushes the edited row's page out of memory
    assert model.index(row, HistoryModel.NOTE_COLUMN).data() == "written later"
    checkin_id = model.entry(row).id
    assert years.connection.execute(
        "SELECT note FROM checkins WHERE id = ?", (checkin_id,)
    ).fetchone()[0] == "written later"  # fmt: skip


def test_filters_after_scrolling_list_the_right_rows_in_order(qtbot: QtBot, years: Store) -> None:
    view = _view(qtbot, years)
    _scroll_to_the_end(view)
    view.set_kinds(["break", "session"])
    _scroll_to_the_end(view)
    shown = HistoryFilter(frozenset({HistoryKind.BREAK, HistoryKind.SESSION}))
    assert [e.key for e in view.model.entries()] == _everything(years, shown)
    view.set_kinds(["checkin", "break", "session"])
    assert view.model.rowCount() == PAGE
    _scroll_to_the_end(view)
    assert [e.key for e in view.model.entries()] == _everything(years)

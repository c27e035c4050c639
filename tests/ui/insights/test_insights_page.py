"""The Insights area opens on its charts alone: History reads the store only when its tab is
first chosen, and then lists everything as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.services.history import HistoryService
from companion.storage.store import CheckIn, Store
from companion.ui.insights.insights_page import InsightsPage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 19, 0, tzinfo=timezone(timedelta(hours=1)))


def test_history_is_read_only_when_its_tab_is_chosen(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for hours in (3, 2, 1):
        store.add_checkin(CheckIn("flight", 2, NOW - timedelta(hours=hours)))
    reads: list[object] = []
    real = HistoryService.page

    def counted(self: HistoryService, *args: Any) -> Any:
        reads.append(args)
        return real(self, *args)

    monkeypatch.setattr(HistoryService, "page", counted)
    data = DataServices.for_store(store)
    page = InsightsPage(data.insights, data.history, ManualClock(NOW))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitUntil(lambda: page.insights.insights() is not None)
    assert reads == []  # the charts are open; nothing of History was read or built
    assert page.findChild(QTableView) is None

    page.setCurrentWidget(page.history_tab)
    table = page.findChild(QTableView)
    assert table is not None and table.isVisible()
    assert table.model().rowCount() == 3
    assert len(reads) == 1
    assert page.history.table is table  # asking again gives the same list

"""History's refused edits and deletes: the reason comes from SQLite's own result code and
is worded in the user's language, never as the store's English message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.clock import ManualClock
from companion.desktop.i18n import install_translators, remove_translators
from companion.desktop.resources import assets_dir
from companion.services.container import DataServices
from companion.services.history import HistoryKind, HistoryWriteError
from companion.services.storage_errors import StorageProblem
from companion.storage.store import CheckIn, Store
from companion.ui.insights.history_text import write_problem_text
from companion.ui.insights.history_view import HistoryView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 11, 21, 20, 0, tzinfo=timezone(timedelta(hours=1)))
NOT_DELETED = "This entry was not deleted. {reason}"
READ_ONLY = "The data file can only be read at the moment."


def _shipped(language: str, source: str) -> str:
    """The shipped translation of a HistoryModel text (read from the .ts file)."""
    root = ET.parse(assets_dir() / "i18n" / f"companion_{language}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "HistoryModel":
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no {language} text for {source!r}")


def test_a_refused_write_carries_sqlite_s_reason(store: Store) -> None:
    history = DataServices.for_store(store).history
    checkin = store.add_checkin(CheckIn("fight", 3, NOW))
    store.connection.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(HistoryWriteError) as refused:
            history.delete((HistoryKind.CHECKIN, checkin))
        assert refused.value.reason is StorageProblem.READ_ONLY
    finally:
        store.connection.execute("PRAGMA query_only = OFF")
    # A refusal SQLite gives for another reason is still a reason, never a traceback.
    store.connection.execute(
        "CREATE TEMP TRIGGER no_edit BEFORE UPDATE ON checkins BEGIN SELECT RAISE(ABORT, 'no'); END"
    )
    with pytest.raises(HistoryWriteError) as refused:
        history.update_checkin(checkin, {"note": "calmer"})
    # (SQLite calls a trigger's refusal a constraint: worded as "could not be written")
    assert refused.value.reason is StorageProblem.CONFLICT
    assert write_problem_text(refused.value.reason) == write_problem_text(StorageProblem.NOT_SAVED)
    assert store.get_checkin(checkin).note == ""


@pytest.mark.parametrize("language", ["de", "fr"])
def test_a_refused_delete_is_worded_in_the_user_s_language(
    qtbot: QtBot, qapp: QApplication, store: Store, language: str
) -> None:
    checkin = store.add_checkin(CheckIn("freeze", 2, NOW - timedelta(hours=1)))
    loaded = install_translators(qapp, QLocale(language))
    try:
        assert any(path.endswith(f"companion_{language}.qm") for path in loaded)
        view = HistoryView(DataServices.for_store(store).history, ManualClock(NOW))
        qtbot.addWidget(view)
        view.show()
        store.connection.execute("PRAGMA query_only = ON")  # SQLite refuses every write
        view.delete_entries([(HistoryKind.CHECKIN, checkin)])
        view.commit_pending()
        store.connection.execute("PRAGMA query_only = OFF")
        message = view.findChild(QLabel, "historyMessage")
        shown = message.text() if message.isVisible() else ""
    finally:
        remove_translators(qapp)
    reason = _shipped(language, READ_ONLY)
    assert reason and reason != READ_ONLY
    assert shown == _shipped(language, NOT_DELETED).format(reason=reason)
    assert [e.key for e in view.model.entries()] == [(HistoryKind.CHECKIN, checkin)]

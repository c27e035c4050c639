"""File › Export runs off the UI thread: a progress dialog with Cancel, no file when cancelled,
and a window that keeps answering while it writes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.generate import generate
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from companion.audio.output import SilentOutput
from companion.core.clock import ManualClock
from companion.services.breaks import BreakController
from companion.services.container import DataServices, Services
from companion.services.settings import Settings
from companion.storage import export as export_mod
from companion.storage.erase import DeleteError
from companion.storage.export import ExportError, ExportProblem
from companion.storage.store import Store
from companion.ui.shell.data_actions import (
    delete_problem_text,
    export_problem_text,
    export_with_dialog,
)

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def services(tmp_path: Path, store: Store) -> Services:
    generate(store, checkins=300, end=NOW, days=60)
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    silent = SilentOutput()
    clock = ManualClock(NOW)
    return Services(
        tmp_path, store, clock, qsettings, Settings(qsettings), DataServices.for_store(store),
        audio=silent, breaks=BreakController(store, clock, chime=silent.chime),
    )  # fmt: skip


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))


def _progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.objectName() == "exportProgress":
            return widget
    return None


@pytest.fixture
def held_export(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The export thread stops after its first row until the event is set (at most 10 s),
    so a test can act while it is surely still running; progress is reported every row."""
    release = threading.Event()
    real = export_mod.checkin_chunks

    def held(*args: Any) -> Iterator[list[Any]]:
        for i, chunk in enumerate(real(*args)):
            yield chunk
            if i == 0:
                release.wait(10)

    monkeypatch.setattr(export_mod, "checkin_chunks", held)
    monkeypatch.setattr(export_mod, "PROGRESS_EVERY", 1)
    yield release
    release.set()


def test_cancelling_an_export_leaves_no_file_and_the_window_answers_meanwhile(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    held_export: threading.Event,
) -> None:  # fmt: skip
    target = tmp_path / "all.csv"
    _save_to(monkeypatch, target)
    seen: dict[str, Any] = {"ticks": 0}
    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: seen.update(ticks=seen["ticks"] + 1))

    def press_cancel_once_it_shows_progress() -> None:
        dialog = _progress_dialog()
        if dialog is None or dialog.value() < 1:
            QTimer.singleShot(5, press_cancel_once_it_shows_progress)
            return
        seen["ticks_before_cancel"] = seen["ticks"]
        (button,) = dialog.findChildren(QPushButton)
        button.click()
        held_export.set()

    heartbeat.start()
    QTimer.singleShot(0, press_cancel_once_it_shows_progress)
    assert export_with_dialog(None, services, "csv") is None
    heartbeat.stop()
    assert seen["ticks_before_cancel"] > 0  # timers ran while the export was writing
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".all.csv")] == []
    assert _progress_dialog() is None or not _progress_dialog().isVisible()  # type: ignore[union-attr]


def test_an_export_that_runs_to_the_end_reports_progress_and_writes_the_file(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_mod, "PROGRESS_EVERY", 50)
    steps: list[tuple[int, int]] = []
    real = export_mod._Counter.__init__

    def spy(self: Any, total: int, progress: Any) -> None:
        def both(done: int, total: int) -> None:
            steps.append((done, total))
            progress(done, total)

        real(self, total, both)

    monkeypatch.setattr(export_mod._Counter, "__init__", spy)
    target = tmp_path / "all.json"
    _save_to(monkeypatch, target)
    assert export_with_dialog(None, services, "json") == target
    assert target.exists()
    total = services.store.counts()
    rows = total["checkins"] + total["breaks"] + total["sessions"]
    assert steps and all(t == rows for _, t in steps)
    assert [d for d, _ in steps] == list(range(50, rows + 1, 50))


@pytest.mark.usefixtures("german")
def test_export_and_erase_problems_are_worded_in_the_user_s_language(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.german import shipped_german

    folder = tmp_path / "folder"
    folder.mkdir()
    _save_to(monkeypatch, folder)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert export_with_dialog(None, services, "csv") is None
    german = shipped_german("DataActions", "{target} is a folder. Choose a file name instead.")
    assert shown == [german.format(target=folder)]
    for reason in ExportProblem:  # every reason has its own words, none is the English one
        assert "English" not in export_problem_text(ExportError("English", reason, "/x"))
    left = delete_problem_text(DeleteError("English", ("settings", "/data/companion.db")))
    assert left == shipped_german("DataActions", "Some data could not be erased: {left}.").format(
        left=shipped_german("DataActions", "your settings") + ", /data/companion.db"
    )

"""The areas working together in one window, as a user moves between them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.dialogs import answer_question
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import CheckIn
from companion.ui.shell.main_window import MainWindow


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot, data_dir: Path, clock: ManualClock) -> MainWindow:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_area_has_its_real_widget(window: MainWindow) -> None:
    names = {
        "breathe": "pacerView",
        "checkin": "checkinView",
        "break": "breakPage",
        "insights": "insightsPage",
    }
    for area, name in names.items():
        assert window.show_area(area).objectName() == name
    assert window.findChild(object, "countdownView") is not None
    assert window.findChild(object, "checkinWheel") is not None
    assert window.findChild(object, "insightsView") is not None


def test_checkin_advice_opens_the_pacer_with_the_suggested_pattern(
    qtbot, window: MainWindow
) -> None:
    view = window.show_area("checkin")
    view.wheel.set_selection("freeze", 4)
    view.startBreathing.emit("gentle-3-5", 3.0)
    pacer = window.page("breathe")
    assert window.current_area() == "breathe"
    assert pacer.is_running()
    pacer.stop()


def test_export_from_the_menu_writes_what_was_saved(
    qtbot, window: MainWindow, clock: ManualClock, tmp_path: Path, monkeypatch
) -> None:
    window.services.store.add_checkin(CheckIn("freeze", 5, clock.now(), note="heavy, numb"))
    target = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.findChild(type(window.quit_action), "exportJsonAction").trigger()
    data = json.loads(target.read_text())
    assert [(c["state"], c["intensity"], c["note"]) for c in data["checkins"]] == [
        ("freeze", 5, "heavy, numb")
    ]
    assert target.stat().st_mode & 0o777 == 0o600


def test_delete_all_data_asks_then_starts_fresh(
    qtbot, window: MainWindow, clock: ManualClock, data_dir: Path, monkeypatch
) -> None:
    window.services.store.add_checkin(CheckIn("fight", 3, clock.now()))
    window.services.settings.setValue("appearance/theme", "dark")
    seen: list[list[str]] = []
    answer_question("Keep my data", seen)
    window.findChild(type(window.quit_action), "deleteAllAction").trigger()
    assert window.services.store.counts()["checkins"] == 1, "nothing deleted when kept"
    # The answers say what they do, not Yes or No.
    assert sorted(seen[0]) == ["Delete everything", "Keep my data"]

    answer_question("Delete everything", seen)
    with qtbot.waitSignal(window.replaced, timeout=5000) as got:
        window.findChild(type(window.quit_action), "deleteAllAction").trigger()
    fresh = got.args[0]
    qtbot.addWidget(fresh)
    assert fresh.services.store.counts() == {
        "checkins": 0,
        "breaks": 0,
        "sessions": 0,
        "patterns": 0,
    }
    assert fresh.services.settings.value("appearance/theme") is None
    assert fresh.isVisible()
    assert fresh.current_area() == "breathe"


def test_pyqtgraph_waits_until_insights_are_shown(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from companion.app import build_main_window, ensure_application\n"
        "app = ensure_application()\n"
        f"w = build_main_window({str(tmp_path / 'd')!r})\n"
        "w.show(); app.processEvents()\n"
        "for area in ('checkin', 'break', 'breathe'):\n"
        "    w.show_area(area); app.processEvents()\n"
        "print('before', 'pyqtgraph' in sys.modules)\n"
        "w.show_area('insights'); app.processEvents()\n"
        "from PySide6.QtCore import QDeadlineTimer\n"
        "view, deadline = w.findChild(object, 'insightsView'), QDeadlineTimer(30000)\n"
        "while not view.is_built() and not deadline.hasExpired():\n"
        "    app.processEvents()\n"
        "print('after', 'pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "before False" in out.stdout
    assert "after True" in out.stdout


def test_from_launch_to_a_running_break_in_two_clicks(
    qtbot, window: MainWindow, clock: ManualClock
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel, QPushButton

    actions = 0
    qtbot.mouseClick(window.take_break_button, Qt.MouseButton.LeftButton)
    actions += 1
    start = window.findChild(QPushButton, "startBreakButton")
    assert start.isVisible()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    actions += 1
    assert actions <= 3
    countdown = window.findChild(QWidget, "countdownView")
    assert countdown.isVisible()
    back_at = (clock.now() + timedelta(minutes=20)).astimezone()
    bridge = window.findChild(QLabel, "bridgeSentence")
    assert bridge.isVisible()
    assert f"{back_at:%H:%M}" in bridge.text() or back_at.strftime("%-I:%M") in bridge.text()
    window.findChild(QPushButton, "copyCountdownBridgeButton").click()
    assert QGuiApplication.clipboard().text() == bridge.text()
    stored = window.services.store.active_break()
    assert stored is not None and stored.bridge == bridge.text()
    window.services.breaks.cancel()  # else closing the window keeps it open for the break


def test_the_default_break_length_setting_is_what_the_flow_offers(
    qtbot, data_dir: Path, clock: ManualClock
) -> None:
    from PySide6.QtWidgets import QPushButton

    from companion.services.container import open_settings
    from companion.services.settings import DEFAULT_BREAK_MINUTES, Settings

    Settings(open_settings()).set(DEFAULT_BREAK_MINUTES, 45)
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.take_break()
    assert win.findChild(QPushButton, "duration45").isChecked()
    win.findChild(QPushButton, "startBreakButton").click()
    stored = win.services.store.active_break()
    assert stored is not None
    assert stored.return_at - stored.started == timedelta(minutes=45)
    win.services.breaks.cancel()
    win.services.prefs.update({DEFAULT_BREAK_MINUTES.key: 90})  # not a quick button: typed
    win.take_break()
    assert win.findChild(QWidget, "returnTimeEdit").text() == "90"


def _store_running_break(data_dir: Path, clock: ManualClock, minutes: float = 20) -> None:
    from companion.storage.store import BreakRecord, Store

    store = Store.open(data_dir)
    back = clock.now() + timedelta(minutes=minutes)
    store.add_break(BreakRecord(started=clock.now(), return_at=back, original_return=back))
    store.close()


def test_a_relaunch_mid_break_opens_the_countdown_and_other_areas_lead_back(
    qtbot, data_dir: Path, clock: ManualClock
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    _store_running_break(data_dir, clock)
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    assert win.current_area() == "break"
    assert win.findChild(QWidget, "countdownView").isVisible()
    bar = win.findChild(QWidget, "breakBar")
    assert not bar.isVisible(), "no need to say it on the Break area itself"
    win.show_area("breathe")
    assert bar.isVisible()
    assert "back at" in win.findChild(QLabel, "breakBarLabel").text()
    win.findChild(QPushButton, "backToBreakButton").click()
    assert win.current_area() == "break"
    win.services.breaks.cancel()
    assert not bar.isVisible()


def test_without_a_tray_a_reminder_brings_the_window_back(
    qtbot, data_dir: Path, clock: ManualClock
) -> None:
    _store_running_break(data_dir, clock, minutes=6)
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    assert not win.services.tray.available()  # offscreen has no tray
    win.close()  # during a break, closing only minimises
    assert win.isMinimized() or win.isVisible()
    clock.advance(61)  # five minutes before the return time
    win.services.breaks.check()
    assert win.isVisible() and not win.isMinimized()
    assert win.notice.isVisible() and win.notice.text()
    win.findChild(QWidget, "noticeClose").click()
    assert not win.notice.isVisible()
    win.services.breaks.cancel()


def test_help_says_plainly_that_breaks_are_not_for_danger(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from companion.ui.shell.help_dialog import HelpDialog

    shown: list[str] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    window.findChild(type(window.quit_action), "helpAction").trigger()
    (text,) = shown
    assert "not a way to manage abuse" in text
    assert "emergency" in text
    assert "couples therapist" in text
    assert "dizzy" in text


def test_a_check_in_during_a_break_is_filed_with_it_and_not_lost_on_leaving(
    qtbot, data_dir: Path, clock: ManualClock
) -> None:
    _store_running_break(data_dir, clock)
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    view = win.show_area("checkin")
    assert view.context() == "during_break"
    view.wheel.set_selection("fight", 4)
    view.set_note("jaw clenched")
    win.show_area("breathe")  # left without pressing Save
    (saved,) = win.services.store.checkins()
    stored_break = win.services.store.active_break()
    assert (saved.state, saved.intensity, saved.note) == ("fight", 4, "jaw clenched")
    assert saved.context == "during_break"
    assert saved.break_id == stored_break.id
    win.services.breaks.cancel()


def test_not_now_goes_back_to_where_the_user_was(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    window.show_area("insights")
    window.take_break()
    assert window.current_area() == "break"
    window.findChild(QPushButton, "notNowButton").click()
    assert window.current_area() == "insights"
    assert window.services.store.active_break() is None


def test_the_pacer_s_start_is_one_big_accent_target(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QPushButton

    pacer = window.show_area("breathe")
    start = pacer.findChild(QPushButton, "startButton")
    stop = pacer.findChild(QPushButton, "stopButton")
    qtbot.waitUntil(start.isVisible)
    assert start.height() >= 40 and start.width() >= 80  # was 80 x 22, like every other
    assert start.height() > stop.sizeHint().height()
    face = start.grab().toImage().pixelColor(start.width() // 2, 4)
    accent = start.palette().color(QPalette.ColorRole.Highlight)
    assert abs(face.red() - accent.red()) + abs(face.green() - accent.green()) < 40

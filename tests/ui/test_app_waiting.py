"""The waiting side in the whole window: as easy to reach as a break, and never lost."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 21, 18, 0, tzinfo=timezone.utc))


def open_window(qtbot: QtBot, data_dir: Path, clock: ManualClock) -> MainWindow:
    win = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_break_area_offers_both_sides_alike_without_widening_the_window(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    win = open_window(qtbot, data_dir, clock)
    take = win.findChild(QPushButton, "takeBreakButton")
    width_before = win.minimumSizeHint().width()  # what the header and areas already need
    win.take_break()
    partner = win.findChild(QPushButton, "partnerBreakButton")
    assert partner.isVisible() and partner.text() == "My partner is taking a break"
    assert partner.font() == take.font()  # styled as Take a break
    assert win.minimumSizeHint().width() <= max(width_before, win.minimumSize().width())
    qtbot.mouseClick(partner, Qt.MouseButton.LeftButton)
    assert win.current_area() == "break"
    assert win.findChild(QWidget, "waitingSetup").isVisible()
    win.findChild(QPushButton, "waitNotNowButton").click()
    win.show_area("insights")
    (shortcut,) = [
        sc for sc in win.findChildren(QShortcut) if sc.key() == QKeySequence("Ctrl+Shift+B")
    ]
    shortcut.activated.emit()  # what the keys do (an offscreen window never has the focus)
    assert win.current_area() == "break"
    assert win.findChild(QWidget, "waitingSetup").isVisible()


def test_waiting_from_the_window_leads_back_from_every_area_and_survives_a_relaunch(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    win = open_window(qtbot, data_dir, clock)
    win.wait_for_partner("25")
    assert win.findChild(QWidget, "waitingCountdown").isVisible()
    record = win.services.store.active_break()
    assert record.role == "waiting"
    assert record.return_at == clock.now() + timedelta(minutes=25)
    win.findChild(QPushButton, "waitCheckinButton").click()
    assert win.current_area() == "checkin"
    bar = win.findChild(QLabel, "breakBarLabel")
    assert bar.isVisible() and bar.text().startswith("Waiting for your partner: back at")
    win.show_area("break")
    win.findChild(QPushButton, "waitBreatheButton").click()
    assert win.current_area() == "breathe"
    win.close()
    win.services.store.close()

    clock.advance(5 * 60)
    again = open_window(qtbot, data_dir, clock)
    assert again.current_area() == "break"
    countdown = again.findChild(QWidget, "waitingCountdown")
    assert countdown.isVisible()
    assert countdown.findChild(QLabel, "waitRemainingLabel").text() == "20:00"
    again.services.breaks.cancel()


def test_the_partner_who_waits_sees_the_same_pause_plan(
    qtbot: QtBot, data_dir: Path, clock: ManualClock
) -> None:
    from companion.core.plan import Messaging, PausePlan, ReachOut

    win = open_window(qtbot, data_dir, clock)
    plan = win.services.plan
    assert plan is not None
    plan.save(
        PausePlan(messaging=Messaging.NONE, reach_out=ReachOut.PAUSER, reach_out_how="a call")
    )
    win.wait_for_partner("25")
    agreed = win.findChild(QLabel, "waitPlanAgreed")
    assert agreed.isVisible()
    assert "No messages during a pause" in agreed.text()
    assert "The one who asked for the pause, a call" in agreed.text()
    win.services.breaks.cancel()

"""The shell: four areas one click or one key away, a break button everywhere, geometry kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from companion import __version__
from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.shell.main_window import AREAS, MainWindow


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    win = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_title_icon_and_first_area(window: MainWindow) -> None:
    assert window.windowTitle() == "Companion"
    assert not window.windowIcon().isNull()
    assert window.current_area() == "breathe"


def test_navigation_by_mouse(qtbot, window: MainWindow) -> None:
    for area in ("insights", "checkin", "break", "breathe"):
        bar = window.area_bar
        tab = AREAS.index(area)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        assert window.current_area() == area
        assert bar.currentIndex() == tab


def test_navigation_by_keyboard(qtbot, window: MainWindow) -> None:
    for index, area in reversed(list(enumerate(AREAS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area


def test_take_break_button_is_visible_from_every_area(window: MainWindow) -> None:
    for area in AREAS:
        window.show_area(area)
        buttons = window.findChildren(QPushButton, "takeBreakButton")
        assert len(buttons) == 1
        assert buttons[0].isVisible()
        assert buttons[0].isEnabled()


def test_take_break_opens_the_break_area(qtbot, window: MainWindow) -> None:
    window.show_area("insights")
    qtbot.mouseClick(window.take_break_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "break"
    window.show_area("breathe")
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "break"


def test_geometry_is_remembered_between_runs(qtbot, data_dir: Path) -> None:
    first = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(QSize(777, 555))
    first.move(QPoint(40, 30))
    first.close()
    second = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(second)
    assert second.size() == QSize(777, 555)


def test_about_box_shows_the_version(qtbot, window: MainWindow, monkeypatch) -> None:
    seen: dict[str, str] = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: seen.update(t=text))
    window.findChild(type(window.quit_action), "aboutAction").trigger()
    assert __version__ in seen["t"]


def test_ctrl_q_quits(qtbot, window: MainWindow, monkeypatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    assert quits == [True]
    assert not window.isVisible()


def test_garbage_database_is_renamed_and_the_user_is_told(qtbot, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "companion.db").write_bytes(b"\x00garbage" * 64)
    win = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(win)
    win.show()
    kept = list(data_dir.glob("companion.db.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == b"\x00garbage" * 64
    assert win.notice.isVisible()
    assert str(kept[0]) in win.notice.text()


def test_keys_go_to_the_area_just_opened(qtbot, window: MainWindow) -> None:
    window.show_area("checkin")
    wheel = window.findChild(QWidget, "checkinWheel")
    assert wheel.hasFocus()
    qtbot.keyClick(wheel.window().focusWidget(), Qt.Key.Key_3)
    assert wheel.state() == "freeze"
    pacer = window.show_area("breathe")
    assert pacer.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Space)
    assert pacer.is_running()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not pacer.is_running()

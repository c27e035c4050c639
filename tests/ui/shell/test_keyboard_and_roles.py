"""The shell as a keyboard or screen-reader user meets it: the area bar and the shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog

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


def test_the_areas_are_a_tab_list_of_named_tabs(window: MainWindow) -> None:
    iface = QAccessible.queryAccessibleInterface(window.area_bar)
    assert iface.role() == QAccessible.Role.PageTabList
    children = [iface.child(i) for i in range(iface.childCount())]
    tabs = [c for c in children if c.role() == QAccessible.Role.PageTab]
    assert len(tabs) == len(AREAS)
    assert not any(c.role() == QAccessible.Role.CheckBox for c in children)
    assert [t.text(QAccessible.Text.Name) for t in tabs] == [
        "Breathe",
        "Check in",
        "Break",
        "Insights",
        "Our plan",
    ]


def test_the_area_list_is_named_for_what_it_is_and_each_tab_opens_its_area(
    qtbot, window: MainWindow
) -> None:
    iface = QAccessible.queryAccessibleInterface(window.area_bar)
    window.show_area("insights")
    # Qt would name the list after the open tab ("Insights"); a listener hears what it is.
    assert iface.text(QAccessible.Text.Name) == "Areas"
    tabs = [iface.child(i) for i in range(iface.childCount())]
    assert [t.state().selected for t in tabs] == [False, False, False, True, False]
    assert tabs[3].text(QAccessible.Text.Description) == "Insights (Ctrl+4)"
    checkin = tabs[1].actionInterface()
    checkin.doAction(checkin.actionNames()[0])  # a screen reader's "press"
    qtbot.waitUntil(lambda: window.current_area() == "checkin")
    assert iface.text(QAccessible.Text.Name) == "Areas"
    assert tabs[1].state().selected
    window.area_bar.setFocus()
    qtbot.waitUntil(window.area_bar.hasFocus)
    assert iface.focusChild().text(QAccessible.Text.Name) == "Check in"


def test_the_insights_tabs_are_a_list_named_insights(window: MainWindow) -> None:
    page = window.show_area("insights")
    page.setCurrentIndex(1)
    iface = QAccessible.queryAccessibleInterface(page.tabBar())
    assert iface.role() == QAccessible.Role.PageTabList
    assert iface.text(QAccessible.Text.Name) == "Insights"  # not "History", the open tab
    tabs = [iface.child(i) for i in range(iface.childCount())]
    assert [(t.text(QAccessible.Text.Name), t.state().selected) for t in tabs] == [
        ("Charts", False),
        ("History", True),
    ]


def test_the_area_bar_is_one_tab_stop_and_arrows_switch_areas(qtbot, window: MainWindow) -> None:
    window.area_bar.setFocus()
    qtbot.waitUntil(window.area_bar.hasFocus)
    qtbot.keyClick(window.area_bar, Qt.Key.Key_Right)
    assert window.current_area() == "checkin"
    assert window.area_bar.hasFocus(), "the arrow moved the focus away from the bar"
    qtbot.keyClick(window.area_bar, Qt.Key.Key_Right)
    assert window.current_area() == "break"
    qtbot.keyClick(window.area_bar, Qt.Key.Key_Left)
    assert window.current_area() == "checkin"
    # Tab leaves the bar for the next control, never for another area tab.
    qtbot.keyClick(window.area_bar, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not window.area_bar
    assert window.current_area() == "checkin"


def test_ctrl_comma_opens_settings(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "settingsDialog"
    dialog.close()

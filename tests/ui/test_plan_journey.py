"""A new couple, as the plan is meant to be used: made calmly and printed, then a fight.

On a calm evening they make their plan in a few key presses and print it; in the next fight one
press starts a break that already says their signal and their time, and the way back opens
with the words they chose together.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.shell.main_window import MainWindow

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
    pytest.mark.usefixtures("c_locale"),  # times read "19:30"
]
OPENER = "Tea first, then we talk?"


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, text: str = "") -> None:
    focused = window.focusWidget()
    assert isinstance(focused, QWidget)
    if text:
        qtbot.keyClicks(focused, text)
    else:
        qtbot.keyClick(focused, key)


def test_a_calm_evening_then_a_fight(
    qtbot: QtBot,
    data_dir: Path,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = build_main_window(data_dir, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # The calm evening: from the first window to a saved, printed plan.
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Space)  # "Make our pause plan together"
    page = window.page("plan")
    assert window.current_area() == "plan"
    page.signal_edit.setFocus()
    press(qtbot, window, Qt.Key.Key_unknown, "Pineapple")
    page.usual_box.setFocus()
    page.usual_box.lineEdit().selectAll()
    press(qtbot, window, Qt.Key.Key_unknown, "30")
    page.opener_box.setFocus()
    press(qtbot, window, Qt.Key.Key_unknown, OPENER)
    page.save_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    card = tmp_path / "fridge.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(card), ""))
    page.pdf_action.trigger()  # "Print or save as PDF…" → "Save as PDF…"
    printed = pypdf.PdfReader(card).pages[0].extract_text()
    assert "Pineapple" in printed and OPENER.split()[0] in printed

    # The next fight: Take a break, then one press on Start.
    window.take_break_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Return)
    found = window.services.breaks.active()
    assert found is not None
    record, agreement = found
    assert agreement.return_at == clock.now() + timedelta(minutes=30)
    assert "Pineapple" in record.bridge and "19:30" in record.bridge
    assert window.current_area() == "break"

    # The way back opens with their own words.
    clock.advance(30 * 60)
    break_page = window.page("break")
    break_page.show_return()
    assert break_page.return_view.words() == OPENER
    assert OPENER in break_page.return_view.suggestion_label.text()

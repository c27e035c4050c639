"""The app's own looks, read from real grabs in both themes: the open area tab, the filled
and choice buttons, the notice panel. They are drawn by the style, with no style sheet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.ui.pause.break_page import BreakPage
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.palette import contrast_ratio
from companion.ui.shell.theme import apply_theme

TEXT = 4.5
Role = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def window(request: pytest.FixtureRequest, qtbot, data_dir: Path) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    win = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(win)
    win.resize(900, 640)
    win.show()
    qtbot.waitExposed(win)
    yield win
    apply_theme(app, "light")


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _colors(image: QImage) -> Counter[str]:
    """How many pixels of each colour, away from the rounded corners."""
    inset = 6
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
    )


def _face_and_ink(widget: QWidget) -> tuple[str, float]:
    """The face colour (the most common one) and the best text contrast on it."""
    colors = _colors(_grab(widget))
    face = colors.most_common(1)[0][0]
    return face, max(contrast_ratio(color, face) for color in colors)


def _role(widget: QWidget, role: QPalette.ColorRole) -> str:
    return widget.palette().color(role).name()


def test_the_open_area_tab_is_filled_and_its_words_read(window: MainWindow) -> None:
    window.show_area("break")
    bar = window.area_bar
    image = _grab(bar)
    for index in range(bar.count()):
        tab = image.copy(bar.tabRect(index))
        colors = _colors(tab)
        face = colors.most_common(1)[0][0]
        ink = max(contrast_ratio(color, face) for color in colors)
        if index == bar.currentIndex():
            assert face == _role(bar, Role.Highlight)
        else:
            assert face == _role(bar, Role.Window)  # the others sit on the window
        assert ink >= TEXT, f"tab {bar.tabText(index)!r}: text at {ink:.1f}:1"


def test_take_a_break_and_a_chosen_length_are_filled(window: MainWindow) -> None:
    page = window.show_area("break")
    assert isinstance(page, BreakPage)
    flow = page.flow
    buttons = flow.duration_buttons  # the quick lengths: one chosen, the rest not
    chosen = [b for b in buttons.values() if b.isChecked()]
    others = [b for b in buttons.values() if not b.isChecked()]
    assert len(chosen) == 1 and others
    filled: list[QPushButton] = [window.take_break_button, page.partner_button, *chosen]
    for button in filled:
        face, ink = _face_and_ink(button)
        assert face == _role(button, Role.Highlight), button.objectName()
        assert ink >= TEXT, f"{button.objectName()}: text at {ink:.1f}:1"
    for button in others:
        face, ink = _face_and_ink(button)
        assert face == _role(button, Role.Button), button.objectName()
        assert ink >= TEXT, f"{button.objectName()}: text at {ink:.1f}:1"
    others[0].click()
    assert _face_and_ink(others[0])[0] == _role(others[0], Role.Highlight)
    assert _face_and_ink(chosen[0])[0] == _role(chosen[0], Role.Button)


def test_a_big_action_that_cannot_be_used_yet_looks_it(window: MainWindow) -> None:
    page = window.show_area("break")
    assert isinstance(page, BreakPage)
    start = page.flow.start_button
    assert _face_and_ink(start)[0] == _role(start, Role.Highlight)
    start.setEnabled(False)
    face, _ink = _face_and_ink(start)
    assert face == start.palette().color(QPalette.ColorGroup.Disabled, Role.Button).name()


def test_the_notice_sits_on_its_own_panel(window: MainWindow) -> None:
    window.show_notice("Something could not be read; nothing was lost.")
    face, ink = _face_and_ink(window.notice)
    assert face == QColor(_role(window.notice, Role.AlternateBase)).name()
    assert face != _role(window, Role.Window)
    assert ink >= TEXT


def test_no_style_sheet_is_set(window: MainWindow) -> None:
    # A style sheet on the application makes Qt keep style rules for every widget (about
    # 1 MiB for this window); the looks above come from the style alone.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""
    assert all(w.styleSheet() == "" for w in window.findChildren(QWidget))

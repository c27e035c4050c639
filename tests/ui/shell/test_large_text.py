"""Large text: with a 16 pt system font every area shows all its words; the window grows or
scrolls instead of clipping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.generate import generate
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from companion.app import build_main_window
from companion.core.clock import ManualClock
from companion.storage.store import Store
from companion.ui.shell.main_window import AREAS, MainWindow

LARGE_PT = 16.0


@pytest.fixture
def large_font() -> Iterator[QFont]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(LARGE_PT)
    app.setFont(font)
    yield font
    app.setFont(before)


@pytest.fixture
def window(qtbot, data_dir: Path, large_font: QFont) -> MainWindow:
    win = build_main_window(data_dir, clock=ManualClock())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _clipped(widget: QWidget) -> str | None:
    """Why ``widget`` cannot show all it says at its current size, or None."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                return f"label {widget.text()[:30]!r} needs {needed} px high, has {widget.height()}"
            return None
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + 1 and not widget.hasScaledContents():
            return f"label {widget.text()[:30]!r} needs {hint.width()} px, has {widget.width()}"
    if isinstance(widget, (QAbstractButton, QComboBox)):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
            has = widget.size().toTuple()
            return f"{type(widget).__name__} {text[:30]!r} needs {hint.toTuple()}, has {has}"
    return None


@pytest.mark.parametrize("area", AREAS)
def test_sixteen_point_text_is_never_clipped(qtbot, window: MainWindow, area: str) -> None:
    page = window.show_area(area)
    if area == "checkin":
        page.wheel.set_selection("freeze", 4)  # the card then says "Freeze · strong (4 of 5)"
    QApplication.processEvents()  # let the layouts settle
    assert window.font().pointSizeF() == LARGE_PT
    problems = [
        reason
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        for reason in [_clipped(widget)]
        if reason
    ]
    assert problems == []
    hint = window.minimumSizeHint()
    assert window.width() >= hint.width() and window.height() >= hint.height()


def test_the_area_bar_and_take_a_break_follow_the_font(window: MainWindow) -> None:
    assert window.area_bar.font().pointSizeF() == LARGE_PT
    assert window.take_break_button.font().pointSizeF() == LARGE_PT


def test_chart_axes_make_room_for_sixteen_point_labels(
    qtbot, data_dir: Path, large_font: QFont
) -> None:
    now = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)
    store = Store.open(data_dir)
    try:
        generate(store, checkins=60, end=now, days=25)
    finally:
        store.close()
    win = build_main_window(data_dir, clock=ManualClock(now))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view = win.show_area("insights").insights
    QApplication.processEvents()
    line = QFontMetrics(large_font).height()
    for name in ("stateChart", "practiceChart"):
        plot = view.findChild(QWidget, name)
        assert plot is not None
        bottom = plot.getPlotItem().getAxis("bottom")
        assert bottom.height() >= line, f"{name}: tick labels cut off"
        title = plot.getPlotItem().getAxis("left").labelText
        assert plot.height() >= QFontMetrics(large_font).horizontalAdvance(title) + line, name


def test_the_count_over_the_tallest_bar_stays_inside_the_chart(
    qtbot, data_dir: Path, large_font: QFont
) -> None:
    now = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)
    store = Store.open(data_dir)
    try:
        generate(store, checkins=60, end=now, days=25)
    finally:
        store.close()
    win = build_main_window(data_dir, clock=ManualClock(now))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view = win.show_area("insights").insights
    QApplication.processEvents()
    chart = view.findChild(QWidget, "stateChart")
    assert chart is not None
    box = chart.getPlotItem().getViewBox()
    counts = [item for item in box.addedItems if type(item).__name__ == "TextItem"]
    assert len(counts) == 5
    for size in ((900, 700), (700, 520)):  # as drawn, and after the window shrinks
        win.resize(*size)
        QApplication.processEvents()
        area = box.sceneBoundingRect()
        line = QFontMetrics(large_font).height()
        for label in counts:
            drawn = label.mapRectToScene(label.boundingRect())
            # Fully inside the plot, with at least a fifth of a line of air above it.
            assert drawn.top() >= area.top() + line / 5, (label.toPlainText(), size)

"""The edges of text fields, check boxes, combo boxes and spin boxes stand out from the window
by at least 3:1 in both themes, measured on real grabs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shell.palette import THEME_DARK, THEME_LIGHT, contrast_ratio
from companion.ui.shell.theme import apply_theme

BOUNDARY = 3.0


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    yield request.param
    apply_theme(app, "light")


def _strongest_edge(image: QImage, x: int, ys: range, against: str) -> float:
    """The best contrast against ``against`` among the pixels of column ``x`` at ``ys``."""
    return max(contrast_ratio(QColor(image.pixel(x, y)), against) for y in ys)


def _panel(qtbot, *widgets: QWidget) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(panel)
    panel.resize(300, 200)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_text_fields_combo_and_spin_boxes_have_a_visible_edge(qtbot, theme: str) -> None:
    window = (THEME_DARK if theme == "dark" else THEME_LIGHT)["window"]
    fields: list[QWidget] = [QLineEdit(), QComboBox(), QSpinBox()]
    fields[1].addItems(["Minutes", "Breaths"])  # type: ignore[attr-defined]
    panel = _panel(qtbot, *fields)
    image = panel.grab().toImage()
    for field in fields:
        top = field.geometry().top()
        x = field.geometry().center().x()
        edge = _strongest_edge(image, x, range(top, top + 3), window)
        assert edge >= BOUNDARY, f"{type(field).__name__}: {edge:.2f}"


def test_check_boxes_have_a_visible_edge(qtbot, theme: str) -> None:
    window = (THEME_DARK if theme == "dark" else THEME_LIGHT)["window"]
    box = QCheckBox("Reduce motion")
    panel = _panel(qtbot, box)
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = panel.grab().toImage()
    x = box.geometry().left() + indicator.center().x()
    top = box.geometry().top() + indicator.top()
    edge = _strongest_edge(image, x, range(top, top + 3), window)
    assert edge >= BOUNDARY, f"{edge:.2f}"

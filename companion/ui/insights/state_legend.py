"""The legend under the state chart: each state's symbol in its colour, and its name.

Colour is never the only thing telling the states apart: every entry has a symbol and a name.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from companion.core.states import STATE_ORDER
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import is_dark_palette, state_color, symbol_path

__all__ = ["StateLegend"]

_ICON_SIZE = 16


def _symbol_pixmap(state: str, color: QColor, size: int) -> QPixmap:
    """The state's symbol, filled with its colour, as a small icon for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(QPointF(size / 2, size / 2))
    painter.scale(size, size)
    painter.fillPath(symbol_path(state), color)
    painter.end()
    return pixmap


class StateLegend(QWidget):
    """One entry per state (``legendIcon_<id>`` and ``legendName_<id>``), in the one order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._icons: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        for state in STATE_ORDER:
            icon = QLabel(self)
            icon.setObjectName(f"legendIcon_{state}")
            name = QLabel(state_label(state), self)
            name.setObjectName(f"legendName_{state}")
            icon.setBuddy(name)
            layout.addWidget(icon)
            layout.addWidget(name)
            layout.addSpacing(8)
            self._icons[state], self._names[state] = icon, name
        layout.addStretch(1)
        self.paint_symbols()

    def show_states(self, states: tuple[str, ...] | None) -> None:
        """Show the entries of ``states`` (None hides the legend)."""
        self.setVisible(states is not None)
        for state in STATE_ORDER:
            shown = states is not None and state in states
            self._icons[state].setVisible(shown)
            self._names[state].setVisible(shown)

    def paint_symbols(self) -> None:
        """Draw the symbols in the colours of the current palette (light or dark)."""
        dark = is_dark_palette(self.palette())
        for state, icon in self._icons.items():
            icon.setPixmap(_symbol_pixmap(state, state_color(state, dark), _ICON_SIZE))

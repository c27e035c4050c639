"""State colours and symbols, shared by the check-in wheel and the insights chart.

Colours come from the Okabe-Ito set, which stays distinguishable with the common forms of
colour blindness; each state also has its own symbol shape, so no state is told by colour
alone. Dark variants are lighter so they keep their contrast on a dark window.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPalette, QPolygonF

from companion.core.states import StateId

__all__ = ["STATE_SYMBOLS", "is_dark_palette", "state_color", "symbol_path"]

_LIGHT: Mapping[str, str] = MappingProxyType(
    {
        StateId.FIGHT.value: "#D55E00",  # vermillion
        StateId.FLIGHT.value: "#E69F00",  # orange
        StateId.FREEZE.value: "#0072B2",  # blue
        StateId.FAWN.value: "#CC79A7",  # reddish purple
        StateId.SETTLED.value: "#009E73",  # bluish green
    }
)
_DARK: Mapping[str, str] = MappingProxyType(
    {
        StateId.FIGHT.value: "#F07F3C",
        StateId.FLIGHT.value: "#F2B53A",
        StateId.FREEZE.value: "#56B4E9",  # sky blue
        StateId.FAWN.value: "#E09CC3",
        StateId.SETTLED.value: "#33C196",
    }
)

#: Symbol shape per state id: triangle, arrow, square, heart, ring. ``symbol_path`` draws them.
STATE_SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        StateId.FIGHT.value: "triangle",
        StateId.FLIGHT.value: "arrow",
        StateId.FREEZE.value: "square",
        StateId.FAWN.value: "heart",
        StateId.SETTLED.value: "ring",
    }
)


def state_color(state_id: str, dark: bool) -> QColor:
    """The colour of a state (by stable id) for a light or a dark background."""
    table = _DARK if dark else _LIGHT
    return QColor(table[StateId(state_id).value])


def is_dark_palette(palette: QPalette) -> bool:
    """True when the palette's window colour is dark, so the dark variants should be used."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def symbol_path(state_id: str) -> QPainterPath:
    """The state's symbol as a filled shape centred on (0, 0) within a 1 x 1 box.

    Scale it to any size (it is a vector shape, crisp at any DPI); pyqtgraph also accepts it as
    a scatter symbol.
    """
    shape = STATE_SYMBOLS[StateId(state_id).value]
    if shape == "triangle":
        return _polygon([(0.0, -0.5), (0.5, 0.4), (-0.5, 0.4)])
    if shape == "arrow":
        return _polygon(
            [(-0.5, -0.14), (0.05, -0.14), (0.05, -0.45), (0.5, 0.0),
             (0.05, 0.45), (0.05, 0.14), (-0.5, 0.14)]
        )  # fmt: skip
    if shape == "square":
        path = QPainterPath()
        path.addRect(-0.4, -0.4, 0.8, 0.8)
        return path
    if shape == "heart":
        path = QPainterPath(QPointF(0.0, 0.45))
        path.cubicTo(-0.2, 0.25, -0.5, 0.05, -0.5, -0.17)
        path.cubicTo(-0.5, -0.38, -0.33, -0.48, -0.23, -0.48)
        path.cubicTo(-0.1, -0.48, -0.02, -0.4, 0.0, -0.28)
        path.cubicTo(0.02, -0.4, 0.1, -0.48, 0.23, -0.48)
        path.cubicTo(0.33, -0.48, 0.5, -0.38, 0.5, -0.17)
        path.cubicTo(0.5, 0.05, 0.2, 0.25, 0.0, 0.45)
        path.closeSubpath()
        return path
    # ring: a circle with a hole, still and open
    path = QPainterPath()
    path.addEllipse(QPointF(0.0, 0.0), 0.45, 0.45)
    path.addEllipse(QPointF(0.0, 0.0), 0.22, 0.22)
    return path

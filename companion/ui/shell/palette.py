"""Every colour the app paints with, in one place: the theme, the focus ring and the states.

State colours follow the Okabe-Ito set, which stays distinguishable with the common forms of
colour blindness, darkened where needed so every state keeps 3:1 against the light window;
each state also has its own symbol shape, so no state is told by colour alone. Dark variants
are lighter so they keep their contrast on a dark window. tests/ui/shell/test_palette_contrast
computes every pair that meets on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath, QPalette, QPolygonF

from companion.core.states import StateId

__all__ = [
    "BRAND",
    "CARD_INK",
    "CARD_PANEL",
    "STATE_SYMBOLS",
    "THEME_DARK",
    "THEME_LIGHT",
    "contrast_ratio",
    "focus_colors",
    "is_dark_palette",
    "state_color",
    "symbol_path",
]

#: The window's colours by role. "border" outlines fields and boxes; the focus ring is a
#: "focus_halo" band along the widget's edge with a "focus" band inside it.
THEME_LIGHT: Mapping[str, str] = MappingProxyType(
    {
        "window": "#f5f3ee",
        "base": "#fffdf9",
        "alt": "#ece8df",
        "text": "#27343a",
        "muted": "#56636a",
        "button": "#e8e3d8",
        "highlight": "#2b7166",
        "highlight_text": "#ffffff",
        "link": "#2a6679",
        "border": "#7d7a74",
        "focus": "#1a4f86",
        "focus_halo": "#ffffff",
    }
)
THEME_DARK: Mapping[str, str] = MappingProxyType(
    {
        "window": "#1c2326",
        "base": "#232c30",
        "alt": "#2a3438",
        "text": "#e4e8e6",
        "muted": "#a3afb0",
        "button": "#2e393d",
        "highlight": "#5fb3a5",
        "highlight_text": "#0f1a1c",
        "link": "#8cc8de",
        "border": "#7f8b8e",
        "focus": "#8fc9ff",
        "focus_halo": "#0f1a1c",
    }
)
#: The app's own mark (the tray ring), the same on every panel.
BRAND = "#3f8f83"
#: The printed pause-plan card, on white paper whatever the theme: headings and the title band
#: in ink (white text on it), and soft panels behind the two lists.
CARD_INK = "#2f6f66"
CARD_PANEL = "#e8f2ef"

_LIGHT: Mapping[str, str] = MappingProxyType(
    {
        StateId.FIGHT.value: "#C35400",  # vermillion
        StateId.FLIGHT.value: "#9A6700",  # orange, deepened to amber
        StateId.FREEZE.value: "#0072B2",  # blue
        StateId.FAWN.value: "#A94F84",  # reddish purple
        StateId.SETTLED.value: "#008A64",  # bluish green
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


def focus_colors(dark: bool) -> tuple[QColor, QColor]:
    """The focus ring's bands: the halo along the edge, then the focus colour inside it."""
    theme = THEME_DARK if dark else THEME_LIGHT
    return QColor(theme["focus_halo"]), QColor(theme["focus"])


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    r, g, b = (_linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio between two opaque colours, 1 to 21."""
    light, dark = sorted(
        (relative_luminance(QColor(first)), relative_luminance(QColor(second))), reverse=True
    )
    return (light + 0.05) / (dark + 0.05)


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

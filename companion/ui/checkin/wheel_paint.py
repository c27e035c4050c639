"""The check-in wheel painted from what is chosen and pointed at: cells, edges, outlines and
the focus ring. The names and symbols on top come from ``wheel_marks``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen

from companion.core.states import MAX_INTENSITY, MIN_INTENSITY, PROTECTIVE_STATES, StateId
from companion.ui.checkin.wheel_geometry import WheelGeometry
from companion.ui.checkin.wheel_marks import paint_marks
from companion.ui.shell.palette import focus_colors, is_dark_palette, state_color

__all__ = ["Cell", "cell_alpha", "outline_path", "paint_wheel"]

Cell = tuple[StateId, int]
"""A state and a strength (0 for settled)."""


def cell_alpha(sid: StateId, level: int, chosen: Cell | None, hover: Cell | None) -> float:
    """How strongly a cell is filled: the choice fullest, then the preview, then at rest."""
    if chosen is not None and sid is chosen[0] and level <= chosen[1]:
        return 0.95  # settled is level 0 at intensity 0, so it fills too
    if hover is not None and sid is hover[0] and level <= hover[1]:
        return 0.65  # the preview fills up to the pointed-at strength
    if sid is StateId.SETTLED:
        return 0.35
    return 0.14 + 0.06 * level


def outline_path(g: WheelGeometry, sid: StateId, level: int) -> QPainterPath:
    """The outline drawn around a cell (the whole centre disc for settled)."""
    if sid is StateId.SETTLED:
        return g.segment_path(sid)
    return g.cell_path(sid, level)


def paint_wheel(
    painter: QPainter,
    g: WheelGeometry,
    palette: QPalette,
    font: QFont,
    *,
    chosen: Cell | None,
    hover: Cell | None,
    focused: bool,
) -> None:
    """Paint the whole wheel; ``chosen`` is outlined boldly, ``hover`` (if other) dashed."""
    dark = is_dark_palette(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    halo = palette.color(QPalette.ColorRole.Window)
    separator = QPen(halo, max(1.5, g.ring * 0.09))
    separator.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for sid in PROTECTIVE_STATES:
        base = state_color(sid.value, dark)
        for level in range(MIN_INTENSITY, MAX_INTENSITY + 1):
            path = g.cell_path(sid, level)
            fill = QColor(base)
            fill.setAlphaF(cell_alpha(sid, level, chosen, hover))
            painter.fillPath(path, fill)
            painter.strokePath(path, separator)
    centre = g.segment_path(StateId.SETTLED)
    fill = QColor(state_color(StateId.SETTLED.value, dark))
    fill.setAlphaF(cell_alpha(StateId.SETTLED, 0, chosen, hover))
    painter.fillPath(centre, fill)
    painter.strokePath(centre, separator)
    # Each segment's edge in its full colour: the cells stand out from the window (3:1).
    for sid in (*PROTECTIVE_STATES, StateId.SETTLED):
        edge = QPen(state_color(sid.value, dark), max(1.5, g.ring * 0.06))
        edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(g.sector_path(sid), edge)
    if hover is not None and hover != chosen:
        pen = QPen(text, max(1.5, g.ring * 0.08), Qt.PenStyle.DashLine)
        painter.strokePath(outline_path(g, *hover), pen)
    if chosen is not None:
        pen = QPen(text, max(2.5, g.ring * 0.16))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(outline_path(g, *chosen), pen)
    paint_marks(painter, g, font, text, halo)
    if focused:
        pen = QPen(focus_colors(dark)[1], max(2.0, g.ring * 0.1))
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = g.outer + max(2.0, g.ring * 0.12)
        painter.drawEllipse(g.center, radius, radius)

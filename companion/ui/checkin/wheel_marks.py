"""The marks on the check-in wheel: each state's symbol and name, with a halo so they read
on any fill, light or dark. Colour is never the only thing telling the states apart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from companion.core.states import PROTECTIVE_STATES, STATE_ORDER, StateId
from companion.ui.checkin.wheel_geometry import AXIS_DEGREES, WheelGeometry
from companion.ui.checkin.wheel_labels import LabelSpot, PlacedLabel, layout_labels, scaled_font
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import symbol_path

__all__ = ["label_font", "label_layout", "paint_marks"]


def label_font(base: QFont, g: WheelGeometry) -> QFont:
    """The names' natural font for this wheel size (the layout may shrink it to fit)."""
    font = QFont(base)
    font.setBold(True)
    return scaled_font(font, min(1.6, max(0.85, g.outer / 150.0)))


def label_layout(base: QFont, g: WheelGeometry) -> dict[StateId, PlacedLabel]:
    """The state names as painted: one shared size, each within its own segment."""
    spots: dict[StateId, LabelSpot] = {}
    for sid in PROTECTIVE_STATES:
        angle = math.radians(AXIS_DEGREES[sid])
        radius = g.inner + 3.5 * g.ring
        at = g.center + QPointF(math.cos(angle), -math.sin(angle)) * radius
        room = 3.0 * g.ring if sid in (StateId.FLIGHT, StateId.FAWN) else 1.2 * radius
        spots[sid] = LabelSpot(at, room)
    centre = g.center + QPointF(0.0, g.inner * 0.38)
    spots[StateId.SETTLED] = LabelSpot(centre, g.inner * 1.7)
    names = {StateId(sid): state_label(sid, breakable=True) for sid in STATE_ORDER}
    return layout_labels(names, spots, label_font(base, g))


def paint_marks(
    painter: QPainter, g: WheelGeometry, base_font: QFont, text: QColor, halo: QColor
) -> None:
    """Symbols and labels, drawn in the text colour with a halo so they read on any fill."""
    halo_pen = QPen(halo, max(2.0, g.ring * 0.16))
    halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for sid in PROTECTIVE_STATES:
        angle = math.radians(AXIS_DEGREES[sid])
        unit = QPointF(math.cos(angle), -math.sin(angle))
        symbol_at = g.center + unit * (g.inner + 1.5 * g.ring)
        _paint_symbol(painter, sid, symbol_at, g.ring * 0.9, text, halo_pen)
    symbol_at = g.center - QPointF(0.0, g.inner * 0.32)
    _paint_symbol(painter, StateId.SETTLED, symbol_at, g.inner * 0.6, text, halo_pen)
    for label in label_layout(base_font, g).values():
        _paint_label(painter, label, text, halo_pen)


def _paint_symbol(
    painter: QPainter, sid: StateId, at: QPointF, size: float, fill: QColor, halo: QPen
) -> None:
    transform = QTransform()
    transform.translate(at.x(), at.y())
    transform.scale(size, size)
    path = transform.map(symbol_path(sid.value))
    painter.strokePath(path, halo)
    painter.fillPath(path, fill)


def _paint_label(painter: QPainter, label: PlacedLabel, fill: QColor, halo: QPen) -> None:
    metrics = QFontMetricsF(label.font)
    path = QPainterPath()
    for line, rect in zip(label.lines, label.rects, strict=True):
        baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2.0
        path.addText(QPointF(rect.left(), baseline), label.font, line)
    painter.strokePath(path, halo)
    painter.fillPath(path, fill)

"""The marks on the check-in wheel: each state's symbol and name, with a halo so they read
on any fill, light or dark. Colour is never the only thing telling the states apart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from companion.core.states import PROTECTIVE_STATES, StateId
from companion.ui.checkin.wheel_geometry import AXIS_DEGREES, WheelGeometry
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import symbol_path

__all__ = ["paint_marks"]


def _label_font(base: QFont, g: WheelGeometry) -> QFont:
    font = QFont(base)
    font.setBold(True)
    scale = min(1.6, max(0.85, g.outer / 150.0))
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    return font


def paint_marks(
    painter: QPainter, g: WheelGeometry, base_font: QFont, text: QColor, halo: QColor
) -> None:
    """Symbols and labels, drawn in the text colour with a halo so they read on any fill."""
    font = _label_font(base_font, g)
    halo_pen = QPen(halo, max(2.0, g.ring * 0.16))
    halo_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for sid in PROTECTIVE_STATES:
        angle = math.radians(AXIS_DEGREES[sid])
        unit = QPointF(math.cos(angle), -math.sin(angle))
        symbol_at = g.center + unit * (g.inner + 1.5 * g.ring)
        _paint_symbol(painter, sid, symbol_at, g.ring * 0.9, text, halo_pen)
        label_at = g.center + unit * (g.inner + 3.5 * g.ring)
        radius = g.inner + 3.5 * g.ring
        room = 2.6 * g.ring if sid in (StateId.FLIGHT, StateId.FAWN) else 1.2 * radius
        _paint_text(painter, state_label(sid), font, label_at, room, text, halo_pen)
    symbol_at = g.center - QPointF(0.0, g.inner * 0.32)
    _paint_symbol(painter, StateId.SETTLED, symbol_at, g.inner * 0.6, text, halo_pen)
    label_at = g.center + QPointF(0.0, g.inner * 0.38)
    _paint_text(
        painter, state_label(StateId.SETTLED), font, label_at, g.inner * 1.7, text, halo_pen
    )


def _paint_symbol(
    painter: QPainter, sid: StateId, at: QPointF, size: float, fill: QColor, halo: QPen
) -> None:
    transform = QTransform()
    transform.translate(at.x(), at.y())
    transform.scale(size, size)
    path = transform.map(symbol_path(sid.value))
    painter.strokePath(path, halo)
    painter.fillPath(path, fill)


def _paint_text(
    painter: QPainter,
    text: str,
    font: QFont,
    at: QPointF,
    room: float,
    fill: QColor,
    halo: QPen,
) -> None:
    fitted = QFont(font)
    metrics = QFontMetricsF(fitted)
    width = metrics.horizontalAdvance(text)
    if width > room > 0 and fitted.pointSizeF() > 0:
        fitted.setPointSizeF(max(6.0, fitted.pointSizeF() * room / width))
        metrics = QFontMetricsF(fitted)
        width = metrics.horizontalAdvance(text)
    path = QPainterPath()
    baseline = at.y() + (metrics.ascent() - metrics.descent()) / 2.0
    path.addText(QPointF(at.x() - width / 2.0, baseline), fitted, text)
    painter.strokePath(path, halo)
    painter.fillPath(path, fill)

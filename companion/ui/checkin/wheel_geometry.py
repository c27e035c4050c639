"""Where the check-in wheel's parts sit for a widget size: cells, segments and hit testing.

Recomputed from the size on every use, so the wheel is crisp at any size and DPI.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from companion.core.states import (
    MAX_INTENSITY,
    MIN_INTENSITY,
    PROTECTIVE_STATES,
    SETTLED_INTENSITY,
    StateId,
    clamp_intensity,
)

__all__ = ["AXIS_DEGREES", "WheelGeometry"]

#: Direction of each segment's middle, in degrees counter-clockwise from 3 o'clock:
#: fight at the top, then clockwise flight, freeze, fawn (the order of keys 1-4).
AXIS_DEGREES: Mapping[StateId, float] = {
    StateId.FIGHT: 90.0,
    StateId.FLIGHT: 0.0,
    StateId.FREEZE: 270.0,
    StateId.FAWN: 180.0,
}
_RINGS = MAX_INTENSITY - MIN_INTENSITY + 1
#: Clicks this far (in rings) beyond the outer edge still count as the outer ring.
_OUTER_SLACK = 0.35


@dataclass(frozen=True)
class WheelGeometry:
    """Where the wheel sits in the widget right now."""

    center: QPointF
    inner: float  # radius of the settled centre
    ring: float  # width of one intensity ring

    @classmethod
    def for_size(cls, width: int, height: int) -> WheelGeometry:
        """The largest wheel that fits ``width`` x ``height`` with a small margin."""
        side = float(min(width, height))
        margin = max(4.0, side * 0.025)
        outer = max(1.0, side / 2.0 - margin)
        inner = outer * 0.26
        return cls(
            center=QPointF(width / 2.0, height / 2.0), inner=inner, ring=(outer - inner) / _RINGS
        )

    @property
    def outer(self) -> float:
        return self.inner + _RINGS * self.ring

    def cell_center(self, sid: StateId, intensity: int) -> QPointF:
        """The middle of a cell (the centre point for settled)."""
        if sid is StateId.SETTLED:
            return QPointF(self.center)
        level = clamp_intensity(sid, intensity)
        radius = self.inner + (level - 0.5) * self.ring
        angle = math.radians(AXIS_DEGREES[sid])
        return QPointF(
            self.center.x() + radius * math.cos(angle),
            self.center.y() - radius * math.sin(angle),
        )

    def hit(self, pos: QPointF) -> tuple[str, int] | None:
        """Which (state id, intensity) a point falls on, or None outside the wheel."""
        dx = pos.x() - self.center.x()
        dy = self.center.y() - pos.y()
        distance = math.hypot(dx, dy)
        if distance <= self.inner:
            return StateId.SETTLED.value, SETTLED_INTENSITY
        if distance > self.outer + _OUTER_SLACK * self.ring:
            return None
        steps = math.ceil((distance - self.inner) / self.ring)
        level = min(MAX_INTENSITY, max(MIN_INTENSITY, steps))
        angle = math.degrees(math.atan2(dy, dx)) % 360.0

        def off_axis(sid: StateId) -> float:
            diff = abs(angle - AXIS_DEGREES[sid]) % 360.0
            return min(diff, 360.0 - diff)

        return min(PROTECTIVE_STATES, key=off_axis).value, level

    def cell_path(self, sid: StateId, level: int) -> QPainterPath:
        """One ring of one protective segment."""
        r_in = self.inner + (level - 1) * self.ring
        r_out = r_in + self.ring
        start = AXIS_DEGREES[sid] - 45.0
        cx, cy = self.center.x(), self.center.y()
        outer = QRectF(cx - r_out, cy - r_out, 2 * r_out, 2 * r_out)
        inner = QRectF(cx - r_in, cy - r_in, 2 * r_in, 2 * r_in)
        path = QPainterPath()
        path.arcMoveTo(outer, start)
        path.arcTo(outer, start, 90.0)
        path.arcTo(inner, start + 90.0, -90.0)
        path.closeSubpath()
        return path

    def segment_path(self, sid: StateId) -> QPainterPath:
        """The whole segment (all rings), or the centre disc for settled."""
        path = QPainterPath()
        if sid is StateId.SETTLED:
            path.addEllipse(self.center, self.inner, self.inner)
            return path
        for level in range(MIN_INTENSITY, MAX_INTENSITY + 1):
            path = path.united(self.cell_path(sid, level))
        return path

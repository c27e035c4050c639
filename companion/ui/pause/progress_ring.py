"""The countdown's ring: it fills as the break passes and carries the time left inside it.

The digits are drawn by the ring itself, sized to the circle, so they can never spill over
it; the ring takes whatever room the page gives it, from a small window to a 4K screen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.pause.ring_access import install_ring_accessibility

__all__ = ["ProgressRing"]


class ProgressRing(QWidget):
    """A calm ring with a big line of text (the time left) and a small caption under it.

    It draws values it is given and never animates. A screen reader meets a progress bar:
    its value is the part of the break that has passed, its text and name carry the same text
    as the screen shows, its description the caption.
    """

    MINIMUM = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        install_ring_accessibility(ProgressRing)
        super().__init__(parent)
        self.setObjectName("progressRing")
        self.setMinimumSize(self.MINIMUM, self.MINIMUM)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._progress = 0.0
        self._text = ""
        self._caption = ""
        self._done = False

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:
        return False

    def progress(self) -> float:
        return self._progress

    def text(self) -> str:
        """The big text inside the ring, as drawn (the time left, or the return time)."""
        return self._text

    def caption(self) -> str:
        return self._caption

    def show_values(self, progress: float, text: str, caption: str, *, done: bool) -> None:
        """What to draw: how full (0..1), the big text, the caption; ``done`` past the time."""
        progress = min(1.0, max(0.0, progress))
        changed = (text, caption, done) != (self._text, self._caption, self._done)
        if changed or not math.isclose(progress, self._progress, abs_tol=1e-4):
            percent_changed = round(progress * 100) != round(self._progress * 100)
            self._progress, self._text, self._caption, self._done = progress, text, caption, done
            self.setAccessibleName(self.tr("Time left: {time}").format(time=text))
            self.setAccessibleDescription(caption)
            if percent_changed and QAccessible.isActive():
                event = QAccessibleValueChangeEvent(self, round(progress * 100, 1))
                QAccessible.updateAccessibility(event)
            self.update()

    def set_progress(self, value: float) -> None:
        self.show_values(value, self._text, self._caption, done=self._done)

    def _fitted(self, text: str, width: float, height: float, bold: bool) -> QFont:
        """This widget's font, as large as fits ``text`` in width x height."""
        font = QFont(self.font())
        font.setBold(bold)
        size = max(6, int(height))
        font.setPixelSize(size)
        wide = QFontMetricsF(font).horizontalAdvance(text) or 1.0
        if wide > width:
            font.setPixelSize(max(6, int(size * width / wide)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pal = self.palette()
        pen_width = max(5.0, side / 22)
        inner = rect.adjusted(pen_width, pen_width, -pen_width, -pen_width)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(110)
        pen = QPen(track, pen_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        half = pen_width / 2
        arc = rect.adjusted(half, half, -half, -half)
        painter.drawEllipse(arc)
        pen.setColor(pal.color(QPalette.ColorRole.Highlight))
        painter.setPen(pen)
        # Qt angles are in 1/16 degree, counter-clockwise; start at 12 o'clock, go clockwise.
        span = -round(self._progress * 360 * 16)
        if span:
            painter.drawArc(arc, 90 * 16, span)
        # The text sits in the square inside the circle, so it never touches the ring.
        box = inner.width() / math.sqrt(2)
        text_rect = QRectF(inner.center().x() - box / 2, inner.center().y() - box / 2, box, box)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        big = QRectF(text_rect.x(), text_rect.y(), box, box * 0.62)
        painter.setFont(self._fitted(self._text, box, big.height() * 0.8, True))
        painter.drawText(big, Qt.AlignmentFlag.AlignCenter, self._text)
        small = QRectF(text_rect.x(), big.bottom(), box, box - big.height())
        painter.setFont(self._fitted(self._caption, box, small.height() * 0.55, False))
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(small, top, self._caption)
        painter.end()

"""The countdown's ring: it fills as the break passes and carries the time left inside it.

The digits are drawn by the ring itself, sized to the circle, so they can never spill over
it; the ring takes whatever room the page gives it, from a small window to a 4K screen.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
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

BIG_SHARE = 0.62  # of the text square: the big text above, the caption below
TEXT_INSET = 2.0  # px: the text keeps off the square's edges, where the ring's edge may be


class _Shape(NamedTuple):
    """Where the parts of the ring go at the widget's current size."""

    arc: QRectF  # the circle the ring's stroke follows
    pen_width: float
    text: QRectF  # the square inside the ring that holds the text


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
        self._painted_progress = 0.0  # the arc as last drawn

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
        """What to draw: how full (0..1), the big text, the caption; ``done`` past the time.

        A screen reader gets the same words as the screen. Only what changes on screen is
        repainted: the text box when the text changes, the end of the arc once it has moved
        by half a pixel or more.
        """
        progress = min(1.0, max(0.0, progress))
        percent_changed = round(progress * 100) != round(self._progress * 100)
        self._done = done
        name = self.tr("Time left: {time}").format(time=text)
        if name != self.accessibleName():
            self.setAccessibleName(name)
        if (text, caption) != (self._text, self._caption):
            box = self._geometry().text
            if caption == self._caption:  # the time changed, the caption did not
                box.setHeight(box.height() * BIG_SHARE)
            self._text, self._caption = text, caption
            self.setAccessibleDescription(caption)
            self.update(
                box.adjusted(TEXT_INSET, TEXT_INSET, -TEXT_INSET, -TEXT_INSET).toAlignedRect()
            )
        self._progress = progress
        if percent_changed and QAccessible.isActive():  # the value a screen reader follows
            event = QAccessibleValueChangeEvent(self, round(progress * 100, 1))
            QAccessible.updateAccessibility(event)
        if self._arc_moved():
            self.update(self._arc_end_region(self._painted_progress, progress))
            self._painted_progress = progress

    def _arc_moved(self) -> bool:
        """True when the arc's end would move by half a pixel or more since it was drawn."""
        radius = self._geometry().arc.width() / 2
        return abs(self._progress - self._painted_progress) * math.tau * radius >= 0.5

    def _arc_end_region(self, before: float, after: float) -> QRect:
        """The box around the arc's end at both values (the whole ring for a long step)."""
        shape = self._geometry()
        if abs(after - before) > 1 / 12:
            return self.rect()
        centre, radius = shape.arc.center(), shape.arc.width() / 2
        box = QRectF()
        for value in (before, after):
            angle = math.radians(90 - value * 360)
            end = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
            )
            box = box.united(QRectF(end, end))
        margin = shape.pen_width
        return box.adjusted(-margin, -margin, margin, margin).toAlignedRect()

    def set_progress(self, value: float) -> None:
        self.show_values(value, self._text, self._caption, done=self._done)

    def _fitted(self, text: str, width: float, height: float, bold: bool) -> QFont:
        """This widget's font, as large as fits ``text`` in width x height (less the inset).

        Digits are measured as zeros, so a time keeps one size as it counts down."""
        font = QFont(self.font())
        font.setBold(bold)
        size = max(6, int(height))
        font.setPixelSize(size)
        width -= 2 * TEXT_INSET
        sample = "".join("0" if ch.isdigit() else ch for ch in text)
        wide = QFontMetricsF(font).horizontalAdvance(sample) or 1.0
        if wide > width:
            font.setPixelSize(max(6, int(size * width / wide)))
        return font

    def _geometry(self) -> _Shape:
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_width = max(5.0, side / 22)
        half = pen_width / 2
        inner = rect.adjusted(pen_width, pen_width, -pen_width, -pen_width)
        box = inner.width() / math.sqrt(2)
        text = QRectF(inner.center().x() - box / 2, inner.center().y() - box / 2, box, box)
        return _Shape(rect.adjusted(half, half, -half, -half), pen_width, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        if event.rect().contains(self.rect()):
            self._painted_progress = self._progress
        shape = self._geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(110)
        pen = QPen(track, shape.pen_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        inset = TEXT_INSET / 2
        if not shape.text.adjusted(inset, inset, -inset, -inset).contains(QRectF(event.rect())):
            # (a tick that changes only the time repaints inside the text square: no ring)
            painter.setPen(pen)
            painter.drawEllipse(shape.arc)
            pen.setColor(pal.color(QPalette.ColorRole.Highlight))
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise; start at 12 o'clock, clockwise.
            span = -round(self._progress * 360 * 16)
            if span:
                painter.drawArc(shape.arc, 90 * 16, span)
        # The text sits in the square inside the circle, so it never touches the ring.
        box = shape.text.width()
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        big = QRectF(shape.text.x(), shape.text.y(), box, box * BIG_SHARE)
        painter.setFont(self._fitted(self._text, box, big.height() * 0.8, True))
        painter.drawText(big, Qt.AlignmentFlag.AlignCenter, self._text)
        small = QRectF(shape.text.x(), big.bottom(), box, box - big.height())
        painter.setFont(self._fitted(self._caption, box, small.height() * 0.55, False))
        top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(small, top, self._caption)
        painter.end()

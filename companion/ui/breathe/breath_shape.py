"""The shape the pacer draws: a disc that grows on the breath in and shrinks on the breath out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["SMALLEST_SHAPE", "BreathShape"]

SMALLEST_SHAPE = 0.34  # radius at empty lungs, as a share of the largest radius


class BreathShape(QWidget):
    """A soft disc whose radius follows lung volume, inside a faint ring showing "full".

    While a volume source is set, every paint asks it for the volume of this very moment,
    so a frame timer can drive repaints straight through ``update`` with no other work.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathShape")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing shape"))
        self._volume = 0.0
        self._source: Callable[[], float] | None = None
        self._prepared = False
        self._colors = (QColor(), QColor(), QColor())  # background, guide ring, disc
        self._geometry = (0.0, 0.0, 0.0, 0.0)  # centre x, y, smallest radius, growth
        self._ring = QRectF()

    @property
    def volume(self) -> float:
        """The volume drawn last (or to be drawn next)."""
        return self._volume

    def set_volume(self, volume: float) -> None:
        """Show lung volume 0..1; repaints only when the picture would change."""
        volume = min(1.0, max(0.0, volume))
        if abs(volume - self._volume) > 1e-4:
            self._volume = volume
            self.update()

    def set_volume_source(self, source: Callable[[], float] | None) -> None:
        """Read the volume from ``source`` at each paint (None: use ``set_volume``)."""
        self._source = source

    def radius_for(self, volume: float) -> float:
        """Pixel radius of the disc for a volume (the ring is drawn at volume 1)."""
        largest = max(4.0, min(self.width(), self.height()) / 2 - 6)
        return largest * (SMALLEST_SHAPE + (1 - SMALLEST_SHAPE) * volume)

    def fill_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Highlight)

    def _prepare(self) -> None:
        """Colours and geometry, worked out once per size or palette change."""
        palette = self.palette()
        self._colors = (
            palette.color(QPalette.ColorRole.Window),
            palette.color(QPalette.ColorRole.Mid),
            self.fill_color(),
        )
        cx, cy = self.width() / 2, self.height() / 2
        smallest, full = self.radius_for(0.0), self.radius_for(1.0)
        self._geometry = (cx, cy, smallest, full - smallest)
        self._ring = QRectF(cx - full, cy - full, 2 * full, 2 * full)
        self._prepared = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._prepared = False
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._prepared = False
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        # Runs at the frame rate, so it is kept to a fill, a thin ring and one smooth disc.
        # (Blitting a cached backdrop costs more: it reads the whole image every frame.)
        if self._source is not None:
            self._volume = min(1.0, max(0.0, self._source()))
        if not self._prepared:
            self._prepare()
        window, mid, fill = self._colors
        cx, cy, smallest, span = self._geometry
        radius = smallest + span * self._volume
        painter = QPainter(self)
        painter.fillRect(self.rect(), window)
        painter.setPen(mid)
        painter.drawEllipse(self._ring)  # a 1 px guide needs no antialiasing
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius))
        painter.end()

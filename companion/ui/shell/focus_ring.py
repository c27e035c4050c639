"""A focus ring everyone can see, on every widget that takes the keyboard focus.

The ring is two bands just inside the focused widget's edge: a halo along the edge (light in
the light theme, dark in the dark one) and the focus colour inside it. A widget's edge is a
border or a coloured face, its inside a field or a face: the halo stands out from the first
and the focus band from the second by at least 3:1, so the focus never hides on a coloured
button, a chart or a custom-painted view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from companion.ui.shell.palette import focus_colors, is_dark_palette

__all__ = ["RING_WIDTH", "FocusRing", "FocusRings"]

#: Width of each of the two bands, in device-independent pixels.
RING_WIDTH = 2.0
_RING_NAME = "focusRing"


class FocusRing(QWidget):
    """Drawn over its parent (the focused widget); lets every click through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(_RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        parent.installEventFilter(self)
        self.hide()

    def follow(self) -> None:
        """Cover the parent again (after a resize) and come to the top."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        halo, focus = focus_colors(is_dark_palette(self.palette()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for band, color in enumerate((halo, focus)):
            pen = QPen(color, RING_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            inset = RING_WIDTH * band + RING_WIDTH / 2
            painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()


class FocusRings(QObject):
    """Shows the ring on whichever widget has the focus; one per application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRings")
        app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def install(app: QApplication) -> FocusRings:
        """The application's focus rings, created the first time."""
        existing = app.findChild(FocusRings, "focusRings")
        return existing if existing is not None else FocusRings(app)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            ring = old.findChild(FocusRing, _RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
            if ring is not None:
                ring.hide()
        if new is None or new.window() is new or new.inherits("QMenu"):
            return  # a window as a whole, or a menu, shows focus its own way
        ring = new.findChild(FocusRing, _RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        if ring is None:
            ring = FocusRing(new)
        ring.follow()
        ring.show()

"""A page of the main window that builds its content only when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

__all__ = ["LazyPage"]


class LazyPage(QWidget):
    """Builds its real content the first time it is shown (keeps start-up fast).

    With ``scrolling`` the content sits in a scroll area, so text too large for the window
    scrolls instead of being squeezed and clipped."""

    def __init__(
        self,
        factory: Callable[[], QWidget],
        parent: QWidget | None = None,
        *,
        scrolling: bool = False,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._scroll: QScrollArea | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        if scrolling:
            self._scroll = QScrollArea(self)
            self._scroll.setObjectName("pageScroll")
            self._scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scroll.setWidgetResizable(True)
            self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content takes the keys
            self._scroll.setAccessibleName(self.tr("Page"))
            layout.addWidget(self._scroll)

    def content(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            if self._scroll is not None:
                self._scroll.setWidget(self._content)
            else:
                self._layout.addWidget(self._content)
            self._content.show()  # a child added to a visible page would show only later
        return self._content

    def is_built(self) -> bool:
        return self._content is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)

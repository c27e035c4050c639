"""The countdown ring as a screen reader meets it: a progress bar with a value and a text.

The value is how much of the break has passed (0 to 100), the text is the big line the ring
draws ("19:59", or the return time once it has come), so what is heard is what is seen.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QAccessibleValueInterface,
)
from PySide6.QtWidgets import QAccessibleWidget
from shiboken6 import Shiboken

if TYPE_CHECKING:
    from companion.ui.pause.progress_ring import ProgressRing

__all__ = ["install_ring_accessibility"]


class _RingText(QAccessibleTextInterface):
    """The drawn text, read only, with no caret and no selection."""

    def __init__(self, ring: ProgressRing) -> None:
        super().__init__()
        self._ring = ring

    def text(self, start: int, end: int) -> str:
        whole = self._ring.text()
        return whole[max(0, start) : len(whole) if end < 0 else end]

    def characterCount(self) -> int:
        return len(self._ring.text())

    def cursorPosition(self) -> int:
        return 0

    def setCursorPosition(self, position: int) -> None:
        """The text cannot be edited; there is no caret to move."""

    def selectionCount(self) -> int:
        return 0

    def addSelection(self, start: int, end: int) -> None:
        """Nothing can be selected."""

    def removeSelection(self, index: int) -> None:
        """Nothing can be selected."""

    def setSelection(self, index: int, start: int, end: int) -> None:
        """Nothing can be selected."""

    def characterRect(self, offset: int) -> QRect:
        return QRect()

    def offsetAtPoint(self, point: QPoint) -> int:
        return -1

    def scrollToSubstring(self, start: int, end: int) -> None:
        """The text is always fully shown."""


class _RingValue(QAccessibleValueInterface):
    """How much of the break has passed, in percent; read only."""

    def __init__(self, ring: ProgressRing) -> None:
        super().__init__()
        self._ring = ring

    def currentValue(self) -> float:
        return round(self._ring.progress() * 100, 1)

    def setCurrentValue(self, value: object) -> None:
        """The time that has passed cannot be set."""

    def maximumValue(self) -> float:
        return 100.0

    def minimumValue(self) -> float:
        return 0.0

    def minimumStepSize(self) -> float:
        return 0.0


class _RingAccessible(QAccessibleWidget):
    """A progress bar that also offers its text (Qt's own progress bar offers no text)."""

    def __init__(self, ring: ProgressRing) -> None:
        super().__init__(ring, QAccessible.Role.ProgressBar, "")
        self._text = _RingText(ring)
        self._value = _RingValue(ring)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> object:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return Shiboken.VoidPtr(Shiboken.getCppPointer(self._text)[0])
        if kind == QAccessible.InterfaceType.ValueInterface:
            return Shiboken.VoidPtr(Shiboken.getCppPointer(self._value)[0])
        # Whatever Qt's widget offers (its actions), as a pointer as well.
        return Shiboken.VoidPtr(super().interface_cast(kind))


@functools.cache
def install_ring_accessibility(ring_class: type[ProgressRing]) -> None:
    """Qt keeps accessibility factories per process, so this is registered exactly once."""

    def factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
        return _RingAccessible(obj) if isinstance(obj, ring_class) else None

    QAccessible.installFactory(factory)

"""The check-in wheel as screen readers see it: a group with one radio button per segment.

Qt takes the interfaces from a factory; the segments are registered in Qt's cache and removed
when their wheel goes.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QObject, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

from companion.core.states import STATE_ORDER, StateId
from companion.ui.shell.labels import state_label

__all__ = ["CHILD_ORDER", "SegmentedWheel", "install_accessibility"]

#: Order of the accessible children: the four segments, then the centre.
CHILD_ORDER: tuple[StateId, ...] = tuple(StateId(s) for s in STATE_ORDER)


class SegmentedWheel(QWidget):
    """A widget of segments that screen readers see as radio buttons (the check-in wheel)."""

    def state(self) -> str | None:
        """The chosen segment's state id, or None."""
        raise NotImplementedError

    def hover(self) -> tuple[str, int] | None:
        """The (state, strength) under the pointer, or None."""
        raise NotImplementedError

    def describe(self, state: str) -> str:
        """What a screen reader says about ``state``'s segment."""
        raise NotImplementedError

    def segment_rect(self, state: str) -> QRect:
        """The segment's bounding box in the widget's coordinates."""
        raise NotImplementedError

    def hit_test(self, pos: QPointF | QPoint) -> tuple[str, int] | None:
        """The (state, strength) at ``pos``, or None outside the wheel."""
        raise NotImplementedError


class _SegmentAccessible(QAccessibleInterface):
    """One segment (or the centre) as a screen reader sees it: a radio button in a group."""

    def __init__(self, wheel: SegmentedWheel, state: StateId) -> None:
        super().__init__()
        self._wheel = wheel
        self._sid = state

    def _alive(self) -> bool:
        return bool(Shiboken.isValid(self._wheel))

    def isValid(self) -> bool:
        return self._alive()

    def object(self) -> QObject | None:  # type: ignore[override]  # Qt allows null
        return None  # not a QObject of its own; the cache must not map the wheel to it

    def window(self) -> QWindow | None:  # type: ignore[override]  # Qt allows null
        if not self._alive():
            return None
        return self._wheel.window().windowHandle()

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        if not self._alive():
            return None
        return QAccessible.queryAccessibleInterface(self._wheel)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if not self._alive():
            return ""
        if kind == QAccessible.Text.Name:
            return state_label(self._sid)
        if kind == QAccessible.Text.Description:
            return self._wheel.describe(self._sid)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        local = self._wheel.segment_rect(self._sid)
        return QRect(self._wheel.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.RadioButton

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.checkable = True
        if not self._alive():
            state.invalid = True
            return state
        chosen = self._wheel.state() == self._sid.value
        state.checked = chosen
        state.focused = chosen and self._wheel.hasFocus()
        hover = self._wheel.hover()
        state.hotTracked = hover is not None and hover[0] == self._sid.value
        return state


class _WheelAccessible(QAccessibleWidget):
    """The wheel as a group with one accessible child per segment and one for the centre."""

    def __init__(self, wheel: SegmentedWheel) -> None:
        super().__init__(wheel, QAccessible.Role.Grouping, "")
        self._wheel = wheel
        self._segments = [_SegmentAccessible(wheel, sid) for sid in CHILD_ORDER]
        # Qt's cache owns the children from here on; they go when the wheel goes.
        ids = [QAccessible.registerAccessibleInterface(seg) for seg in self._segments]
        wheel.destroyed.connect(functools.partial(_forget_interfaces, tuple(ids)))

    def childCount(self) -> int:
        return len(self._segments)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        return self._segments[index] if 0 <= index < len(self._segments) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, segment in enumerate(self._segments):
            if segment is child:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        if not Shiboken.isValid(self._wheel) or not self._wheel.hasFocus():
            return None
        chosen = self._wheel.state()
        if chosen is None:
            return None
        return self._segments[CHILD_ORDER.index(StateId(chosen))]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt allows null
        if not Shiboken.isValid(self._wheel):
            return None
        hit = self._wheel.hit_test(QPointF(self._wheel.mapFromGlobal(QPoint(x, y))))
        if hit is None:
            return None
        return self._segments[CHILD_ORDER.index(StateId(hit[0]))]


def _forget_interfaces(ids: tuple[int, ...], *_destroyed: object) -> None:
    for interface_id in ids:
        QAccessible.deleteAccessibleInterface(interface_id)


def _accessible_factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, SegmentedWheel):
        return _WheelAccessible(obj)
    return None


@functools.cache
def install_accessibility() -> None:
    """Let screen readers see every SegmentedWheel as a group of segments.

    Qt keeps accessibility factories per process, so this is registered exactly once.
    """
    QAccessible.installFactory(_accessible_factory)

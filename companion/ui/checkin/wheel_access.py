"""The check-in wheel as a screen reader meets it: one radio button per cell a user can choose.

Each cell ("Freeze, strength 4 of 5", and "Settled" in the centre) has a press action that
chooses it, so the wheel works by screen reader alone; the wheel's own name carries the current
choice.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QPointF, QRect
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget
from shiboken6 import Shiboken

from companion.core.states import (
    MAX_INTENSITY,
    MIN_INTENSITY,
    PROTECTIVE_STATES,
    SETTLED_INTENSITY,
    StateId,
)
from companion.ui.shell.part_access import PartAccessible

if TYPE_CHECKING:
    from companion.ui.checkin.checkin_wheel import CheckinWheel

__all__ = ["CELLS", "install_wheel_accessibility"]

_LEVELS = range(MIN_INTENSITY, MAX_INTENSITY + 1)
# Every choice on the wheel in reading order: each state from mild to strong, then settled.
CELLS: tuple[tuple[StateId, int], ...] = (
    *(
        (sid, level)
        for sid in PROTECTIVE_STATES
        for level in range(MIN_INTENSITY, MAX_INTENSITY + 1)
    ),
    (StateId.SETTLED, SETTLED_INTENSITY),
)


class _CellAccessible(PartAccessible):
    """One cell as a radio button with a press action that chooses it."""

    def __init__(self, wheel: CheckinWheel, state: StateId, level: int) -> None:
        super().__init__(wheel, QAccessible.Role.RadioButton)
        self._wheel = wheel
        self._sid = state
        self._level = level

    def _chosen(self) -> bool:
        return self._wheel.state() == self._sid.value and self._wheel.intensity() == self._level

    def text(self, kind: QAccessible.Text) -> str:
        if not self._alive():
            return ""
        if kind == QAccessible.Text.Name:
            return self._wheel.cell_name(self._sid.value, self._level)
        if kind == QAccessible.Text.Description:
            return self._wheel.describe(self._sid.value)
        return ""

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        local = self._wheel.cell_rect(self._sid.value, self._level)
        return QRect(self._wheel.mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.checkable = True
        if not self._alive():
            state.invalid = True
            return state
        state.checked = self._chosen()
        state.focused = state.checked and self._wheel.hasFocus()
        hover = self._wheel.hover()
        state.hotTracked = hover == (self._sid.value, self._level)
        return state

    def localizedActionName(self, name: str) -> str:
        if name != QAccessibleActionInterface.pressAction():
            return ""
        return QCoreApplication.translate("CheckinWheel", "Choose")

    def doAction(self, name: str) -> None:
        if self._alive() and name == QAccessibleActionInterface.pressAction():
            self._wheel.set_selection(self._sid.value, self._level)


class _WheelAccessible(QAccessibleWidget):
    """The wheel as a group of radio buttons, one per cell."""

    def __init__(self, wheel: CheckinWheel) -> None:
        super().__init__(wheel, QAccessible.Role.Grouping, "")
        self._wheel = wheel
        self._cells = [_CellAccessible(wheel, sid, level) for sid, level in CELLS]
        # Qt's cache owns the cells from here on; they go when the wheel goes.
        ids = [QAccessible.registerAccessibleInterface(cell) for cell in self._cells]
        wheel.destroyed.connect(functools.partial(_forget_interfaces, tuple(ids)))

    def childCount(self) -> int:
        return len(self._cells)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._cells[index] if 0 <= index < len(self._cells) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, cell in enumerate(self._cells):
            if cell is child:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not Shiboken.isValid(self._wheel) or not self._wheel.hasFocus():
            return None
        index = chosen_index(self._wheel)
        return None if index is None else self._cells[index]

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not Shiboken.isValid(self._wheel):
            return None
        hit = self._wheel.hit_test(QPointF(self._wheel.mapFromGlobal(QPoint(x, y))))
        if hit is None:
            return None
        return self._cells[CELLS.index((StateId(hit[0]), hit[1]))]


def chosen_index(wheel: CheckinWheel) -> int | None:
    """The index of the chosen cell among the accessible children, or None."""
    state = wheel.state()
    if state is None:
        return None
    return CELLS.index((StateId(state), wheel.intensity()))


def _forget_interfaces(ids: tuple[int, ...], *_destroyed: object) -> None:
    for interface_id in ids:
        QAccessible.deleteAccessibleInterface(interface_id)


@functools.cache
def install_wheel_accessibility(wheel_class: type[CheckinWheel]) -> None:
    """Qt keeps accessibility factories per process, so this is registered exactly once."""

    def factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
        return _WheelAccessible(obj) if isinstance(obj, wheel_class) else None

    QAccessible.installFactory(factory)

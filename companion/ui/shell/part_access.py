"""A part of a widget that a screen reader meets as an object of its own (a wheel cell, a tab).

Such a part has no QObject: ``object()`` is None, so Qt's cache keeps mapping the widget to
the widget's interface. It has no children, and one press action; subclasses say what it is
called, where it is, what state it is in and what pressing it does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

__all__ = ["PartAccessible"]


class PartAccessible(QAccessibleWidget):
    """The shared plumbing of a widget's pressable part, with role ``role``."""

    def __init__(self, owner: QWidget, role: QAccessible.Role) -> None:
        super().__init__(owner, role, "")
        self._owner = owner
        self._role = role

    def _alive(self) -> bool:
        return bool(Shiboken.isValid(self._owner))

    def isValid(self) -> bool:
        return self._alive()

    def object(self) -> None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window().windowHandle() if self._alive() else None

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._owner) if self._alive() else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def role(self) -> QAccessible.Role:
        return self._role

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def localizedActionDescription(self, name: str) -> str:
        return self.localizedActionName(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []

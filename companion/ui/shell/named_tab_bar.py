"""A tab bar as a screen reader meets it: a page tab list named for what it is.

Qt names a tab bar after its current tab, so a screen reader would hear "Breathe, page tab
list" and then "Breathe, page tab". Here the list carries its own accessible name ("Areas")
and each tab is a page tab with a press action that opens it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QTabBar, QWidget
from shiboken6 import Shiboken

from companion.ui.shell.part_access import PartAccessible

__all__ = ["NamedTabBar"]


class NamedTabBar(QTabBar):
    """A tab bar whose list is read by its own name: arrows move between the tabs, and it is
    a single Tab stop."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        _install_tab_bar_accessibility()
        super().__init__(parent)
        self.setAccessibleName(name)


class _TabAccessible(PartAccessible):
    """One tab as a page tab."""

    def __init__(self, bar: NamedTabBar, index: int) -> None:
        super().__init__(bar, QAccessible.Role.PageTab)
        self._bar = bar
        self._index = index

    def _alive(self) -> bool:
        return super()._alive() and self._index < self._bar.count()

    def text(self, kind: QAccessible.Text) -> str:
        if not self._alive():
            return ""
        if kind == QAccessible.Text.Name:
            return self._bar.tabText(self._index).replace("&", "")
        if kind == QAccessible.Text.Description:
            return self._bar.tabToolTip(self._index)
        return ""

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        local = self._bar.tabRect(self._index)
        return QRect(self._bar.mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        if not self._alive():
            state.invalid = True
            return state
        current = self._bar.currentIndex() == self._index
        state.selected = current
        state.focused = current and self._bar.hasFocus()
        state.disabled = not self._bar.isTabEnabled(self._index)
        return state

    def localizedActionName(self, name: str) -> str:
        if name != QAccessibleActionInterface.pressAction():
            return ""
        return QCoreApplication.translate("NamedTabBar", "Open")

    def doAction(self, name: str) -> None:
        # Like Qt's own buttons, answer the screen reader first and open the tab right after:
        # opening a page may take a while, and the screen reader waits for the answer.
        if self._alive() and name == QAccessibleActionInterface.pressAction():
            QTimer.singleShot(
                0, self._bar, functools.partial(self._bar.setCurrentIndex, self._index)
            )


class _NamedTabBarAccessible(QAccessibleWidget):
    """The bar as a page tab list, named by its accessible name, with one child per tab."""

    def __init__(self, bar: NamedTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList, "")
        self._bar = bar
        self._tabs: list[_TabAccessible] = []
        self._ids: list[int] = []
        bar.destroyed.connect(functools.partial(_forget_interfaces, self._ids))

    def _tab(self, index: int) -> _TabAccessible:
        # Tabs are added after the bar is built: their interfaces are made when first asked.
        while len(self._tabs) <= index:
            tab = _TabAccessible(self._bar, len(self._tabs))
            self._tabs.append(tab)
            self._ids.append(QAccessible.registerAccessibleInterface(tab))  # Qt's cache owns it
        return self._tabs[index]

    def childCount(self) -> int:
        return self._bar.count() if Shiboken.isValid(self._bar) else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._tab(index) if 0 <= index < self.childCount() else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, tab in enumerate(self._tabs):
            if tab is child:
                return index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not Shiboken.isValid(self._bar) or not self._bar.hasFocus():
            return None
        return self.child(self._bar.currentIndex())

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not Shiboken.isValid(self._bar):
            return None
        return self.child(self._bar.tabAt(self._bar.mapFromGlobal(QPoint(x, y))))


def _forget_interfaces(ids: list[int], *_destroyed: object) -> None:
    for interface_id in ids:
        QAccessible.deleteAccessibleInterface(interface_id)


@functools.cache
def _install_tab_bar_accessibility() -> None:
    """Qt keeps accessibility factories per process, so this is registered exactly once."""

    def factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
        return _NamedTabBarAccessible(obj) if isinstance(obj, NamedTabBar) else None

    QAccessible.installFactory(factory)

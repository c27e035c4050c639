"""The main window's menu actions and About box, added once the first frame is on screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from companion import __version__
from companion.desktop.translate import translator

if TYPE_CHECKING:
    from companion.ui.shell.main_window import MainWindow


_tr = translator("MainWindow")


def fill_menus(window: MainWindow, labels: Mapping[str, str]) -> QAction:
    """File › Quit, one Go entry per area (Ctrl+1 …) and the Help menu; returns Quit."""
    quit_action = QAction(_tr("&Quit"), window)
    quit_action.setObjectName("quitAction")
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quit_action.triggered.connect(window.quit_app)
    window.menu_file.addAction(quit_action)
    window.addAction(quit_action)

    for index, (area, label) in enumerate(labels.items(), start=1):
        action = QAction(label, window)
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False, a=area: window.show_area(a))
        window.menu_go.addAction(action)

    about = QAction(_tr("&About Companion"), window)
    about.setObjectName("aboutAction")
    about.triggered.connect(window.show_about)
    help_action = QAction(_tr("&How breaks work, and when not"), window)
    help_action.setObjectName("helpAction")
    help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    help_action.triggered.connect(window.show_help)
    window.menu_help.addAction(help_action)
    window.menu_help.addAction(about)
    return quit_action


def insert_action(
    owner: QWidget,
    menu: QMenu,
    before: QAction,
    text: str,
    slot: Callable[[], object],
    name: str,
    separator: bool,
) -> QAction:
    """A named action in ``menu`` above ``before`` (with a separator above it if asked)."""
    if separator:
        sep = QAction(owner)
        sep.setSeparator(True)
        menu.insertAction(before, sep)
    action = QAction(text, owner)
    action.setObjectName(name)
    action.triggered.connect(lambda _=False: slot())
    menu.insertAction(before, action)
    return action


def show_about(window: QWidget) -> None:
    QMessageBox.about(
        window,
        _tr("About Companion"),
        _tr(
            "<h3>Companion %s</h3>"
            "<p>For stepping away well when a fight floods you, and for a few minutes "
            "of calm practice each day.</p>"
            "<p>Everything you enter stays on this computer.</p>"
        )
        % __version__,
    )

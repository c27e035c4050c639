"""The tray icon during a break: the time left in the tooltip, and a small menu.

Where the desktop has no tray (or Qt runs offscreen) nothing is created and
:meth:`BreakTray.available` is False; the rest of the app carries on without it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from companion.core.agreement import ReturnTimeError
from companion.core.phrases import Phrases
from companion.services.break_words import problem_text
from companion.services.breaks import BreakController, StorageError
from companion.ui.shell.palette import BRAND

__all__ = ["BreakTray"]


def _icon() -> QIcon:
    """A simple ring, drawn so the app needs no icon file to show a tray icon."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(BRAND), 8)
    painter.setPen(pen)
    painter.drawEllipse(QPointF(32, 32), 24, 24)
    painter.end()
    return QIcon(pixmap)


class BreakTray(QObject):
    """Tray icon and menu: Take a break, or for the running break countdown, +10 min, I'm back.

    Emits ``takeBreakRequested``, ``returnRequested``, ``waitRequested`` ("My partner is
    taking a break", shown while no break runs), ``quitRequested`` and ``showRequested``
    (icon clicked).
    ``phrases`` gives the words for asking for more time; without them the message after
    "Add 10 minutes" says only the new return time.
    """

    takeBreakRequested = Signal()
    returnRequested = Signal()
    waitRequested = Signal()
    quitRequested = Signal()
    showRequested = Signal()

    def __init__(
        self,
        controller: BreakController,
        parent: QObject | None = None,
        *,
        phrases: Phrases | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._phrases = phrases
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.countdown_action = QAction(self.menu)
        self.countdown_action.setEnabled(False)
        self.take_break_action = QAction(self.tr("Take a break"), self.menu)
        self.take_break_action.setObjectName("trayTakeBreakAction")
        self.take_break_action.triggered.connect(lambda: self.takeBreakRequested.emit())
        self.extend_action = QAction(self.tr("Add 10 minutes"), self.menu)
        self.extend_action.triggered.connect(self._extend)
        self.back_action = QAction(self.tr("I'm back"), self.menu)
        self.back_action.triggered.connect(lambda: self.returnRequested.emit())
        self.wait_action = QAction(self.tr("My partner is taking a break"), self.menu)
        self.wait_action.triggered.connect(lambda: self.waitRequested.emit())
        self.show_action = QAction(self.tr("Open Companion"), self.menu)
        self.show_action.triggered.connect(lambda: self.showRequested.emit())
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.triggered.connect(lambda: self.quitRequested.emit())
        for action in (
            self.countdown_action,
            self.take_break_action,
            self.wait_action,
            self.extend_action,
            self.back_action,
        ):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self._icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._icon = QSystemTrayIcon(_icon(), self)
            self._icon.setContextMenu(self.menu)
            self._icon.activated.connect(self._activated)
            self._icon.show()
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.refresh)
        self.refresh()

    def available(self) -> bool:
        """Whether a tray icon is shown (False on desktops without a tray)."""
        return self._icon is not None

    def tooltip(self) -> str:
        """What the icon's tooltip says: the break's status line, or just the app's name."""
        status = self._controller.status_text()
        if not status:
            return self.tr("Companion")
        return self.tr("Companion: {status}").format(status=status)

    def refresh(self) -> None:
        """Update the tooltip and menu from the stored break and the wall clock."""
        found = self._controller.active()
        running = found is not None
        text = self.tooltip()
        self.countdown_action.setText(text if running else self.tr("No break is running"))
        self.take_break_action.setVisible(not running)
        self.extend_action.setVisible(running)
        self.back_action.setVisible(running)
        self.extend_action.setEnabled(running)
        self.back_action.setEnabled(running)
        self.wait_action.setVisible(not running)
        waiting = found is not None and found[0].role == "waiting"
        self.back_action.setText(self.tr("They're back") if waiting else self.tr("I'm back"))
        if self._icon is not None:
            self._icon.setToolTip(text)

    def show_message(self, title: str, body: str) -> bool:
        """Show a desktop notification through the tray; False when there is no tray.

        Fits ``BreakController(notifier=...)``.
        """
        if self._icon is None:
            return False
        self._icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
        return True

    def _extend(self) -> None:
        found = self._controller.active()
        if found is None:
            return
        try:
            if found[0].role == "waiting":  # their partner asked for more; no words to send
                longer, words = self._controller.extend(10 * 60), ""
            elif self._phrases is not None:
                longer, words = self._controller.ask_for_more_time(10 * 60, self._phrases.extension)
            else:
                longer, words = self._controller.extend(10 * 60), ""
        except ReturnTimeError as exc:
            # Over the 24-hour limit: the reason says how much can still be added.
            self.show_message(self.tr("No more time was added"), problem_text(exc))
            return
        except StorageError as exc:
            # The return time on record is unchanged; say so rather than fail silently.
            self.show_message(self.tr("More time was not saved"), str(exc))
            return
        when = self._controller.format_time(longer.return_at)
        if found[0].role == "waiting":
            body = self.tr("The countdown now runs to {time}.").format(time=when)
        else:
            body = words or self.tr("Let your partner know you'll be back at {time}.").format(
                time=when
            )
        self.show_message(self.tr("More time: back at {time}").format(time=when), body)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showRequested.emit()

"""The first window: three ways in, the urgent one first, and when breaks are not the tool.

Shown in place of the pages until the person picks a way in; never again after that. It
blocks nothing: the areas, Take a break and every shortcut work while it is up.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.style import FILLED, set_look

__all__ = ["CHOSEN_KEY", "WelcomeView", "install_welcome"]

CHOSEN_KEY = "welcome/chosen"
"""Set once a way in was chosen (Delete all data clears it with the other settings)."""


class WelcomeView(QWidget):
    """Emits ``chosen("break" | "plan" | "breathe")`` and ``helpRequested``."""

    chosen = Signal(str)
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        title = QLabel(self.tr("Where would you like to start?"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.5)
        title.setFont(font)
        layout.addWidget(title)
        self.break_button = self._way(
            layout, "break", self.tr("I need a break now"), "welcomeBreakButton"
        )
        self.break_button.setToolTip(self.tr("Go straight to starting a break"))
        self.plan_button = self._way(
            layout, "plan", self.tr("Make our pause plan together"), "welcomePlanButton"
        )
        self.plan_button.setToolTip(
            self.tr("For a calm moment: agree how you will pause, then print it")
        )
        self.breathe_button = self._way(
            layout, "breathe", self.tr("Breathe for a few minutes"), "welcomeBreatheButton"
        )
        self.safety_label = QLabel(
            self.tr(
                "Breaks are for heated talks between people who are safe with each other. "
                "If there is abuse or you are in danger, a break is not the tool: go "
                'somewhere safe and get help. <a href="help">Read more in Help</a>.'
            ),
            self,
        )
        self.safety_label.setObjectName("welcomeSafety")
        self.safety_label.setWordWrap(True)
        self.safety_label.setTextFormat(Qt.TextFormat.RichText)
        self.safety_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.safety_label.linkActivated.connect(lambda _link: self.helpRequested.emit())
        layout.addSpacing(12)
        layout.addWidget(self.safety_label)
        self.setTabOrder(self.breathe_button, self.safety_label)
        layout.addStretch(2)

    def _way(self, layout: QVBoxLayout, way: str, text: str, name: str) -> QPushButton:
        """One way in: a wide button; the break, the one for the worst moment, is filled."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        if way == "break":
            set_look(button, FILLED, scale=1.55)
        else:
            font = button.font()
            font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.2)
            button.setFont(font)
        button.setMinimumHeight(48)
        button.clicked.connect(lambda _=False: self.chosen.emit(way))
        layout.addWidget(button)
        return button

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused way, as Space does (an auto-default button would animate)."""
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and focused.parent() is self:
            focused.click()
            return
        super().keyPressEvent(event)


def install_welcome(window: MainWindow, settings: QSettings) -> WelcomeView | None:
    """Show the welcome in ``window`` unless a way in was chosen before; the view or None."""
    if settings.value(CHOSEN_KEY, False, type=bool):
        return None
    view = WelcomeView(window.stack)
    window.stack.addWidget(view)
    window.stack.setCurrentWidget(view)
    view.break_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(way: str) -> None:
        settings.setValue(CHOSEN_KEY, True)
        settings.sync()
        if way == "break":
            window.take_break()
        else:
            window.show_area(way)
        window.stack.removeWidget(view)
        view.deleteLater()

    view.chosen.connect(choose)
    view.helpRequested.connect(window.show_help)
    return view

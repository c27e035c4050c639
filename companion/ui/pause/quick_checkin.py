"""The compact check-in of the break screens: the wheel's five states and five strengths.

It takes the same keys as the check-in wheel (1-4 fight, flight, freeze, fawn; 0 settled;
+/- or Up/Down for the strength), so what a hand learned there works here too. Everything is
a button of the same size: no spin box, no list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from companion.core.states import DEFAULT_INTENSITY, KEY_ORDER, MAX_INTENSITY, MIN_INTENSITY
from companion.ui.shell.labels import state_label
from companion.ui.shell.style import CHOICE, set_look

__all__ = ["STATE_KEYS", "QuickCheckin"]

STATE_KEYS = KEY_ORDER
"""The states by their key on the keyboard: 0 settled, 1 fight ... 4 fawn (as on the wheel)."""


class QuickCheckin(QWidget):
    """Five state buttons and five strength buttons; keys 0-4 pick a state, +/- the strength."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCheckin")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("How you feel: state and strength"))
        hints = {
            "settled": self.tr("Calm enough to talk and listen"),
            "fight": self.tr("Hot, tense, wanting to push or win"),
            "flight": self.tr("Restless, racing, wanting to leave"),
            "freeze": self.tr("Numb, heavy, words won't come"),
            "fawn": self.tr("Wanting to smooth it over, saying yes while feeling no"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self._states = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for key in (1, 2, 3, 4, 0):
            state = STATE_KEYS[key]
            button = QPushButton(f"{state_label(state)} ({key})", self)
            button.setObjectName(f"checkin_{state}")
            button.setCheckable(True)
            set_look(button, CHOICE)  # the chosen one stands out, not just a shade
            button.setToolTip(hints[state])
            button.setAccessibleName(state_label(state))
            button.setAccessibleDescription(hints[state])
            self._states.addButton(button, key)
            self.buttons[state] = button
            place = (key - 1) % 5  # fight, flight, freeze on the first row; fawn, settled below
            grid.addWidget(button, place // 3, place % 3)
        self.strength_label = QLabel(self.tr("How strong (1 gentle, 5 very strong):"), self)
        self.strength_label.setWordWrap(True)
        grid.addWidget(self.strength_label, 2, 0, 1, 5)
        self._strengths = QButtonGroup(self)
        self.strength_buttons: dict[int, QPushButton] = {}
        for level in range(MIN_INTENSITY, MAX_INTENSITY + 1):
            button = QPushButton(str(level), self)
            button.setObjectName(f"strength{level}")
            button.setCheckable(True)
            set_look(button, CHOICE)
            button.setAccessibleName(self.tr("Strength {n} of 5").format(n=level))
            self._strengths.addButton(button, level)
            self.strength_buttons[level] = button
            grid.addWidget(button, 3 + (level - 1) // 3, (level - 1) % 3)
        self.strength_label.setBuddy(self.strength_buttons[MIN_INTENSITY])
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 48)
        self.strength_buttons[DEFAULT_INTENSITY].setChecked(True)
        self._states.idToggled.connect(self._toggled)
        self._strengths.idToggled.connect(self._toggled)

    def _toggled(self, _key: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def state(self) -> str | None:
        """The chosen state id, or None when nothing is chosen."""
        key = self._states.checkedId()
        return STATE_KEYS[key] if key >= 0 else None

    def intensity(self) -> int:
        """The chosen strength, 1 to 5."""
        return max(MIN_INTENSITY, self._strengths.checkedId())

    def set_state(self, state: str | None) -> None:
        if state is None:
            self.clear()
        else:
            self.buttons[state].setChecked(True)

    def set_intensity(self, level: int) -> None:
        """Choose a strength (kept within 1 to 5)."""
        level = min(MAX_INTENSITY, max(MIN_INTENSITY, int(level)))
        self.strength_buttons[level].setChecked(True)

    def clear(self) -> None:
        """Back to nothing chosen and a middle strength."""
        self._states.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self._states.setExclusive(True)
        self.strength_buttons[DEFAULT_INTENSITY].setChecked(True)
        self.changed.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply a check-in key (0-4, +, -, Up, Down); True when it was one."""
        text = event.text()
        if text in ("0", "1", "2", "3", "4"):
            self.buttons[STATE_KEYS[int(text)]].setChecked(True)
            return True
        if text == "+" or event.key() == Qt.Key.Key_Up:
            self.set_intensity(self.intensity() + 1)
            return True
        if text == "-" or event.key() == Qt.Key.Key_Down:
            self.set_intensity(self.intensity() - 1)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

"""The one-click break lengths at the top of the break flow, and the return time they give."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.services.breaks import amount_text
from companion.ui.pause.break_widgets import scaled_font
from companion.ui.shell.style import CHOICE, set_look

__all__ = ["QUICK_DURATIONS", "DurationChoice"]

QUICK_DURATIONS = (20, 30, 45, 60)
"""The one-click durations in minutes; the first is chosen when the flow opens."""


class DurationChoice(QWidget):
    """A row of break lengths, one ticked (with a mark, not by colour alone) or none, and
    beneath it when the person will be back.

    Emits ``chosen(minutes)`` when the person picks one.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("durationChoice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("How long do you need?"), self)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QPushButton] = {}
        for minutes in QUICK_DURATIONS:
            button = QPushButton(amount_text(minutes), self)
            button.setObjectName(f"duration{minutes}")
            set_look(button, CHOICE)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Break of {amount}").format(amount=button.text()))
            self.group.addButton(button, minutes)
            self.buttons[minutes] = button
            row.addWidget(button)
        self.title.setBuddy(self.buttons[QUICK_DURATIONS[0]])
        self.group.idClicked.connect(self.chosen)
        row.addStretch(1)
        layout.addLayout(row)
        self.return_label = QLabel(self)
        self.return_label.setObjectName("flowReturnLabel")
        self.return_label.setFont(scaled_font(self.return_label, 1.25))
        self.return_label.setWordWrap(True)
        layout.addWidget(self.return_label)

    def check(self, chosen: int | None) -> None:
        """Mark one length as chosen (None: none, e.g. while a time is typed)."""
        self.group.setExclusive(False)
        for minutes, button in self.buttons.items():
            button.setChecked(minutes == chosen)
            mark = "✓ " if minutes == chosen else ""
            button.setText(mark + amount_text(minutes))
        self.group.setExclusive(True)

    def show_return(self, when: str) -> None:
        """Say when the person will be back ("" while no usable time is chosen)."""
        self.return_label.setText(self.tr("Back at {time}").format(time=when) if when else "")

    def minutes(self) -> int | None:
        """The length ticked, or None."""
        checked = self.group.checkedId()
        return checked if checked > 0 else None

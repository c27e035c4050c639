"""Asking for more time during a break: +10, +20 or a chosen number of minutes.

Each request is stored with its own message (the words said when leaving stay as they
were); the countdown then shows that message as the latest words to copy.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from companion.core.agreement import MAX_BREAK, ReturnTimeError
from companion.core.phrases import Phrases
from companion.services.break_words import problem_text
from companion.services.breaks import BreakController, StorageError
from companion.ui.pause.break_widgets import announce, hidden_note, show_problem

__all__ = ["MoreTimePanel"]


class MoreTimePanel(QWidget):
    """The buttons for more time and the reason when none could be added; emits ``extended``."""

    extended = Signal()

    def __init__(
        self, controller: BreakController, phrases: Phrases, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moreTimePanel")
        self._controller = controller
        self._phrases = phrases
        panel = QVBoxLayout(self)
        panel.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.extend10_button = self._button("extend10Button", self.tr("+10 min"), 10)
        self.extend20_button = self._button("extend20Button", self.tr("+20 min"), 20)
        self.minutes_title = QLabel(self.tr("Or:"), self)
        self.extend_minutes_box = QSpinBox(self)
        self.extend_minutes_box.setObjectName("extendMinutes")
        self.extend_minutes_box.setRange(1, int(MAX_BREAK.total_seconds() // 60))
        self.extend_minutes_box.setValue(15)
        self.extend_minutes_box.setSuffix(self.tr(" min"))
        self.extend_minutes_box.setAccessibleName(self.tr("Minutes to add"))
        self.minutes_title.setBuddy(self.extend_minutes_box)
        self.extend_custom_button = QPushButton(self.tr("Add"), self)
        self.extend_custom_button.setObjectName("extendCustomButton")
        self.extend_custom_button.setAccessibleName(self.tr("Add the chosen minutes"))
        self.extend_custom_button.clicked.connect(
            lambda: self.extend(self.extend_minutes_box.value())
        )
        for widget in (
            self.extend10_button,
            self.extend20_button,
            self.minutes_title,
            self.extend_minutes_box,
            self.extend_custom_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        panel.addLayout(row)
        self.extend_error = hidden_note(self, "extendError")
        panel.addWidget(self.extend_error)

    def _button(self, name: str, text: str, minutes: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(self.tr("Ask for {n} more minutes").format(n=minutes))
        button.clicked.connect(lambda: self.extend(minutes))
        return button

    def opened(self) -> None:
        """Shown afresh: no old reason, the first choice focused."""
        self.extend_error.setVisible(False)
        self.extend10_button.setFocus()

    def extend(self, minutes: int) -> bool:
        """Ask for ``minutes`` more; False (with the reason shown) when refused or unsaved.

        When it cannot be saved (a full disk) the return time stays as it was, and says so.
        """
        try:
            longer, _words = self._controller.ask_for_more_time(
                minutes * 60, self._phrases.extension
            )
        except ReturnTimeError as exc:
            self._show_error(problem_text(exc))
            return False
        except StorageError as exc:
            self._show_error(self._unsaved_text(exc))
            return False
        self.extend_error.setVisible(False)
        when = self._controller.format_time(longer.return_at)
        announce(self, self.tr("More time saved: back at {time}.").format(time=when))
        self.extended.emit()
        return True

    def _show_error(self, text: str) -> None:
        show_problem(self.extend_error, text)

    def _unsaved_text(self, problem: StorageError) -> str:
        found = self._controller.active()
        if found is None:
            return self.tr("The extra time could not be saved: {problem}").format(problem=problem)
        when = self._controller.format_time(found[1].return_at)
        return self.tr(
            "The extra time could not be saved, so your return time is still {time}: "
            "{problem}\nTry again in a moment."
        ).format(time=when, problem=problem)

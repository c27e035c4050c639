"""A text box where Ctrl+Enter hands the text on, while Enter still starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

__all__ = ["SubmitTextEdit"]


class SubmitTextEdit(QPlainTextEdit):
    """Emits ``submitted`` on Ctrl+Enter; Tab moves on, so the keyboard never gets stuck."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str, accessible_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

"""Small pieces that make widgets speak to screen readers: announcements and field labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["StatusLabel", "announce", "buddy_label"]


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` politely (after what it is saying, keeping focus)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class StatusLabel(QLabel):
    """A label for results ("Saved at 19:30."): every new text is also announced, and the
    label takes no focus while it is empty (no blank stop for a screen reader)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **properties: Any) -> None:
        super().__init__(text, parent, **properties)
        self._policy = self.focusPolicy()
        self._follow_text()

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:
        super().setTextInteractionFlags(flags)
        self._policy = self.focusPolicy()
        self._follow_text()

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        self._follow_text()
        if changed:
            announce(self, text)

    def _follow_text(self) -> None:
        self.setFocusPolicy(self._policy if self.text() else Qt.FocusPolicy.NoFocus)

    def clear(self) -> None:
        self.setText("")


def buddy_label(text: str, field: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label tied to ``field``: screen readers read it as the field's name and
    the mnemonic in ``text`` (``&Pattern``) moves the focus there."""
    label = QLabel(text, parent if parent is not None else field.parentWidget())
    label.setBuddy(field)
    return label

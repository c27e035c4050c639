"""Answering a real question dialog by the words on its buttons, as a person would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

__all__ = ["answer_question"]


def answer_question(choice: str, seen: list[list[str]]) -> None:
    """When the next question opens, note its button texts in ``seen`` and press ``choice``.

    Polls from the event loop the dialog runs in (no sleeping); the dialog blocks until then.
    """

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        buttons = box.findChildren(QAbstractButton)
        texts = [b.text() for b in box.buttons()]
        seen.append(texts)
        target = next(b for b in buttons if b.text() == choice)
        target.click()

    QTimer.singleShot(0, press)

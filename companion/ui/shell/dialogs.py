"""Questions that name what each answer does ("Call off the break", not Yes or No)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["confirm"]


def confirm(parent: QWidget, title: str, text: str, *, action: str, keep: str) -> bool:
    """Ask before a step that cannot be undone; True only when ``action`` was chosen.

    The safe answer (``keep``) is the default, so Enter or Esc never takes the step.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("confirmDialog")
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    go.setObjectName("confirmActionButton")
    stay = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("confirmKeepButton")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is go

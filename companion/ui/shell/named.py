"""Small builders for named widgets: every control gets an objectName tests and tools can find."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

__all__ = ["named", "wrapped_label"]

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """``widget`` with its objectName set to ``name``."""
    widget.setObjectName(name)
    return widget


def wrapped_label(name: str, text: str = "") -> QLabel:
    """A named label whose text wraps onto more lines instead of widening the window."""
    label = named(QLabel(text), name)
    label.setWordWrap(True)
    return label

"""What the window may ask of the pages it holds, without knowing their classes.

The pages live in the feature packages, which the shell does not import; these protocols
name the few things the window needs from them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

__all__ = ["BreathingPage", "KeyedPage", "PendingWrites"]


@runtime_checkable
class KeyedPage(Protocol):
    """A page with one control that should take the keyboard when the page opens."""

    def key_target(self) -> QWidget:
        """The control that gets the focus (the wheel, for 1-4 and Enter)."""
        ...


@runtime_checkable
class BreathingPage(Protocol):
    """The pacer: it can start a pattern for a number of minutes."""

    def start(self, pattern: str, *, minutes: float | None = None, ease_in: bool = False) -> None:
        """Begin a session of ``pattern`` (a preset id) now."""
        ...


@runtime_checkable
class PendingWrites(Protocol):
    """A page holding changes it writes later (an undo window, a pending choice)."""

    def commit_pending(self) -> object:
        """Write what is pending now (the window is closing)."""
        ...

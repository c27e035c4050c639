"""Pieces the break screens (the flow, the countdown, the return step) are built from.

Only layout and look live here; each screen passes in its own translated texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.services.breaks import StorageError
from companion.ui.shell.style import ACCENT, set_look

__all__ = [
    "announce",
    "fold_button",
    "hidden_note",
    "make_accent",
    "redraw_while_seen",
    "save_or_say_why",
    "scaled_font",
    "scroll_body",
    "show_problem",
    "spoken_words_edit",
    "titled_scroll_page",
    "wrapped_check",
]


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` politely (after what it is saying), from ``widget``."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def hidden_note(parent: QWidget, name: str) -> QLabel:
    """A named, word-wrapped label, hidden until it has something to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Say in ``label`` what went wrong, and have a screen reader say it too."""
    label.setText(text)
    label.setVisible(True)
    announce(label, text)


class _WhileSeen(QObject):
    """Redraws a widget on each tick while it can be seen, and when its window comes back."""

    def __init__(
        self,
        widget: QWidget,
        ticked: SignalInstance,
        redraw: Callable[[], object],
        on_return: Callable[[], object],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._redraw = redraw
        self._on_return = on_return
        self._window: QWidget | None = None
        ticked.connect(self._tick)
        widget.installEventFilter(self)

    def _seen(self) -> bool:
        return self._widget.isVisible() and not self._widget.window().isMinimized()

    def _tick(self) -> None:
        if self._seen():
            self._redraw()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget and kind == QEvent.Type.Show:
            window = self._widget.window()
            if window is not self._widget and window is not self._window:
                if self._window is not None:
                    self._window.removeEventFilter(self)
                self._window = window
                window.installEventFilter(self)  # to see it come back from minimised
        elif watched is self._window and kind == QEvent.Type.WindowStateChange and self._seen():
            self._on_return()
        return False


def redraw_while_seen(
    widget: QWidget,
    ticked: SignalInstance,
    redraw: Callable[[], object],
    on_return: Callable[[], object] | None = None,
) -> None:
    """Call ``redraw`` on each ``ticked`` while ``widget`` can be seen.

    Hidden, or in a minimised window, nothing is drawn; when the window is restored,
    ``on_return`` (default: ``redraw``) brings the widget up to date at once.
    """
    _WhileSeen(widget, ticked, redraw, on_return or redraw)


Saved = TypeVar("Saved")


def save_or_say_why(save: Callable[[], Saved], error: QLabel, problem: str) -> tuple[Saved] | None:
    """Run ``save``; ``(its result,)`` with ``error`` hidden, or None when storage failed.

    On failure ``error`` shows ``problem`` with its ``{problem}`` filled in, so the person
    knows nothing was lost and can try again.
    """
    try:
        result = save()
    except StorageError as exc:
        show_problem(error, problem.format(problem=exc))
        return None
    error.setVisible(False)
    return (result,)


def scaled_font(widget: QWidget, scale: float) -> QFont:
    """The widget's font, ``scale`` times larger (for text meant to be read aloud)."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    return font


def make_accent(button: QPushButton, scale: float) -> None:
    """One of the few large, accent-coloured actions of a screen."""
    set_look(button, ACCENT, scale=scale)
    button.setMinimumHeight(button.fontMetrics().height() * 2 + 8)


def fold_button(parent: QWidget, name: str, text: str) -> QToolButton:
    """A ▸/▾ toggle that shows and hides what is folded beneath it."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setCheckable(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.toggled.connect(
        lambda shown: button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
    )
    return button


class _ToggleLabel(QLabel):
    """The words of a tick box that wrap; a click on them ticks the box, as on its own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(event)


def wrapped_check(parent: QWidget, name: str, text: str) -> tuple[QWidget, QCheckBox]:
    """A tick box whose words wrap in a narrow window (a QCheckBox's own text cannot).

    Returns the row to lay out and the box (named ``name``, and named ``text`` for screen
    readers).
    """
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox(row)
    box.setObjectName(name)
    box.setAccessibleName(text)
    label = _ToggleLabel(text, box, row)
    label.setObjectName(f"{name}Text")
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, box


def scroll_body(page: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A frameless scroll area and the body inside it, which fills it and scrolls when needed.

    In a small window the body keeps every widget's minimum size and scrolls, instead of
    squashing widgets into each other. Returns the scroll area, the body and its layout.
    """
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    body = QWidget(scroll)
    layout = QVBoxLayout(body)
    scroll.setWidget(body)
    return scroll, body, layout


def titled_scroll_page(page: QWidget, title: str) -> tuple[QVBoxLayout, QWidget, QVBoxLayout]:
    """Lay ``page`` out as a large title over a frameless scrolling body.

    Returns the page's own layout (for what stays in view below the scrolling part), the
    body widget and the body's layout.
    """
    outer = QVBoxLayout(page)
    heading = QLabel(title, page)
    heading.setFont(scaled_font(heading, 1.5))
    outer.addWidget(heading)
    scroll, body, layout = scroll_body(page)
    scroll.setAccessibleName(title)
    outer.addWidget(scroll, 1)
    return outer, body, layout


def spoken_words_edit(
    parent: QWidget, name: str, accessible_name: str, scale: float
) -> QPlainTextEdit:
    """An editable box for words to say aloud or send: large type, and Tab moves on."""
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible_name)
    edit.setFont(scaled_font(edit, scale))
    edit.setTabChangesFocus(True)
    return edit

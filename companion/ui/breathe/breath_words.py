"""What the pacer says during a session: the phase in large type, its seconds, the rate and
the time so far; screen readers hear each new phase, politely.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.core.agreement import format_countdown
from companion.core.breath_pattern import PhaseKind
from companion.core.breathing import BreathState
from companion.desktop.translate import translator
from companion.ui.breathe.pattern_editor import rate_text
from companion.ui.shell.named import named, wrapped_label

__all__ = ["BreathWords"]


_tr = translator("PacerView")


class BreathWords(QWidget):
    """The phase label (``phaseLabel``) and a row of facts under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathWords")
        self._words = {
            PhaseKind.INHALE: _tr("Breathe in"),
            PhaseKind.TOP_UP: _tr("A little more in"),
            PhaseKind.HOLD: _tr("Hold gently"),
            PhaseKind.EXHALE: _tr("Breathe out slowly"),
            PhaseKind.REST: _tr("Rest"),
        }
        self._shown: tuple[object, ...] = ()
        self._last_phase: tuple[int, int] | None = None
        self.phase_label = wrapped_label("phaseLabel")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.phase_label.setFont(font)
        self._seconds = named(QLabel(), "phaseSecondsLabel")
        self._rate = named(QLabel(), "rateLabel")
        self._elapsed = named(QLabel(), "elapsedLabel")
        facts = QHBoxLayout()
        for label in (self._seconds, self._rate, self._elapsed):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            facts.addWidget(label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase_label)
        layout.addLayout(facts)

    def forget(self) -> None:
        """Write everything again at the next :meth:`show_breath` (after a pause or a stop)."""
        self._shown = ()

    def new_session(self) -> None:
        """A session starts: its first phase is announced."""
        self._shown = ()
        self._last_phase = None

    def show_breath(self, state: BreathState, elapsed: float, end: float | None) -> bool:
        """Show the breath at ``elapsed`` seconds; True when a new phase began."""
        key = (state.cycle, state.phase_index)
        left = math.ceil(state.phase_remaining - 1e-9)
        shown = (key, left, round(state.breaths_per_minute, 1), int(elapsed))
        if shown == self._shown:
            return False
        self._shown = shown
        word = self._words[state.phase]
        self.phase_label.setText(word)
        self._seconds.setText(_tr("{n} s left").format(n=left))
        self._rate.setText(
            _tr("{rate} breaths a minute").format(rate=rate_text(state.breaths_per_minute))
        )
        so_far = format_countdown(timedelta(seconds=int(elapsed)))
        if end is None:
            self._elapsed.setText(so_far)
        else:
            total = format_countdown(timedelta(seconds=int(end)))
            self._elapsed.setText(_tr("{elapsed} of {total}").format(elapsed=so_far, total=total))
        if key == self._last_phase:
            return False
        self._last_phase = key
        self.announce(_tr("{phase}, {n} seconds").format(phase=word, n=left))
        return True

    def say(self, text: str) -> None:
        """A sentence instead of a breath (ready, stopped, the way out), facts cleared."""
        self.phase_label.setText(text)
        for label in (self._seconds, self._rate, self._elapsed):
            label.setText("")
        self.announce(text)

    def announce(self, text: str) -> None:
        """Tell screen readers about a new phase (politely, without stealing focus)."""
        self.phase_label.setAccessibleDescription(text)
        event = QAccessibleAnnouncementEvent(self.phase_label, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)  # a no-op unless assistive tech listens

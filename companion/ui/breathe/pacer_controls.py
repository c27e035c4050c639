"""The pacer's buttons and notes: Start, Pause, Resume, Stop, the way out, and what is said
about the sound and the practice log.

They belong to the pacer page (their texts keep its translation context); the page decides
when they are pressed and what the notes say, this module only builds and shows them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from companion.desktop.translate import translator
from companion.ui.shell.named import named, wrapped_label
from companion.ui.shell.style import ACCENT, set_look

__all__ = ["BIG_TARGET_HEIGHT", "BIG_TARGET_WIDTH", "PacerControls"]

BIG_TARGET_WIDTH, BIG_TARGET_HEIGHT = 140, 44  # Start: easy to hit with shaking hands


_tr = translator("PacerView")


class PacerControls:
    """The controls below the breathing shape; the page lays them out and connects them."""

    def __init__(self) -> None:
        self.audio_status = wrapped_label("audioStatus")
        self.audio_retry = named(QPushButton(_tr("Retry sound")), "audioRetryButton")
        self.save_status = wrapped_label("saveStatus")
        self.start = named(QPushButton(_tr("Start")), "startButton")
        self.pause = named(QPushButton(_tr("Pause")), "pauseButton")
        self.resume = named(QPushButton(_tr("Resume")), "resumeButton")
        self.stop = named(QPushButton(_tr("Stop")), "stopButton")
        self.normal = named(QPushButton(_tr("Breathe normally")), "breatheNormallyButton")
        self.advice: QLabel = wrapped_label(
            "safetyAdvice",
            _tr(
                "If you feel dizzy, tingly, or any discomfort in your chest, stop and "
                "breathe normally."
            ),
        )
        for hidden in (self.audio_status, self.audio_retry, self.save_status):
            hidden.hide()
        set_look(self.start, ACCENT)  # the one big target of the page
        self.start.setMinimumSize(BIG_TARGET_WIDTH, BIG_TARGET_HEIGHT)
        self.start.setToolTip(_tr("Space starts, pauses and resumes"))
        self.stop.setToolTip(_tr("Esc stops"))

    def sound_row(self) -> QHBoxLayout:
        """What is wrong with the sound, and the way to try it again."""
        row = QHBoxLayout()
        row.addWidget(self.audio_status, 1)
        row.addWidget(self.audio_retry, 0)
        return row

    def buttons_row(self) -> QHBoxLayout:
        """Start, pause, resume and stop, centred."""
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.start, self.pause, self.resume, self.stop):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def way_out_row(self) -> QHBoxLayout:
        """The safety advice beside "Breathe normally"."""
        row = QHBoxLayout()
        row.addWidget(self.advice, 1)
        row.addWidget(self.normal)
        return row

    def show_for(self, *, idle: bool, paused: bool) -> None:
        """Only the buttons that make sense now."""
        self.start.setVisible(idle)
        self.pause.setVisible(not idle and not paused)
        self.resume.setVisible(paused)
        self.stop.setVisible(not idle)

    def show_sound_problem(self, message: str) -> None:
        """Say what is wrong with the sound (empty: nothing, and the note goes away)."""
        if message != self.audio_status.text():
            self.audio_status.setText(message)
            self.audio_status.setVisible(bool(message))
            self.audio_retry.setVisible(bool(message))

    def show_save_problem(self, message: str) -> None:
        """Say that the practice log could not be written."""
        self.save_status.setText(message)
        self.save_status.show()

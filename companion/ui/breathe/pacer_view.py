"""The breathing pacer: a calm shape that grows on the breath in and shrinks on the breath out.

Everything on screen is drawn from ``Timeline.at(elapsed)``, where ``elapsed`` is read from
the audio player while it can say what is audible, else from the injected clock. The frame
timer runs only while the view is visible, a session is running and motion is allowed;
reduced motion shows a progress bar updated once a second or at a phase change.

Practice log: a session is logged through the practice service when it starts and updated
when it ends; which sessions the log keeps is decided in ``companion.core.practice``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLayout, QProgressBar, QVBoxLayout, QWidget

from companion.core.breath_pattern import Pattern
from companion.core.breathing import BreathState, SessionLength, Timeline
from companion.core.clock import Clock
from companion.services.patterns import PatternService
from companion.services.practice import PracticeService, StorageError
from companion.services.sound import CuePlayer
from companion.ui.breathe.breath_shape import BreathShape
from companion.ui.breathe.breath_words import BreathWords
from companion.ui.breathe.pacer_controls import PacerControls
from companion.ui.breathe.pacer_session import PacerSession
from companion.ui.breathe.pattern_editor import PatternEditor
from companion.ui.breathe.session_setup import SessionSetup
from companion.ui.shell.named import named

__all__ = ["BreathShape", "CuePlayer", "PacerView"]

FRAME_INTERVAL_MS = 16  # about 60 frames a second
MIN_WAKE_MS = 2  # a clock held still near a turn wakes the pacer at most this often


class PacerView(QWidget):
    """Pick a pattern and a length, then breathe along; each session goes to the practice log.

    ``is_running()`` is True while a session is under way and not paused.
    """

    sessionStarted = Signal()
    sessionFinished = Signal(bool)
    phaseChanged = Signal(str)

    def __init__(
        self,
        practice: PracticeService,
        patterns: PatternService,
        clock: Clock,
        *,
        audio: CuePlayer | None = None,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pacerView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Breathing pacer"))
        self.setAccessibleDescription(self.tr("Space starts or pauses, Escape stops."))
        self._practice = practice
        self._patterns = patterns
        self._clock = clock
        self._audio = audio
        self._reduced_motion = reduced_motion
        self._session: PacerSession | None = None

        self._frame_timer = QTimer(self)
        self._frame_timer.setObjectName("pacerFrameTimer")
        self._frame_timer.setInterval(FRAME_INTERVAL_MS)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._coarse_timer = QTimer(self)
        self._coarse_timer.setObjectName("pacerCoarseTimer")
        self._coarse_timer.setSingleShot(True)
        self._coarse_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._coarse_timer.timeout.connect(self.tick)

        self._build()
        # A direct C++ connection: a frame costs one paint and nothing else.
        self._frame_timer.timeout.connect(self._shape.update)
        self._apply_motion_mode()
        self._words.say(self.tr("Ready when you are."))
        self._update_buttons()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self._setup = SessionSetup(self._patterns, self)
        self._shape = BreathShape(self)
        self._progress = named(QProgressBar(), "phaseProgress")
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName(self.tr("Progress through this part of the breath"))
        self._words = BreathWords(self)
        controls = self._controls = PacerControls()
        controls.audio_retry.clicked.connect(self.retry_sound)
        controls.start.clicked.connect(self._start_from_controls)
        controls.pause.clicked.connect(self.pause)
        controls.resume.clicked.connect(self.resume)
        controls.stop.clicked.connect(self.stop)
        controls.normal.clicked.connect(self.breathe_normally)

        layout = QVBoxLayout(self)
        # Buttons and notes appear and vanish; never resize a window because of that.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._setup)
        stage = named(QWidget(), "pacerStage")  # the shape, or in reduced motion the bar
        stage_layout = QVBoxLayout(stage)
        stage_layout.setContentsMargins(0, 0, 0, 0)
        stage_layout.addWidget(self._shape, 1)
        stage_layout.addWidget(self._progress, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(stage, 1)
        layout.addWidget(self._words)
        layout.addLayout(controls.sound_row())
        layout.addWidget(controls.save_status)
        layout.addLayout(controls.buttons_row())
        layout.addLayout(controls.way_out_row())

    def open_pattern_editor(self) -> PatternEditor:
        """Open the editor for saved patterns; the picker refreshes as they change."""
        return self._setup.open_pattern_editor()

    # ------------------------------------------------------------------ public control
    def start(
        self,
        pattern: str | Pattern,
        *,
        minutes: float | None = None,
        breaths: int | None = None,
        ease_in: bool = False,
    ) -> None:
        """Begin a session now (any session under way is stopped first)."""
        if self._session is not None:
            self._finish(finished=False)
        chosen = pattern if isinstance(pattern, Pattern) else self._setup.pattern_for(pattern)
        timeline = Timeline(
            chosen, ease_in=ease_in, length=SessionLength(minutes=minutes, breaths=breaths)
        )
        self._setup.select(chosen)
        self._setup.show_length(minutes, breaths, ease_in)
        record_id = self._save_new_record(chosen)
        self._session = PacerSession(timeline, record_id, origin=self._clock.monotonic())
        self._words.new_session()
        self._controls.save_status.setVisible(record_id is None)
        if self._audio is not None:
            self._audio.start(timeline, 0.0)
        self._show_audio_status()
        self._update_buttons()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sessionStarted.emit()
        self.tick()

    def pause(self) -> None:
        """Hold the session exactly where it is."""
        session = self._session
        if session is None or session.paused_at is not None:
            return
        session.pause(self._clock.monotonic(), self._audio)
        if self._audio is not None:
            self._audio.stop()
        self._update_buttons()
        self._schedule()
        self._words.phase_label.setText(self.tr("Paused. Press Space to go on."))
        self._words.forget()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def resume(self) -> None:
        """Carry on from the moment of the pause."""
        session = self._session
        if session is None or session.paused_at is None:
            return
        offset = session.resume(self._clock.monotonic())
        if self._audio is not None:
            self._audio.start(session.timeline, offset)
        self._show_audio_status()
        self._update_buttons()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick()

    def stop(self) -> None:
        """End the session early; it is logged as not finished."""
        if self._session is not None:
            self._finish(finished=False)

    def toggle(self) -> None:
        """Space: start with the chosen settings, or pause, or resume."""
        if self._session is None:
            self._start_from_controls()
        elif self._session.paused_at is None:
            self.pause()
        else:
            self.resume()

    def is_running(self) -> bool:
        return self._session is not None and self._session.paused_at is None

    def is_paused(self) -> bool:
        return self._session is not None and self._session.paused_at is not None

    def breathe_normally(self) -> None:
        """The way out: stop pacing and say so calmly."""
        self.stop()
        self._words.say(
            self.tr(
                "Breathe in your own way now, nothing to follow. If you felt dizzy or "
                "tingly, sit and rest a moment; it passes."
            )
        )

    def set_reduced_motion(self, reduced: bool) -> None:
        """No growing shape and no frame timer: a progress bar and text instead."""
        self._reduced_motion = reduced
        self._apply_motion_mode()
        self._words.forget()
        self.tick()
        self._schedule()

    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def _start_from_controls(self) -> None:
        setup = self._setup
        self.start(
            setup.selected_pattern(),
            minutes=setup.minutes(),
            breaths=setup.breaths(),
            ease_in=setup.ease_in.isChecked(),
        )

    # ------------------------------------------------------------------ time and drawing
    def _elapsed(self, session: PacerSession) -> float:
        return session.elapsed(self._clock.monotonic(), self._audio)

    def tick(self) -> None:
        """Recompute the breath from the clock (or the audio) and update the picture."""
        session = self._session
        if session is None:
            self._schedule()
            return
        elapsed = self._elapsed(session)
        state = session.timeline.at(elapsed)
        if session.paused_at is None:
            self._show_state(session, state, elapsed)
        self._show_audio_status()  # reads memory only; the output never blocks here
        if state.finished:
            self._finish(finished=True)
            return
        self._schedule(state)

    def _show_state(self, session: PacerSession, state: BreathState, elapsed: float) -> None:
        if self._reduced_motion:
            self._progress.setValue(round(state.progress * 1000))
        else:
            self._shape.set_volume(state.volume)
        if self._words.show_breath(state, elapsed, session.timeline.end_seconds):
            if not self._reduced_motion:
                # The timer was aimed at the moment this phase's cue is heard: draw the
                # turn now rather than at the next frame tick (up to a frame later).
                self._shape.repaint()
            self.phaseChanged.emit(state.phase.value)
        self._show_audio_status()

    def _show_audio_status(self) -> None:
        message = self._audio.status_message() if self._audio is not None else ""
        self._controls.show_sound_problem(message)

    def retry_sound(self) -> None:
        """Try the sound output again (after plugging in headphones); the session goes on."""
        if self._audio is None:
            return
        if self._audio.retry():
            session = self._session
            if session is not None and session.paused_at is None:
                self._audio.start(session.timeline, self._elapsed(session))
        self._show_audio_status()

    def _schedule(self, state: BreathState | None = None) -> None:
        """Timers run only while needed.

        The frame timer (about 60 Hz) runs only while visible, running and allowed to move;
        it repaints the shape directly, and the shape reads the breath at paint time. Text,
        announcements and the session end follow a coarse timer that wakes when the shown
        seconds change or a phase ends (at most once a second); while hidden it wakes only
        at the session end, so the log is still written.
        """
        session = self._session
        running = session is not None and session.paused_at is None
        visible = self.isVisible()
        animate = running and visible and not self._reduced_motion
        if animate:
            self._shape.set_volume_source(self._volume_now)
            if not self._frame_timer.isActive():
                self._frame_timer.start()
        else:
            self._frame_timer.stop()
            self._shape.set_volume_source(None)
        if session is None or not running:
            self._coarse_timer.stop()
            return
        elapsed = self._elapsed(session)
        if state is None:
            state = session.timeline.at(elapsed)
        delay = session.next_look(state, elapsed, visible=visible)
        if delay is None:
            self._coarse_timer.stop()
            return
        # Aimed at the turn itself: the shape must turn as the cue is heard (Qt timers never
        # fire early; one that finds the audio clock a hair short waits a few ms more).
        self._coarse_timer.start(max(MIN_WAKE_MS, math.ceil(delay * 1000)))

    def _volume_now(self) -> float:
        """Lung volume at this moment, for the shape's paint."""
        session = self._session
        if session is None:
            return 0.0
        return session.timeline.at(self._elapsed(session)).volume

    def _apply_motion_mode(self) -> None:
        self._shape.setVisible(not self._reduced_motion)
        self._progress.setVisible(self._reduced_motion)

    # ------------------------------------------------------------------ session end and log
    def _save_new_record(self, pattern: Pattern) -> int | None:
        try:
            return self._practice.begin(pattern, self._clock.now())
        except StorageError as exc:
            message = self.tr("This session cannot be saved to your log: {reason}")
            self._controls.save_status.setText(message.format(reason=str(exc)))
            return None

    def _finish(self, *, finished: bool) -> None:
        session = self._session
        if session is None:
            return
        elapsed = session.end_point(self._elapsed(session), finished=finished)
        breaths = session.timeline.breaths_completed(elapsed)
        self._session = None
        self._frame_timer.stop()
        self._coarse_timer.stop()
        if self._audio is not None:
            self._audio.stop()
        self._log_end(session, elapsed, breaths, finished)
        self._shape.set_volume(0.0)
        self._progress.setValue(0)
        self._words.forget()
        if finished:
            self._words.say(
                self.tr("That is the whole session. Let your breath find its own pace.")
            )
        else:
            self._words.say(self.tr("Stopped. You can start again whenever you like."))
        self._update_buttons()
        self.sessionFinished.emit(finished)

    def _log_end(self, session: PacerSession, elapsed: float, breaths: int, finished: bool) -> None:
        if session.record_id is None:
            return
        try:
            self._practice.end(
                session.record_id, self._clock.now(), elapsed, breaths, finished=finished
            )
        except StorageError as exc:
            message = self.tr("The end of this session could not be saved: {reason}")
            self._controls.show_save_problem(message.format(reason=str(exc)))

    def _update_buttons(self) -> None:
        session = self._session
        idle = session is None
        paused = session is not None and session.paused_at is not None
        self._controls.show_for(idle=idle, paused=paused)
        self._setup.set_choosable(idle)

    # ------------------------------------------------------------------ Qt events
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.toggle()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape and self._session is not None:
            self.stop()
            event.accept()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._schedule()

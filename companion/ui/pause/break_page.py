"""The Break area: the flow before a break, the countdown during it, the way back after."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QStackedWidget, QWidget

from companion.core.phrases import Phrases
from companion.services.breaks import BreakController
from companion.services.waiting import WaitingService
from companion.ui.pause.break_flow import BreakFlow
from companion.ui.pause.countdown_view import CountdownView
from companion.ui.pause.return_view import ReturnView
from companion.ui.pause.waiting_view import WaitingView
from companion.ui.shell.style import FILLED, set_look


class BreakPage(QStackedWidget):
    """Shows whichever step fits the stored break: none running, running, or time to return.

    Emits ``breatheRequested(preset_id)``, ``returned(outcome)`` after Finish, and
    ``dismissed`` when the person leaves the flow without a break ("Not now" or Esc).
    """

    breatheRequested = Signal(str)
    checkinRequested = Signal()
    returned = Signal(str)
    dismissed = Signal()

    def __init__(
        self,
        controller: BreakController,
        phrases: Phrases,
        parent: QWidget | None = None,
        *,
        waiting: WaitingService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakPage")
        self.controller = controller
        self.waiting_service = waiting or WaitingService(controller, self)
        self._returning_role = "leaving"  # whose return the return step is showing
        self.flow = BreakFlow(controller, phrases, self)
        self.countdown = CountdownView(controller, phrases, self)
        self.return_view = ReturnView(controller, phrases, self)
        for widget in (self.flow, self.countdown, self.return_view):
            self.addWidget(widget)
        self.flow.started.connect(self.show_countdown)
        self.flow.dismissed.connect(self.dismissed)
        self.countdown.returnRequested.connect(self.show_return)
        self.countdown.breatheRequested.connect(self.breatheRequested)
        self.countdown.calledOff.connect(self._called_off)
        self.return_view.finished.connect(self._finished)
        self.return_view.notYet.connect(self.show_countdown)
        controller.missedWhileClosed.connect(self.show_current)
        self._wire_waiting()
        # Focus given to the area lands on the step's own harmless first stop. The page is no
        # Tab stop (nor a focus proxy, which would make Tab skip every control of the step).
        self._focus_target: QWidget = self.flow
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentChanged.connect(self._follow_focus)
        self.show_current()
        self._follow_focus()

    def show_current(self) -> None:
        """The step that matches the stored state of the break."""
        if self.controller.active() is None:
            self.setCurrentWidget(self.flow)
        elif self.waiting_service.waiting() is not None:
            self.show_waiting()  # a time passed while closed gets the calm "about now" note
        elif self.controller.missed_while_closed():
            self.show_return()
        else:
            self.show_countdown()

    def open(self, prefill: str | None = None) -> None:
        """Entry from the Take-a-break button, the tray or ``companion break TEXT``."""
        if self.controller.active() is not None:
            self.show_current()
            return
        self.flow.reset()
        self.setCurrentWidget(self.flow)
        self._follow_focus()
        if prefill:
            self.flow.prefill(prefill)
            # ``companion break 20`` asks to start now; if the time needs a question
            # answered first (e.g. "tomorrow?"), the flow stays open and says so.
            if self.flow.start_break():
                self.show_countdown()

    def show_countdown(self) -> None:
        if self.waiting_service.waiting() is not None:  # "not yet" on the waiting side
            self.show_waiting()
            return
        self.setCurrentWidget(self.countdown)

    def show_return(self) -> None:
        found = self.controller.active()
        if found is not None:
            self._returning_role = found[0].role
            self.return_view.set_drafts([d.text for d in self.waiting_service.drafts()])
            self.setCurrentWidget(self.return_view)

    def _follow_focus(self, _index: int = -1) -> None:
        """Where focus goes when the area opens: Start in a fresh flow (Enter starts, as
        intended), the note after a break, Breathe on the countdown, the check-in on return."""
        current = self.currentWidget()
        target: QWidget
        if current is self.flow:
            target = self.flow.focus_target()
        elif current is self.countdown:
            target = self.countdown.breathe_button
        elif current is self.waiting:
            target = self.waiting.focus_target()
        else:
            target = self.return_view.checkin
        self._focus_target = target
        if self.isVisible():  # the step changed under the person's hands: keep them on it
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def key_target(self) -> QWidget:
        """The control that takes the keyboard when the area opens."""
        return self._focus_target

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focus_target.setFocus(event.reason())

    def summary_text(self) -> str:
        """The short note on how the last break was recorded ("" when none is shown)."""
        return self.flow.summary_text()

    # ----------------------------------------------------------------- the partner who waits
    def _wire_waiting(self) -> None:
        # The other side of the same pause, at the top of the Break area, looking like
        # Take a break.
        self.partner_button = QPushButton(self.tr("My partner is taking a break"), self.flow)
        self.partner_button.setObjectName("partnerBreakButton")
        set_look(self.partner_button, FILLED)
        self.partner_button.setToolTip(
            self.tr("Wait well for your partner's return time (Ctrl+Shift+B)")
        )
        self.partner_button.clicked.connect(lambda: self.open_waiting())
        flow_layout = self.flow.layout()
        if isinstance(flow_layout, QBoxLayout):
            flow_layout.insertWidget(1, self.partner_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.waiting = WaitingView(self.waiting_service, self)
        self.addWidget(self.waiting)
        self.waiting.setup.started.connect(self.show_waiting)
        self.waiting.dismissed.connect(self.dismissed)
        self.waiting.returnRequested.connect(self.show_return)
        self.waiting.breatheRequested.connect(self.breatheRequested)
        self.waiting.checkinRequested.connect(self.checkinRequested)
        self.waiting.calledOff.connect(self._called_off)

    def open_waiting(self, prefill: str | None = None) -> None:
        """Entry from "My partner is taking a break", the tray or ``companion wait TEXT``."""
        if self.controller.active() is not None:
            self.show_current()
            return
        self.waiting.setup.reset()
        self.show_waiting()
        if prefill:
            self.waiting.setup.prefill(prefill)
            if self.waiting.setup.use_time():
                self.show_waiting()

    def show_waiting(self) -> None:
        self.waiting.show_current()
        self.setCurrentWidget(self.waiting)

    def _finished(self, outcome: str) -> None:
        # Says what happened, never how it scores against the promise.
        ended = self.controller.format_time(self.controller.now())
        if self._returning_role == "waiting":  # no record of the partner's timing to read out
            summary = self.tr("Welcome back to each other. Go gently.")
        elif outcome == "extended":
            summary = self.tr("Welcome back. You asked for more time, and came back at {time}.")
        else:
            summary = self.tr("Welcome back. You came back at {time}.")
        self._returning_role = "leaving"
        self.flow.after_break(summary.format(time=ended))
        self.setCurrentWidget(self.flow)
        self._follow_focus()
        self.returned.emit(outcome)

    def _called_off(self) -> None:
        self.flow.after_break(self.tr("The break was called off. Nothing more to do for it."))
        self.setCurrentWidget(self.flow)
        self._follow_focus()

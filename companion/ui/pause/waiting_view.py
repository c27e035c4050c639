"""Waiting for the partner's return: the countdown, words for the wait, and a place for drafts.

The time shown is the stored wall-clock deadline (``return_at - now`` on every tick), so a
restart or a suspended laptop cannot move it. Nothing here is sent anywhere: the drafts are
kept on this computer, with the break, and offered again at the return step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import (
    BREAK_PRESET,
    BreakStatus,
    ReturnTimeError,
    format_countdown,
)
from companion.core.paste import FoundReturn
from companion.services.breaks import StorageError
from companion.services.plan import PlanService
from companion.services.waiting import WaitingService, error_words
from companion.ui.pause import plan_hook
from companion.ui.pause.break_widgets import redraw_while_seen, scaled_font, scroll_body
from companion.ui.pause.submit_edit import SubmitTextEdit
from companion.ui.pause.waiting_setup import WaitingSetup

__all__ = ["WaitingCountdown", "WaitingView"]


def _label(parent: QWidget, name: str, *, scale: float = 1.0) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if scale != 1.0:
        label.setFont(scaled_font(label, scale))
    return label


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


class WaitingCountdown(QWidget):
    """The wait itself. Emits ``breatheRequested(preset)``, ``checkinRequested``,
    ``returnRequested`` (they are back) and ``calledOff``."""

    breatheRequested = Signal(str)
    checkinRequested = Signal()
    returnRequested = Signal()
    calledOff = Signal()

    def __init__(self, waiting: WaitingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingCountdown")
        self._waiting = waiting
        self._new_deadline: datetime | None = None
        self._plan: PlanService | None = None
        self._build()
        waiting.controller.changed.connect(self.refresh)
        redraw_while_seen(self, waiting.controller.ticked, self.refresh)
        waiting.draftsChanged.connect(self.load_drafts)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll, body, layout = scroll_body(self)
        outer.addWidget(scroll, 1)
        self.remaining_label = _label(body, "waitRemainingLabel", scale=3.0)
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.return_label = _label(body, "waitReturnLabel", scale=1.3)
        self.return_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label = _label(body, "waitNoteLabel", scale=1.2)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.remaining_label, self.return_label, self.note_label):
            layout.addWidget(label)
        self.reframe_label = _label(body, "reframeLabel")
        self.reframe_label.setText(
            self.tr(
                "They named a time, so this pause is a promise to come back, not a goodbye. "
                "They are stepping away so the two of you can talk better, not to leave you."
            )
        )
        layout.addWidget(self.reframe_label)
        self.plan_label = _label(body, "waitPlanLabel")
        layout.addWidget(self.plan_label)
        self.plan_agreed = _label(body, "waitPlanAgreed")  # our pause plan, as on their side
        self.plan_agreed.hide()
        layout.addWidget(self.plan_agreed)
        layout.addWidget(QLabel(self.tr("Write it here instead of sending it:"), body))
        self.draft_edit = SubmitTextEdit(
            body, name="draftEdit", accessible_name=self.tr("What you want to say")
        )
        self.draft_edit.setFont(scaled_font(self.draft_edit, 1.1))
        self.draft_edit.setMaximumHeight(90)
        self.draft_edit.submitted.connect(self.keep_draft)
        layout.addWidget(self.draft_edit)
        keep_row = QHBoxLayout()
        self.keep_button = _button(body, self.tr("Keep it here"), "keepDraftButton")
        self.keep_button.setToolTip(self.tr("Saved on this computer only (Ctrl+Enter)"))
        self.keep_button.clicked.connect(self.keep_draft)
        keep_row.addWidget(self.keep_button)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        self.draft_error = _label(body, "draftError")
        self.draft_error.setVisible(False)
        layout.addWidget(self.draft_error)
        self.drafts_title = QLabel(self.tr("Kept here, for when they are back:"), body)
        layout.addWidget(self.drafts_title)
        self.drafts_list = QListWidget(body)
        self.drafts_list.setObjectName("draftsList")
        self.drafts_list.setAccessibleName(self.tr("What you kept here"))
        self.drafts_list.setWordWrap(True)
        self.drafts_list.setMaximumHeight(120)
        layout.addWidget(self.drafts_list)
        self._build_more_time(body, layout)
        outer.addLayout(self._build_actions())

    def _build_more_time(self, body: QWidget, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel(self.tr("If they ask for more time:"), body))
        row = QHBoxLayout()
        self.extend10_button = _button(body, self.tr("+10 min"), "waitExtend10Button")
        self.extend10_button.clicked.connect(lambda: self.extend_minutes(10))
        self.extend20_button = _button(body, self.tr("+20 min"), "waitExtend20Button")
        self.extend20_button.clicked.connect(lambda: self.extend_minutes(20))
        row.addWidget(self.extend10_button)
        row.addWidget(self.extend20_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_message_edit = SubmitTextEdit(
            body, name="newMessageEdit", accessible_name=self.tr("Their new message")
        )
        self.new_message_edit.setPlaceholderText(self.tr("or paste their new message"))
        self.new_message_edit.setMaximumHeight(80)
        self.new_message_edit.submitted.connect(self.read_new_message)
        layout.addWidget(self.new_message_edit)
        new_row = QHBoxLayout()
        self.read_new_button = _button(body, self.tr("Find the new time"), "readNewMessageButton")
        self.read_new_button.clicked.connect(self.read_new_message)
        self.use_new_button = _button(body, self.tr("Use the new time"), "useNewTimeButton")
        self.use_new_button.setEnabled(False)
        self.use_new_button.clicked.connect(self.use_new_time)
        new_row.addWidget(self.read_new_button)
        new_row.addWidget(self.use_new_button)
        new_row.addStretch(1)
        layout.addLayout(new_row)
        self.more_time_label = _label(body, "moreTimeNote")
        layout.addWidget(self.more_time_label)
        self.stop_button = _button(body, self.tr("Stop waiting"), "stopWaitingButton")
        self.stop_button.setToolTip(self.tr("End this wait; it is recorded as called off"))
        self.stop_button.clicked.connect(self.stop)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.breathe_button = _button(self, self.tr("Breathe"), "waitBreatheButton")
        self.breathe_button.clicked.connect(lambda: self.breatheRequested.emit(BREAK_PRESET))
        self.checkin_button = _button(self, self.tr("Check in"), "waitCheckinButton")
        self.checkin_button.clicked.connect(lambda: self.checkinRequested.emit())
        self.back_button = _button(self, self.tr("They're back"), "partnerBackButton")
        self.back_button.clicked.connect(lambda: self.returnRequested.emit())
        for button in (self.breathe_button, self.checkin_button, self.back_button):
            actions.addWidget(button)
        return actions

    # ----------------------------------------------------------------- public
    def refresh(self) -> None:
        """Redraw from the stored deadline and the wall clock."""
        found = self._waiting.waiting()
        if found is None:
            return
        _, agreement = found
        controller = self._waiting.controller
        now = controller.now()
        when = controller.format_time(agreement.return_at)
        self.remaining_label.setText(format_countdown(agreement.remaining(now)))
        self.return_label.setText(self.tr("They said they'd be back at {time}").format(time=when))
        status = agreement.status(now)
        if status in (BreakStatus.DUE, BreakStatus.OVERDUE):
            note = self.tr(
                "Your partner said they would be back about now. Give them a little time; "
                "a few minutes either way is all right."
            )
        elif status is BreakStatus.WIND_DOWN:
            note = self.tr("Nearly time. Let your breath slow down before they come back.")
        else:
            note = ""
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.plan_label.setText(
            self.tr(
                "While you wait:\n"
                "• Let your messages wait here: no following, no texting again.\n"
                "• Do something that takes your attention: a walk, a task, music.\n"
                "• Breathe with a longer breath out.\n"
                "• The time is set: {time}. You don't need to check."
            ).format(time=when)
        )
        plan_hook.show_agreed(self._plan, self.plan_agreed)

    def use_plan(self, service: PlanService) -> None:
        """Show what the couple's pause plan says about messages and reaching out."""
        self._plan = service
        self.refresh()

    def keep_draft(self) -> bool:
        """Save what is in the box at once; it stays in the box when it cannot be saved."""
        text = self.draft_edit.toPlainText()
        if not text.strip():
            return False
        try:
            self._waiting.keep_draft(text)
        except StorageError as exc:
            self._set(self.draft_error, self.tr("Not kept yet: {problem}").format(problem=exc))
            return False
        self._set(self.draft_error, "")
        self.draft_edit.clear()
        return True

    def extend_minutes(self, minutes: int) -> bool:
        """They asked for ``minutes`` more: the countdown and reminders move."""
        try:
            self._waiting.controller.extend(minutes * 60)
        except (ReturnTimeError, StorageError) as exc:
            self.more_time_label.setText(error_words(exc))
            return False
        self.more_time_label.setText("")
        return True

    def read_new_message(self) -> bool:
        """Find the new return time in their message and ask before using it."""
        found = self._waiting.read_message(self.new_message_edit.toPlainText())
        if not isinstance(found, FoundReturn):
            self._new_deadline = None
            self.use_new_button.setEnabled(False)
            self.more_time_label.setText(found)
            return False
        self._new_deadline = found.request.deadline
        when = self._waiting.controller.format_time(found.request.deadline)
        self.more_time_label.setText(self.tr("New time: back at {time}. Use it?").format(time=when))
        self.use_new_button.setEnabled(True)
        self.use_new_button.setFocus()
        return True

    def use_new_time(self) -> bool:
        """Move the wait to the new time read from their message."""
        if self._new_deadline is None:
            return False
        try:
            self._waiting.move_to(self._new_deadline)
        except (ReturnTimeError, StorageError) as exc:
            self.more_time_label.setText(error_words(exc))
            return False
        self._new_deadline = None
        self.use_new_button.setEnabled(False)
        self.new_message_edit.clear()
        self.more_time_label.setText("")
        return True

    def stop(self) -> bool:
        """End the wait without a return (recorded as called off)."""
        try:
            self._waiting.controller.cancel()
        except StorageError as exc:
            self.more_time_label.setText(error_words(exc))
            return False
        self.calledOff.emit()
        return True

    # ----------------------------------------------------------------- internals
    def load_drafts(self) -> None:
        """Show the drafts kept with the running wait."""
        texts = [draft.text for draft in self._waiting.drafts()]
        if texts != [self.drafts_list.item(i).text() for i in range(self.drafts_list.count())]:
            self.drafts_list.clear()
            self.drafts_list.addItems(texts)
        self.drafts_list.setVisible(bool(texts))
        self.drafts_title.setVisible(bool(texts))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.load_drafts()


class WaitingView(QStackedWidget):
    """The waiting side: set the time, then wait. Re-emits the countdown's signals."""

    breatheRequested = Signal(str)
    checkinRequested = Signal()
    returnRequested = Signal()
    calledOff = Signal()
    dismissed = Signal()

    def __init__(self, waiting: WaitingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingView")
        self._waiting = waiting
        self.setup = WaitingSetup(waiting, self)
        self.countdown = WaitingCountdown(waiting, self)
        self.addWidget(self.setup)
        self.addWidget(self.countdown)
        self.setup.started.connect(self.show_current)
        self.setup.dismissed.connect(self.dismissed)
        self.countdown.breatheRequested.connect(self.breatheRequested)
        self.countdown.checkinRequested.connect(self.checkinRequested)
        self.countdown.returnRequested.connect(self.returnRequested)
        self.countdown.calledOff.connect(self.calledOff)
        self.show_current()

    def focus_target(self) -> QWidget:
        """The first stop: the time box when setting up, Breathe while waiting."""
        if self.currentWidget() is self.setup:
            return self.setup.time_edit
        return self.countdown.breathe_button

    def show_current(self) -> None:
        """The countdown while a waiting break runs, else the setup."""
        if self._waiting.waiting() is not None:
            self.setCurrentWidget(self.countdown)
            self.countdown.refresh()
            self.countdown.load_drafts()
        else:
            self.setCurrentWidget(self.setup)
            self.setup.time_edit.setFocus()  # ready to type the time they gave
